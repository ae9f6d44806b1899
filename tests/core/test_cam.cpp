// SPDX-License-Identifier: MIT
// Class activation maps against pytorch-grad-cam 1.5.7 (tools/make_cam_fixtures.py): the same
// torchvision EfficientNet weights (seeded, non-degenerate), real photos, the same layer and
// class. Our raw map and the library's (before its scaling) must have Pearson correlation
// >= 0.99 and the same argmax cell. Head-layer cases run twice: on the fast path (closed-form
// gradient) and on the reference module (autograd). Faithfulness metrics against the oracle's
// torch computation on the library's own heat map; activations and statistics against forward
// hooks on torchvision's modules.
#include "arch/presets.h"
#include "common/error.h"
#include "common/npy.h"
#include "explain/activations.h"
#include "explain/cam.h"
#include "explain/faithfulness.h"
#include "infer/benchmark.h"
#include "infer/engine.h"

#include "test_env.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QJsonArray>
#include <QSet>
#include <QtTest/QtTest>

#include <map>

using namespace effscope::core;

namespace {

QString fixture(const QString &name)
{
    return testEnvPath("EFFSCOPE_FIXTURE_DIR", "/cam/") + name;
}

at::Tensor loadNpy(const QString &name)
{
    NpyArray a = readNpy(fixture(name).toStdString());
    return at::from_blob(a.data.data(), a.shape, at::kFloat).clone();
}

double pearson(const at::Tensor &a, const at::Tensor &b)
{
    const at::Tensor x = a.reshape(-1).to(at::kDouble), y = b.reshape(-1).to(at::kDouble);
    const at::Tensor dx = x - x.mean(), dy = y - y.mean();
    return (dx * dy).sum().item<double>() / std::sqrt((dx * dx).sum().item<double>() * (dy * dy).sum().item<double>());
}

} // namespace

class TestCam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layers();
    void matchesReference_data();
    void matchesReference();
    void scaleMatchesReference();
    void faithfulness_data();
    void faithfulness();
    void activations_data();
    void activations();
    void identities();
    void progressAndCancel();
    void errors();
    void noMemoryGrowth();

private:
    ModelHandle &handle(const QString &model, bool fast);
    QJsonObject m_manifest;
    std::map<std::pair<QString, bool>, ModelHandle> m_handles;
};

void TestCam::initTestCase()
{
    m_manifest = readJsonObject(fixture("manifest.json"));
    QVERIFY2(!m_manifest.isEmpty(), "run the fixtures_cam test first (tools/make_cam_fixtures.py)");
}

ModelHandle &TestCam::handle(const QString &model, bool fast)
{
    const auto key = std::make_pair(model, fast);
    auto it = m_handles.find(key);
    if (it == m_handles.end()) {
        ModelRequest req;
        req.model = model.toStdString();
        req.weightsPath = fixture(model + ".pth").toStdString();
        req.fastPath = fast;
        it = m_handles.emplace(key, loadModel(req, {})).first;
    }
    return it->second;
}

void TestCam::layers()
{
    // torchvision B0 at 224: stem 32x112x112, stage 5 112x14x14, head 1280x7x7; B4 at 380:
    // head 1792x12x12 (reference notes, section 1)
    const auto b0 = explainableLayers(resolve(preset("b0")), 224, 224);
    std::map<std::string, LayerInfo> byPath;
    for (const LayerInfo &l : b0)
        byPath[l.path] = l;
    auto shape = [&](const char *p) {
        const LayerInfo &l = byPath.at(p);
        return QList<qint64>{l.channels, l.height, l.width};
    };
    QCOMPARE(shape("features.0"), (QList<qint64>{32, 112, 112}));
    QCOMPARE(shape("features.2.0.block.0"), (QList<qint64>{96, 112, 112}));
    QCOMPARE(shape("features.2.0.block.1"), (QList<qint64>{96, 56, 56}));
    QCOMPARE(shape("features.5"), (QList<qint64>{112, 14, 14}));
    QCOMPARE(shape("features.6.3"), (QList<qint64>{192, 7, 7}));
    QCOMPARE(shape("features.8"), (QList<qint64>{1280, 7, 7}));
    QCOMPARE(byPath.at("features.8").kind, std::string("head"));
    QCOMPARE(QString::fromStdString(defaultCamLayer(resolve(preset("b0")))), QString("features.8"));
    // 16 blocks, 7 stages, stem, head, and 1 + 3 + 3 + 3 + ... ops: every block has dw + project,
    // all but the first stage's blocks an expand, all B0 blocks SE
    QCOMPARE(int(b0.size()), 16 + 7 + 2 + 16 * 3 + 15);
    const auto b4 = explainableLayers(resolve(preset("b4")), 380, 380);
    QCOMPARE(b4.back().channels, 1792);
    QCOMPARE(b4.back().height, 12);
}

