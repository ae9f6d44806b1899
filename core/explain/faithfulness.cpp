// SPDX-License-Identifier: MIT
#include "explain/faithfulness.h"

#include "infer/devices.h"

#include "common/error.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>

namespace effscope::core {

namespace {

at::Tensor probabilities(ModelHandle &model, const at::Tensor &batch, int cls)
{
    return at::softmax(model.forward(batch), 1).select(1, cls).to(at::kCPU, at::kDouble);
}

double trapezoid(const std::vector<double> &x, const std::vector<double> &y)
{
    double area = 0.0;
    for (size_t i = 0; i + 1 < y.size(); ++i)
        area += 0.5 * (y[i] + y[i + 1]) * (x[i + 1] - x[i]);
    return area;
}

} // namespace

at::Tensor blurredCanvas(const at::Tensor &input)
{
    c10::InferenceMode guard;
    constexpr int k = 11;
    constexpr double sigma = 5.0;
    at::Tensor g = at::arange(k, at::kDouble) - (k - 1) / 2.0;
    g = at::exp(-(g * g) / (2 * sigma * sigma));
    g = g / g.sum();
    const at::Tensor kernel = at::outer(g, g).to(input.scalar_type()).to(input.device());
    const int64_t c = input.size(1);
    return at::conv2d(input, kernel.expand({c, 1, k, k}).contiguous(), {}, 1, k / 2, 1, c);
}

Faithfulness measureFaithfulness(ModelHandle &model, const at::Tensor &input, const at::Tensor &heat, int targetClass,
                                 const FaithfulnessOptions &o, const ProgressFn &progress)
{
    if (input.dim() != 4 || input.size(0) != 1)
        throw Error(ErrorCategory::ShapeMismatch, "faithfulness takes one image: a float tensor [1, 3, H, W]");
    const int64_t height = input.size(2), width = input.size(3), pixels = height * width;
    if (heat.dim() != 2 || heat.size(0) != height || heat.size(1) != width)
        throw Error(ErrorCategory::ShapeMismatch, "the heatmap must have the input's size ("
                                                      + std::to_string(height) + "x" + std::to_string(width) + ")");
    if (o.steps < 1 || o.batchSize < 1)
        throw Error(ErrorCategory::InvalidInput, "steps and batch size must be at least 1");
    c10::InferenceMode guard;
    const at::Tensor x = input.to(torchDevice(model.device), at::kFloat).contiguous(); // the model's device
    const at::Tensor h = heat.to(x.device(), at::kFloat).contiguous();
    Faithfulness f;
    f.targetClass = targetClass;
    {
        const at::Tensor both = at::cat({x, x * h});
        const at::Tensor p = probabilities(model, both, targetClass);
        f.probability = p[0].item<double>();
        f.maskedProbability = p[1].item<double>();
    }
    f.averageDrop = f.probability > 0 ? std::max(0.0, f.probability - f.maskedProbability) / f.probability * 100.0 : 0.0;
    f.increase = f.maskedProbability > f.probability;
    if (!o.curves)
        return f;

    // rank[i] = position of pixel i in the heat order (hottest first, ties in raster order)
    const at::Tensor order = std::get<1>(h.reshape({-1}).to(at::kCPU).sort(/*stable=*/true, 0, /*descending=*/true));
    at::Tensor rank = at::empty({pixels}, at::kLong);
    rank.index_put_({order}, at::arange(pixels, at::kLong));
    const int64_t perStep = (pixels + o.steps - 1) / o.steps;
    const at::Tensor canvas = blurredCanvas(x);
    const int total = o.steps + 1;
    for (int t = 0; t <= o.steps; ++t)
        f.fractions.push_back(std::min<double>(1.0, double(std::min<int64_t>(pixels, t * perStep)) / double(pixels)));
    f.deletion.resize(size_t(total));
    f.insertion.resize(size_t(total));
    const at::Tensor rank2d = rank.view({1, 1, height, width}).to(x.device());
    for (int start = 0; start < total; start += o.batchSize) {
        const int n = std::min(o.batchSize, total - start);
        // masks[j] = 1 where the pixel is already removed (deletion) / inserted (insertion)
        const at::Tensor counts = (at::arange(start, start + n, at::kLong) * perStep).clamp_max(pixels).view({n, 1, 1, 1});
        const at::Tensor done = (rank2d < counts.to(x.device())).to(at::kFloat); // [n, 1, H, W]
        const at::Tensor deleted = x * (1 - done);
        const at::Tensor inserted = canvas * (1 - done) + x * done;
        const at::Tensor pd = probabilities(model, deleted, targetClass);
        const at::Tensor pi = probabilities(model, inserted, targetClass);
        for (int j = 0; j < n; ++j) {
            f.deletion[size_t(start + j)] = pd[j].item<double>();
            f.insertion[size_t(start + j)] = pi[j].item<double>();
        }
        if (progress && !progress(double(start + n) / total))
            throw Error(ErrorCategory::Cancelled, "cancelled");
    }
    f.deletionAuc = trapezoid(f.fractions, f.deletion);
    f.insertionAuc = trapezoid(f.fractions, f.insertion);
    return f;
}

} // namespace effscope::core
