// SPDX-License-Identifier: MIT
// The worker's explanation jobs: heat maps with progress and cancel, activations and channels,
// comparisons streamed cheapest first, channel importance against the reference Lite0.
#include "worker_test_util.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include <QJsonArray>

using namespace effscope;

class TestWorkerExplain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { w.start(this); }
    void cleanup() { w.stop(); }
    void camWithProgressAndCancel();
    void activationsAndChannel();
    void compareStreamsCheapestFirst();
    void importance();

private:
    WorkerFixture w;
};

void TestWorkerExplain::camWithProgressAndCancel()
{
    QList<CamView> cams;
    QList<double> progress;
    connect(w.worker, &InferenceWorker::camReady, this, [&](const CamView &v) { cams << v; });
    quint64 load = 0;
    connect(w.worker, &InferenceWorker::progress, this, [&](quint64 id, double f) {
        if (id != load) // the load reports its own progress
            progress << f;
    });
    load = w.worker->requestLoadModel("lite0");
    CamRequest req;
    req.imagePath = kPhotos + "stuff.jpg";
    req.classIndex = 722; // ping-pong ball
    const quint64 id = w.worker->requestCam(req);
    QTRY_COMPARE_WITH_TIMEOUT(cams.size(), 1, 60000);
    const CamView &v = cams[0];
    QCOMPARE(v.requestId, id);
    QCOMPARE(v.layer, QString("features.8"));
    QCOMPARE(v.layerSize, QSize(7, 7));
    QCOMPARE(v.label, QString("ping-pong ball"));
    QVERIFY(v.closedForm);
    QCOMPARE(v.heatSize, 224);
    QCOMPARE(v.heat.size(), 224 * 224);
    QCOMPARE(*std::max_element(v.heat.begin(), v.heat.end()), 1.0f);
    QCOMPARE(v.imageSize, QSize(640, 480));
    QCOMPARE(v.covered, QRect(109, 30, 420, 420));
    QVERIFY(v.hasMetrics && v.deletionAuc < v.insertionAuc);
    QCOMPARE(v.deletion.size(), v.fractions.size());
    QVERIFY(!progress.isEmpty() && std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.last(), 1.0);

    // a Score-CAM on the head (1280 masked forwards) cancelled as soon as it reports progress
    req.method = core::CamMethod::ScoreCam;
    progress.clear();
    const quint64 slow = w.worker->requestCam(req);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    w.worker->cancelCam();
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 60000);
    QCOMPARE(w.errors[0].requestId, slow);
    QCOMPARE(w.errors[0].kind, JobKind::Cam);
    QCOMPARE(w.errors[0].category, core::ErrorCategory::Cancelled);
    QVERIFY(progress.last() < 0.5);
    QCOMPARE(cams.size(), 1);
}

