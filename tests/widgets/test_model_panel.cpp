// SPDX-License-Identifier: MIT
// ModelPanel: each preset's live numbers against the published ones.
#include "widget_test_util.h"
#include "model_panel.h"

using namespace effscope;

class TestModelPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelPanelFacts();
};

void TestModelPanel::modelPanelFacts()
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

QTEST_MAIN(TestModelPanel)
#include "test_model_panel.moc"
