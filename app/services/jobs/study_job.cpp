// SPDX-License-Identifier: MIT
// Latency study: the base scaled along each dimension up to a MACs budget (core::scalingStudy),
// random weights, each timed at batch 1; step k of every dimension runs before step k + 1 of
// any, so drift on the machine hits the dimensions alike.
#include "worker_state.h"

#include "arch/presets.h"
#include "arch/scaling_study.h"
#include "infer/benchmark.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

class StudyJob final : public Job
{
public:
    explicit StudyJob(const SweepRequest &r) : Job(JobKind::Study, {true, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        runStreamed(ctx, JobKind::Study, [&] { return study(state, ctx); },
                    [&](bool cancelled) { Q_EMIT ctx.worker().sweepFinished(ctx.id(), cancelled); });
    }
    void droppedUnstarted(InferenceWorker &worker) override { Q_EMIT worker.sweepFinished(id(), true); }

private:
    bool study(WorkerState &state, const JobContext &ctx)
    {
        const std::string baseName = m_request.base.toStdString();
        const core::ModelConfig base = core::preset(baseName);
        const std::string device = state.device();
        std::vector<std::vector<core::StudyStep>> plans;
        for (const QString &d : m_request.dimensions)
            plans.push_back(core::scalingStudy(base, core::parseDimension(d.toStdString()), m_request.budgetMacs,
                                               m_request.points));
        size_t total = 0, longest = 0;
        for (const auto &p : plans) {
            total += p.size();
            longest = std::max(longest, p.size());
        }
        double done = 0;
        for (size_t k = 0; k < longest; ++k) {
            for (const auto &plan : plans) {
                if (k >= plan.size())
                    continue;
                if (ctx.cancelled())
                    return true;
                const core::StudyStep &st = plan[k];
                SweepItem it;
                it.requestId = ctx.id();
                it.base = m_request.base;
                it.dimension = QString::fromLatin1(core::dimensionName(st.dimension));
                it.multiplier = st.multiplier;
                it.width = st.width;
                it.depth = st.depth;
                it.resolution = st.resolution;
                it.macs = st.macs;
                it.params = st.params;
                try {
                    core::ModelConfig config = core::scaledConfig(base, st.dimension, st.multiplier);
                    config.name = baseName + "-" + it.dimension.toStdString();
                    core::BenchOptions o;
                    o.warmup = 2;
                    o.iters = std::max(1, m_request.iters);
                    const core::BenchResult r = core::benchmarkConfig(config, device, o);
                    it.medianMs = r.stepMsMedian;
                    it.engine = QString::fromStdString(r.engine);
                } catch (const std::exception &e) {
                    it.error = QString::fromUtf8(e.what());
                }
                Q_EMIT ctx.worker().sweepItem(it);
                done += 1;
                ctx.progress(done / double(total));
            }
        }
        return false;
    }

    SweepRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeStudyJob(const SweepRequest &request)
{
    return std::make_unique<StudyJob>(request);
}

} // namespace effscope
