// SPDX-License-Identifier: MIT
// Architecture as data: presets, rounding, compound scaling and the analytic profiler, held to
// the numbers published by torchvision (num_params, _ops), the paper and the Lite README.
#include "arch/grid_search.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "arch/work_estimate.h"
#include "common/error.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

using namespace effscope::core;

class TestArch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void params_data();
    void params();
    void macsAtCropSize_data();
    void macsAtCropSize();
    void stageTable_data();
    void stageTable();
    void makeDivisibleRule();
    void compoundScaling();
    void compoundRejectsBadCoefficients();
    void profilerColumns();
    void profilerRejectsBadSizes();
    void tfSameOutputSizes();
    void unknownPreset();
    void perStageOverrides();
    void perStageRejectsBadLists();
    void scalingStudy_data();
    void scalingStudy();
    void compoundMatchesMacs();
    void gridSearchCandidates();
    void camWorkCounts();
};

void TestArch::camWorkCounts()
{
    // forward passes as explain/cam.h and explain/faithfulness.h run them: the photo's forward
    // (+ a backward, two forwards' worth, for gradient methods off the closed-form head), one
    // forward per channel for Score-CAM and for Ablation-CAM off the closed form, six
    // augmented copies when smoothed; metrics: one forward for Average Drop / Increase and
    // 2 x (56 + 1) for the deletion and insertion curves
    CamWork w;
    w.method = CamMethod::GradCam;
    w.layerChannels = 112;
    QCOMPARE(camForwardPasses(w), 3.0 + 1 + 114);
    w.closedForm = true;
    QCOMPARE(camForwardPasses(w), 1.0 + 1 + 114);
    w.method = CamMethod::ScoreCam;
    w.layerChannels = 1280;
    w.augSmooth = true;
    QCOMPARE(camForwardPasses(w), (1.0 + 1280) * 6 + 115); // 7801
    w.augSmooth = false;
    w.method = CamMethod::AblationCam;
    QCOMPARE(camForwardPasses(w), 1.0 + 115); // zeroing a head channel is exact without a forward
    w.closedForm = false;
    w.layerChannels = 672;
    w.metrics = false;
    QCOMPARE(camForwardPasses(w), 1.0 + 672);
    w.method = CamMethod::EigenCam;
    QCOMPARE(camForwardPasses(w), 1.0);
    w.metrics = true;
    w.curves = false;
    QCOMPARE(camForwardPasses(w), 2.0);
}

void TestArch::params_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qlonglong>("params");
    // torchvision weights meta num_params; Lite: counted parameters (reference notes, section 4)
    QTest::newRow("b0") << "b0" << 5288548ll;
    QTest::newRow("b1") << "b1" << 7794184ll;
    QTest::newRow("b2") << "b2" << 9109994ll;
    QTest::newRow("b3") << "b3" << 12233232ll;
    QTest::newRow("b4") << "b4" << 19341616ll;
    QTest::newRow("b5") << "b5" << 30389784ll;
    QTest::newRow("b6") << "b6" << 43040704ll;
    QTest::newRow("b7") << "b7" << 66347960ll;
    QTest::newRow("lite0") << "lite0" << 4652008ll;
    QTest::newRow("lite1") << "lite1" << 5416680ll;
    QTest::newRow("lite2") << "lite2" << 6092072ll;
    QTest::newRow("lite3") << "lite3" << 8197096ll;
    QTest::newRow("lite4") << "lite4" << 13006568ll;
}

void TestArch::params()
{
    QFETCH(QString, model);
    QFETCH(qlonglong, params);
    const ModelProfile p = profileModel(resolve(preset(model.toStdString())));
    QCOMPARE(qlonglong(p.params), params);
}

void TestArch::macsAtCropSize_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("gmacs");
    // torchvision `_ops` at each weight's crop size (three decimals)
    QTest::newRow("b0@224") << "b0" << 224 << 0.386;
    QTest::newRow("b1@240") << "b1" << 240 << 0.687;
    QTest::newRow("b2@288") << "b2" << 288 << 1.088;
    QTest::newRow("b3@300") << "b3" << 300 << 1.827;
    QTest::newRow("b4@380") << "b4" << 380 << 4.394;
    QTest::newRow("b5@456") << "b5" << 456 << 10.266;
    QTest::newRow("b6@528") << "b6" << 528 << 19.068;
    QTest::newRow("b7@600") << "b7" << 600 << 37.746;
    // B2 at the paper's 260 (reference notes, section 5)
    QTest::newRow("b2@260") << "b2" << 260 << 0.994;
    // Lite README counted conv+FC MACs (reference notes, section 4): 385M, 600M, 860M
    QTest::newRow("lite0@224") << "lite0" << 224 << 0.385;
    QTest::newRow("lite1@240") << "lite1" << 240 << 0.600;
    QTest::newRow("lite2@260") << "lite2" << 260 << 0.860;
}

