// SPDX-License-Identifier: MIT
// ScalingExplorer: presets against published params / MACs, the compound slider, stage tables, per-stage scaling.
#include "widget_test_util.h"
#include "scaling_explorer.h"
#include <QDoubleSpinBox>
#include <QSlider>
#include "record_table.h"
#include "arch/presets.h"
#include "arch/profiler.h"

using namespace effscope;

class TestScalingExplorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explorerPresets_data();
    void explorerPresets();
    void explorerCompoundSlider_data();
    void explorerCompoundSlider();
    void explorerStageTable();
    void explorerStageScaling();
};

void TestScalingExplorer::explorerPresets_data()
{
    // published numbers (reference/efficientnet.md): torchvision's parameter counts and `_ops`
    // GMACs at its crop sizes; the EfficientNet-Lite table's parameter counts and MACs
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<qint64>("params");
    QTest::addColumn<double>("gmacs");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("b0") << "b0" << 224 << qint64(5288548) << 0.386 << 0.0006;
    QTest::newRow("b1") << "b1" << 240 << qint64(7794184) << 0.687 << 0.0006;
    QTest::newRow("b2") << "b2" << 288 << qint64(9109994) << 1.088 << 0.0006;
    QTest::newRow("b3") << "b3" << 300 << qint64(12233232) << 1.827 << 0.0006;
    QTest::newRow("b4") << "b4" << 380 << qint64(19341616) << 4.394 << 0.0006;
    QTest::newRow("b5") << "b5" << 456 << qint64(30389784) << 10.266 << 0.0006;
    QTest::newRow("b6") << "b6" << 528 << qint64(43040704) << 19.068 << 0.0006;
    QTest::newRow("b7") << "b7" << 600 << qint64(66347960) << 37.746 << 0.0006;
    QTest::newRow("lite0") << "lite0" << 224 << qint64(4652008) << 0.385 << 0.0006;
    QTest::newRow("lite1") << "lite1" << 240 << qint64(5416680) << 0.600 << 0.006;
    QTest::newRow("lite2") << "lite2" << 260 << qint64(6092072) << 0.860 << 0.006;
    QTest::newRow("lite3") << "lite3" << 280 << qint64(8197096) << 1.38 << 0.006;
    QTest::newRow("lite4") << "lite4" << 300 << qint64(13006568) << 2.55 << 0.006;
}

void TestScalingExplorer::explorerPresets()
{
    QFETCH(QString, preset);
    QFETCH(int, resolution);
    QFETCH(qint64, params);
    QFETCH(double, gmacs);
    QFETCH(double, tolerance);
    ScalingExplorer e;
    e.setPreset(preset);
    QVERIFY(!e.compoundMode());
    QCOMPARE(e.lite(), preset.startsWith("lite"));
    e.setDirect(e.config().scaling.width, e.config().scaling.depth, resolution);
    QCOMPARE(e.profile().params, params);
    QVERIFY2(std::abs(e.profile().macs / 1e9 - gmacs) < tolerance, qPrintable(QString::number(e.profile().macs)));
    QVERIFY2(e.summaryText().contains(QString("%1 M params").arg(params / 1e6, 0, 'f', 2)), qPrintable(e.summaryText()));
}

void TestScalingExplorer::explorerCompoundSlider_data()
{
    QTest::addColumn<int>("phi");
    for (int phi = 0; phi <= 7; ++phi)
        QTest::newRow(qPrintable(QString("phi=%1").arg(phi))) << phi;
}

void TestScalingExplorer::explorerCompoundSlider()
{
    // the paper's coefficients, phi moved on its slider as a user drags it: d, w, r follow
    // alpha^phi, beta^phi, 224 gamma^phi, and params / MACs are the profiler's for that scale
    QFETCH(int, phi);
    ScalingExplorer e;
    e.resize(900, 700);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    e.setPaperCoefficients();
    const int paints = e.diagram()->paintCount();
    e.phiSlider()->setValue(phi * 20); // 0.05 per step
    QCOMPARE(e.phiBox()->value(), double(phi));
    const double d = std::pow(1.2, phi), w = std::pow(1.1, phi);
    const int r = int(std::lround(224.0 * std::pow(1.15, phi) / 8.0)) * 8;
    QCOMPARE(e.config().scaling.depth, d);
    QCOMPARE(e.config().scaling.width, w);
    QCOMPARE(e.config().scaling.resolution, r);
    QVERIFY2(e.coefficientText().contains(QString("-> %1 px").arg(r)) && e.coefficientText().contains("= 1.9203 (paper: 2)")
                 && e.coefficientText().contains(QString("2^phi = %1").arg(std::pow(2.0, phi), 0, 'f', 3)),
             qPrintable(e.coefficientText()));
    effscope::core::ModelConfig c = effscope::core::preset("b0");
    c.scaling.width = w;
    c.scaling.depth = d;
    c.scaling.resolution = r;
    const effscope::core::ModelProfile p = effscope::core::profileModel(effscope::core::resolve(c));
    QCOMPARE(e.profile().macs, p.macs);
    QCOMPARE(e.profile().params, p.params);
    const qint64 b0 = effscope::core::profileModel(effscope::core::resolve(effscope::core::preset("b0"))).macs;
    QVERIFY2(e.summaryText().contains(QString("= %1 x B0's").arg(double(p.macs) / b0, 0, 'f', 3)), qPrintable(e.summaryText()));
    if (phi > 0)
        QTRY_VERIFY(e.diagram()->paintCount() > paints); // the picture redraws
}