void TestCam::matchesReference_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("fast");
    const QJsonArray cases = m_manifest["cases"].toArray();
    QSet<QString> sampled; // under a sanitizer: each method, smoothing and kind of layer once
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases[i].toObject();
        const QString kind = c["method"].toString() + (c["aug_smooth"].toBool() ? "a" : "") + (c["eigen_smooth"].toBool() ? "e" : "")
            + (c["layer"].toString() == "features.8" ? " head" : c["layer"].toString().count('.') > 1 ? " inner" : " stage");
        if (sanitizerSample() && (c["model"].toString() != "b0" || sampled.contains(kind)))
            continue;
        sampled.insert(kind);
        const QString tag = c["model"].toString() + " " + c["photo"].toString() + " " + c["layer"].toString() + " "
            + c["method"].toString() + (c["aug_smooth"].toBool() ? " aug" : "") + (c["eigen_smooth"].toBool() ? " eigen" : "");
        QTest::newRow(qPrintable(tag)) << i << true;
        // the head on the reference module as well (autograd instead of the closed form); Score-CAM
        // there only costs time: its scores come from plain forwards either way
        if (c["layer"].toString() == "features.8" && c["method"].toString() != "scorecam" && c["model"].toString() == "b0")
            QTest::newRow(qPrintable(tag + " (autograd)")) << i << false;
    }
}

void TestCam::matchesReference()
{
    QFETCH(int, index);
    QFETCH(bool, fast);
    const QJsonObject c = m_manifest["cases"].toArray()[index].toObject();
    ModelHandle &h = handle(c["model"].toString(), fast);
    const at::Tensor x = loadNpy(c["input"].toString());
    const at::Tensor expected = loadNpy(c["map"].toString());
    CamOptions o;
    o.method = parseCamMethod(c["method"].toString().toStdString());
    o.layer = c["layer"].toString().toStdString();
    o.targetClass = c["class"].toInt();
    o.augSmooth = c["aug_smooth"].toBool();
    o.eigenSmooth = c["eigen_smooth"].toBool();
    const CamResult r = computeCam(h, x, o);
    QCOMPARE(r.targetClass, o.targetClass);
    QCOMPARE(r.closedForm, fast && o.layer == "features.8");
    QCOMPARE(r.map.sizes().vec(), expected.sizes().vec());
    const double rho = pearson(r.map, expected);
    QVERIFY2(rho >= 0.99, qPrintable(QString("Pearson %1").arg(rho)));
    // same argmax cell (unless the oracle's own top two cells tie within 0.1%)
    const int64_t ours = r.map.reshape(-1).argmax().item<int64_t>();
    const int64_t theirs = expected.reshape(-1).argmax().item<int64_t>();
    const float top = expected.reshape(-1)[theirs].item<float>(), atOurs = expected.reshape(-1)[ours].item<float>();
    QVERIFY2(ours == theirs || atOurs >= 0.999f * top,
             qPrintable(QString("argmax %1 vs %2 (Pearson %3)").arg(ours).arg(theirs).arg(rho)));
    QVERIFY(r.targetProbability > 0 && r.targetProbability < 1);
    // the top-1 class the oracle explained is ours too
    QCOMPARE(int(r.logits.argmax().item<int64_t>()), o.targetClass);
}

void TestCam::scaleMatchesReference()
{
    // scale_cam_image: min-max then cv2.resize(INTER_LINEAR); the oracle's heat for B0 Grad-CAM
    const QJsonArray faith = m_manifest["faithfulness"].toArray();
    QVERIFY(!faith.isEmpty());
    for (const QJsonValue &v : faith) {
        const QJsonObject f = v.toObject();
        for (const QJsonValue &cv : m_manifest["cases"].toArray()) {
            const QJsonObject c = cv.toObject();
            if (c["model"] == "b0" && c["photo"] == f["photo"] && c["layer"] == "features.8" && c["method"] == "gradcam"
                && !c["aug_smooth"].toBool() && !c["eigen_smooth"].toBool()) {
                const at::Tensor ours = scaleCam(loadNpy(c["map"].toString()), 224, 224);
                const double diff = (ours - loadNpy(f["heat"].toString())).abs().max().item<double>();
                QVERIFY2(diff < 1e-5, qPrintable(QString("max diff %1").arg(diff)));
            }
        }
    }
}

void TestCam::faithfulness_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray faith = m_manifest["faithfulness"].toArray();
    for (int i = 0; i < faith.size(); ++i)
        QTest::newRow(qPrintable(faith[i].toObject()["photo"].toString())) << i;
}