void TestArch::macsAtCropSize()
{
    QFETCH(QString, model);
    QFETCH(int, size);
    QFETCH(double, gmacs);
    const ModelProfile p = profileModel(resolve(preset(model.toStdString())), size, size);
    QCOMPARE(std::round(p.macs / 1e6) / 1000.0, gmacs);
    QCOMPARE(p.flops(), 2 * p.macs);
}

void TestArch::stageTable_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QList<int>>("outs");
    QTest::addColumn<QList<int>>("repeats");
    QTest::addColumn<int>("stem");
    QTest::addColumn<int>("head");
    // reference notes table 1.2 (torchvision) and the Lite table
    QTest::newRow("b0") << "b0" << QList<int>{16, 24, 40, 80, 112, 192, 320} << QList<int>{1, 2, 2, 3, 3, 4, 1} << 32 << 1280;
    QTest::newRow("b1") << "b1" << QList<int>{16, 24, 40, 80, 112, 192, 320} << QList<int>{2, 3, 3, 4, 4, 5, 2} << 32 << 1280;
    QTest::newRow("b2") << "b2" << QList<int>{16, 24, 48, 88, 120, 208, 352} << QList<int>{2, 3, 3, 4, 4, 5, 2} << 32 << 1408;
    QTest::newRow("b3") << "b3" << QList<int>{24, 32, 48, 96, 136, 232, 384} << QList<int>{2, 3, 3, 5, 5, 6, 2} << 40 << 1536;
    QTest::newRow("b4") << "b4" << QList<int>{24, 32, 56, 112, 160, 272, 448} << QList<int>{2, 4, 4, 6, 6, 8, 2} << 48 << 1792;
    QTest::newRow("b5") << "b5" << QList<int>{24, 40, 64, 128, 176, 304, 512} << QList<int>{3, 5, 5, 7, 7, 9, 3} << 48 << 2048;
    QTest::newRow("b6") << "b6" << QList<int>{32, 40, 72, 144, 200, 344, 576} << QList<int>{3, 6, 6, 8, 8, 11, 3} << 56 << 2304;
    QTest::newRow("b7") << "b7" << QList<int>{32, 48, 80, 160, 224, 384, 640} << QList<int>{4, 7, 7, 10, 10, 13, 4} << 64 << 2560;
    QTest::newRow("lite1") << "lite1" << QList<int>{16, 24, 40, 80, 112, 192, 320} << QList<int>{1, 3, 3, 4, 4, 5, 1} << 32 << 1280;
    QTest::newRow("lite2") << "lite2" << QList<int>{16, 24, 48, 88, 120, 208, 352} << QList<int>{1, 3, 3, 4, 4, 5, 1} << 32 << 1280;
    QTest::newRow("lite3") << "lite3" << QList<int>{24, 32, 48, 96, 136, 232, 384} << QList<int>{1, 3, 3, 5, 5, 6, 1} << 32 << 1280;
    QTest::newRow("lite4") << "lite4" << QList<int>{24, 32, 56, 112, 160, 272, 448} << QList<int>{1, 4, 4, 6, 6, 8, 1} << 32 << 1280;
}

void TestArch::stageTable()
{
    QFETCH(QString, model);
    QFETCH(QList<int>, outs);
    QFETCH(QList<int>, repeats);
    QFETCH(int, stem);
    QFETCH(int, head);
    const ResolvedModel m = resolve(preset(model.toStdString()));
    QCOMPARE(m.stemChannels, stem);
    QCOMPARE(m.headChannels, head);
    QCOMPARE(QList<int>(m.stageRepeats.begin(), m.stageRepeats.end()), repeats);
    QList<int> stageOuts;
    for (const ResolvedBlock &b : m.blocks)
        if (b.index == 0)
            stageOuts << b.outChannels;
    QCOMPARE(stageOuts, outs);
    const bool lite = model.startsWith("lite");
    for (const ResolvedBlock &b : m.blocks) {
        QCOMPARE(b.squeezeChannels > 0, !lite);
        if (!lite) // torchvision: squeeze = max(1, block input // 4)
            QCOMPARE(b.squeezeChannels, std::max(1, b.inChannels / 4));
    }
}

