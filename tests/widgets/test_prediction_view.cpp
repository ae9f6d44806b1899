// SPDX-License-Identifier: MIT
// PredictionView offscreen: rows, bars and the click that picks a class.
#include "widget_test_util.h"
#include "prediction_view.h"

using namespace effscope;

class TestPredictionView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictionRowsAndClick();
};

void TestPredictionView::predictionRowsAndClick()
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
    // the probability is beside the bar, inside the view and clear of the bar's fill
    QVERIFY(!second->isTextVisible());
    QCOMPARE(view.valueText(0), QString("90.00 %"));
    QCOMPARE(view.valueText(1), QString("5.00 %"));
    for (QLabel *l : view.findChildren<QLabel *>())
        if (l->isVisible() && l->text() == "5.00 %") {
            QVERIFY(l->geometry().left() >= second->geometry().right());
            QVERIFY(l->geometry().right() <= view.width());
            QVERIFY(l->fontMetrics().horizontalAdvance(l->text()) <= l->width());
        }
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

QTEST_MAIN(TestPredictionView)
#include "test_prediction_view.moc"
