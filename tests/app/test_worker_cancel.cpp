// SPDX-License-Identifier: MIT
// Cancel at any moment: every long job kind (load, CAM, compare, evaluation, the latency and
// scaling studies, heat-map export, download) is first run whole to learn how long it takes
// here (its second whole run), then cancelled at three moments drawn from that span (fixed seed). Each time exactly one
// end is reported, the worker then classifies with the model it should have, no partial or
// temporary file is left in the export, resume, cache or session folder, and a session saved
// from what arrived holds whole items only and loads back equal.
#include "worker_test_util.h"
#include "session.h"
#include "tiny_http_server.h"
#include "weight_downloader.h"

#include <QDirIterator>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>

#include <functional>

using namespace effscope;

namespace {

constexpr int kMoments = 3;

/// Files under `dir` that are not whole results: temporary names (QSaveFile's "name.XXXXXX",
/// core's ".name.tmpN"), partial downloads, and anything `whole` rejects.
QStringList strayFiles(const QString &dir, const std::function<bool(const QString &)> &whole)
{
    QStringList stray;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith('.') || name.endsWith(".part") || !whole(path))
            stray << path;
    }
    return stray;
}

/// A .npy written by writeFloatMap: its header's shape times 4 bytes fills the rest of the file.
bool wholeNpy(const QString &path)
{
    const QByteArray bytes = readAllBytes(path);
    if (bytes.size() < 10 || !bytes.startsWith("\x93NUMPY"))
        return false;
    const int headerLen = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
    const QByteArray header = bytes.mid(10, headerLen);
    const int open = header.indexOf("'shape': ("), close = header.indexOf(')', open);
    if (open < 0 || close < 0)
        return false;
    qint64 count = 1;
    for (const QByteArray &d : header.mid(open + 10, close - open - 10).split(','))
        if (!d.trimmed().isEmpty())
            count *= d.trimmed().toLongLong();
    return bytes.size() == 10 + headerLen + count * 4;
}

/// Every line of a resume journal is whole: four tab-separated fields and its newline.
bool wholeJournal(const QString &path)
{
    const QByteArray bytes = readAllBytes(path);
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        return false;
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.isEmpty() && line.count('\t') != 3)
            return false;
    return true;
}

/// A session of `s`'s items written to `file` loads back equal (QTest failure otherwise).
void checkSessionRoundTrip(const Session &s, const QString &file)
{
    QCOMPARE(saveSession(file, s), QString());
    Session back;
    QString error;
    QVERIFY2(loadSession(file, &back, &error), qPrintable(error));
    QVERIFY(back == s);
}

} // namespace

class TestWorkerCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { w.stop(); }
    void load();
    void cam();
    void compare();
    void evaluation();
    void latencyStudy();
    void scalingStudy();
    void exportHeatMaps();
    void download();
    void queuedThenCancelled();

Q_SIGNALS:
    void ended();

private:
    /// Runs `post` whole, then kMoments times cancelled at a moment drawn from the whole run's
    /// span. `end` is called by the test's slots when the request reports its end (and whether
    /// it was cut short); after each run `check` looks at what is left.
    struct Run
    {
        bool cancelled = false;
        qint64 atMs = 0;
    };
    void runAndCancel(const std::function<void()> &post, const std::function<void(const Run &)> &check,
                      std::function<void()> cancel = {});
    void endOf(bool cancelled);
    /// The worker still works: a classification comes back from `model`.
    void checkUsable(const QString &model);
    void loadLite0();

    WorkerFixture w;
    QRandomGenerator m_rng{20261130};
    int m_ends = 0;
    bool m_lastCancelled = false;
};

void TestWorkerCancel::init()
{
    w.start(this);
    m_ends = 0;
    connect(w.worker, &InferenceWorker::failed, this, [this](const TaskError &e) { endOf(e.cancelled()); });
}

void TestWorkerCancel::endOf(bool cancelled)
{
    ++m_ends;
    m_lastCancelled = cancelled;
    Q_EMIT ended();
}

void TestWorkerCancel::loadLite0()
{
    w.worker->requestLoadModel("lite0");
    QTRY_COMPARE_WITH_TIMEOUT(w.models.size(), 1, 60000);
}

void TestWorkerCancel::checkUsable(const QString &model)
{
    const int before = w.results.size();
    w.worker->requestClassify(kPhotos + "squirrel_cls.jpg");
    QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), before + 1, 60000);
    QCOMPARE(w.results.last().model, model);
    QCOMPARE(w.results.last().top.size(), 5);
}