void TestWorkerExplain::activationsAndChannel()
{
    // the head of Lite0 (1280 x 7 x 7): stats for every channel, channels sorted by mean, grid
    // cells at full resolution (7 <= 48) whose means are the reported means; the enlarged channel
    // is the same map. A stage-2 layer (56 x 56) is area-averaged to 48 x 48 cells.
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    const ModelInfo &info = w.models[0];
    QVERIFY(info.layers.size() > 50);
    const LayerRow &head = info.layers.back();
    QCOMPARE(head.path, QString("features.8"));
    QCOMPARE(head.kind, QString("head"));
    QCOMPARE(head.channels, 1280);
    QCOMPARE(head.height, 7);
    // the MACs of the taps add up: stem + stages + head + classifier = the model's total
    qint64 sum = 0;
    for (const LayerRow &r : info.layers)
        if (r.kind == "stem" || r.kind == "stage" || r.kind == "head")
            sum += r.macs;
    QCOMPARE(sum + 1280 * 1000, info.macs);

    QList<ActivationView> views;
    QList<ChannelView> channels;
    connect(w.worker, &InferenceWorker::activationsReady, this, [&](const ActivationView &v) { views << v; });
    connect(w.worker, &InferenceWorker::channelReady, this, [&](const ChannelView &v) { channels << v; });
    w.worker->requestActivations(kPhotos + "baboon.jpg", "features.8");
    QTRY_COMPARE_WITH_TIMEOUT(views.size(), 1, 60000);
    const ActivationView &v = views[0];
    QCOMPARE(v.channels, 1280);
    QCOMPARE(v.cellSize, QSize(7, 7));
    QCOMPARE(v.order.size(), 1280);
    for (int i = 1; i < v.order.size(); ++i)
        QVERIFY(v.mean[v.order[i - 1]] >= v.mean[v.order[i]]);
    for (int c : {v.order[0], v.order[640], v.order[1279]}) {
        double m = 0;
        for (int k = 0; k < 49; ++k)
            m += v.cells[c * 49 + k];
        QVERIFY(std::abs(m / 49 - v.mean[c]) < 1e-4 * (1 + std::abs(v.mean[c])));
        QVERIFY(v.min[c] <= v.mean[c] && v.mean[c] <= v.max[c]);
    }
    QVERIFY(v.min[v.order[0]] >= -0.3); // SiLU: nothing below -0.279
    w.worker->requestChannel("features.8", v.order[0]);
    QTRY_COMPARE_WITH_TIMEOUT(channels.size(), 1, 30000);
    QCOMPARE(channels[0].values.size(), 49);
    QCOMPARE(channels[0].values[10], v.cells[v.order[0] * 49 + 10]);
    w.worker->requestChannel("features.8", 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.errors.isEmpty(), 30000);
    QVERIFY(w.errors.back().message.contains("1280 channels"));

    w.worker->requestActivations(kPhotos + "baboon.jpg", "features.2");
    QTRY_COMPARE_WITH_TIMEOUT(views.size(), 2, 60000);
    QCOMPARE(views[1].height, 56);
    QCOMPARE(views[1].cellSize, QSize(48, 48));
    QCOMPARE(views[1].cells.size(), qsizetype(views[1].channels) * 48 * 48);
}

void TestWorkerExplain::compareStreamsCheapestFirst()
{
    // three scales on one photo: three items, in order of MACs, each at its own resolution with
    // its own top-5, a CAM for the shared class, and a finished signal after the last
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QList<CompareItem> items;
    QList<quint64> finished;
    connect(w.worker, &InferenceWorker::compareItem, this, [&](const CompareItem &i) { items << i; });
    connect(w.worker, &InferenceWorker::compareFinished, this, [&](quint64 id, bool) { finished << id; });
    CompareRequest req;
    req.imagePath = kPhotos + "squirrel_cls.jpg";
    req.models = QStringList{"lite1", "lite0", "b0", "b99"};
    req.classIndex = 335; // fox squirrel
    const quint64 id = w.worker->requestCompare(req);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
    QCOMPARE(finished[0], id);
    QCOMPARE(items.size(), 4);
    // the bad name fails alone, first (it costs nothing); then lite0 (385 M) < b0 (386 M) <
    // lite1 by MACs
    QCOMPARE(items[0].slot, 3);
    QVERIFY(items[0].error.contains("b99"));
    QCOMPARE(items[1].model, QString("lite0"));
    QCOMPARE(items[2].model, QString("b0"));
    QCOMPARE(items[3].model, QString("lite1"));
    QCOMPARE(items[1].slot, 1);
    for (int i = 1; i < 4; ++i) {
        const CompareItem &it = items[i];
        QVERIFY2(it.error.isEmpty(), qPrintable(it.error));
        QCOMPARE(it.classIndex, 335);
        QCOMPARE(it.heatSize, it.inputSize);
        QCOMPARE(it.heat.size(), it.inputSize * it.inputSize);
        QCOMPARE(it.top.size(), 5);
        QVERIFY(it.latencyMs > 0 && it.ms > 0);
        QCOMPARE(it.latencyRuns, kCompareTimedRuns); // a median of warm runs, not one cold pass
        QVERIFY(it.insertionAuc > 0 && it.deletionAuc > 0);
        QCOMPARE(it.macs, core::profileModel(core::resolve(core::preset(it.model.toStdString())), it.inputSize, it.inputSize).macs);
    }
    QCOMPARE(items[3].inputSize, 240);
    QCOMPARE(items[3].layerSize, QSize(8, 8));
    // the pretrained Lite scales see the squirrel; untrained B0 is labelled so
    QCOMPARE(items[1].top[0].index, 335);
    QCOMPARE(items[3].top[0].index, 335);
    QVERIFY(items[1].pretrained && items[3].pretrained);
    QVERIFY(items[2].pretrained || items[2].weightsLabel.contains("untrained"));

    // a cancelled comparison stops between (or inside) scales and says so
    items.clear();
    req.models = QStringList{"lite0", "lite1", "lite2"};
    QList<double> progress;
    connect(w.worker, &InferenceWorker::progress, this, [&](quint64, double f) { progress << f; });
    w.worker->requestCompare(req);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 30000);
    w.worker->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(items.size() < 3);
}

