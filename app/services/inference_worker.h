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


Q_SIGNALS:
    void modelReady(const effscope::ModelInfo &info);
    void classified(const effscope::ClassifyResult &result);
    void failed(const effscope::TaskError &error);
    void busyChanged(bool busy);

private:
    struct State;
    void drain();
    void runLoad(quint64 id, const QString &model, const QString &device);
    void runClassify(quint64 id, const QString &path, int topk);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;       // lives on m_thread; queued calls run there
    std::unique_ptr<State> m_state;     // torch state, touched only on m_thread
    std::atomic<quint64> m_nextId{1};
    std::atomic<bool> m_stopping{false};
};

} // namespace effscope
