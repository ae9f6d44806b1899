// SPDX-License-Identifier: MIT
// The oneDNN fast path against the reference LibTorch module, for every preset and a custom
// TF-SAME scale: max |fast - reference| <= 1e-4 x the reference logits' standard deviation.
// Weights are random but non-degenerate: He-normal convolutions, random BN affine parameters,
// BN statistics measured by one training-mode pass over random data, the classifier scaled to
// a logit standard deviation near 1.5 (the reference's default init gives ~1e-14 logits).
#include "arch/presets.h"
#include "arch/profiler.h"
#include "infer/benchmark.h"
#include "infer/fast_engine.h"
#include "infer/mbconv_fused.h"
#include "infer/squeeze_excite.h"
#include "nn/efficientnet.h"
#include "quant/int8_kernels.h"

#include "random_weights.h"
#include "test_env.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>
#include <c10/core/InferenceMode.h>
#include <torch/nn/modules/batchnorm.h>

#include <QtTest/QtTest>

#include <cstdlib>
#include <map>

using namespace effscope::core;

class TestFastEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }
    void matchesReference_data();
    void matchesReference();
    void capturesMatchReference();
    void squeezeMatchesAten();
    void fusedBlockMatchesAten_data();
    void fusedBlockMatchesAten();
    void fusedBlocksAreUsed();
    void rejectsBadInput();
    void noMemoryGrowth();
};

void TestFastEngine::matchesReference_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("layout");
    for (const std::string &n : presetNames()) {
        if (sanitizerSample() && n != "b0" && n != "lite0")
            continue; // the others differ in sizes only (tests/test_env.h)
        const int res = resolve(preset(n)).resolution;
        // keep the big models affordable on two cores: B5..B7 at a reduced size
        QTest::newRow(n.c_str()) << QString::fromStdString(n) << std::min(res, 320) << int(ActivationLayout::Auto);
    }
    QTest::newRow("b0-tfsame") << "b0-tfsame" << 224 << int(ActivationLayout::Auto);
    // each layout explicitly, whichever Auto picks on this CPU
    for (const char *n : {"b0", "lite1"}) {
        QTest::newRow((std::string(n) + "-nhwc").c_str()) << QString(n) << 224 << int(ActivationLayout::Nhwc);
        QTest::newRow((std::string(n) + "-blocked").c_str()) << QString(n) << 224 << int(ActivationLayout::Blocked);
    }
    QTest::newRow("b0-tfsame-nhwc") << "b0-tfsame" << 224 << int(ActivationLayout::Nhwc);
    QTest::newRow("b0-tfsame-blocked") << "b0-tfsame" << 224 << int(ActivationLayout::Blocked);
}

void TestFastEngine::matchesReference()
{
    QFETCH(QString, model);
    QFETCH(int, size);
    QFETCH(int, layout);
    ModelConfig config = preset(model == "b0-tfsame" ? "b0" : model.toStdString());
    if (model == "b0-tfsame") {
        config.variant.padding = Padding::TfSame;
        config.variant.bnEps = 1e-3;
    }
    EfficientNet net(resolve(config));
    randomize(*net, size);
    FastEfficientNet fast(*net, ActivationLayout(layout));
    c10::InferenceMode guard;
    // batch 1 at the model's size, then batch 2 at an odd non-square size (a second plan)
    const std::vector<std::vector<int64_t>> shapes{{1, 3, size, size}, {2, 3, size - 31, size - 58}};
    for (const auto &shape : shapes) {
        const at::Tensor x = at::randn(shape);
        const at::Tensor ref = net->forward(x);
        const at::Tensor got = fast.forward(x);
        const double std = ref.std().item<double>();
        QVERIFY2(std > 0.1, qPrintable(QString("degenerate reference logits, std %1").arg(std)));
        if (shape[0] > 1) // the logits must depend on the input
            QVERIFY((ref[0] - ref[1]).std().item<double>() > 0.05 * std);
        const double rel = (got - ref).abs().max().item<double>() / std;
        qInfo("%s [%lld,3,%lld,%lld] %s: max |fast - reference| / logit std = %.3g", qPrintable(model),
              (long long)shape[0], (long long)shape[2], (long long)shape[3], fast.layoutName().c_str(), rel);
        QVERIFY2(rel <= 1e-4, qPrintable(QString::number(rel)));
        QVERIFY(at::equal(got.argmax(1), ref.argmax(1)));
    }
    QCOMPARE(fast.planCount(), size_t(2));
    if (ActivationLayout(layout) == ActivationLayout::Nhwc)
        QCOMPARE(fast.layoutName(), std::string("nhwc"));
    if (ActivationLayout(layout) == ActivationLayout::Blocked)
        QVERIFY(fast.layoutName() == "nChw16c" || fast.layoutName() == "nChw8c");
}

