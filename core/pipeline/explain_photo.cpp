// SPDX-License-Identifier: MIT
#include "pipeline/explain_photo.h"

#include "common/error.h"

#include <ATen/ATen.h>

#include <chrono>

namespace effscope::core {

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// A progress function for the part [from, from + span] of the whole.
ProgressFn part(const ProgressFn &whole, double from, double span)
{
    if (!whole)
        return {};
    return [whole, from, span](double f) { return whole(from + span * f); };
}

std::vector<float> toVector(const at::Tensor &t)
{
    const at::Tensor c = t.to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

at::Tensor photoInput(const ModelHandle &model, const DecodedImage &photo)
{
    return inputTensor(preprocessImage(photo.rgb, model.preprocess), model.preprocess.cropSize);
}

PhotoExplanation explainPhoto(ModelHandle &model, const DecodedImage &photo, const ExplainOptions &options,
                              const ProgressFn &progress)
{
    PhotoExplanation e;
    e.model = model.config.name;
    e.weightsLabel = model.weightsLabel;
    e.engine = model.engineName();
    e.pretrained = model.pretrained;
    const int crop = model.preprocess.cropSize;
    e.inputSize = crop;
    e.photoWidth = photo.rgb.cols;
    e.photoHeight = photo.rgb.rows;
    e.geometry = cropGeometry(photo.rgb.cols, photo.rgb.rows, model.preprocess);

    auto t0 = std::chrono::steady_clock::now();
    const at::Tensor x = photoInput(model, photo);
    if (options.topk > 0) {
        e.top = classify(model, x, options.topk).front();
        e.classifyMs = msSince(t0);
    }
    // the CAM is 60% of the work when the faithfulness curves follow, all of it otherwise
    const double camShare = options.metrics ? 0.6 : 1.0;
    t0 = std::chrono::steady_clock::now();
    const CamResult r = computeCam(model, x, options.cam, part(progress, 0.0, camShare));
    e.camMs = msSince(t0);
    e.method = options.cam.method;
    e.layer = r.layer;
    e.layerChannels = r.layerChannels;
    e.layerHeight = int(r.layerHeight);
    e.layerWidth = int(r.layerWidth);
    e.mapHeight = int(r.map.size(0));
    e.mapWidth = int(r.map.size(1));
    e.map = toVector(r.map);
    e.targetClass = r.targetClass;
    e.targetLogit = r.targetLogit;
    e.targetProbability = r.targetProbability;
    e.closedForm = r.closedForm;

    const at::Tensor heat = scaleCam(r.map, crop, crop).to(at::kCPU).contiguous();
    e.heat = toVector(heat);
    if (options.metrics) {
        e.metrics = measureFaithfulness(model, x, heat, r.targetClass, options.faithfulness,
                                        part(progress, camShare, 1.0 - camShare));
        e.hasMetrics = true;
    }
    if (progress && !progress(1.0))
        throw Error(ErrorCategory::Cancelled, "the explanation was cancelled");
    return e;
}

HeatOnImage heatOnPhoto(const std::vector<float> &heat, int inputSize, const CropGeometry &geometry, int photoWidth,
                        int photoHeight)
{
    if (inputSize <= 0 || heat.size() != size_t(inputSize) * size_t(inputSize))
        throw Error(ErrorCategory::InvalidInput, "the heat map holds " + std::to_string(heat.size())
                                                     + " values, not " + std::to_string(inputSize) + " x "
                                                     + std::to_string(inputSize));
    return heatToImage(heat.data(), inputSize, geometry, photoWidth, photoHeight);
}

HeatOnImage heatOnPhoto(const PhotoExplanation &e)
{
    return heatOnPhoto(e.heat, e.inputSize, e.geometry, e.photoWidth, e.photoHeight);
}

} // namespace effscope::core
