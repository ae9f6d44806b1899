// SPDX-License-Identifier: MIT
// The oneDNN fast path against the reference LibTorch module, for every preset and a custom
// TF-SAME scale: max |fast - reference| <= 1e-4 x the reference logits' standard deviation.
// Weights are random but non-degenerate: He-normal convolutions, random BN affine parameters,
// BN statistics measured by one training-mode pass over random data, the classifier scaled to
// a logit standard deviation near 1.5 (the reference's default init gives ~1e-14 logits).
#include "arch/presets.h"
#include "infer/benchmark.h"
#include "infer/fast_engine.h"
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
