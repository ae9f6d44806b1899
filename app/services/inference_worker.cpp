// SPDX-License-Identifier: MIT
// The scheduler: the worker thread, one mailbox slot per job kind, ids, supersede, cancel and
// progress. The jobs themselves are in jobs/*.cpp. Torch headers first (QT_NO_KEYWORDS too).
#include "worker_state.h"

#include "common/error.h"
#include "infer/devices.h"
#include "infer/evaluate.h"

#include "inference_worker.h"
#include "job.h"
#include "jobs/jobs.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <array>
#include <memory>
#include <vector>

namespace effscope {

// ---- JobContext -------------------------------------------------------------------------------

void JobContext::progress(double fraction) const
{
    Q_EMIT m_worker.progress(m_id, fraction);
}

std::function<bool(double)> JobContext::progressFn(double from, double span) const
{
    // by value: the function may outlive this context object, never the worker
    InferenceWorker *worker = &m_worker;
    const std::atomic<bool> *cancel = &m_cancel, *stopping = &m_stopping;
    return [worker, id = m_id, cancel, stopping, from, span](double f) {
        Q_EMIT worker->progress(id, from + span * f);
        return !cancel->load() && !stopping->load();
    };
}

void JobContext::throwIfCancelled(const char *message) const
{
    if (cancelled())
        throw core::Error(core::ErrorCategory::Cancelled, message);
}

TaskError JobContext::error(JobKind kind, std::exception_ptr ex) const
{
    TaskError e{m_id, kind, core::ErrorCategory::InvalidInput, QString()};
    try {
        std::rethrow_exception(ex);
    } catch (const core::Error &err) {
        e.category = err.category();
        e.message = QString::fromUtf8(err.what());
    } catch (const std::exception &err) {
        e.message = QString::fromUtf8(err.what());
    }
    return e;
}

void runStreamed(const JobContext &context, JobKind kind, const std::function<bool()> &work,
                 const std::function<void(bool cancelled)> &finished)
{
    bool cancelled = false;
    try {
        cancelled = work();
    } catch (...) {
        Q_EMIT context.worker().failed(context.error(kind, std::current_exception()));
    }
    finished(cancelled || context.cancelled());
}

// ---- the scheduler ----------------------------------------------------------------------------

// The worker thread's end of the queued calls into it. They are invoked by name, so that each
// call's storage is Qt's own: ThreadSanitizer cannot see Qt's (uninstrumented) event queue hand a
// functor from one thread to the other and reported every lambda posted here as a race.
class WorkerEnd : public QObject
{
    Q_OBJECT
public:
    explicit WorkerEnd(InferenceWorker *worker) : m_worker(worker) {}
    Q_INVOKABLE void useThreads() { core::useThreads(); }
    Q_INVOKABLE void drain() { m_worker->drain(); }
    Q_INVOKABLE void clearState()
    {
        m_worker->m_state->clear();
        m_worker->m_stateCleared.store(true, std::memory_order_release);
    }

private:
    InferenceWorker *m_worker;
};

struct InferenceWorker::Mailbox
{
    QMutex mutex;
    std::array<std::unique_ptr<Job>, kJobKinds> pending; // indexed by JobKind
    const Job *running = nullptr;                        // under mutex; the job drain() runs
    quint64 runningId = 0;
};

InferenceWorker::InferenceWorker(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_context(new WorkerEnd(this)), m_mailbox(std::make_unique<Mailbox>()),
      m_state(std::make_unique<WorkerState>())
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("InferenceWorker"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    // OpenMP thread counts are per calling thread: set the worker's own.
    QMetaObject::invokeMethod(m_context, "useThreads", Qt::QueuedConnection);
}

InferenceWorker::~InferenceWorker()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        for (auto &slot : m_mailbox->pending)
            slot.reset();
    }
    m_cancel = true;
    // Torch state must die on the thread that used it.
    QMetaObject::invokeMethod(m_context, "clearState", Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_stateCleared.load(std::memory_order_acquire); // the worker's last writes happen before what follows
    delete m_context;
    delete m_thread;
}

quint64 InferenceWorker::post(std::unique_ptr<Job> job)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        const JobKind kind = job->kind();
        if (job->traits().supersedesRunning && m_mailbox->running && m_mailbox->running->kind() == kind)
            m_cancel = true; // the newer request replaces the one being computed
        job->setId(id);
        m_mailbox->pending[size_t(kind)] = std::move(job);
    }
    QMetaObject::invokeMethod(m_context, "drain", Qt::QueuedConnection);
    return id;
}