void TestFastEngine::capturesMatchReference()
{
    // every layer output the fast plan can hand back equals the reference module's tap there
    EfficientNet net(resolve(preset("b0")));
    randomize(*net, 224);
    FastEfficientNet fast(*net);
    const std::vector<std::string> layers = fast.capturableLayers();
    QCOMPARE(int(layers.size()), 1 + 16 + 7 + 1); // stem, blocks, stages, head
    for (const auto &shape : std::vector<std::vector<int64_t>>{{1, 3, 224, 224}, {2, 3, 193, 166}}) {
        const at::Tensor x = at::randn(shape);
        std::map<std::string, at::Tensor> ref;
        c10::InferenceMode guard;
        const LayerTap tap = [&](const std::string &name, const at::Tensor &out) {
            ref.emplace(name, out);
            return out;
        };
        net->forward(x, tap);
        std::map<std::string, at::Tensor> got;
        fast.forward(x, layers, got);
        QCOMPARE(got.size(), layers.size());
        for (const std::string &l : layers) {
            QVERIFY2(ref.count(l), l.c_str());
            QCOMPARE(got.at(l).sizes().vec(), ref.at(l).sizes().vec());
            const double scale = ref.at(l).abs().max().item<double>();
            const double diff = (got.at(l) - ref.at(l)).abs().max().item<double>();
            QVERIFY2(diff <= 1e-4 * scale, qPrintable(QString("%1: %2 (scale %3)").arg(l.c_str()).arg(diff).arg(scale)));
        }
    }
    std::map<std::string, at::Tensor> none;
    QVERIFY_THROWS_EXCEPTION(std::exception, fast.forward(at::zeros({1, 3, 64, 64}), {"features.2.0.block.1"}, none));
}