void TestWorkerCancel::runAndCancel(const std::function<void()> &post, const std::function<void(const Run &)> &check,
                                    std::function<void()> cancel)
{
    if (!cancel)
        cancel = [this] { w.worker->cancel(); };
    auto waitEnd = [this](int before) {
        QEventLoop loop;
        connect(this, &TestWorkerCancel::ended, &loop, &QEventLoop::quit);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        if (m_ends == before)
            loop.exec();
        return m_ends == before + 1;
    };
    // twice whole: the first run reads files and builds plans the later ones find ready, the
    // second one's span is what the moments are drawn from
    qint64 span = 0;
    int before = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QElapsedTimer timer;
        timer.start();
        before = m_ends;
        post();
        QVERIFY(waitEnd(before));
        span = timer.elapsed();
        QVERIFY(!m_lastCancelled);
        check(Run{});
        if (QTest::currentTestFailed())
            return;
    }
    int interrupted = 0;
    for (int i = 0; i < kMoments; ++i) {
        Run run;
        run.atMs = qint64(m_rng.bounded(quint32(span)));
        before = m_ends;
        post();
        QTest::qWait(int(run.atMs));
        cancel();
        QVERIFY2(waitEnd(before), "the cancelled request never reported its end");
        QTest::qWait(100); // a second end would arrive now
        QCOMPARE(m_ends, before + 1);
        run.cancelled = m_lastCancelled;
        interrupted += run.cancelled;
        qInfo("whole run %lld ms; cancelled at %lld ms: %s", (long long)span, (long long)run.atMs,
              run.cancelled ? "stopped" : "had finished");
        check(run);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(interrupted > 0, "no moment fell inside the run: nothing was tested");
}

void TestWorkerCancel::load()
{
    // B2 over Lite0: a cancelled load keeps Lite0, a finished one serves B2 (then Lite0 is
    // loaded again for the next moment)
    loadLite0();
    connect(w.worker, &InferenceWorker::modelReady, this, [this](const ModelInfo &i) {
        if (i.model == "b2")
            endOf(false);
    });
    const QDir cache(QDir::homePath() + "/.cache/effscope/weights");
    const QStringList cached = cache.entryList(QDir::Files | QDir::Hidden);
    runAndCancel([this] { w.worker->requestLoadModel("b2"); },
                 [&](const Run &run) {
                     checkUsable(run.cancelled ? "lite0" : "b2");
                     QCOMPARE(cache.entryList(QDir::Files | QDir::Hidden), cached); // a load writes nothing there
                     if (!run.cancelled) {
                         w.worker->requestLoadModel("lite0");
                         QTRY_VERIFY_WITH_TIMEOUT(w.models.last().model == "lite0", 60000);
                     }
                 });
}

void TestWorkerCancel::cam()
{
    loadLite0();
    int views = 0;
    connect(w.worker, &InferenceWorker::camReady, this, [&](const CamView &v) {
        ++views;
        QCOMPARE(v.model, QString("lite0"));
        endOf(false);
    });
    CamRequest r; // Grad-CAM with its faithfulness curves (several forward passes)
    r.imagePath = kPhotos + "baboon.jpg";
    runAndCancel([&] { w.worker->requestCam(r); }, [&](const Run &) { checkUsable("lite0"); });
    QVERIFY(views >= 1);
}

void TestWorkerCancel::compare()
{
    loadLite0();
    QSet<int> slots;
    connect(w.worker, &InferenceWorker::compareItem, this, [&](const CompareItem &it) {
        QVERIFY(!it.heat.isEmpty()); // cards arrive whole or not at all
        slots << it.slot;
    });
    connect(w.worker, &InferenceWorker::compareFinished, this, [this](quint64, bool c) { endOf(c); });
    CompareRequest r;
    r.imagePath = kPhotos + "orange.jpg";
    r.models = {"lite0", "b0"};
    runAndCancel([&] {
        slots.clear();
        w.worker->requestCompare(r);
    },
                 [&](const Run &run) {
                     if (!run.cancelled)
                         QCOMPARE(slots.size(), 2);
                     checkUsable("lite0");
                 });
}