void TestArch::makeDivisibleRule()
{
    // _make_divisible(v, 8): nearest multiple of 8, at least 8, +8 when it loses over 10%
    QCOMPARE(makeDivisible(32 * 1.1), 32);   // 35.2 -> 32 (>= 31.68)
    QCOMPARE(makeDivisible(40 * 1.1), 48);   // 44 -> 48 (ties round up: int(48) // 8)
    QCOMPARE(makeDivisible(3.0), 8);         // floor at the divisor
    QCOMPARE(makeDivisible(20.0), 24);       // 24 -> 24
    QCOMPARE(makeDivisible(11.0), 16);       // int(15) // 8 * 8 = 8 < 9.9 -> 16
    QCOMPARE(scaleDepth(2, 1.1), 3);
    QCOMPARE(scaleDepth(4, 3.1), 13);
    QCOMPARE(scaleDepth(3, 1.0), 3);
}

void TestArch::compoundScaling()
{
    CompoundCoefficients c; // the paper's alpha 1.2, beta 1.1, gamma 1.15
    QCOMPARE(c.alpha, 1.2);
    QVERIFY(std::abs(c.flopsConstraint() - 1.2 * 1.21 * 1.3225) < 1e-12);
    c.phi = 1.0;
    Scaling s = c.toScaling();
    QVERIFY(std::abs(s.depth - 1.2) < 1e-12);
    QVERIFY(std::abs(s.width - 1.1) < 1e-12);
    QCOMPARE(s.resolution, 256); // 224 * 1.15 = 257.6 -> nearest multiple of 8
    c.phi = 0.0;
    s = c.toScaling();
    QCOMPARE(s.resolution, 224);
    QCOMPARE(s.width, 1.0);
    // phi = 3: d = 1.728, w = 1.331, r = 224 * 1.520875 = 340.68 -> 344
    c.phi = 3.0;
    s = c.toScaling();
    QCOMPARE(s.resolution, 344);
    ModelConfig cfg = preset("b0");
    cfg.scaling = s;
    const ModelProfile custom = profileModel(resolve(cfg));
    const ModelProfile b0 = profileModel(resolve(preset("b0")));
    // FLOPs grow roughly with (alpha beta^2 gamma^2)^phi; rounding keeps it within 35%
    const double ratio = double(custom.macs) / b0.macs;
    QVERIFY2(ratio > std::pow(c.flopsConstraint(), 3) * 0.65 && ratio < std::pow(c.flopsConstraint(), 3) * 1.35,
             qPrintable(QString::number(ratio)));
}

void TestArch::compoundRejectsBadCoefficients()
{
    CompoundCoefficients c;
    c.alpha = 0.9;
    QVERIFY_THROWS_EXCEPTION(Error, c.toScaling());
    c = CompoundCoefficients();
    c.phi = -1;
    QVERIFY_THROWS_EXCEPTION(Error, c.toScaling());
    c.phi = std::nan("");
    QVERIFY_THROWS_EXCEPTION(Error, c.toScaling());
    ModelConfig cfg = preset("b0");
    cfg.scaling.width = 0;
    QVERIFY_THROWS_EXCEPTION(Error, resolve(cfg));
    cfg = preset("b0");
    cfg.scaling.resolution = 8;
    QVERIFY_THROWS_EXCEPTION(Error, resolve(cfg));
}

void TestArch::profilerColumns()
{
    const ModelProfile p = profileModel(resolve(preset("b0")));
    QCOMPARE(p.layers.front().name, std::string("features.0"));
    QCOMPARE(p.layers.front().outShape[1], 32);
    QCOMPARE(p.layers.front().outShape[2], 112);
    QCOMPARE(p.layers.back().name, std::string("classifier.1"));
    QCOMPARE(p.layers.back().params, 1280 * 1000 + 1000);
    int64_t params = 0, macs = 0, elementwise = 0;
    int residuals = 0, se = 0;
    for (const LayerProfile &l : p.layers) {
        params += l.params;
        macs += l.macs;
        elementwise += l.elementwiseOps;
        residuals += l.kind == LayerKind::Residual;
        se += l.kind == LayerKind::SqueezeExcite;
        QVERIFY(l.activationBytes > 0);
    }
    QCOMPARE(params, p.params);
    QCOMPARE(macs, p.macs);
    QCOMPARE(elementwise, p.elementwiseOps);
    QCOMPARE(se, 16);        // one SE per block
    QCOMPARE(residuals, 9);  // blocks with stride 1 and equal widths: 16 blocks - 7 stage entries
    // head output 7x7 at 224
    for (const LayerProfile &l : p.layers)
        if (l.name == "features.8")
            QCOMPARE(l.outShape, (std::array<int64_t, 4>{1, 1280, 7, 7}));
}