// The fast path's own SE squeeze (pool, fc1 with the activation, fc2 with the sigmoid) against
// ATen in double precision, on every layout it reads (NHWC; 8- and 16-channel blocks, the
// channels not a multiple of the block, so the padding is exercised), both activations, two
// images, a map big enough to use both threads and one of 1 x 1, on every vector path.
void TestFastEngine::squeezeMatchesAten()
{
    std::vector<Int8Isa> isas{Int8Isa::Scalar};
    if (int(int8IsaSupported()) >= int(Int8Isa::Avx2))
        isas.push_back(Int8Isa::Avx2);
    if (int8IsaSupported() == Int8Isa::Avx512Vnni)
        isas.push_back(Int8Isa::Avx512Vnni);
    const int64_t n = 2, c = 40, hid = 10;
    for (const auto &[h, w] : std::vector<std::pair<int64_t, int64_t>>{{37, 29}, {1, 1}}) {
        const at::Tensor x = at::randn({n, c, h, w}) * 2 + 0.5;
        const at::Tensor fc1 = at::randn({hid, c}) * 0.3, b1 = at::randn({hid}), fc2 = at::randn({c, hid}) * 0.5,
                         b2 = at::randn({c});
        const at::Tensor fc2t = fc2.t().contiguous();
        for (Activation act : {Activation::SiLU, Activation::ReLU6}) {
            const at::Tensor pooled = x.to(at::kDouble).mean({2, 3});
            at::Tensor hidden = at::matmul(pooled, fc1.to(at::kDouble).t()) + b1.to(at::kDouble);
            hidden = act == Activation::SiLU ? hidden * at::sigmoid(hidden) : hidden.clamp(0, 6);
            const at::Tensor expected = at::sigmoid(at::matmul(hidden, fc2.to(at::kDouble).t()) + b2.to(at::kDouble));
            for (int64_t block : {int64_t(0), int64_t(8), int64_t(16)}) {
                MapGeometry g;
                g.batch = n;
                g.channels = c;
                g.pixels = h * w;
                g.block = block ? block : c;
                const int64_t cp = g.paddedChannels();
                // the map in its layout: [N][C / block][H * W][block], padding channels zero
                const at::Tensor padded = at::constant_pad_nd(x, {0, 0, 0, 0, 0, cp - c});
                const at::Tensor map = padded.reshape({n, cp / g.block, g.block, h * w}).permute({0, 1, 3, 2}).contiguous();
                g.imageStride = cp * h * w;
                g.blockStride = h * w * g.block;
                g.pixelStride = g.block;
                SqueezeWeights sw;
                sw.fc1 = fc1.data_ptr<float>();
                sw.bias1 = b1.data_ptr<float>();
                sw.fc2t = fc2t.data_ptr<float>();
                sw.bias2 = b2.data_ptr<float>();
                sw.hidden = hid;
                sw.activation = act;
                for (Int8Isa isa : isas) {
                    QCOMPARE(setInt8Isa(isa), isa);
                    std::vector<float> pool(size_t(n * cp)), hide(size_t(n * hid));
                    at::Tensor gate = at::full({n, cp}, std::nanf(""));
                    squeezeExcite(map.data_ptr<float>(), g, sw, pool.data(), hide.data(), gate.data_ptr<float>());
                    setInt8Isa(int8IsaSupported());
                    const double err = (gate.narrow(1, 0, c).to(at::kDouble) - expected).abs().max().item<double>();
                    QVERIFY2(err < 2e-6, qPrintable(QString("%1x%2 block %3 %4 %5: %6")
                                                        .arg(h).arg(w).arg(block).arg(act == Activation::SiLU ? "silu" : "relu6")
                                                        .arg(int8IsaName(isa)).arg(err)));
                    if (cp > c) // the multiply must keep the map's padding at zero
                        QVERIFY(at::equal(gate.narrow(1, c, cp - c), at::zeros({n, cp - c})));
                }
            }
        }
    }
}

