// SPDX-License-Identifier: MIT
// The worker's study jobs: latency, evaluation against effscope-cli eval with cancel and resume,
// the single-dimension latency study.
#include "worker_test_util.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include <QJsonArray>
#include <QProcess>

using namespace effscope;

class TestWorkerStudy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { w.start(this); }
    void cleanup() { w.stop(); }
    void latency();
    void evaluateMatchesCli();
    void evaluateCancelAndResume();
    void sweep();

private:
    WorkerFixture w;
};

void TestWorkerStudy::latency()
{
    // two presets timed cheapest first, at their own crop sizes, on the fast path; a bad name
    // fails alone
    QList<LatencyItem> items;
    QList<quint64> finished;
    // (int8 rows come only from int8 models a user made beside the cached weights: not counted)
    connect(w.worker, &InferenceWorker::latencyItem, this, [&](const LatencyItem &i) {
        if (!i.model.endsWith("/int8"))
            items << i;
    });
    connect(w.worker, &InferenceWorker::latencyFinished, this, [&](quint64 id, bool) { finished << id; });
    CustomScale custom;
    custom.name = "custom-w1-d1-r192-s1";
    custom.resolution = 192;
    custom.stageWidth = {1, 1, 1, 1, 1, 1.5, 1};
    const quint64 id = w.worker->requestLatency({"lite1", "b0", "b99", custom.name, "b2"}, 2, {custom});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished[0], id);
    QCOMPARE(items.size(), 5);
    // B2 is timed at the paper's 260 px (its published accuracy's resolution), not at
    // torchvision's 288 px crop
    const LatencyItem b2 = items.takeLast();
    QCOMPARE(b2.model, QString("b2"));
    QCOMPARE(b2.inputSize, 260);
    // the custom scale is timed like a preset, at its own resolution
    LatencyItem timedCustom;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].model == custom.name)
            timedCustom = items.takeAt(i--);
    QCOMPARE(timedCustom.model, custom.name);
    QCOMPARE(timedCustom.inputSize, 192);
    QVERIFY(timedCustom.error.isEmpty() && timedCustom.medianMs > 0);
    QVERIFY(items[0].error.contains("b99")); // unknown: sorted first (no MACs)
    QCOMPARE(items[1].model, QString("b0"));
    QCOMPARE(items[2].model, QString("lite1"));
    QCOMPARE(items[1].inputSize, 224);
    QCOMPARE(items[2].inputSize, 240);
    QCOMPARE(items[1].macs, core::profileModel(core::resolve(core::preset("b0"))).macs);
    QVERIFY(items[1].medianMs > 0 && items[2].medianMs > 0);
    QCOMPARE(items[1].engine, QString("effscope-onednn"));
}

void TestWorkerStudy::evaluateMatchesCli()
{
    // the app's evaluation and `effscope-cli eval` run the same code: same numbers, same CSV row
    QTemporaryDir dir;
    const QString set = makeLabelledSet(dir);
    QProcess cli;
    cli.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"eval", "--model", "lite0", "--dir", set, "--json"});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject expected = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(expected["evaluated"].toInt(), 4);
    QProcess csv;
    csv.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"eval", "--model", "lite0", "--dir", set, "--csv"});
    QVERIFY(csv.waitForFinished(120000));
    const QList<QByteArray> csvLines = csv.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(csvLines.size(), 2);

    QList<EvalItem> items;
    QList<quint64> finished;
    connect(w.worker, &InferenceWorker::evalItem, this, [&](const EvalItem &i) { items << i; });
    connect(w.worker, &InferenceWorker::evalFinished, this, [&](quint64 id, bool) { finished << id; });
    EvalRequest req;
    req.dataset = set;
    req.models = {"lite0", "b99"};
    const quint64 id = w.worker->requestEvaluate(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished[0], id);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].slot, 1); // b99: no MACs, sorted first, fails alone
    QVERIFY(items[0].error.contains("b99"));
    const EvalItem &e = items[1];
    QCOMPARE(e.model, QString("lite0"));
    QVERIFY(e.error.isEmpty());
    QCOMPARE(e.images, 4);
    QCOMPARE(e.evaluated, expected["evaluated"].toInt());
    QCOMPARE(e.top1, expected["top1"].toDouble());
    QCOMPARE(e.top5, expected["top5"].toDouble());
    QCOMPARE(e.params, expected["param_count"].toInteger());
    QCOMPARE(e.imageSize, expected["img_size"].toInt());
    QCOMPARE(e.weightsLabel, expected["weights"].toString());
    const QJsonArray perClass = expected["per_class"].toArray();
    QCOMPARE(e.perClass.size(), perClass.size());
    for (int i = 0; i < perClass.size(); ++i) {
        QCOMPARE(e.perClass[i].label, perClass[i].toObject()["label"].toInt());
        QCOMPARE(e.perClass[i].count, perClass[i].toObject()["count"].toInt());
        QCOMPARE(e.perClass[i].top1, perClass[i].toObject()["top1"].toInt());
        QCOMPARE(e.perClass[i].name, perClass[i].toObject()["name"].toString());
    }
    const QJsonArray confused = expected["confused"].toArray();
    QCOMPARE(e.confused.size(), confused.size());
    QCOMPARE(e.confused[0].predicted, confused[0].toObject()["predicted"].toInt());
    QCOMPARE(InferenceWorker::evalCsvHeader().toUtf8(), csvLines[0]);
    QCOMPARE(e.csvRow.toUtf8(), csvLines[1]);
    QVERIFY(e.csvRow.startsWith("lite0,224,"));

    // a dataset that is not one: the reason, and the run ends
    req.dataset = dir.filePath("nothing-here");
    w.worker->requestEvaluate(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(!w.errors.isEmpty());
    QCOMPARE(w.errors.last().kind, JobKind::Evaluate);
}

