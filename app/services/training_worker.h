// SPDX-License-Identifier: MIT
#pragma once
// TrainingWorker runs the Train tab's long work (linear probe, fine-tune, grid search) on a
// thread of its own, beside the InferenceWorker: a training run lasts minutes to hours, and
// classifying, explaining and comparing photos must not queue behind it. It owns the models it
// trains (copies loaded for training, never the InferenceWorker's), runs one request at a time,
// reports every step, and stops at cancel() after writing its checkpoint. No torch type
// appears in this header.
#include "train_types.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace effscope {

class TrainingEnd;

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    explicit TrainingWorker(QObject *parent = nullptr);
    /// Cancels a run in progress and joins the thread.
    ~TrainingWorker() override;

    /// Starts `request`; returns its id, or 0 when a run is still in progress (one at a time).
    quint64 start(const TrainRequest &request);
    /// Stops the run in progress (a fine-tune or grid writes its checkpoint first). Any thread.
    void cancel();
    bool running() const { return m_running.load(); }

Q_SIGNALS:
    void curvePoint(const effscope::TrainCurvePoint &point);
    void probeItem(const effscope::ProbeItem &item);
    /// The grid as it stands: listed before training, then after each candidate (ranked).
    void gridChanged(const effscope::GridState &state);
    /// The run ended (also when cancelled or failed: then `cancelled`, or failed() came first).
    void finished(const effscope::TrainSummary &summary);
    void failed(quint64 requestId, const QString &message);
    /// Fraction of the whole run done, and what runs now ("decoding", "candidate 2 of 9", ...).
    void progress(quint64 requestId, double fraction, const QString &what);
    void runningChanged(bool running);

private:
    friend class TrainingEnd;
    void run(); // on the training thread

    QThread *m_thread = nullptr;
    TrainingEnd *m_end = nullptr;
    TrainRequest m_request;          // written before the run is posted, read on the thread
    quint64 m_requestId = 0;
    std::atomic<quint64> m_nextId{1};
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancel{false};
};

} // namespace effscope
