// SPDX-License-Identifier: MIT
// Classify: the photo through the current model, top-k with the decoded photo for display.
#include "worker_state.h"

#include "pipeline/explain_photo.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

#include <QElapsedTimer>

namespace effscope {

namespace {

class ClassifyJob final : public Job
{
public:
    ClassifyJob(const QString &path, int topk) : Job(JobKind::Classify, {false}), m_path(path), m_topk(topk) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        core::ModelHandle &h = state.current();
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = state.decode(m_path);
        const at::Tensor input = core::photoInput(h, img);
        const qint64 modelStart = timer.nsecsElapsed();
        const auto preds = core::classify(h, input, m_topk).front();
        ClassifyResult r;
        r.latencyMs = timer.nsecsElapsed() / 1e6;
        r.forwardMs = (timer.nsecsElapsed() - modelStart) / 1e6;
        r.requestId = ctx.id();
        r.imagePath = m_path;
        r.image = state.photoImage();
        r.model = QString::fromStdString(h.config.name);
        r.unreliable = QString::fromStdString(h.unreliable());
        r.weightsLabel = QString::fromStdString(h.weightsLabel);
        r.pretrained = h.pretrained;
        r.precision = QString::fromStdString(h.precision);
        for (const std::string &n : img.conversions)
            r.notes << QString::fromStdString(n);
        for (const core::Prediction &p : preds)
            r.top.push_back({p.index, QString::fromStdString(h.className(p.index)), p.probability});
        Q_EMIT ctx.worker().classified(r);
    }

private:
    QString m_path;
    int m_topk;
};

} // namespace

std::unique_ptr<Job> makeClassifyJob(const QString &imagePath, int topk)
{
    return std::make_unique<ClassifyJob>(imagePath, topk);
}

} // namespace effscope