// One MBConv block through infer/mbconv_fused.h's steps against ATen in double: the depthwise
// output and its channel means (step 1) and the gated project with its residual (step 3, with
// an arbitrary gate: SE's fc layers are squeezeMatchesAten's). Shapes the presets do not all
// reach: channel counts off the 16-channel blocks, TF-SAME's asymmetric padding, maps of 1 x 1
// and of odd sizes, strips of rows split over the threads, ReLU6 without SE, three images.
void TestFastEngine::fusedBlockMatchesAten_data()
{
    QTest::addColumn<QVector<int>>("dims"); // in, expanded, out, kernel, stride, h, w, batch, threads
    // (in == expanded with a 0 here below: a block without an expansion layer, as each B model's first)
    QTest::addColumn<bool>("tfSame");
    QTest::addColumn<bool>("silu");
    QTest::addColumn<bool>("se");
    QTest::addColumn<bool>("residual");
    QTest::newRow("k3s1 residual") << QVector<int>{24, 144, 24, 3, 1, 13, 11, 2, 2} << false << true << true << true;
    QTest::newRow("k5s2 tf-same") << QVector<int>{40, 240, 80, 5, 2, 14, 14, 1, 2} << true << true << true << false;
    QTest::newRow("k3s2 odd map") << QVector<int>{16, 96, 24, 3, 2, 15, 9, 1, 2} << false << true << true << false;
    QTest::newRow("k3s2 tf-same even") << QVector<int>{16, 96, 24, 3, 2, 16, 10, 2, 1} << true << true << true << false;
    QTest::newRow("k5s1 relu6 no se") << QVector<int>{20, 120, 40, 5, 1, 7, 7, 3, 1} << false << false << false << false;
    QTest::newRow("k3s1 strips") << QVector<int>{16, 48, 16, 3, 1, 64, 40, 1, 2} << false << true << true << true;
    QTest::newRow("k5s1 1x1 map") << QVector<int>{32, 192, 32, 5, 1, 1, 1, 2, 2} << false << true << true << true;
    QTest::newRow("k3s1 no expansion") << QVector<int>{40, 40, 24, 3, 1, 23, 17, 2, 2, 0} << false << true << true
                                       << false;
    QTest::newRow("k3s1 wide, few pixels") << QVector<int>{192, 1152, 200, 3, 1, 7, 5, 1, 2} << false << true << true
                                           << false;
}

namespace {

// [N, C, H, W] -> [N][C / 16][H][W][16], the channels padded with zeros
std::vector<float> toBlocks(const at::Tensor &x)
{
    const int64_t n = x.size(0), c = x.size(1), cp = (c + 15) / 16 * 16, h = x.size(2), w = x.size(3);
    const at::Tensor padded = at::constant_pad_nd(x.to(at::kFloat), {0, 0, 0, 0, 0, cp - c});
    const at::Tensor b = padded.reshape({n, cp / 16, 16, h, w}).permute({0, 1, 3, 4, 2}).contiguous();
    return std::vector<float>(b.data_ptr<float>(), b.data_ptr<float>() + b.numel());
}

// the inverse, all padded channels kept: [N, C padded, H, W] in double
at::Tensor fromBlocks(const std::vector<float> &v, int64_t n, int64_t c, int64_t h, int64_t w)
{
    const int64_t cp = (c + 15) / 16 * 16;
    return at::from_blob(const_cast<float *>(v.data()), {n, cp / 16, h, w, 16}, at::kFloat)
        .permute({0, 1, 4, 2, 3})
        .reshape({n, cp, h, w})
        .to(at::kDouble);
}

} // namespace

