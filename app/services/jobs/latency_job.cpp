// SPDX-License-Identifier: MIT
// Latency: each scale timed at batch 1 on this machine (random weights: timing does not depend
// on them), cheapest first, at the architecture's own resolution (the paper's for presets: the
// resolution the published accuracies beside it were measured at).
#include "worker_state.h"

#include "arch/presets.h"
#include "infer/benchmark.h"

#include "custom_scale.h"
#include "inference_worker.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

class LatencyJob final : public Job
{
public:
    LatencyJob(const QStringList &models, int iters, const QVector<CustomScale> &custom)
        : Job(JobKind::Latency, {true, true}), m_models(models), m_iters(std::max(1, iters)), m_custom(custom)
    {
    }

    void run(WorkerState &state, const JobContext &ctx) override
    {
        runStreamed(ctx, JobKind::Latency, [&] { return timeAll(state, ctx); },
                    [&](bool cancelled) { Q_EMIT ctx.worker().latencyFinished(ctx.id(), cancelled); });
    }
    void droppedUnstarted(InferenceWorker &worker) override { Q_EMIT worker.latencyFinished(id(), true); }

private:
    // true when it stopped early
    bool timeAll(WorkerState &state, const JobContext &ctx)
    {
        const std::string device = state.device();
        const auto order = cheapestFirst(m_models, m_custom); // a bad name fails below, when it is built
        const double n = double(order.size());
        double done = 0;
        for (const auto &[macs, index] : order) {
            if (ctx.cancelled())
                return true;
            LatencyItem it;
            it.requestId = ctx.id();
            it.model = m_models[index];
            try {
                const auto c = findCustomScale(m_custom, it.model);
                const core::ModelConfig config = c ? customScaleConfig(*c) : core::preset(it.model.toStdString());
                ctx.progress((done + 0.3) / n);
                core::BenchOptions o;
                o.warmup = 2;
                o.iters = m_iters;
                o.resolution = config.scaling.resolution;
                const core::BenchResult r = core::benchmarkConfig(config, device, o);
                it.inputSize = r.imgSize;
                it.macs = r.macs;
                it.medianMs = r.stepMsMedian;
                it.engine = QString::fromStdString(r.engine);
            } catch (const std::exception &e) {
                it.error = QString::fromUtf8(e.what());
            }
            Q_EMIT ctx.worker().latencyItem(it);
            done += 1;
            ctx.progress(done / n);
        }
        return false;
    }

    QStringList m_models;
    int m_iters;
    QVector<CustomScale> m_custom;
};

} // namespace

std::unique_ptr<Job> makeLatencyJob(const QStringList &models, int iters, const QVector<CustomScale> &custom)
{
    return std::make_unique<LatencyJob>(models, iters, custom);
}

} // namespace effscope
