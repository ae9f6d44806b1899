// SPDX-License-Identifier: MIT
#pragma once
// InferenceWorker owns every model and tensor, on one long-lived thread of its own. It is a small
// scheduler: one mailbox slot per job kind (JobKind), ids, supersede, cancel and progress; the
// work itself lives in one file per kind (jobs/*.cpp). The GUI thread only calls the request
// functions (cheap: they store a job and post a wake-up) and receives value-type results by
// queued signals. A newer request of a kind replaces one of that kind that has not started yet
// (slider drags, rapid drops). The destructor cancels and joins the thread. No torch type
// appears in this header.
#include "types.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace effscope {

class Job;
class WorkerEnd;
struct WorkerState;

class InferenceWorker : public QObject
{
    Q_OBJECT
public:
    explicit InferenceWorker(QObject *parent = nullptr);
    ~InferenceWorker() override;

    /// Builds a preset and loads its cached pretrained weights (random init, labelled
    /// "untrained", when none are cached). Returns the request id.
    /// weights: "" for the registry's cached file (else random init), "untrained", or a file.
    /// precision: "fp32", "bf16" or "fp16" (CUDA) for classification; explanations stay fp32.
    quint64 requestLoadModel(const QString &model, const QString &device = QStringLiteral("cpu"),
                             const QString &weights = QString(), const QString &precision = QStringLiteral("fp32"));
    /// Builds a custom scale (random init, labelled "untrained") as the current model; it then
    /// serves classify, CAM, activations and compare like a preset.
    quint64 requestBuildModel(const CustomScale &scale, const QString &device = QStringLiteral("cpu"),
                              const QString &precision = QStringLiteral("fp32"));
    /// Decodes, preprocesses and classifies one image with the current model.
    quint64 requestClassify(const QString &imagePath, int topk = 5);
    /// A class activation map (and its faithfulness) for a photo with the current model, by
    /// core's explanation pipeline. Reports progress; cancelCam() stops it.
    quint64 requestCam(const CamRequest &request);
    /// Cancels the running CAM and drops a pending one. Safe from any thread.
    void cancelCam();
    /// One layer's activations for a photo with the current model (kept for requestChannel).
    quint64 requestActivations(const QString &imagePath, const QString &layer);
    /// One channel of the last activations at full resolution.
    quint64 requestChannel(const QString &layer, int channel);
    /// The photo through several scales, cheapest first; a compareItem per scale as it finishes,
    /// then compareFinished. Progress covers the whole run.
    quint64 requestCompare(const CompareRequest &request);
    /// Times each scale at batch 1 on this machine (built with random weights, the current
    /// device, at the architecture's resolution (the paper's: B2 at 260 px, not torchvision's
    /// 288 crop), `iters` timed forwards after 2 warm-up ones); a latencyItem per scale,
    /// cheapest first, then latencyFinished. Cancellable.
    /// `custom`: the explorer's scales the list may name (timed like presets).
    quint64 requestLatency(const QStringList &models, int iters = 5, const QVector<CustomScale> &custom = {});
    /// Top-1 / top-5, per-class accuracy and confused pairs of each scale on a labelled folder or
    /// CSV (presets with their cached pretrained weights, custom scales untrained), cheapest
    /// first; an evalItem per scale, then evalFinished. Cancellable; with a resume directory the
    /// finished images of each scale are kept there and a rerun continues from them.
    quint64 requestEvaluate(const EvalRequest &request);
    /// timm's validate.py CSV header, matching EvalItem::csvRow.
    static QString evalCsvHeader();
    /// Builds the base scaled along each dimension up to the MACs budget (core::scalingStudy),
    /// random weights, and times each at batch 1 (`iters` after 2 warm-ups); the steps of all
    /// dimensions interleave (step k of each in turn) so that drift hits them alike. A sweepItem
    /// per network, then sweepFinished. Cancellable.
    quint64 requestSweep(const SweepRequest &request);
    /// Channel importance of the current model on a photo: every block's hidden BN scales and
    /// the sparsity of its depthwise activations (stem and head too).
    quint64 requestImportance(const QString &imagePath);
    /// The current model's heat map of every photo in the request, written to its folder (see
    /// CamExportRequest); a camExportItem per photo, then camExportFinished. Cancellable.
    quint64 requestCamExport(const CamExportRequest &request);
    /// Calibrates a Lite preset's cached weights on the photos under a folder, quantizes them to
    /// int8 and saves the model beside them; then quantizeFinished (with the int8 model's
    /// agreement with fp32 on those photos). Reports progress; cancellable.
    quint64 requestQuantize(const QuantizeRequest &request);
    /// Stops whatever long work runs now (a load, CAM, activations, compare, importance,
    /// latency, evaluation or study) and drops pending requests of those kinds except loads. A
    /// cancelled load keeps the previous model.
    void cancel();

Q_SIGNALS:
    void modelReady(const effscope::ModelInfo &info);
    void classified(const effscope::ClassifyResult &result);
    void failed(const effscope::TaskError &error);
    void camReady(const effscope::CamView &view);
    void activationsReady(const effscope::ActivationView &view);
    void channelReady(const effscope::ChannelView &view);
    void compareItem(const effscope::CompareItem &item);
    void compareFinished(quint64 requestId, bool cancelled);
    void latencyItem(const effscope::LatencyItem &item);
    void latencyFinished(quint64 requestId, bool cancelled);
    void evalItem(const effscope::EvalItem &item);
    void evalFinished(quint64 requestId, bool cancelled);
    void sweepItem(const effscope::SweepItem &item);
    void sweepFinished(quint64 requestId, bool cancelled);
    void importanceReady(const effscope::ImportanceView &view);
    void camExportItem(const effscope::CamExportItem &item);
    void camExportFinished(quint64 requestId, bool cancelled);
    void quantizeFinished(const effscope::QuantizeResult &result);
    /// Fraction done of a long request, in [0, 1].
    void progress(quint64 requestId, double fraction);
    /// A cancellable request started or ended; cancel() stops it.
    void cancellableChanged(quint64 requestId, bool running);
    void busyChanged(bool busy);

private:
    friend class WorkerEnd;
    struct Mailbox;
    /// Stores a job in its kind's slot with a fresh id (replacing a pending one; stopping a
    /// running one when its kind says so), wakes the worker, returns the id.
    quint64 post(std::unique_ptr<Job> job);
    /// On the worker thread: runs pending jobs, in JobKind order, until none is left.
    void drain();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;        // lives on m_thread; queued calls run there
    std::unique_ptr<Mailbox> m_mailbox;  // pending jobs, guarded by its mutex
    std::unique_ptr<WorkerState> m_state; // torch state, touched only on m_thread
    std::atomic<quint64> m_nextId{1};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_cancel{false};   // set to stop the running job
    // set on the worker thread once its torch state is cleared, read by the destructor after
    // the join: the ordering Qt's blocking call already gives, in a form ThreadSanitizer sees
    std::atomic<bool> m_stateCleared{false};
};

} // namespace effscope