void TestFastEngine::fusedBlockMatchesAten()
{
    if (!fusedMbconvAvailable())
        QSKIP("the fused MBConv kernels need AVX-512 (this CPU, or EFFSCOPE_MAX_CPU_ISA, does not allow it)");
    QFETCH(QVector<int>, dims);
    QFETCH(bool, tfSame);
    QFETCH(bool, silu);
    QFETCH(bool, se);
    QFETCH(bool, residual);
    const int in = dims[0], ex = dims[1], out = dims[2], k = dims[3], stride = dims[4], h = dims[5], w = dims[6],
              n = dims[7], threads = dims[8];
    const bool expands = dims.size() < 10 || dims[9] != 0;
    const Padding padding = tfSame ? Padding::TfSame : Padding::Symmetric;
    FusedShape s;
    s.batch = n;
    s.h = h;
    s.w = w;
    s.oh = convOutputSize(h, k, stride, padding);
    s.ow = convOutputSize(w, k, stride, padding);
    s.padTop = convPadBefore(h, k, stride, padding);
    s.padLeft = convPadBefore(w, k, stride, padding);
    const int64_t pb = (s.oh - 1) * stride + k - h - s.padTop, pr = (s.ow - 1) * stride + k - w - s.padLeft;

    const at::Tensor x = at::randn({n, in, h, w}).to(at::kDouble);
    const at::Tensor we = at::randn({ex, in, 1, 1}).to(at::kDouble) / std::sqrt(double(in)), be = at::randn({ex}).to(at::kDouble) * 0.2;
    const at::Tensor wd = at::randn({ex, 1, k, k}).to(at::kDouble) / k, bd = at::randn({ex}).to(at::kDouble) * 0.2;
    const at::Tensor wp = at::randn({out, ex, 1, 1}).to(at::kDouble) / std::sqrt(double(ex)), bp = at::randn({out}).to(at::kDouble) * 0.2;
    const at::Tensor gate = at::rand({n, ex}).to(at::kDouble);
    auto act = [&](const at::Tensor &t) { return silu ? t * at::sigmoid(t) : t.clamp(0, 6); };
    const at::Tensor e = expands ? act(at::conv2d(x, we, be)) : x;
    const at::Tensor d = act(at::conv2d(at::constant_pad_nd(e, {s.padLeft, pr, s.padTop, pb}), wd, bd, std::vector<int64_t>{stride, stride}, std::vector<int64_t>{0, 0},
                                        std::vector<int64_t>{1, 1}, ex));
    at::Tensor y = at::conv2d(se ? d * gate.reshape({n, ex, 1, 1}) : d, wp, bp);
    if (residual)
        y = y + x;

    const at::Tensor wef = we.to(at::kFloat).contiguous(), bef = be.to(at::kFloat).contiguous();
    const at::Tensor wdf = wd.to(at::kFloat).contiguous(), bdf = bd.to(at::kFloat).contiguous();
    const at::Tensor wpf = wp.to(at::kFloat).contiguous(), bpf = bp.to(at::kFloat).contiguous();
    const FusedMbconv block =
        packFusedMbconv(expands ? wef.data_ptr<float>() : nullptr, bef.data_ptr<float>(), wdf.data_ptr<float>(),
                        bdf.data_ptr<float>(), wpf.data_ptr<float>(), bpf.data_ptr<float>(), in, ex, out, k, stride,
                        silu ? Activation::SiLU : Activation::ReLU6);
    const int saved = at::get_num_threads();
    at::set_num_threads(threads);
    planFusedMbconv(block, s, threads);
    const int64_t ep = block.expandedBlocks * 16;
    const std::vector<float> xb = toBlocks(x);
    std::vector<float> ring(size_t(fusedRingFloats(block, s)), std::nanf(""));
    std::vector<float> dw(size_t(n * ep * s.oh * s.ow), std::nanf("")), sums(size_t(n * ep), std::nanf(""));
    fusedExpandDepthwise(block, s, xb.data(), dw.data(), sums.data(), ring.data());
    std::vector<float> gateBlocks(size_t(n * ep), 0.0f);
    for (int64_t i = 0; i < n; ++i)
        for (int64_t c = 0; c < ex; ++c)
            gateBlocks[size_t(i * ep + c)] = float(gate[i][c].item<double>());
    std::vector<float> yb = residual ? toBlocks(x) : std::vector<float>(size_t(n * block.outBlocks * 16 * s.oh * s.ow), std::nanf(""));
    const at::Tensor dGot = fromBlocks(dw, n, ex, s.oh, s.ow); // before step 3 may scale it
    fusedProject(block, s, dw.data(), se ? gateBlocks.data() : nullptr, residual, yb.data());
    at::set_num_threads(saved);

    auto check = [&](const char *what, const at::Tensor &got, const at::Tensor &want) {
        const double scale = want.abs().max().item<double>();
        const double err = (got - want).abs().max().item<double>();
        QVERIFY2(err <= 1e-5 * std::max(1.0, scale), qPrintable(QString("%1: max error %2 (scale %3)").arg(what).arg(err).arg(scale)));
    };
    check("depthwise output", dGot.narrow(1, 0, ex), d);
    QVERIFY(at::equal(dGot.narrow(1, ex, ep - ex), at::zeros({n, ep - ex, s.oh, s.ow}, at::kDouble)));
    const at::Tensor means = at::from_blob(sums.data(), {n, ep}, at::kFloat).to(at::kDouble);
    check("channel means", means.narrow(1, 0, ex), d.mean({2, 3}));
    QVERIFY(at::equal(means.narrow(1, ex, ep - ex), at::zeros({n, ep - ex}, at::kDouble)));
    const at::Tensor yGot = fromBlocks(yb, n, out, s.oh, s.ow);
    check("block output", yGot.narrow(1, 0, out), y);
    const int64_t op = block.outBlocks * 16;
    QVERIFY(at::equal(yGot.narrow(1, out, op - out), at::zeros({n, op - out, s.oh, s.ow}, at::kDouble)));
}

