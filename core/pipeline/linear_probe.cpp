// SPDX-License-Identifier: MIT
#include "pipeline/linear_probe.h"

#include "common/error.h"
#include "train/optimizer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/InferenceMode.h>

#include <chrono>

namespace effscope::core {

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

at::Tensor labelsOf(const std::vector<LabelledImage> &images)
{
    std::vector<int64_t> v;
    for (const LabelledImage &i : images)
        v.push_back(i.label);
    return at::tensor(v, at::kLong);
}

} // namespace

at::Tensor poolFeatures(EfficientNet &net, BatchMaker &maker, const std::vector<LabelledImage> &images, int batchSize,
                        const std::function<bool(size_t, size_t)> &progress)
{
    const bool wasTraining = net->is_training();
    net->eval();
    const c10::Device device = net->parameters().front().device();
    std::vector<at::Tensor> parts;
    {
        c10::InferenceMode guard;
        for (size_t first = 0; first < images.size(); first += size_t(batchSize)) {
            const size_t n = std::min(size_t(batchSize), images.size() - first);
            const Batch b = maker.evalBatch(images, first, n);
            at::Tensor pooled;
            net->forward(b.images.to(device), [&](const std::string &name, const at::Tensor &, const at::Tensor &out) {
                if (name == "avgpool")
                    pooled = out.flatten(1).to(at::kCPU, at::kFloat);
            });
            parts.push_back(pooled);
            if (progress && !progress(first + n, images.size()))
                throw Error(ErrorCategory::Cancelled, "computing the probe's features was cancelled");
        }
    }
    if (wasTraining)
        net->train();
    return parts.empty() ? at::empty({0, 0}) : at::cat(parts);
}

ProbeResult linearProbe(EfficientNet &net, BatchMaker &maker, const TrainingData &data, const ProbeOptions &o,
                        const std::function<bool(size_t, size_t)> &progress)
{
    if (o.epochs < 1 || o.batchSize < 1 || !(o.lr > 0) || !(o.weightDecay >= 0))
        throw Error(ErrorCategory::InvalidInput, "the probe needs epochs >= 1, a batch >= 1, a rate > 0 and a weight decay >= 0");
    if (data.split.validation.empty())
        throw Error(ErrorCategory::InvalidInput, "a linear probe is scored on validation images; the split has none");
    ProbeResult r;
    const auto t0 = std::chrono::steady_clock::now();
    const size_t total = data.split.train.size() + data.split.validation.size();
    const at::Tensor train = poolFeatures(net, maker, data.split.train, 32, [&](size_t done, size_t) {
        return !progress || progress(done, total);
    });
    const at::Tensor val = poolFeatures(net, maker, data.split.validation, 32, [&](size_t done, size_t) {
        return !progress || progress(data.split.train.size() + done, total);
    });
    r.featureSeconds = secondsSince(t0);
    const auto t1 = std::chrono::steady_clock::now();
    const at::Tensor mean = train.mean(0, true), spread = train.std(0, true, true).clamp_min(1e-6);
    const at::Tensor xs = (train - mean) / spread, xv = (val - mean) / spread;
    const at::Tensor ys = labelsOf(data.split.train), yv = labelsOf(data.split.validation);
    const int64_t classes = int64_t(data.classes.size()), dim = train.size(1);

    at::Tensor w = at::zeros({classes, dim}, at::kFloat).requires_grad_(true);
    at::Tensor b = at::zeros({classes}, at::kFloat).requires_grad_(true);
    OptimizerOptions oo;
    oo.kind = OptimizerKind::Sgd;
    oo.momentum = 0.9;
    oo.weightDecay = o.weightDecay; // on the 2-D weight only
    Optimizer opt({{"weight", w}, {"bias", b}}, oo);
    at::Generator g = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    const int64_t n = xs.size(0);
    for (int e = 0; e < o.epochs; ++e) {
        const at::Tensor order = at::randperm(n, g, at::kLong);
        for (int64_t first = 0; first < n; first += o.batchSize) {
            const at::Tensor idx = order.slice(0, first, std::min(n, first + o.batchSize));
            opt.zeroGrad();
            const at::Tensor loss = at::cross_entropy_loss(at::linear(xs.index_select(0, idx), w, b), ys.index_select(0, idx));
            loss.backward();
            opt.step(o.lr);
        }
    }
    r.fitSeconds = secondsSince(t1);
    at::NoGradGuard noGrad;
    r.trainAccuracy = at::linear(xs, w, b).argmax(1).eq(ys).to(at::kDouble).mean().item<double>();
    r.valAccuracy = at::linear(xv, w, b).argmax(1).eq(yv).to(at::kDouble).mean().item<double>();
    r.featureDim = dim;
    r.trainImages = n;
    r.valImages = xv.size(0);
    return r;
}

} // namespace effscope::core
