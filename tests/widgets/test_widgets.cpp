// SPDX-License-Identifier: MIT
// Widgets alone, offscreen: prediction rows and clicks, the model panel's live numbers.
#include "model_panel.h"
#include "prediction_view.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QtTest/QtTest>

using namespace effscope;

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictionRowsAndClick();
    void modelPanelFacts();
};

void TestWidgets::predictionRowsAndClick()
{
    PredictionView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPredictions({{372, "baboon", 0.9f}, {370, "guenon", 0.05f}}, "caption");
    QCOMPARE(view.rowCount(), 2);
    QVERIFY(view.labelText(0).contains("baboon"));
    QCOMPARE(view.labelText(2), QString());
    const auto bars = view.findChildren<QProgressBar *>();
    QProgressBar *second = nullptr;
    for (QProgressBar *b : bars)
        if (b->isVisible() && b->value() == 50)
            second = b;
    QVERIFY(second);
    QSignalSpy spy(&view, &PredictionView::classActivated);
    // clicks land on the view (bars and labels are transparent to its row hit test)
    const QPoint inView = second->geometry().center();
    QMouseEvent press(QEvent::MouseButtonPress, inView, view.mapToGlobal(inView), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 370);
    view.clear("gone");
    QCOMPARE(view.rowCount(), 0);
    QCOMPARE(view.caption(), QString("gone"));
}

void TestWidgets::modelPanelFacts()
{
    ModelPanel panel; // starts on the first preset, B0
    QSignalSpy chosen(&panel, &ModelPanel::modelChosen);
    auto hasFacts = [&](const QString &text) {
        for (QLabel *l : panel.findChildren<QLabel *>())
            if (l->text() == text)
                return true;
        return false;
    };
    // torchvision's published numbers: B0 5,288,548 params, 0.386 GMACs at 224
    QCOMPARE(panel.model(), QString("b0"));
    QVERIFY(hasFacts("224 px, 5.29 M params, 0.386 GMACs"));
    panel.setModel("b7"); // 66,347,960 params, 37.746 GMACs at 600
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QString("b7"));
    QCOMPARE(chosen.last().last().toString(), QString("cpu"));
    QVERIFY(hasFacts("600 px, 66.35 M params, 37.746 GMACs"));
}

QTEST_MAIN(TestWidgets)
#include "test_widgets.moc"
