// SPDX-License-Identifier: MIT
// ModelPanel: each preset's live numbers against the published ones.
#include "widget_test_util.h"
#include "elided_combo_box.h"
#include "model_panel.h"
#include "arch/presets.h"
#include <QComboBox>

using namespace effscope;

class TestModelPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelPanelFacts();
    void devices();
    void longNamesElided();
};

void TestModelPanel::longNamesElided()
{
    // a custom scale's long name: the closed box keeps both ends and elides the middle, the
    // tooltip and the pop-up list have it whole, and the panel does not grow for it
    ModelPanel panel;
    panel.resize(panel.sizeHint());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int before = panel.sizeHint().width();
    core::ModelConfig config = core::preset("lite0");
    const QString name = "custom-w1.331-d1.728-r344-lite-s0badf00d";
    QVERIFY(panel.addCustomModel(name, config));
    panel.setModel(name);
    ElidedComboBox *box = panel.modelBox();
    QVERIFY(box->currentText().startsWith(name));
    QCOMPARE(box->toolTip(), box->currentText());
    QCOMPARE(panel.sizeHint().width(), before);
    const QString shown = box->shownText();
    QVERIFY2(shown.contains(QChar(0x2026)) && shown.startsWith("custom-w1") && shown.endsWith("untrained"), qPrintable(shown));
    QVERIFY(box->fontMetrics().horizontalAdvance(shown) <= box->width());
    QVERIFY(box->popupWidth() > box->fontMetrics().horizontalAdvance(box->currentText()));
}

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

void TestModelPanel::devices()
{
    // the devices the worker reported: each by name and memory; fp16 only where the device has it
    ModelPanel panel;
    QComboBox *device = nullptr;
    for (QComboBox *c : panel.findChildren<QComboBox *>())
        if (c->accessibleName() == "Device")
            device = c;
    QVERIFY(device);
    QCOMPARE(device->count(), 1); // the CPU before the worker has said anything
    panel.setDevices({{"cpu", "Intel(R) Xeon(R)", 24'000'000'000, 20'000'000'000, {}, false},
                      {"cuda:0", "NVIDIA H200", 150'000'000'000, 149'000'000'000, "9.0", true}});
    QCOMPARE(device->count(), 2);
    QCOMPARE(device->itemText(0), QString("CPU (Intel(R) Xeon(R), 24.0 GB)"));
    QCOMPARE(device->itemText(1), QString("CUDA:0: NVIDIA H200, 150.0 GB"));
    QSignalSpy chosen(&panel, &ModelPanel::modelChosen);
    auto precisions = [&] {
        QStringList out;
        for (QComboBox *c : panel.findChildren<QComboBox *>())
            if (c->accessibleName() == "Precision")
                for (int i = 0; i < c->count(); ++i)
                    out << c->itemData(i).toString();
        return out;
    };
    QCOMPARE(precisions(), (QStringList{"fp32", "bf16"}));
    panel.setDevice("cuda:0");
    QCOMPARE(panel.device(), QString("cuda:0"));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().last().toString(), QString("cuda:0"));
    QCOMPARE(precisions(), (QStringList{"fp32", "bf16", "fp16"}));
    panel.setPrecision("fp16");
    // a later list without that GPU: back to the CPU, fp16 no longer offered
    panel.setDevices({{"cpu", "Intel(R) Xeon(R)", 24'000'000'000, 20'000'000'000, {}, false}});
    QCOMPARE(panel.device(), QString("cpu"));
    QCOMPARE(precisions(), (QStringList{"fp32", "bf16"}));
    QCOMPARE(panel.precision(), QString("fp32"));
    // int8: EfficientNet-Lite on the CPU (ReLU6, no squeeze-excitation), with the button that makes it
    panel.setModel("lite0");
    QCOMPARE(precisions(), (QStringList{"fp32", "bf16", "int8"}));
    QVERIFY(panel.quantizeButton()->isVisibleTo(&panel));
    QSignalSpy quantize(&panel, &ModelPanel::quantizeRequested);
    panel.quantizeButton()->click();
    QCOMPARE(quantize.size(), 1);
    QCOMPARE(quantize.last().first().toString(), QString("lite0"));
    panel.setModel("b0");
    QCOMPARE(precisions(), (QStringList{"fp32", "bf16"}));
    QVERIFY(!panel.quantizeButton()->isVisibleTo(&panel));
}

QTEST_MAIN(TestModelPanel)
#include "test_model_panel.moc"