// The plan runs B0's blocks (all with SE) through the fused kernels where they are available
// (and only there), Lite0's (no SE) on oneDNN, and EFFSCOPE_FUSED_MBCONV=0 turns them
// off; every way gives the reference's logits.
void TestFastEngine::fusedBlocksAreUsed()
{
    for (const char *model : {"b0", "lite0"}) {
        EfficientNet net(resolve(preset(model)));
        randomize(*net, 224);
        c10::InferenceMode guard;
        const at::Tensor x = at::randn({1, 3, 160, 128});
        const at::Tensor ref = net->forward(x);
        const double std = ref.std().item<double>();
        for (bool off : {false, true}) {
            if (off)
                setenv("EFFSCOPE_FUSED_MBCONV", "0", 1);
            FastEfficientNet fast(*net, ActivationLayout::Blocked);
            const at::Tensor got = fast.forward(x);
            unsetenv("EFFSCOPE_FUSED_MBCONV");
            const bool expected = !off && fusedMbconvAvailable() && fast.layoutName() == "nChw16c"
                && std::string(model) == "b0";
            QCOMPARE(fast.fusedBlockCount(), expected ? 16 : 0); // every B0 block, the first (no expansion) too
            QVERIFY((got - ref).abs().max().item<double>() <= 1e-4 * std);
        }
    }
}

void TestFastEngine::rejectsBadInput()
{
    EfficientNet net(resolve(preset("lite0")));
    FastEfficientNet fast(*net);
    QVERIFY_THROWS_EXCEPTION(std::exception, fast.forward(at::zeros({1, 4, 32, 32})));
    QVERIFY_THROWS_EXCEPTION(std::exception, fast.forward(at::zeros({3, 32, 32})));
    QCOMPARE(fast.forward(at::zeros({1, 3, 17, 33})).sizes().vec(), (std::vector<int64_t>{1, 1000}));
}

void TestFastEngine::noMemoryGrowth()
{
    if (kAddressSanitizer)
        QSKIP("AddressSanitizer's quarantine keeps freed memory resident: growth means nothing here");
    // 1,000 inferences after warm-up must not grow the resident set: no per-call leaks, and the
    // plan for a shape is built once. (Memory, not speed: this is a pass/fail property.)
    EfficientNet net(resolve(preset("lite0")));
    FastEfficientNet fast(*net);
    c10::InferenceMode guard;
    const at::Tensor x = at::randn({1, 3, 96, 96});
    for (int i = 0; i < 100; ++i)
        fast.forward(x);
    const int64_t before = currentRssBytes();
    for (int i = 0; i < 1000; ++i)
        fast.forward(x);
    const int64_t growth = currentRssBytes() - before;
    qInfo("RSS growth over 1000 inferences: %lld kB", (long long)(growth / 1024));
    QVERIFY2(growth < 4 * 1024 * 1024, qPrintable(QString("grew by %1 kB").arg(growth / 1024)));
    QCOMPARE(fast.planCount(), size_t(1));
}

QTEST_GUILESS_MAIN(TestFastEngine)
#include "test_fast_engine.moc"