void TestScalingExplorer::explorerStageTable()
{
    // B0 (reference: channels 16, 24, 40, 80, 112, 192, 320; repeats 1, 2, 2, 3, 3, 4, 1; head
    // 1280; 5,288,548 parameters) and B7's repeats 4, 7, 7, 10, 10, 13, 4 (55 blocks)
    ScalingExplorer e;
    e.setPreset("b0");
    RecordTable *t = e.stageTable();
    QCOMPARE(t->rowCount(), 10);
    const int channels[] = {32, 16, 24, 40, 80, 112, 192, 320, 1280};
    const int repeats[] = {1, 2, 2, 3, 3, 4, 1};
    const char *outputs[] = {"112 x 112", "112 x 112", "56 x 56", "28 x 28", "14 x 14", "14 x 14", "7 x 7", "7 x 7", "7 x 7"};
    for (int row = 0; row < 9; ++row) {
        QCOMPARE(t->text(row, 0), QString::number(channels[row]));
        if (row >= 1 && row <= 7)
            QCOMPARE(t->text(row, 1), QString::number(repeats[row - 1]));
        QCOMPARE(t->text(row, 2), QString(outputs[row]));
    }
    QCOMPARE(t->text(9, 1), QString("16"));
    QCOMPARE(t->text(9, 3), QString("5.29 M"));
    QCOMPARE(t->raw(9, 3).toLongLong(), 5288548ll); // the value behind the text: a count
    QCOMPARE(t->rowLabel(8), QString("Head + classifier"));
    e.setPreset("b7");
    const int b7[] = {4, 7, 7, 10, 10, 13, 4};
    for (int s = 0; s < 7; ++s)
        QCOMPARE(t->text(s + 1, 1), QString::number(b7[s]));
    QCOMPARE(t->text(9, 1), QString("55"));
}

void TestScalingExplorer::explorerStageScaling()
{
    ScalingExplorer explorer;
    explorer.setPreset("b0");
    const QString uniformName = explorer.scaleName();
    QVERIFY(explorer.stageComparisonText().isEmpty());
    // stage 6 twice as wide (192 -> 384 channels) and stage 4 with twice the blocks
    explorer.setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 2, 1, 1, 1});
    QVERIFY(explorer.stageScalingOn());
    QCOMPARE(explorer.resolved().stageRepeats, (std::vector<int>{1, 2, 2, 6, 3, 4, 1}));
    for (const core::ResolvedBlock &b : explorer.resolved().blocks)
        if (b.stage == 5)
            QCOMPARE(b.outChannels, 384);
    // against uniform compound scaling with (nearly) the same MACs
    const double macs = explorer.profile().macs, uniform = explorer.uniformProfile().macs;
    QVERIFY2(std::abs(uniform - macs) < 0.06 * macs, qPrintable(QString("%1 vs %2").arg(uniform).arg(macs)));
    QVERIFY(explorer.stageComparisonText().contains("Uniform compound scaling at equal MACs"));
    RecordTable *t = explorer.stageComparisonTable();
    QCOMPARE(t->rowCount(), 7);
    QCOMPARE(t->text(5, 0), QString("384"));
    QCOMPARE(t->text(3, 2), QString("6"));
    int uniformOut6 = 0;
    for (const core::ResolvedBlock &b : explorer.uniformMatch().blocks)
        if (b.stage == 5)
            uniformOut6 = b.outChannels;
    QCOMPARE(t->text(5, 1), QString::number(uniformOut6));
    // the name tells non-uniform scales apart
    const QString staged = explorer.scaleName();
    QVERIFY(staged.startsWith(uniformName + "-s"));
    explorer.setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 3, 1, 1, 1});
    QVERIFY(explorer.scaleName() != staged);
    QCOMPARE(explorer.stageDepths()[3], 3.0);
    explorer.setStageScaling({}, {});
    QCOMPARE(explorer.scaleName(), uniformName);
    QCOMPARE(explorer.profile().params, 5288548ll);
}

QTEST_MAIN(TestScalingExplorer)
#include "test_scaling_explorer.moc"
