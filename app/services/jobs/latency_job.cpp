// SPDX-License-Identifier: MIT
// Latency: each scale timed at batch 1 on this machine (random weights: timing does not depend
// on them), cheapest first, at the architecture's own resolution (the paper's for presets: the
// resolution the published accuracies beside it were measured at). On the CPU a Lite preset
// whose int8 model was made (quantize, beside its cached weights) is timed in int8 too, as
// "<preset>/int8".
#include "worker_state.h"

#include "arch/presets.h"
#include "infer/benchmark.h"
#include "infer/engine.h"
#include "weights/int8_model.h"
#include "weights/registry.h"


#include "custom_scale.h"
#include "inference_worker.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

// A timed run of `iters` forwards after two warm-up ones, into `it`.
void timed(LatencyItem &it, const core::BenchResult &r)
{
    it.inputSize = r.imgSize;
    it.macs = r.macs;
    it.medianMs = r.stepMsMedian;
    it.engine = QString::fromStdString(r.engine);
}

core::BenchOptions timing(int iters)
{
    core::BenchOptions o;
    o.warmup = 2;
    o.iters = iters;
    return o;
}

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
                core::BenchOptions o = timing(m_iters);
                o.resolution = config.scaling.resolution;
                timed(it, core::benchmarkConfig(config, device, o));
            } catch (const std::exception &e) {
                it.error = QString::fromUtf8(e.what());
            }
            Q_EMIT ctx.worker().latencyItem(it);
            if (it.error.isEmpty() && device == "cpu" && !findCustomScale(m_custom, it.model))
                timeInt8(state, ctx, it.model);
            done += 1;
            ctx.progress(done / n);
        }
        return false;
    }

    // The preset's int8 model, when one was made for its cached weights (nothing said otherwise).
    void timeInt8(WorkerState &state, const JobContext &ctx, const QString &model)
    {
        const core::ModelConfig config = core::preset(model.toStdString());
        if (config.variant.squeezeExcite || ctx.cancelled())
            return;
        const auto cached = core::findCachedWeights(state.registry(), model.toStdString());
        if (!cached || core::findInt8Model(cached->second).empty())
            return;
        LatencyItem it;
        it.requestId = ctx.id();
        it.model = model + QStringLiteral("/int8");
        try {
            core::ModelRequest req;
            req.model = model.toStdString();
            req.precision = "int8";
            req.allowUntrained = false;
            core::ModelHandle h = core::loadModel(req, state.registry());
            core::BenchOptions o = timing(m_iters);
            o.dtype = "int8";
            timed(it, core::runBenchmark(h, o));
        } catch (const std::exception &e) {
            it.error = QString::fromUtf8(e.what());
        }
        Q_EMIT ctx.worker().latencyItem(it);
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