void TestCam::faithfulness()
{
    QFETCH(int, index);
    const QJsonObject f = m_manifest["faithfulness"].toArray()[index].toObject();
    ModelHandle &h = handle("b0", true);
    const at::Tensor x = loadNpy(f["input"].toString());
    const at::Tensor heat = loadNpy(f["heat"].toString());
    FaithfulnessOptions o;
    o.steps = f["steps"].toInt();
    const Faithfulness r = measureFaithfulness(h, x, heat, f["class"].toInt(), o);
    QVERIFY(qAbs(r.probability - f["probability"].toDouble()) < 1e-4);
    QVERIFY(qAbs(r.maskedProbability - f["masked_probability"].toDouble()) < 1e-4);
    QVERIFY(qAbs((r.maskedProbability - r.probability) - f["library_confidence_change"].toDouble()) < 1e-4);
    QVERIFY(qAbs(r.averageDrop - f["average_drop"].toDouble()) < 0.05);
    QCOMPARE(r.increase, f["increase"].toBool());
    const QJsonArray fr = f["fractions"].toArray(), del = f["deletion"].toArray(), ins = f["insertion"].toArray();
    QCOMPARE(int(r.fractions.size()), fr.size());
    for (int i = 0; i < fr.size(); ++i) {
        QVERIFY(qAbs(r.fractions[size_t(i)] - fr[i].toDouble()) < 1e-12);
        QVERIFY2(qAbs(r.deletion[size_t(i)] - del[i].toDouble()) < 2e-4, qPrintable(QString("deletion %1").arg(i)));
        QVERIFY2(qAbs(r.insertion[size_t(i)] - ins[i].toDouble()) < 2e-4, qPrintable(QString("insertion %1").arg(i)));
    }
    QVERIFY(qAbs(r.deletionAuc - f["deletion_auc"].toDouble()) < 1e-4);
    QVERIFY(qAbs(r.insertionAuc - f["insertion_auc"].toDouble()) < 1e-4);
    // the end points are the unmodified input (deletion) and the full blur (insertion) and back
    QVERIFY(qAbs(r.deletion.front() - r.probability) < 1e-6);
    QVERIFY(qAbs(r.insertion.back() - r.probability) < 1e-6);
}

void TestCam::activations_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray acts = m_manifest["activations"].toArray();
    for (int i = 0; i < acts.size(); ++i)
        QTest::newRow(qPrintable(acts[i].toObject()["layer"].toString())) << i;
}

void TestCam::activations()
{
    QFETCH(int, index);
    const QJsonObject a = m_manifest["activations"].toArray()[index].toObject();
    const at::Tensor expected = loadNpy(a["activations"].toString());
    for (bool fast : {true, false}) {
        ModelHandle &h = handle("b0", fast);
        const at::Tensor got = layerActivations(h, loadNpy(a["input"].toString()), a["layer"].toString().toStdString());
        QCOMPARE(got.sizes().vec(), expected.sizes().vec());
        const double scale = expected.abs().max().item<double>();
        const double diff = (got - expected).abs().max().item<double>();
        QVERIFY2(diff <= 1e-4 * scale, qPrintable(QString("max diff %1 (scale %2)").arg(diff).arg(scale)));
        if (!fast)
            continue;
        const std::vector<ChannelStats> stats = channelStats(got);
        const QJsonArray mean = a["mean"].toArray(), mx = a["max"].toArray(), mn = a["min"].toArray();
        const QJsonArray zero = a["fraction_zero"].toArray(), neg = a["fraction_negative"].toArray();
        QCOMPARE(int(stats.size()), mean.size());
        for (size_t c = 0; c < stats.size(); ++c) {
            QVERIFY(qAbs(stats[c].mean - mean[int(c)].toDouble()) <= 1e-4 * scale);
            QVERIFY(qAbs(stats[c].max - mx[int(c)].toDouble()) <= 1e-4 * scale);
            QVERIFY(qAbs(stats[c].min - mn[int(c)].toDouble()) <= 1e-4 * scale);
            // fractions may move by a pixel or two where values sit within rounding of 0
            QVERIFY(qAbs(stats[c].fractionNegative - neg[int(c)].toDouble()) <= 3.0 / got[0].numel());
            QVERIFY(qAbs(stats[c].fractionZero - zero[int(c)].toDouble()) <= 3.0 / got[0].numel());
        }
        const std::vector<int> top = channelsByMean(stats, 8);
        QCOMPARE(int(top.size()), 8);
        QCOMPARE(top.front(), a["top8"].toArray()[0].toInt());
    }
}

