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

#include <QHash>

#include <vector>

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
    void droppedUnstarted(InferenceWorker &worker) override { Q_EMIT worker.compareFinished(id(), true); }

private:
    struct Card
    {
        int slot = 0;
        QString model;
        core::CamMethod method = core::CamMethod::GradCam;
        QString error; // known before anything runs (a bad name)
    };

    // true when it stopped early
    bool compare(WorkerState &state, const JobContext &ctx)
    {
        const core::DecodedImage &img = state.decode(m_request.imagePath);
        const RgbImage photo = state.photoImage();
        const QString device = QString::fromStdString(state.device());
        // scales cheapest first, all with the request's method; or one model, a card per method
        std::vector<Card> cards;
        if (m_request.methods.isEmpty()) {
            QVector<QString> errors;
            for (const auto &[macs, slot] : cheapestFirst(m_request.models, m_request.custom, &errors))
                cards.push_back({slot, m_request.models[slot], m_request.method, errors[slot]});
        } else {
            for (int slot = 0; slot < m_request.methods.size(); ++slot)
                cards.push_back({slot, m_request.models.value(0), m_request.methods[slot], {}});
        }
        QHash<QString, double> latency; // a model is timed once, whatever the number of its cards
        const double n = double(cards.size());
        double done = 0;
        for (const Card &card : cards) {
            if (ctx.cancelled())
                return true;
            CompareItem it;
            it.requestId = ctx.id();
            it.slot = card.slot;
            it.model = card.model;
            it.method = card.method;
            it.byMethod = !m_request.methods.isEmpty();
            it.error = card.error;
            try {
                if (!it.error.isEmpty())
                    throw core::Error(core::ErrorCategory::InvalidInput, it.error.toStdString());
                core::ModelHandle &h = state.scale(it.model, findCustomScale(m_request.custom, it.model), device,
                                                   ctx.progressFn(done / n, 0.3 / n));
                core::ExplainOptions o;
                o.topk = 5;
                o.cam.method = card.method;
                o.cam.targetClass = m_request.classIndex;
                o.faithfulness.steps = kCompareSteps;
                const core::PhotoExplanation e = core::explainPhoto(h, img, o, ctx.progressFn((done + 0.3) / n, 0.7 / n));
                fillExplanation(it, e, photo, h);
                it.model = QString::fromStdString(h.config.name);
                it.unreliable = QString::fromStdString(h.unreliable());
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                it.inputSize = e.inputSize;
                it.macs = core::profileModel(h.net->spec(), e.inputSize, e.inputSize).macs;
                if (!latency.contains(it.model)) {
                    // the explanation warmed the model at this size: time a few more passes
                    // and keep the median (a single run swings with caches and the allocator)
                    core::BenchOptions timing;
                    timing.warmup = 1;
                    timing.iters = kCompareTimedRuns;
                    timing.resolution = e.inputSize;
                    latency.insert(it.model, core::runBenchmark(h, timing).stepMsMedian);
                }
                it.latencyMs = latency.value(it.model);
                it.latencyRuns = kCompareTimedRuns;
                for (const core::Prediction &p : e.top)
                    it.top.push_back({p.index, QString::fromStdString(h.className(p.index)), p.probability});
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

    CompareRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeCompareJob(const CompareRequest &request)
{
    return std::make_unique<CompareJob>(request);
}

} // namespace effscope