void TestWorkerStudy::evaluateCancelAndResume()
{
    // 16 images; cancelled at the first progress report: a partial result, kept on disk; the
    // rerun resumes those images and ends with the numbers of an uninterrupted run
    QTemporaryDir dir;
    const QString set = makeLabelledSet(dir, 4);
    QList<EvalItem> items;
    QList<bool> finished;
    connect(w.worker, &InferenceWorker::evalItem, this, [&](const EvalItem &i) { items << i; });
    connect(w.worker, &InferenceWorker::evalFinished, this, [&](quint64, bool cancelled) { finished << cancelled; });
    EvalRequest req;
    req.dataset = set;
    req.models = {"lite0"};
    req.resumeDir = dir.filePath("resume");
    bool cancelSent = false;
    quint64 id = 0;
    connect(w.worker, &InferenceWorker::progress, this, [&](quint64 pid, double f) {
        if (pid == id && f > 0.2 && !cancelSent) {
            cancelSent = true;
            w.worker->cancel();
        }
    });
    id = w.worker->requestEvaluate(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY(finished[0]);
    QCOMPARE(items.size(), 1);
    QVERIFY(items[0].cancelled);
    const int kept = items[0].evaluated;
    QVERIFY2(kept > 0 && kept < 16, qPrintable(QString::number(kept)));
    QVERIFY(!QDir(req.resumeDir).entryList(QDir::Files).isEmpty());

    id = 0;
    w.worker->requestEvaluate(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
    QVERIFY(!finished[1]);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].resumed, kept);
    QCOMPARE(items[1].evaluated, 16);
    QVERIFY(!items[1].cancelled);
    // the same numbers as an uninterrupted run without a resume file
    req.resumeDir.clear();
    w.worker->requestEvaluate(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[2].resumed, 0);
    QCOMPARE(items[1].top1, items[2].top1);
    QCOMPARE(items[1].top5, items[2].top5);
    QCOMPARE(items[1].perClass, items[2].perClass);
    QCOMPARE(items[1].confused, items[2].confused);
    QCOMPARE(items[1].csvRow, items[2].csvRow);
}

void TestWorkerStudy::sweep()
{
    // width and resolution from B0 to 0.8 GMACs, 2 points each, timed once: interleaved
    QList<SweepItem> items;
    QList<quint64> finished;
    connect(w.worker, &InferenceWorker::sweepItem, this, [&](const SweepItem &i) { items << i; });
    connect(w.worker, &InferenceWorker::sweepFinished, this, [&](quint64 id, bool) { finished << id; });
    SweepRequest req;
    req.budgetMacs = 800'000'000;
    req.points = 2;
    req.iters = 1;
    req.dimensions = {"width", "resolution"};
    const quint64 id = w.worker->requestSweep(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished[0], id);
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].dimension, QString("width"));
    QCOMPARE(items[1].dimension, QString("resolution"));
    QCOMPARE(items[2].dimension, QString("width"));
    QCOMPARE(items[3].dimension, QString("resolution"));
    for (int i : {0, 1}) {
        // the base: B0 itself (torchvision's _ops: 0.386 GMACs, num_params 5288548)
        QVERIFY(std::abs(items[i].macs / 1e9 - 0.386) < 0.001);
        QCOMPARE(items[i].params, 5288548ll);
    }
    QVERIFY(items[2].width > 1.0 && items[2].resolution == 224 && items[2].depth == 1.0);
    QVERIFY(items[3].resolution > 224 && items[3].width == 1.0);
    for (const SweepItem &it : items) {
        QVERIFY2(it.error.isEmpty(), qPrintable(it.error));
        QVERIFY(it.macs <= 800000000ll);
        QVERIFY(it.medianMs > 0);
    }
    QVERIFY(items[2].macs > 0.7e9 && items[3].macs > 0.7e9);
    // an unknown dimension is refused with the list of known ones
    req.dimensions = {"height"};
    w.worker->requestSweep(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(w.errors.last().kind, JobKind::Study);
    QVERIFY(w.errors.last().message.contains("width, depth, resolution or compound"));
}

QTEST_MAIN(TestWorkerStudy)
#include "test_worker_study.moc"