void TestArch::profilerRejectsBadSizes()
{
    const ResolvedModel m = resolve(preset("b0"));
    QVERIFY_THROWS_EXCEPTION(Error, profileModel(m, 0, 224));
    QVERIFY_THROWS_EXCEPTION(Error, profileModel(m, 224, 100000));
}

void TestArch::tfSameOutputSizes()
{
    // TF-SAME: ceil(in / stride); symmetric (k-1)/2 gives the same for odd kernels
    QCOMPARE(convOutputSize(225, 3, 2, Padding::TfSame), 113);
    QCOMPARE(convOutputSize(225, 3, 2, Padding::Symmetric), 113);
    QCOMPARE(convOutputSize(224, 5, 2, Padding::TfSame), 112);
    QCOMPARE(convOutputSize(7, 5, 1, Padding::Symmetric), 7);
}

void TestArch::unknownPreset()
{
    try {
        preset("b9");
        QFAIL("no exception");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::InvalidInput);
        QVERIFY(QString(e.what()).contains("lite4"));
    }
}

void TestArch::perStageOverrides()
{
    // all ones: the preset itself (torchvision's B0 num_params)
    ModelConfig cfg = preset("b0");
    cfg.scaling.stageWidth = std::vector<double>(7, 1.0);
    cfg.scaling.stageDepth = std::vector<double>(7, 1.0);
    QVERIFY(cfg.scaling.uniform());
    QCOMPARE(profileModel(resolve(cfg)).params, 5288548ll);
    // one more block in stage 7 (320 -> 320, MBConv6 k3, SE 80): expand 320x1920 + BN 2x1920,
    // depthwise 1920x9 + BN 2x1920, SE 1920x80+80 + 80x1920+1920, project 1920x320 + BN 2x320
    cfg.scaling.stageDepth = {1, 1, 1, 1, 1, 1, 2};
    QVERIFY(!cfg.scaling.uniform());
    const ResolvedModel deeper = resolve(cfg);
    QCOMPARE(deeper.stageRepeats, (std::vector<int>{1, 2, 2, 3, 3, 4, 2}));
    const int64_t extra = 320 * 1920 + 2 * 1920 + 1920 * 9 + 2 * 1920 + 1920 * 80 + 80 + 80 * 1920 + 1920
                        + 1920 * 320 + 2 * 320;
    QCOMPARE(profileModel(deeper).params, 5288548ll + extra);
    // stage 6 twice as wide: its blocks output 384, stage 7 takes 384 in, the head stays 4 x 320
    cfg.scaling.stageDepth.clear();
    cfg.scaling.stageWidth = {1, 1, 1, 1, 1, 2, 1};
    const ResolvedModel wider = resolve(cfg);
    for (const ResolvedBlock &b : wider.blocks) {
        if (b.stage == 5)
            QCOMPARE(b.outChannels, 384);
        if (b.stage == 6)
            QCOMPARE(b.inChannels, 384);
    }
    QCOMPARE(wider.headChannels, 1280);
    // Lite keeps stage 1's base repeats under global depth but takes its own factor
    ModelConfig lite = preset("lite0");
    lite.scaling.depth = 2.0;
    lite.scaling.stageDepth = {3, 1, 1, 1, 1, 1, 1};
    QCOMPARE(resolve(lite).stageRepeats.front(), 3);
}

void TestArch::perStageRejectsBadLists()
{
    ModelConfig cfg = preset("b0");
    cfg.scaling.stageWidth = {1, 1, 1};
    try {
        resolve(cfg);
        QFAIL("a 3-entry list for 7 stages was accepted");
    } catch (const Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("expected one per stage (7), got 3"), e.what());
    }
    cfg.scaling.stageWidth = {1, 1, 1, 0, 1, 1, 1};
    QVERIFY_THROWS_EXCEPTION(Error, resolve(cfg));
    cfg.scaling.stageWidth.clear();
    cfg.scaling.stageDepth = {1, 1, 1, 1, 1, 1, std::nan("")};
    QVERIFY_THROWS_EXCEPTION(Error, resolve(cfg));
}

