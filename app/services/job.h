// SPDX-License-Identifier: MIT
#pragma once
// One kind of work for the InferenceWorker. A job file (jobs/*.cpp) holds the request as data
// and a run() that does the work on the worker thread and emits the result through the
// worker's signals; the scheduler (inference_worker.cpp) keeps one pending job per kind,
// decides what runs next, and turns an exception that escapes run() into a failed() signal.
// No torch here: WorkerState is only named.
#include "types.h"

#include <QtGlobal>

#include <atomic>
#include <exception>
#include <functional>

namespace effscope {

class InferenceWorker;
struct WorkerState;

/// How the scheduler treats a kind of job.
struct JobTraits
{
    bool cancellable = true;         ///< cancel() stops it while it runs (and the GUI shows Cancel)
    bool supersedesRunning = false;  ///< a newer request of this kind stops the running one
    bool keptOnCancel = false;       ///< cancel() leaves a pending one alone (loads)
};

/// What a running job may ask of the scheduler: its id, whether it should stop, and progress.
class JobContext
{
public:
    JobContext(InferenceWorker &worker, quint64 id, const std::atomic<bool> &cancel, const std::atomic<bool> &stopping)
        : m_worker(worker), m_id(id), m_cancel(cancel), m_stopping(stopping)
    {
    }
    quint64 id() const { return m_id; }
    /// The worker whose signals carry the job's results to the GUI thread.
    InferenceWorker &worker() const { return m_worker; }
    /// cancel() was called, a newer request superseded this one, or the worker is shutting down.
    bool cancelled() const { return m_cancel.load() || m_stopping.load(); }
    /// Reports the fraction of the whole job that is done, in [0, 1].
    void progress(double fraction) const;
    /// A core-style progress function for the part [from, from + span] of the job: it reports
    /// progress and returns false once the job should stop (core then throws Cancelled).
    std::function<bool(double)> progressFn(double from = 0.0, double span = 1.0) const;
    /// Throws core::Error(Cancelled, message) when the job should stop.
    void throwIfCancelled(const char *message) const;
    /// A failure as a value (category and message from core::Error when it is one).
    TaskError error(JobKind kind, std::exception_ptr ex) const;

private:
    InferenceWorker &m_worker;
    quint64 m_id;
    const std::atomic<bool> &m_cancel;
    const std::atomic<bool> &m_stopping;
};

/// For jobs that stream items and end with a "finished" signal: runs `work` (true when it
/// stopped early), turns an exception that escapes it into failed(), and calls `finished` with
/// whether the job was cancelled, in every case.
void runStreamed(const JobContext &context, JobKind kind, const std::function<bool()> &work,
                 const std::function<void(bool cancelled)> &finished);

class Job
{
public:
    Job(JobKind kind, JobTraits traits) : m_kind(kind), m_traits(traits) {}
    virtual ~Job() = default;
    JobKind kind() const { return m_kind; }
    const JobTraits &traits() const { return m_traits; }
    /// The request id the scheduler gave it (results and progress carry it).
    quint64 id() const { return m_id; }
    void setId(quint64 id) { m_id = id; }
    /// Runs on the worker thread. An exception that escapes becomes failed(TaskError).
    virtual void run(WorkerState &state, const JobContext &context) = 0;
    /// cancel() dropped the job before it ran (it waited behind another): a job that ends with
    /// a "finished" signal emits it here, cancelled, so every request still reports one end.
    virtual void droppedUnstarted(InferenceWorker &worker) { Q_UNUSED(worker); }

private:
    JobKind m_kind;
    JobTraits m_traits;
    quint64 m_id = 0;
};

} // namespace effscope
