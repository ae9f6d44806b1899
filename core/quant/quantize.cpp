// SPDX-License-Identifier: MIT
#include "quant/quantize.h"

#include "arch/presets.h"
#include "common/error.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>

namespace effscope::core {

namespace {

double highOf(const ActivationRange &r, const std::string &method, bool nonNegative)
{
    const double absMax = nonNegative ? r.max : std::max(std::abs(r.min), std::abs(r.max));
    return method == "minmax" ? absMax : std::min(absMax, r.p9999);
}

// s8 weights [out][...] with one symmetric scale per output channel: q = round(w / s), s = max|w| / 127.
// Returns the rounding error (dequantized minus exact), shaped like the weights.
at::Tensor quantizeWeights(const at::Tensor &weight, Int8Conv &c)
{
    const at::Tensor w = weight.reshape({weight.size(0), -1}).contiguous();
    const at::Tensor absMax = std::get<0>(w.abs().max(1));
    const at::Tensor scale = at::where(absMax > 0, absMax / 127.0, at::ones_like(absMax));
    const at::Tensor rounded = (w / scale.unsqueeze(1)).round().clamp(-127, 127);
    const at::Tensor q = rounded.to(at::kChar).contiguous();
    const at::Tensor s = scale.to(at::kFloat).contiguous();
    c.weight.assign(q.data_ptr<int8_t>(), q.data_ptr<int8_t>() + q.numel());
    c.weightScale.assign(s.data_ptr<float>(), s.data_ptr<float>() + s.numel());
    return (rounded * s.to(at::kDouble).unsqueeze(1) - w).view(weight.sizes());
}

// Bias correction: rounding the weights shifts each output's mean by (Wq - W) applied to the
// input's mean; the bias takes it back. `error` is [out, in/groups, k, k], `mean` per input channel.
void correctBias(Int8Conv &c, const at::Tensor &error, const std::vector<double> &mean)
{
    const int64_t channels = c.depthwise ? c.out : c.in;
    if (int64_t(mean.size()) != channels)
        throw Error(ErrorCategory::InvalidInput, "the calibration record's input means of '" + c.name + "' have "
                                                     + std::to_string(mean.size()) + " channels, the model "
                                                     + std::to_string(channels));
    const at::Tensor mu = at::tensor(mean, at::kDouble);
    const at::Tensor summed = error.dim() == 4 ? error.sum({2, 3}) : error; // [out, in/groups]
    const at::Tensor shift = (c.depthwise ? summed.squeeze(1) * mu : summed.matmul(mu)).contiguous();
    for (int o = 0; o < c.out; ++o)
        c.bias[size_t(o)] = float(double(c.bias[size_t(o)]) - shift[o].item<double>());
}

} // namespace

bool isRangeMethod(const std::string &method)
{
    return method == "minmax" || method == "percentile";
}

std::optional<ActQuant> pixelGridQuant(const Preprocess &preprocess)
{
    // x = (p / 255 - mean) / std = (p - 255 mean) / (255 std): z = 255 mean and d = 255 std,
    // the same for every channel, z an integer in [0, 255]
    const double z = 255.0 * preprocess.mean[0], d = 255.0 * preprocess.std[0];
    for (int c = 1; c < 3; ++c)
        if (std::abs(255.0 * preprocess.mean[size_t(c)] - z) > 1e-3 || std::abs(255.0 * preprocess.std[size_t(c)] - d) > 1e-3)
            return std::nullopt;
    if (std::abs(z - std::round(z)) > 1e-3 || z < 0.0 || z > 255.0 || d < 1.0)
        return std::nullopt;
    return ActQuant{float(1.0 / d), int(std::lround(z))};
}

Int8Model quantizeModel(EfficientNetImpl &reference, const std::string &preset, const Preprocess &preprocess,
                        const CalibrationRecord &record, const std::string &method)
{
    if (!isRangeMethod(method))
        throw Error(ErrorCategory::InvalidInput, "unknown calibration method '" + method + "' (minmax or percentile)");
    const ResolvedModel &spec = reference.spec();
    Int8Model m = int8Skeleton(preset, spec);
    m.method = method;
    m.calibration = record;
    m.weights = record.weights;
    const auto range = [&](const std::string &name) -> const ActivationRange & {
        const auto it = record.ranges.find(name);
        if (it == record.ranges.end())
            throw Error(ErrorCategory::InvalidInput, "the calibration record has no range for '" + name
                                                         + "': it was made with another model than "
                                                         + displayName(preset));
        return it->second;
    };
    const auto signedQuant = [&](const std::string &name) {
        const double hi = std::max(highOf(range(name), method, false), 1e-6);
        return ActQuant{float(hi / 127.0), 128};
    };
    const auto reluQuant = [&](const std::string &name) {
        const double hi = std::clamp(highOf(range(name), method, true), 1e-6, 6.0);
        return ActQuant{float(hi / 255.0), 0};
    };

    c10::InferenceMode guard;
    const std::map<std::string, at::Tensor> state = cpuStateDouble(reference);
    const auto weightsOf = [&](Int8Conv &c, const at::Tensor &weight, const at::Tensor &bias) {
        const at::Tensor error = quantizeWeights(weight, c);
        const at::Tensor b = bias.to(at::kFloat).contiguous();
        c.bias.assign(b.data_ptr<float>(), b.data_ptr<float>() + b.numel());
        const auto mean = record.inputMeans.find(c.name);
        if (mean != record.inputMeans.end())
            correctBias(c, error, mean->second);
    };
    const auto fill = [&](Int8Conv &c) {
        const auto [weight, bias] = foldedConvBn(state, c.name, spec.variant.bnEps);
        weightsOf(c, weight, bias);
        c.output = c.relu6 ? reluQuant(c.name) : signedQuant(c.name);
    };
    m.input = pixelGridQuant(preprocess).value_or(signedQuant("input"));
    fill(m.stem);
    for (Int8Block &b : m.blocks) {
        if (b.hasExpand)
            fill(b.expand);
        fill(b.depthwise);
        fill(b.project);
        if (b.residual)
            b.sum = signedQuant(b.path);
    }
    fill(m.head);
    m.pooled = reluQuant("avgpool"); // the mean of ReLU6 outputs: in [0, 6] too
    weightsOf(m.classifier, state.at("classifier.1.weight"), state.at("classifier.1.bias"));
    return m;
}

} // namespace effscope::core