void TestCam::identities()
{
    // Two computations of the same quantity that share no code path:
    //  - at the head, Grad-CAM's weights are W[c] / hw, so Grad-CAM = CAM / hw;
    //  - Ablation-CAM at the head: closed form on the fast path, batched forwards with each
    //    channel zeroed on the reference module.
    const QJsonObject c0 = m_manifest["cases"].toArray()[0].toObject();
    const at::Tensor x = loadNpy(c0["input"].toString());
    for (bool fast : {true, false}) {
        ModelHandle &h = handle("b0", fast);
        CamOptions o;
        o.method = CamMethod::Cam;
        const at::Tensor cam = computeCam(h, x, o).map;
        o.method = CamMethod::GradCam;
        const at::Tensor grad = computeCam(h, x, o).map;
        const double diff = (grad * 49 - cam).abs().max().item<double>();
        QVERIFY2(diff <= 1e-4 * cam.abs().max().item<double>(), qPrintable(QString::number(diff)));
    }
    CamOptions o;
    o.method = CamMethod::AblationCam;
    o.batchSize = 128;
    // 1280 ablated forwards on the reference module: at 64 px to stay affordable
    const at::Tensor small = at::upsample_bilinear2d(x, {64, 64}, false);
    const CamResult closed = computeCam(handle("b0", true), small, o);
    const CamResult batched = computeCam(handle("b0", false), small, o);
    QVERIFY(closed.closedForm && !batched.closedForm);
    const double scale = closed.map.abs().max().item<double>();
    QVERIFY(scale > 0);
    const double diff = (closed.map - batched.map).abs().max().item<double>();
    QVERIFY2(diff <= 1e-3 * scale, qPrintable(QString("%1 (scale %2)").arg(diff).arg(scale)));
    // on an inner layer: a map of the layer's size whose hottest cell has positive weight
    o.layer = "features.5";
    o.batchSize = 16;
    const CamResult inner = computeCam(handle("b0", true), x, o);
    QCOMPARE(inner.map.sizes().vec(), (std::vector<int64_t>{14, 14}));
    QVERIFY(inner.map.max().item<float>() > 0);
}

void TestCam::progressAndCancel()
{
    ModelHandle &h = handle("b0", true);
    const at::Tensor x = loadNpy(m_manifest["cases"].toArray()[0].toObject()["input"].toString());
    CamOptions o;
    o.method = CamMethod::ScoreCam;
    o.layer = "features.5"; // 112 channels: 7 batches of 16
    std::vector<double> seen;
    computeCam(h, x, o, [&](double f) {
        seen.push_back(f);
        return true;
    });
    QVERIFY(seen.size() >= 7);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
    int calls = 0;
    try {
        computeCam(h, x, o, [&](double) { return ++calls < 2; });
        QFAIL("cancel was ignored");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Cancelled);
    }
    QCOMPARE(calls, 2); // stopped at the first answer "no"
}

void TestCam::errors()
{
    ModelHandle &h = handle("b0", true);
    const at::Tensor x = at::zeros({1, 3, 224, 224});
    auto expectError = [&](CamOptions o, const char *needle) {
        try {
            computeCam(h, x, o);
            QFAIL(needle);
        } catch (const Error &e) {
            QVERIFY2(QString(e.what()).contains(needle), e.what());
        }
    };
    CamOptions bad;
    bad.layer = "features.42";
    expectError(bad, "not a layer");
    CamOptions cam;
    cam.method = CamMethod::Cam;
    cam.layer = "features.5";
    expectError(cam, "head");
    CamOptions cls;
    cls.targetClass = 1000;
    expectError(cls, "out of range");
    try {
        parseCamMethod("gradcam3");
        QFAIL("unknown method accepted");
    } catch (const Error &e) {
        QVERIFY(QString(e.what()).contains("scorecam"));
    }
    QCOMPARE(parseCamMethod("Grad-CAM++"), CamMethod::GradCamPlusPlus);
    try {
        computeCam(h, at::zeros({2, 3, 224, 224}), CamOptions{});
        QFAIL("a batch was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::ShapeMismatch);
    }
}

void TestCam::noMemoryGrowth()
{
    if (kAddressSanitizer)
        QSKIP("AddressSanitizer's quarantine keeps freed memory resident: growth means nothing here");
    // 500 Grad-CAMs on each path leave the resident set where it was: no graph, hook or plan
    // survives a call. B0 at 160 px keeps this affordable.
    const at::Tensor x = at::randn({1, 3, 160, 160});
    for (bool fast : {true, false}) {
        ModelHandle &h = handle("b0", fast);
        CamOptions o;
        o.layer = fast ? "features.8" : "features.6";
        for (int i = 0; i < 30; ++i)
            computeCam(h, x, o);
        const int64_t before = currentRssBytes();
        for (int i = 0; i < 500; ++i)
            computeCam(h, x, o);
        const int64_t growth = currentRssBytes() - before;
        qInfo("%s: RSS growth over 500 Grad-CAMs: %lld kB", fast ? "fast" : "autograd", (long long)(growth / 1024));
        QVERIFY2(growth < 8 * 1024 * 1024, qPrintable(QString("grew %1 kB").arg(growth / 1024)));
    }
}

QTEST_GUILESS_MAIN(TestCam)
#include "test_cam.moc"
