// SPDX-License-Identifier: MIT
#pragma once
// InferenceWorker owns every model and tensor, on one long-lived thread of its own.
// The GUI thread only calls the request functions (cheap: they store a value and post a
// wake-up) and receives value-type results by queued signals. A newer request of the same kind
// supersedes one that has not started yet (slider drags, rapid drops). The destructor cancels
// and joins the thread. No torch type appears in this header.
#include "types.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace effscope {

class InferenceWorker : public QObject
{
    Q_OBJECT
public:
    explicit InferenceWorker(QObject *parent = nullptr);
    ~InferenceWorker() override;

    /// Builds a preset and loads its cached pretrained weights (random init, labelled
    /// "untrained", when none are cached). Returns the request id.
    quint64 requestLoadModel(const QString &model, const QString &device = QStringLiteral("cpu"));
    /// Decodes, preprocesses and classifies one image with the current model.
    quint64 requestClassify(const QString &imagePath, int topk = 5);
    /// A class activation map (and its faithfulness) for a photo with the current model.
    /// Reports progress; cancelCam() stops it (failed with category "Cancelled").
    quint64 requestCam(const CamRequest &request);
    /// Cancels the running CAM and drops a pending one. Safe from any thread.
    void cancelCam();


Q_SIGNALS:
    void modelReady(const effscope::ModelInfo &info);
    void classified(const effscope::ClassifyResult &result);
    void failed(const effscope::TaskError &error);
    void camReady(const effscope::CamView &view);
    /// Fraction done of a long request (a CAM), in [0, 1].
    void progress(quint64 requestId, double fraction);
    void busyChanged(bool busy);

private:
    struct State;
    void drain();
    void runLoad(quint64 id, const QString &model, const QString &device);
    void runClassify(quint64 id, const QString &path, int topk);
    void runCam(quint64 id, const CamRequest &request);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;       // lives on m_thread; queued calls run there
    std::unique_ptr<State> m_state;     // torch state, touched only on m_thread
    std::atomic<quint64> m_nextId{1};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_cancelCam{false};
};

} // namespace effscope
