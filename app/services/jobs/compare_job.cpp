// SPDX-License-Identifier: MIT
// Compare: one photo through several scales, cheapest first; each scale's top-5, its CAM of the
// shared class (core's explanation pipeline) and faithfulness, streamed one item per scale. A
// scale that fails does so alone.
#include "worker_state.h"

#include "arch/profiler.h"
#include "common/error.h"
#include "infer/benchmark.h"
#include "pipeline/explain_photo.h"

#include "custom_scale.h"
#include "inference_worker.h"
#include "jobs/explanation.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

constexpr int kCompareSteps = 16; // deletion / insertion steps per card

class CompareJob final : public Job
{
public:
    explicit CompareJob(const CompareRequest &r) : Job(JobKind::Compare, {true, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        runStreamed(ctx, JobKind::Compare, [&] { return compare(state, ctx); },
                    [&](bool cancelled) { Q_EMIT ctx.worker().compareFinished(ctx.id(), cancelled); });
    }

private:
    // true when it stopped early
    bool compare(WorkerState &state, const JobContext &ctx)
    {
        const core::DecodedImage &img = state.decode(m_request.imagePath);
        const RgbImage photo = state.photoImage();
        const QString device = QString::fromStdString(state.device());
        if (!m_request.methods.isEmpty())
            return byMethod(state, ctx, img, photo, device);
        QVector<QString> errors;
        const auto order = cheapestFirst(m_request.models, m_request.custom, &errors);
        const double n = double(order.size());
        double done = 0;
        for (const auto &[macs, slot] : order) {
            if (ctx.cancelled())
                return true;
            CompareItem it;
            it.requestId = ctx.id();
            it.slot = slot;
            it.model = m_request.models[slot];
            it.error = errors[slot];
            try {
                if (!it.error.isEmpty())
                    throw core::Error(core::ErrorCategory::InvalidInput, it.error.toStdString());
                core::ModelHandle &h = state.scale(it.model, findCustomScale(m_request.custom, it.model), device,
                                                   ctx.progressFn(done / n, 0.3 / n));
                core::ExplainOptions o;
                o.topk = 5;
                o.cam.method = m_request.method;
                o.cam.targetClass = m_request.classIndex;
                o.faithfulness.steps = kCompareSteps;
                const core::PhotoExplanation e = core::explainPhoto(h, img, o, ctx.progressFn((done + 0.3) / n, 0.7 / n));
                fillExplanation(it, e, photo);
                it.model = QString::fromStdString(h.config.name);
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                it.inputSize = e.inputSize;
                it.macs = core::profileModel(h.net->spec(), e.inputSize, e.inputSize).macs;
                // the explanation warmed the model at this size: time a few more passes and
                // keep the median (a single run swings with caches and the allocator)
                core::BenchOptions timing;
                timing.warmup = 1;
                timing.iters = kCompareTimedRuns;
                timing.resolution = e.inputSize;
                it.latencyMs = core::runBenchmark(h, timing).stepMsMedian;
                it.latencyRuns = kCompareTimedRuns;
                for (const core::Prediction &p : e.top)
                    it.top.push_back({p.index, className(p.index), p.probability});
            } catch (const core::Error &e) {
                if (e.category() == core::ErrorCategory::Cancelled)
                    return true;
                it.error = QString::fromStdString(e.what());
            } catch (const std::exception &e) {
                it.error = QString::fromStdString(e.what());
            }
            Q_EMIT ctx.worker().compareItem(it);
            done += 1;
        }
        return false;
    }

    // one model, a card per CAM method (the model's timing is the same for every card: once)
    bool byMethod(WorkerState &state, const JobContext &ctx, const core::DecodedImage &img, const RgbImage &photo,
                  const QString &device)
    {
        const QString model = m_request.models.value(0);
        const double n = double(m_request.methods.size());
        double latency = 0;
        for (int slot = 0; slot < m_request.methods.size(); ++slot) {
            if (ctx.cancelled())
                return true;
            CompareItem it;
            it.requestId = ctx.id();
            it.slot = slot;
            it.byMethod = true;
            it.model = model;
            it.method = m_request.methods[slot];
            try {
                core::ModelHandle &h = state.scale(model, findCustomScale(m_request.custom, model), device,
                                                   ctx.progressFn(slot / n, 0.05 / n));
                core::ExplainOptions o;
                o.topk = 5;
                o.cam.method = it.method;
                o.cam.targetClass = m_request.classIndex;
                o.faithfulness.steps = kCompareSteps;
                const core::PhotoExplanation e =
                    core::explainPhoto(h, img, o, ctx.progressFn((slot + 0.05) / n, 0.95 / n));
                fillExplanation(it, e, photo);
                it.model = QString::fromStdString(h.config.name);
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                it.inputSize = e.inputSize;
                it.macs = core::profileModel(h.net->spec(), e.inputSize, e.inputSize).macs;
                if (slot == 0) {
                    core::BenchOptions timing;
                    timing.warmup = 1;
                    timing.iters = kCompareTimedRuns;
                    timing.resolution = e.inputSize;
                    latency = core::runBenchmark(h, timing).stepMsMedian;
                }
                it.latencyMs = latency;
                it.latencyRuns = kCompareTimedRuns;
                for (const core::Prediction &p : e.top)
                    it.top.push_back({p.index, className(p.index), p.probability});
            } catch (const core::Error &e) {
                if (e.category() == core::ErrorCategory::Cancelled)
                    return true;
                it.error = QString::fromStdString(e.what());
            } catch (const std::exception &e) {
                it.error = QString::fromStdString(e.what());
            }
            Q_EMIT ctx.worker().compareItem(it);
        }
        return false;
    }

    CompareRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeCompareJob(const CompareRequest &request)
{
    return std::make_unique<CompareJob>(request);
}

} // namespace effscope