void InferenceWorker::drain()
{
    for (;;) {
        if (m_stopping)
            return;
        std::unique_ptr<Job> job;
        {
            QMutexLocker lock(&m_mailbox->mutex);
            if (m_mailbox->running)
                return; // a nested event loop; the running job's drain() goes on afterwards
            for (auto &slot : m_mailbox->pending)
                if (slot) {
                    job = std::move(slot);
                    break;
                }
            if (!job)
                return;
            m_mailbox->running = job.get();
            m_cancel = false;
        }
        const quint64 id = job->id();
        const bool cancellable = job->traits().cancellable;
        Q_EMIT busyChanged(true);
        if (cancellable)
            Q_EMIT cancellableChanged(id, true);
        const JobContext context(*this, id, m_cancel, m_stopping);
        try {
            job->run(*m_state, context);
        } catch (...) {
            Q_EMIT failed(context.error(job->kind(), std::current_exception()));
        }
        {
            QMutexLocker lock(&m_mailbox->mutex);
            m_mailbox->running = nullptr;
        }
        // the kinds that build and drop networks: what they freed goes back to the system, so a
        // long session's resident set follows the models it holds, not every one it has built
        const JobKind kind = job->kind();
        job.reset();
        // the work is over: Cancel goes away before the memory is handed back (malloc_trim can
        // take a while on a loaded machine, and nothing is left to cancel)
        if (cancellable)
            Q_EMIT cancellableChanged(id, false);
        if (kind == JobKind::Load || kind == JobKind::Compare || kind == JobKind::Latency || kind == JobKind::Evaluate
            || kind == JobKind::Study || kind == JobKind::Quantize)
            core::releaseFreeMemory();
        Q_EMIT busyChanged(false);
    }
}

void InferenceWorker::cancel()
{
    std::vector<std::unique_ptr<Job>> dropped;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        for (auto &slot : m_mailbox->pending)
            if (slot && slot->traits().cancellable && !slot->traits().keptOnCancel)
                dropped.push_back(std::move(slot));
        if (m_mailbox->running && m_mailbox->running->traits().cancellable)
            m_cancel = true;
    }
    // outside the lock: a receiver may send the next request at once
    for (const auto &job : dropped)
        job->droppedUnstarted(*this);
}

void InferenceWorker::cancelCam()
{
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->pending[size_t(JobKind::Cam)].reset();
    if (m_mailbox->running && m_mailbox->running->kind() == JobKind::Cam)
        m_cancel = true;
}

// ---- requests: one job each -------------------------------------------------------------------

quint64 InferenceWorker::requestLoadModel(const QString &model, const QString &device, const QString &weights,
                                          const QString &precision)
{
    return post(makeLoadJob({model, device, weights, precision, std::nullopt}));
}

quint64 InferenceWorker::requestBuildModel(const CustomScale &scale, const QString &device, const QString &precision)
{
    return post(makeLoadJob({scale.name, device, QString(), precision, scale}));
}

quint64 InferenceWorker::requestClassify(const QString &imagePath, int topk)
{
    return post(makeClassifyJob(imagePath, topk));
}

quint64 InferenceWorker::requestCam(const CamRequest &request)
{
    return post(makeCamJob(request));
}

quint64 InferenceWorker::requestActivations(const QString &imagePath, const QString &layer)
{
    return post(makeActivationsJob(imagePath, layer));
}

quint64 InferenceWorker::requestChannel(const QString &layer, int channel)
{
    return post(makeChannelJob(layer, channel));
}

quint64 InferenceWorker::requestCompare(const CompareRequest &request)
{
    return post(makeCompareJob(request));
}

quint64 InferenceWorker::requestLatency(const QStringList &models, int iters, const QVector<CustomScale> &custom)
{
    return post(makeLatencyJob(models, iters, custom));
}

quint64 InferenceWorker::requestEvaluate(const EvalRequest &request)
{
    return post(makeEvaluateJob(request));
}

quint64 InferenceWorker::requestSweep(const SweepRequest &request)
{
    return post(makeStudyJob(request));
}

quint64 InferenceWorker::requestImportance(const QString &imagePath)
{
    return post(makeImportanceJob(imagePath));
}

quint64 InferenceWorker::requestCamExport(const CamExportRequest &request)
{
    return post(makeCamExportJob(request));
}

quint64 InferenceWorker::requestQuantize(const QuantizeRequest &request)
{
    return post(makeQuantizeJob(request));
}

QString InferenceWorker::evalCsvHeader()
{
    return QString::fromStdString(core::evalCsvHeader());
}

} // namespace effscope

#include "inference_worker.moc"
