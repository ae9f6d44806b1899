// SPDX-License-Identifier: MIT
// Quantize: a Lite preset's cached weights calibrated on the user's photos, quantized to int8
// (core/quant), its rounding learnt on them (AdaRound, unless the request says nearest) and saved
// beside the weights, where a load in int8 finds them; then the int8 model against the float one
// on the same photos. Calibration, rounding and comparison share the progress bar; each stops on
// cancel (a cancelled comparison keeps the saved model).
#include "worker_state.h"

#include "arch/presets.h"
#include "common/dataset.h"
#include "pipeline/calibrate_photos.h"
#include "quant/int8_engine.h"
#include "quant/quantize.h"
#include "weights/int8_model.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

#include <QFile>

namespace effscope {

namespace {

class QuantizeJob final : public Job
{
public:
    explicit QuantizeJob(const QuantizeRequest &r) : Job(JobKind::Quantize, {true, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        QuantizeResult result;
        result.requestId = ctx.id();
        result.model = m_request.model;
        try {
            quantize(state, ctx, result);
        } catch (const core::Error &e) {
            if (e.category() == core::ErrorCategory::Cancelled)
                result.cancelled = true;
            else
                result.error = QString::fromUtf8(e.what());
        } catch (const std::exception &e) {
            result.error = QString::fromUtf8(e.what());
        }
        Q_EMIT ctx.worker().quantizeFinished(result);
    }
    void droppedUnstarted(InferenceWorker &worker) override
    {
        QuantizeResult result;
        result.requestId = id();
        result.model = m_request.model;
        result.cancelled = true;
        Q_EMIT worker.quantizeFinished(result);
    }

private:
    void quantize(WorkerState &state, const JobContext &ctx, QuantizeResult &result)
    {
        const std::string preset = m_request.model.toStdString();
        if (!core::isPreset(preset) || core::preset(preset).variant.squeezeExcite)
            throw core::Error(core::ErrorCategory::InvalidInput,
                              "int8 covers EfficientNet-Lite; " + core::displayName(preset) + " is not a Lite model");
        const std::vector<std::string> photos = core::listImagesUnder(QFile::encodeName(m_request.photos).toStdString());
        core::ModelHandle &h = state.scale(m_request.model, std::nullopt, QStringLiteral("cpu"), ctx.progressFn(0.0, 0.05));
        if (!h.pretrained)
            throw core::Error(core::ErrorCategory::InvalidInput, core::displayName(preset)
                                                                     + " has no pretrained weights here to quantize");
        // progress: loading 5%, calibration, rounding (the longest part) up to 85%, comparison
        const bool learned = m_request.roundingSteps > 0;
        const double roundingFrom = learned ? 0.25 : 0.85;
        const auto calibrated = ctx.progressFn(0.05, roundingFrom - 0.05);
        const core::CalibrationRecord record = core::calibratePhotos(h, photos, 8, [&](int done, int total) {
            return calibrated(double(done) / total);
        });
        core::Int8Model model = core::quantizeModel(*h.net, preset, h.preprocess, record, m_request.method.toStdString());
        if (learned) {
            const auto learnt = ctx.progressFn(roundingFrom, 0.85 - roundingFrom);
            core::RoundingOptions options;
            options.iterations = m_request.roundingSteps;
            core::learnRoundingOnPhotos(h, model, photos, options, [&](int done, int total) {
                return learnt(double(done) / total);
            });
        }
        result.rounding = QString::fromStdString(model.rounding);
        const std::string path = core::int8PathFor(h.weightsPath, m_request.method.toStdString());
        core::writeInt8Model(path, model);
        result.path = QString::fromStdString(path);
        result.photos = int(photos.size());

        core::Int8EfficientNet engine(model);
        result.kernels = QString::fromStdString(engine.isaName());
        // a cancel here keeps the saved model; the comparison covers the photos done
        const core::Int8Agreement cmp = core::compareInt8(h, engine, photos, [&](int done, int total) {
            ctx.progress(0.85 + 0.15 * done / double(total));
            return !ctx.cancelled();
        });
        result.agreement = cmp.compared ? double(cmp.agree) / cmp.compared : 0.0;
        result.meanKl = cmp.meanKl;
    }

    QuantizeRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeQuantizeJob(const QuantizeRequest &request)
{
    return std::make_unique<QuantizeJob>(request);
}

} // namespace effscope