void TestArch::scalingStudy_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<double>("budget"); // GMACs
    QTest::addColumn<int>("points");
    for (int d = 0; d < 4; ++d)
        for (double budget : {1.0, 4.0})
            QTest::addRow("%s-%g", dimensionName(ScalingDimension(d)), budget) << d << budget << 5;
}

void TestArch::scalingStudy()
{
    QFETCH(int, dimension);
    QFETCH(double, budget);
    QFETCH(int, points);
    const auto d = ScalingDimension(dimension);
    const int64_t limit = int64_t(budget * 1e9);
    const std::vector<StudyStep> steps = effscope::core::scalingStudy(preset("b0"), d, limit, points);
    // (compound from B0 to 1 GMACs has room for one real compound step: B0 at 0.386, then
    // phi ~0.88 at 0.83 GMACs, the first phi at which width and resolution move as well as depth)
    QVERIFY(int(steps.size()) >= (d == ScalingDimension::Compound && budget < 2 ? 2 : 3) && int(steps.size()) <= points);
    // the first step is B0 itself: torchvision's _ops for B0 is 0.386 GMACs at 224 px
    QVERIFY(std::abs(steps.front().macs / 1e9 - 0.386) < 0.001);
    for (size_t i = 0; i < steps.size(); ++i) {
        const StudyStep &s = steps[i];
        QVERIFY(s.macs <= limit);
        if (i > 0) {
            QVERIFY(s.macs > steps[i - 1].macs);
            QVERIFY(s.multiplier > steps[i - 1].multiplier);
        }
        // only the chosen dimension moves
        if (d != ScalingDimension::Width && d != ScalingDimension::Compound)
            QCOMPARE(s.width, 1.0);
        if (d != ScalingDimension::Depth && d != ScalingDimension::Compound)
            QCOMPARE(s.depth, 1.0);
        if (d != ScalingDimension::Resolution && d != ScalingDimension::Compound)
            QCOMPARE(s.resolution, 224);
        if (d == ScalingDimension::Compound) {
            QVERIFY(std::abs(s.depth - std::pow(1.2, s.multiplier)) < 1e-9);
            QVERIFY(std::abs(s.width - std::pow(1.1, s.multiplier)) < 1e-9);
            // every compound step moves all three: more pixels, more blocks, wider stages
            // (resolved independently of the study: channels after rounding, blocks per stage)
            if (i > 0) {
                const ResolvedModel now = resolve(scaledConfig(preset("b0"), d, s.multiplier));
                const ResolvedModel before = resolve(scaledConfig(preset("b0"), d, steps[i - 1].multiplier));
                // (at least 2% more pixels a side: not a rounding step)
                QVERIFY2(now.resolution >= 1.02 * before.resolution, qPrintable(QString("step %1 resolution").arg(i)));
                int blocksNow = 0, blocksBefore = 0;
                for (int n : now.stageRepeats)
                    blocksNow += n;
                for (int n : before.stageRepeats)
                    blocksBefore += n;
                QVERIFY2(blocksNow > blocksBefore, qPrintable(QString("step %1 blocks").arg(i)));
                // (several stages wider: at least three of the seven)
                int wider = 0;
                for (const ResolvedBlock &b : now.blocks)
                    for (const ResolvedBlock &o : before.blocks)
                        wider += b.index == 0 && o.index == 0 && b.stage == o.stage && b.outChannels > o.outChannels;
                QVERIFY2(wider >= 3, qPrintable(QString("step %1: %2 stages wider").arg(i).arg(wider)));
            }
        }
    }
    // the last step reaches the budget (depth moves in whole blocks: within one block's cost;
    // compound in balanced steps: within one such step)
    QVERIFY2(steps.back().macs > (d == ScalingDimension::Depth ? 0.85 : d == ScalingDimension::Compound ? 0.8 : 0.9) * limit,
             qPrintable(QString::number(steps.back().macs / 1e9)));
    QVERIFY_THROWS_EXCEPTION(Error, effscope::core::scalingStudy(preset("b0"), d, 100000000, points));
    QVERIFY_THROWS_EXCEPTION(Error, effscope::core::scalingStudy(preset("b0"), d, limit, 1));
}