void TestWorkerCancel::evaluation()
{
    // with a resume folder: its journals hold whole lines only, a session of the scales that
    // finished loads back equal, and the last rerun (uncancelled) resumes what was journalled
    loadLite0();
    QTemporaryDir dir;
    const QString set = makeLabelledSet(dir, 2);
    const QString resume = dir.filePath("resume"), sessionFile = dir.filePath("session/study.effscope.json");
    QDir().mkpath(dir.filePath("session"));
    QVector<EvalItem> items, reference;
    connect(w.worker, &InferenceWorker::evalItem, this, [&](const EvalItem &it) { items << it; });
    connect(w.worker, &InferenceWorker::evalFinished, this, [this](quint64, bool c) { endOf(c); });
    EvalRequest r;
    r.dataset = set;
    r.models = {"lite0", "b0"};
    r.resumeDir = resume;
    runAndCancel([&] {
        items.clear();
        QDir(resume).removeRecursively();
        w.worker->requestEvaluate(r);
    },
                 [&](const Run &run) {
                     for (const EvalItem &it : items)
                         QCOMPARE(it.images, 8);
                     if (!run.cancelled)
                         QCOMPARE(items.size(), 2);
                     if (reference.isEmpty())
                         reference = items;
                     QVERIFY2(strayFiles(resume, wholeJournal).isEmpty(), qPrintable(strayFiles(resume, wholeJournal).join('\n')));
                     Session s;
                     s.evaluations = items;
                     checkSessionRoundTrip(s, sessionFile);
                     QCOMPARE(QDir(dir.filePath("session")).entryList(QDir::Files | QDir::Hidden),
                              QStringList{"study.effscope.json"});
                     checkUsable("lite0");
                 });
    // a rerun finishes what the last cancelled run journalled, to the uninterrupted result;
    // the next one finds everything journalled
    for (int pass = 0; pass < 2; ++pass) {
        items.clear();
        w.worker->requestEvaluate(r);
        QTRY_COMPARE_WITH_TIMEOUT(items.size(), 2, 120000);
        for (int m = 0; m < 2; ++m) {
            QCOMPARE(items[m].top1, reference[m].top1);
            QCOMPARE(items[m].top5, reference[m].top5);
            if (pass == 1)
                QCOMPARE(items[m].resumed, 8);
        }
    }
}

void TestWorkerCancel::latencyStudy()
{
    loadLite0();
    QVector<LatencyItem> items;
    // (int8 rows come only from int8 models a user made beside the cached weights: not counted)
    connect(w.worker, &InferenceWorker::latencyItem, this, [&](const LatencyItem &it) {
        if (!it.model.endsWith("/int8"))
            items << it;
    });
    connect(w.worker, &InferenceWorker::latencyFinished, this, [this](quint64, bool c) { endOf(c); });
    QTemporaryDir dir;
    runAndCancel([&] {
        items.clear();
        w.worker->requestLatency({"lite0", "b0", "lite1"}, 3);
    },
                 [&](const Run &run) {
                     for (const LatencyItem &it : items)
                         QVERIFY(it.error.isEmpty() && it.medianMs > 0);
                     if (!run.cancelled)
                         QCOMPARE(items.size(), 3);
                     Session s;
                     s.latency = items;
                     checkSessionRoundTrip(s, dir.filePath("s.json"));
                     QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"s.json"});
                     checkUsable("lite0");
                 });
}

void TestWorkerCancel::scalingStudy()
{
    loadLite0();
    QVector<SweepItem> items;
    connect(w.worker, &InferenceWorker::sweepItem, this, [&](const SweepItem &it) { items << it; });
    connect(w.worker, &InferenceWorker::sweepFinished, this, [this](quint64, bool c) { endOf(c); });
    SweepRequest r;
    r.budgetMacs = 600'000'000;
    r.points = 2;
    r.iters = 2;
    QTemporaryDir dir;
    int whole = 0;
    runAndCancel([&] {
        items.clear();
        w.worker->requestSweep(r);
    },
                 [&](const Run &run) {
                     for (const SweepItem &it : items)
                         QVERIFY(it.error.isEmpty() && it.medianMs > 0 && it.macs > 0);
                     if (!run.cancelled)
                         whole = items.size();
                     else
                         QVERIFY(items.size() <= whole);
                     Session s;
                     s.sweep = items;
                     checkSessionRoundTrip(s, dir.filePath("s.json"));
                     checkUsable("lite0");
                 });
}

void TestWorkerCancel::exportHeatMaps()
{
    loadLite0();
    QTemporaryDir dir;
    const QString out = dir.filePath("heat");
    QStringList written;
    connect(w.worker, &InferenceWorker::camExportItem, this, [&](const CamExportItem &it) {
        QVERIFY2(it.error.isEmpty(), qPrintable(it.error));
        written << it.written;
    });
    connect(w.worker, &InferenceWorker::camExportFinished, this, [this](quint64, bool c) { endOf(c); });
    CamExportRequest r;
    for (const char *p : {"baboon.jpg", "orange.jpg", "apple.jpg", "squirrel_cls.jpg"})
        r.images << kPhotos + p;
    r.outDir = out;
    for (int i = 0; i < 256; ++i)
        r.lut << qRgb(i, 0, 255 - i);
    auto whole = [](const QString &path) {
        if (path.endsWith(".png"))
            return !QImage(path).isNull();
        return path.endsWith(".npy") && wholeNpy(path);
    };
    runAndCancel([&] {
        written.clear();
        QDir(out).removeRecursively();
        w.worker->requestCamExport(r);
    },
                 [&](const Run &run) {
                     QVERIFY2(strayFiles(out, whole).isEmpty(), qPrintable(strayFiles(out, whole).join('\n')));
                     QStringList present;
                     for (const QString &f : QDir(out).entryList(QDir::Files | QDir::Hidden))
                         present << QDir(out).filePath(f);
                     written.sort();
                     present.sort();
                     QCOMPARE(present, written); // every file there was reported, and only those
                     if (!run.cancelled)
                         QCOMPARE(written.size(), 8);
                     checkUsable("lite0");
                 });
}

