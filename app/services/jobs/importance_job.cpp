// SPDX-License-Identifier: MIT
// Channel importance: the current model's BN scales and activation sparsity on a photo.
#include "worker_state.h"

#include "explain/importance.h"
#include "pipeline/explain_photo.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

#include <QElapsedTimer>

namespace effscope {

namespace {

class ImportanceJob final : public Job
{
public:
    explicit ImportanceJob(const QString &path) : Job(JobKind::Importance, {}), m_path(path) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        core::ModelHandle &h = state.current();
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = state.decode(m_path);
        ImportanceView v;
        v.requestId = ctx.id();
        v.model = QString::fromStdString(h.config.name);
        v.weightsLabel = QString::fromStdString(h.weightsLabel);
        v.pretrained = h.pretrained;
        v.imagePath = m_path;
        for (const core::LayerImportance &l : core::channelImportance(h, core::photoInput(h, img), ctx.progressFn()))
            v.rows.push_back({QString::fromStdString(l.layer), l.stage, l.channels, l.meanAbsGamma, l.weakFraction,
                              l.deadFraction, l.nonPositiveFraction});
        v.ms = timer.nsecsElapsed() / 1e6;
        Q_EMIT ctx.worker().importanceReady(v);
    }

private:
    QString m_path;
};

} // namespace

std::unique_ptr<Job> makeImportanceJob(const QString &imagePath)
{
    return std::make_unique<ImportanceJob>(imagePath);
}

} // namespace effscope