void TestArch::compoundMatchesMacs()
{
    // (below about 0.57 GMACs there is nothing: any phi > 0 adds a block to each one-block stage)
    for (double target : {1.0, 2.0, 4.0, 8.0}) {
        const StudyStep s = matchCompound(preset("b0"), int64_t(target * 1e9));
        QVERIFY2(std::abs(s.macs / 1e9 - target) < 0.05 * target, qPrintable(QString::number(s.macs / 1e9)));
        QVERIFY(s.multiplier > 0.0);
    }
    QCOMPARE(matchCompound(preset("b0"), 1).multiplier, 0.0);
}

QTEST_GUILESS_MAIN(TestArch)
void TestArch::gridSearchCandidates()
{
    // the paper's step 1 on B0: alpha, beta, gamma >= 1 in steps of 0.05 with
    // alpha * beta^2 * gamma^2 within 5% of 2
    const ModelConfig b0 = preset("b0");
    const int64_t baseMacs = profileModel(resolve(b0)).macs;
    const std::vector<GridCandidate> grid = enumerateGrid(b0);
    QVERIFY(grid.size() > 10);
    std::set<std::tuple<int, int64_t, int64_t>> networks;
    double lastDistance = 0.0, worst = 0.0;
    int paper = 0;
    for (const GridCandidate &c : grid) {
        QVERIFY(c.alpha >= 1.0 && c.beta >= 1.0 && c.gamma >= 1.0);
        QCOMPARE(c.constraint, c.alpha * c.beta * c.beta * c.gamma * c.gamma);
        QVERIFY2(std::abs(c.constraint / 2.0 - 1.0) <= 0.05 + 1e-12, qPrintable(QString::number(c.constraint)));
        const double distance = std::abs(c.constraint - 2.0);
        QVERIFY(distance >= lastDistance - 1e-9); // nearest the target first
        lastDistance = distance;
        // the candidate is B0 scaled by the coefficients, its MACs counted on that network
        QCOMPARE(c.config.scaling.depth, c.alpha);
        QCOMPARE(c.config.scaling.width, c.beta);
        QCOMPARE(c.config.scaling.resolution, int(std::lround(224 * c.gamma)));
        QCOMPARE(c.macs, profileModel(resolve(c.config)).macs);
        QCOMPARE(c.realisedGrowth, double(c.macs) / double(baseMacs));
        QVERIFY2(networks.insert({c.config.scaling.resolution, c.macs, c.params}).second || c.paperPoint,
                 "two candidates round to one network");
        if (c.paperPoint) {
            ++paper;
            QCOMPARE(c.alpha, 1.2);
            QCOMPARE(c.beta, 1.1);
            QCOMPARE(c.gamma, 1.15);
            QVERIFY(std::abs(c.constraint - 1.92027) < 1e-5);
            QCOMPARE(c.config.scaling.resolution, 258); // 257.6 px
        }
        // no dimension shrinks: every candidate costs more than the base (rounding decides how
        // much more: blocks round up, so a depth-heavy point can grow well past the target)
        QVERIFY2(c.realisedGrowth > 1.0, qPrintable(QString::number(c.realisedGrowth)));
        worst = std::max(worst, std::abs(c.realisedGrowth / 2.0 - 1.0));
    }
    QCOMPARE(paper, 1);
    const auto paperPoint = std::find_if(grid.begin(), grid.end(), [](const GridCandidate &c) { return c.paperPoint; });
    qInfo("%zu candidates; the paper's (1.2, 1.1, 1.15) grows B0's MACs %.3fx (formula 1.920); the farthest from 2x: %.1f%%",
          grid.size(), paperPoint->realisedGrowth, 100 * worst);
    // depth alone doubled is on the grid and exactly on the target
    QVERIFY(std::any_of(grid.begin(), grid.end(), [](const GridCandidate &c) {
        return std::abs(c.alpha - 2.0) < 1e-9 && std::abs(c.beta - 1.0) < 1e-9 && std::abs(c.gamma - 1.0) < 1e-9;
    }));
    for (const GridOptions &bad : {GridOptions{0.5, 0.05, 0.05, 2.0}, GridOptions{2.0, 0.0, 0.05, 2.0},
                                   GridOptions{2.0, 0.05, 0.001, 2.0}, GridOptions{2.0, 0.05, 0.01, 3.0}}) {
        try {
            enumerateGrid(b0, bad);
            QFAIL("bad grid options accepted");
        } catch (const Error &) {
        }
    }
}

#include "test_arch.moc"