void TestWorkerExplain::importance()
{
    // Lite0's real weights on squirrel_cls against the reference implementation
    // (tools/make_vision_fixtures.py: efficientnet_lite_pytorch, forward hooks on every BN)
    const QJsonObject manifest = readJsonObject(testEnvPath("EFFSCOPE_FIXTURE_DIR", "/vision/manifest.json"));
    const QJsonArray expected = manifest["importance"].toObject()["layers"].toArray();
    QCOMPARE(expected.size(), 18); // stem, 16 blocks, head
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QList<ImportanceView> views;
    connect(w.worker, &InferenceWorker::importanceReady, this, [&](const ImportanceView &v) { views << v; });
    w.worker->requestImportance(kPhotos + "squirrel_cls.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(views.size(), 1, 60000);
    const ImportanceView &v = views[0];
    QVERIFY(v.pretrained);
    QCOMPARE(v.rows.size(), 18);
    QCOMPARE(v.rows.first().layer, QString("features.0"));
    QCOMPARE(v.rows[1].layer, QString("features.1.0.block.0")); // no expand: depthwise first
    QCOMPARE(v.rows[2].layer, QString("features.2.0.block.1"));
    QCOMPARE(v.rows.last().layer, QString("features.8"));
    for (int i = 0; i < 18; ++i) {
        const QJsonObject o = expected[i].toObject();
        const ImportanceRow &r = v.rows[i];
        QCOMPARE(r.channels, o["channels"].toInt());
        QVERIFY2(std::abs(r.meanAbsGamma - o["mean_abs_gamma"].toDouble()) < 1e-5 * o["mean_abs_gamma"].toDouble(),
                 qPrintable(r.layer));
        QCOMPARE(qRound(r.weakFraction * r.channels), qRound(o["weak_fraction"].toDouble() * r.channels));
        // the photo's preprocessing differs from PIL's by rounding: a channel or two may flip
        QVERIFY2(std::abs(r.deadFraction - o["dead_fraction"].toDouble()) * r.channels <= 2.0,
                 qPrintable(QString("%1: dead %2 vs %3").arg(r.layer).arg(r.deadFraction).arg(o["dead_fraction"].toDouble())));
        QVERIFY2(std::abs(r.nonPositiveFraction - o["non_positive_fraction"].toDouble()) < 0.01,
                 qPrintable(QString("%1: %2 vs %3").arg(r.layer).arg(r.nonPositiveFraction).arg(o["non_positive_fraction"].toDouble())));
    }
    QCOMPARE(v.rows[0].stage, 0);
    QCOMPARE(v.rows[17].stage, 8);
}


QTEST_MAIN(TestWorkerExplain)
#include "test_worker_explain.moc"
