// SPDX-License-Identifier: MIT
// The folded engine (the CUDA engine's math: BN folded into the convolutions, functional ops),
// run here on the CPU, against the reference module evaluated in float64: every preset and a
// TF-SAME scale, NCHW and channels-last, as accurate as the float32 reference module (within
// four times its distance to the float64 result, or 1e-4 x the logits' standard deviation: deep
// random networks amplify float32 rounding to ~1e-2 on some inputs, for both, and folding BN in
// another order rounds differently: B7 at 160 px measured 2.6 times the reference's distance on
// a 2-core VM with AVX-512 FP16, 2026-11-30); and in bfloat16,
// with the real Lite0 weights on real photos, the float32 top-1 with probabilities within 0.05.
#include "arch/presets.h"
#include "common/paths.h"
#include "infer/engine.h"
#include "infer/folded_engine.h"
#include "weights/registry.h"
#include "nn/efficientnet.h"

#include "random_weights.h"
#include "test_env.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QtTest>

using namespace effscope::core;

class TestFoldedEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }
    void matchesReference_data();
    void matchesReference();
    void bfloat16();
    void rejects();
};

void TestFoldedEngine::matchesReference_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("channelsLast");
    // every preset's depth and widths at a reduced size (the float64 reference is slow on two
    // cores); B0's rows add a batch of two at an odd, non-square size
    // (under a sanitizer B0 and Lite0 stand for the presets: the others differ in sizes only)
    for (const std::string &n : presetNames())
        if (!sanitizerSample() || n == "b0" || n == "lite0")
            QTest::newRow(n.c_str()) << QString::fromStdString(n) << std::min(resolve(preset(n)).resolution, 160) << true;
    QTest::newRow("b0-nchw") << "b0" << 224 << false;
    QTest::newRow("b0-tfsame") << "b0-tfsame" << 224 << true;
    QTest::newRow("b0-tfsame-nchw") << "b0-tfsame" << 224 << false;
}

void TestFoldedEngine::matchesReference()
{
    QFETCH(QString, model);
    QFETCH(int, size);
    QFETCH(bool, channelsLast);
    ModelConfig config = preset(model == "b0-tfsame" ? "b0" : model.toStdString());
    if (model == "b0-tfsame") {
        config.variant.padding = Padding::TfSame;
        config.variant.bnEps = 1e-3;
    }
    EfficientNet net(resolve(config));
    randomize(*net, size);
    FoldedOptions o;
    o.channelsLast = channelsLast;
    const FoldedEfficientNet folded(*net, o);
    c10::InferenceMode guard;
    // batch 1 at the row's size; for B0, batch 2 at an odd non-square size too (TF-SAME pads
    // unevenly)
    std::vector<std::vector<int64_t>> shapes{{1, 3, size, size}};
    if (model.startsWith("b0"))
        shapes.push_back({2, 3, size - 31, size - 58});
    for (const std::vector<int64_t> &shape : shapes) {
        const at::Tensor x = at::randn(shape);
        const at::Tensor ref = net->forward(x);
        const at::Tensor got = folded.forward(x);
        QCOMPARE(got.scalar_type(), at::kFloat);
        net->to(at::kDouble);
        const at::Tensor truth = net->forward(x.to(at::kDouble));
        net->to(at::kFloat);
        const double std = truth.std().item<double>();
        QVERIFY2(std > 0.1, qPrintable(QString("degenerate reference logits, std %1").arg(std)));
        const double refError = (ref.to(at::kDouble) - truth).abs().max().item<double>() / std;
        const double error = (got.to(at::kDouble) - truth).abs().max().item<double>() / std;
        QVERIFY2(error <= std::max(1e-4, 4 * refError),
                 qPrintable(QString("%1 [%2,3,%3,%4]: folded %5, reference %6 from float64")
                                .arg(model).arg(shape[0]).arg(shape[2]).arg(shape[3]).arg(error).arg(refError)));
        QVERIFY(at::equal(got.argmax(1), truth.argmax(1)));
    }
}

void TestFoldedEngine::bfloat16()
{
    // the real Lite0 weights on the opencv-doc photos as the reference implementation's
    // preprocessing gave them (tools/make_vision_fixtures.py)
    const QString dir = qEnvironmentVariable("EFFSCOPE_FIXTURE_DIR") + "/vision/";
    const QJsonObject manifest = QJsonDocument::fromJson([&] {
        QFile f(dir + "manifest.json");
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()).object();
    QVERIFY2(!manifest.isEmpty(), "run the fixtures_vision test first");
    ModelRequest req;
    req.model = "lite0";
    ModelHandle h = loadModel(req, loadRegistry(resourcePath("weights.json")));
    if (!h.pretrained)
        QSKIP("the Lite0 weights are not cached (tools/setup.sh installs them)");
    FoldedOptions o;
    o.dtype = at::kBFloat16;
    const FoldedEfficientNet folded(*h.net, o);
    c10::InferenceMode guard;
    int photos = 0;
    for (const QJsonValue &v : manifest["photos"].toArray()) {
        QFile f(dir + v.toObject()["lite_input"].toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QCOMPARE(bytes.size(), qsizetype(3 * 224 * 224 * 4));
        const at::Tensor x = at::from_blob(bytes.data(), {1, 3, 224, 224}, at::kFloat).clone();
        const at::Tensor p32 = at::softmax(h.net->forward(x), 1), p16 = at::softmax(folded.forward(x), 1);
        // the reference module itself in bfloat16: how far bfloat16 rounding alone moves the result
        h.net->to(at::kBFloat16);
        const at::Tensor pModule = at::softmax(h.net->forward(x.to(at::kBFloat16)).to(at::kFloat), 1);
        h.net->to(at::kFloat);
        const double error = (p16 - p32).abs().max().item<double>();
        const double moduleError = (pModule - p32).abs().max().item<double>();
        qInfo("%s: folded bf16 %.4f, module bf16 %.4f", qPrintable(v.toObject()["file"].toString()), error, moduleError);
        QCOMPARE(p16.argmax(1).item<int64_t>(), p32.argmax(1).item<int64_t>());
        QVERIFY2(error < std::max(0.05, 2 * moduleError), qPrintable(v.toObject()["file"].toString()));
        ++photos;
    }
    QCOMPARE(photos, 8);
}

void TestFoldedEngine::rejects()
{
    EfficientNet net(resolve(preset("b0")));
    FoldedOptions o;
    o.dtype = at::kInt;
    QVERIFY_THROWS_EXCEPTION(std::exception, FoldedEfficientNet(*net, o));
    const FoldedEfficientNet folded(*net, {});
    c10::InferenceMode guard;
    QVERIFY_THROWS_EXCEPTION(std::exception, folded.forward(at::randn({1, 4, 64, 64})));
}

QTEST_GUILESS_MAIN(TestFoldedEngine)
#include "test_folded_engine.moc"