void TestWorkerCancel::download()
{
    // the real Lite0 checkpoint from a local server, a chunk every 20 ms: a cancelled download
    // leaves nothing in the cache folder (no .part), a finished one the file and its digest
    const QByteArray file = readAllBytes(QDir::homePath() + "/.cache/effscope/weights/efficientnet-lite0-57934424.pth");
    QVERIFY(file.size() > 10'000'000);
    testing::TinyServer server(file.left(2'000'000)); // 2 MB keeps the whole run short
    WeightDownloader dl;
    connect(&dl, &WeightDownloader::finished, this, [this] { endOf(false); });
    connect(&dl, &WeightDownloader::failed, this, [this](const QString &, DownloadError e) {
        endOf(e == DownloadError::Cancelled);
    });
    QTemporaryDir cache;
    DownloadJob j;
    j.id = "lite0-part";
    j.urls = {server.url("/slow")};
    j.sha256 = QString::fromLatin1(QCryptographicHash::hash(file.left(2'000'000), QCryptographicHash::Sha256).toHex());
    j.size = 2'000'000;
    j.targetPath = cache.filePath("lite0.pth");
    runAndCancel([&] {
        QFile::remove(j.targetPath);
        QFile::remove(j.targetPath + ".sha256");
        dl.start(j);
    },
                 [&](const Run &run) {
                     const QStringList left = QDir(cache.path()).entryList(QDir::Files | QDir::Hidden);
                     if (run.cancelled)
                         QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
                     else
                         QCOMPARE(left, (QStringList{"lite0.pth", "lite0.pth.sha256"}));
                     if (!run.cancelled)
                         QCOMPARE(readAllBytes(j.targetPath), file.left(2'000'000));
                 },
                 [&] { dl.cancel(j.id); });
}

void TestWorkerCancel::queuedThenCancelled()
{
    // Esc while requests wait behind a running one: each still reports its end, cancelled (an
    // evaluation dropped before it started used to leave the Evaluate page running for ever)
    loadLite0();
    QTemporaryDir dir;
    QVector<QPair<quint64, bool>> latency, evals, sweeps;
    connect(w.worker, &InferenceWorker::latencyFinished, this, [&](quint64 id, bool c) { latency << qMakePair(id, c); });
    connect(w.worker, &InferenceWorker::evalFinished, this, [&](quint64 id, bool c) { evals << qMakePair(id, c); });
    connect(w.worker, &InferenceWorker::sweepFinished, this, [&](quint64 id, bool c) { sweeps << qMakePair(id, c); });
    QVector<quint64> started;
    connect(w.worker, &InferenceWorker::cancellableChanged, this, [&](quint64 id, bool on) {
        if (on)
            started << id;
    });
    const quint64 running = w.worker->requestLatency({"lite0", "b0", "lite1"}, 20);
    QTRY_VERIFY_WITH_TIMEOUT(started.contains(running), 30000); // the latency job runs
    EvalRequest r;
    r.dataset = makeLabelledSet(dir, 2);
    r.models = {"lite0"};
    const quint64 eval = w.worker->requestEvaluate(r);
    SweepRequest sweep;
    sweep.base = "b0";
    sweep.budgetMacs = 1'000'000'000;
    sweep.points = 3;
    const quint64 study = w.worker->requestSweep(sweep);
    w.worker->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(latency.size(), 1, 60000);
    QCOMPARE(latency[0], qMakePair(running, true));
    QCOMPARE(evals, (QVector<QPair<quint64, bool>>{{eval, true}}));
    QCOMPARE(sweeps, (QVector<QPair<quint64, bool>>{{study, true}}));
    QTest::qWait(200); // nothing more arrives
    QCOMPARE(evals.size(), 1);
    QCOMPARE(sweeps.size(), 1);
    checkUsable("lite0");
}

QTEST_MAIN(TestWorkerCancel)
#include "test_worker_cancel.moc"
