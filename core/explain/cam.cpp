// SPDX-License-Identifier: MIT
#include "explain/cam.h"

#include "arch/memory.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "infer/devices.h"
#ifdef EFFSCOPE_HAVE_DNNL
#include "infer/fast_engine.h"
#endif

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/autograd.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace effscope::core {

namespace {

// Activations (and gradients of the target logit) at one layer for one input.
struct Capture
{
    at::Tensor activations; // [C, h, w]
    at::Tensor gradients;   // [C, h, w] or undefined
    at::Tensor logits;      // [classes]
    int targetClass = 0;
    bool closedForm = false;
};

int resolveClass(int requested, const at::Tensor &logits)
{
    const int64_t classes = logits.size(0);
    if (requested >= classes)
        throw Error(ErrorCategory::InvalidInput, "class " + std::to_string(requested) + " is out of range: the model has "
                                                     + std::to_string(classes) + " classes");
    return requested >= 0 ? requested : static_cast<int>(logits.argmax().item<int64_t>());
}

bool canUseFastPath(const ModelHandle &model, const at::Tensor &x)
{
#ifdef EFFSCOPE_HAVE_DNNL
    return model.fast && x.device().is_cpu();
#else
    (void)model;
    (void)x;
    return false;
#endif
}

at::Tensor classifierWeight(ModelHandle &model)
{
    for (const auto &p : model.net->named_parameters())
        if (p.key() == "classifier.1.weight")
            return p.value().detach().to(at::kCPU, at::kFloat);
    throw Error(ErrorCategory::InvalidInput, "the model has no classifier.1.weight");
}

Capture capture(ModelHandle &model, const at::Tensor &x, const std::string &layer, bool wantGradients,
                int requestedClass)
{
    Capture c;
    const std::string head = defaultCamLayer(model.net->spec());
#ifdef EFFSCOPE_HAVE_DNNL
    if (layer == head && canUseFastPath(model, x)) {
        c10::InferenceMode guard;
        std::map<std::string, at::Tensor> taken;
        c.logits = model.fast->forward(x, {layer}, taken)[0].clone();
        c.activations = taken.at(layer)[0].clone();
        c.targetClass = resolveClass(requestedClass, c.logits);
        c.closedForm = true;
        if (wantGradients) {
            // logits = W . mean_hw(A) + b, so d logit_c / dA[k, i, j] = W[c, k] / (h w) everywhere
            const int64_t h = c.activations.size(1), w = c.activations.size(2);
            const at::Tensor row = classifierWeight(model)[c.targetClass] / double(h * w);
            c.gradients = row.view({-1, 1, 1}).expand(c.activations.sizes()).contiguous();
        }
        return c;
    }
#endif
    c10::InferenceMode off(false);
    at::AutoGradMode grad(wantGradients);
    const at::Tensor input = x.is_inference() ? x.clone() : x;
    at::Tensor a;
    const LayerTap tap = [&](const std::string &name, const at::Tensor &out) {
        if (name != layer || a.defined())
            return out;
        a = wantGradients ? out.detach().requires_grad_(true) : out;
        return a;
    };
    const at::Tensor logits = model.net->forward(input, tap);
    if (!a.defined())
        throw Error(ErrorCategory::InvalidInput, "layer '" + layer + "' was not reached");
    c.logits = logits[0].detach().to(at::kCPU, at::kFloat);
    c.targetClass = resolveClass(requestedClass, c.logits);
    if (wantGradients) {
        const auto g = torch::autograd::grad({logits[0][c.targetClass]}, {a});
        c.gradients = g[0][0].detach().to(at::kCPU, at::kFloat);
    }
    c.activations = a[0].detach().to(at::kCPU, at::kFloat);
    return c;
}

// Projection of [C, h, w] activations on their first principal component (over positions).
at::Tensor firstComponent(const at::Tensor &act)
{
    const int64_t ch = act.size(0), h = act.size(1), w = act.size(2);
    at::Tensor m = at::nan_to_num(act, 0.0, 0.0, 0.0).reshape({ch, h * w}).t().contiguous();
    m = m - m.mean(0, true);
    const auto svd = at::linalg_svd(m, false);
    const at::Tensor vh = std::get<2>(svd);
    at::Tensor p = m.matmul(vh[0]).reshape({h, w});
    // An SVD's sign is arbitrary (it differs between LAPACK builds); fix it so the projection's
    // largest magnitude is positive, as pytorch-grad-cam's sign-corrected projection does.
    if (-p.min().item<float>() > p.max().item<float>())
        p = -p;
    return p;
}

at::Tensor combine(const at::Tensor &weightedOrElementwise, bool eigenSmooth)
{
    return eigenSmooth ? firstComponent(weightedOrElementwise) : weightedOrElementwise.sum(0);
}

void report(const ProgressFn &progress, double fraction)
{
    if (progress && !progress(std::clamp(fraction, 0.0, 1.0)))
        throw Error(ErrorCategory::Cancelled, "cancelled");
}

// Runs batches of inputs, returning logit `cls` of each (fast path when there is one).
at::Tensor batchScores(ModelHandle &model, const at::Tensor &batch, int cls)
{
    c10::InferenceMode guard;
    return model.forward(batch).select(1, cls).to(at::kCPU, at::kFloat);
}

at::Tensor scoreCamWeights(ModelHandle &model, const at::Tensor &x, const Capture &c, int batchSize,
                           const ProgressFn &progress, double from, double span)
{
    const int64_t channels = c.activations.size(0);
    const int64_t height = x.size(2), width = x.size(3);
    at::Tensor scores = at::empty({channels}, at::kFloat);
    const at::Tensor act = c.activations.to(x.device());
    for (int64_t i = 0; i < channels; i += batchSize) {
        const int64_t n = std::min<int64_t>(batchSize, channels - i);
        at::Tensor up;
        {
            c10::InferenceMode guard;
            up = at::upsample_bilinear2d(act.narrow(0, i, n).unsqueeze(0), {height, width}, true)[0]; // [n, H, W]
            const at::Tensor flat = up.reshape({n, -1});
            const at::Tensor lo = std::get<0>(flat.min(1)).view({n, 1, 1});
            const at::Tensor hi = std::get<0>(flat.max(1)).view({n, 1, 1});
            up = (up - lo) / (hi - lo + 1e-8);
        }
        const at::Tensor batch = x * up.unsqueeze(1); // [n, 3, H, W]
        scores.narrow(0, i, n).copy_(batchScores(model, batch, c.targetClass));
        report(progress, from + span * double(i + n) / double(channels));
    }
    return at::softmax(scores, 0);
}

at::Tensor ablationWeights(ModelHandle &model, const at::Tensor &x, const std::string &layer, const Capture &c,
                           int batchSize, const ProgressFn &progress, double from, double span)
{
    const int64_t channels = c.activations.size(0);
    const float original = c.logits[c.targetClass].item<float>();
    at::Tensor ablated = at::empty({channels}, at::kFloat);
    if (c.closedForm) {
        // zeroing head channel k removes W[c, k] * mean(A_k) from the logit, exactly
        const at::Tensor row = classifierWeight(model)[c.targetClass];
        ablated = original - row * c.activations.mean({1, 2});
        report(progress, from + span);
    } else {
        c10::InferenceMode off(false);
        at::NoGradGuard noGrad;
        const at::Tensor input = x.is_inference() ? x.clone() : x;
        const at::Tensor act = c.activations.to(x.device());
        for (int64_t i = 0; i < channels; i += batchSize) {
            const int64_t n = std::min<int64_t>(batchSize, channels - i);
            const LayerTap tap = [&](const std::string &name, const at::Tensor &out) {
                if (name != layer)
                    return out;
                at::Tensor r = act.unsqueeze(0).repeat({n, 1, 1, 1});
                for (int64_t j = 0; j < n; ++j)
                    r[j][i + j].zero_();
                return r;
            };
            const at::Tensor logits = model.net->forward(input.expand({n, -1, -1, -1}), tap);
            ablated.narrow(0, i, n).copy_(logits.select(1, c.targetClass).to(at::kCPU, at::kFloat));
            report(progress, from + span * double(i + n) / double(channels));
        }
    }
    return (original - ablated) / original;
}

CamResult single(ModelHandle &model, const at::Tensor &x, const std::string &layer, const CamOptions &o,
                 int cls, const ProgressFn &progress, double from, double span)
{
    const Capture c = capture(model, x, layer, camUsesGradients(o.method), cls);
    const at::Tensor &a = c.activations;
    const at::Tensor &g = c.gradients;
    auto weighted = [&](const at::Tensor &w) { return combine(w.view({-1, 1, 1}) * a, o.eigenSmooth); };
    at::Tensor cam;
    switch (o.method) {
    case CamMethod::Cam:
        cam = weighted(classifierWeight(model)[c.targetClass]);
        break;
    case CamMethod::GradCam:
        cam = weighted(g.mean({1, 2}));
        break;
    case CamMethod::GradCamPlusPlus: {
        const at::Tensor g2 = g * g, g3 = g2 * g;
        const at::Tensor sumA = a.sum({1, 2}, true);
        at::Tensor alpha = g2 / (2 * g2 + sumA * g3 + 1e-6);
        alpha = at::where(g != 0, alpha, at::zeros_like(alpha));
        cam = weighted((at::relu(g) * alpha).sum({1, 2}));
        break;
    }
    case CamMethod::XGradCam:
        cam = weighted((g * a / (a.sum({1, 2}, true) + 1e-7)).sum({1, 2}));
        break;
    case CamMethod::HiResCam:
        cam = combine(g * a, o.eigenSmooth);
        break;
    case CamMethod::LayerCam:
        cam = combine(at::relu(g) * a, o.eigenSmooth);
        break;
    case CamMethod::EigenCam:
        cam = firstComponent(a);
        break;
    case CamMethod::ScoreCam:
        cam = weighted(scoreCamWeights(model, x, c, o.batchSize, progress, from, span));
        break;
    case CamMethod::AblationCam:
        cam = weighted(ablationWeights(model, x, layer, c, o.batchSize, progress, from, span));
        break;
    }
    CamResult r;
    r.map = at::relu(cam).contiguous();
    r.layer = layer;
    r.layerChannels = a.size(0);
    r.targetClass = c.targetClass;
    r.logits = c.logits;
    r.targetLogit = c.logits[c.targetClass].item<float>();
    r.targetProbability = at::softmax(c.logits, 0)[c.targetClass].item<float>();
    r.closedForm = c.closedForm;
    return r;
}

} // namespace

std::vector<LayerInfo> explainableLayers(const ResolvedModel &model, int height, int width)
{
    const Padding pad = model.variant.padding;
    std::vector<LayerInfo> out;
    int64_t h = convOutputSize(height, 3, 2, pad), w = convOutputSize(width, 3, 2, pad);
    out.push_back({"features.0", "stem", model.stemChannels, h, w});
    for (size_t i = 0; i < model.blocks.size(); ++i) {
        const ResolvedBlock &b = model.blocks[i];
        const BlockOps ops = b.ops();
        const std::string p = b.path() + ".block.";
        if (ops.expand >= 0)
            out.push_back({p + std::to_string(ops.expand), "expand", b.expandedChannels, h, w});
        h = convOutputSize(h, b.kernel, b.stride, pad);
        w = convOutputSize(w, b.kernel, b.stride, pad);
        out.push_back({p + std::to_string(ops.depthwise), "depthwise", b.expandedChannels, h, w});
        if (ops.squeezeExcite >= 0)
            out.push_back({p + std::to_string(ops.squeezeExcite), "se", b.expandedChannels, h, w});
        out.push_back({p + std::to_string(ops.project), "project", b.outChannels, h, w});
        out.push_back({b.path(), "block", b.outChannels, h, w});
        if (i + 1 == model.blocks.size() || model.blocks[i + 1].stage != b.stage)
            out.push_back({"features." + std::to_string(b.stage + 1), "stage", b.outChannels, h, w});
    }
    out.push_back({defaultCamLayer(model), "head", model.headChannels, h, w});
    return out;
}

std::string defaultCamLayer(const ResolvedModel &model)
{
    return "features." + std::to_string(model.headIndex());
}

void checkLayer(const ResolvedModel &model, const std::string &path)
{
    const std::vector<LayerInfo> layers = explainableLayers(model, model.resolution, model.resolution);
    for (const LayerInfo &l : layers)
        if (l.path == path)
            return;
    std::string some;
    for (const LayerInfo &l : layers)
        if (l.kind == "stem" || l.kind == "stage" || l.kind == "head")
            some += (some.empty() ? "" : ", ") + l.path;
    throw Error(ErrorCategory::InvalidInput, "'" + path + "' is not a layer of " + model.name + " (e.g. " + some
                                                 + ", a block features.S.J or an op features.S.J.block.K; "
                                                   "`effscope-cli layers` lists them all)");
}

CamResult computeCam(ModelHandle &model, const at::Tensor &input, const CamOptions &o, const ProgressFn &progress)
{
    const ResolvedModel &spec = model.net->spec();
    if (input.dim() != 4 || input.size(0) != 1 || input.size(1) != spec.inputChannels)
        throw Error(ErrorCategory::ShapeMismatch, "a CAM takes one image: a float tensor [1, 3, H, W]");
    if (o.batchSize < 1)
        throw Error(ErrorCategory::InvalidInput, "the batch size must be at least 1");
    const std::string layer = o.layer.empty() ? defaultCamLayer(spec) : o.layer;
    checkLayer(spec, layer);
    if (o.method == CamMethod::Cam && layer != defaultCamLayer(spec))
        throw Error(ErrorCategory::InvalidInput, "CAM weighs the head's channels by the classifier; it needs layer "
                                                     + defaultCamLayer(spec) + " (use Grad-CAM for '" + layer + "')");
    {
        // refused before anything runs when the device cannot hold it: gradient methods keep
        // the activations for their backward pass, Score- and Ablation-CAM run batches
        MemoryPlan plan;
        plan.height = int(input.size(2));
        plan.width = int(input.size(3));
        plan.weightBytesPerParam = 0; // loaded already
        plan.workload = camUsesGradients(o.method) ? Workload::Gradients : Workload::Inference;
        plan.batch = camForwardPerChannel(o.method) ? o.batchSize : 1;
        // the fused plan serves forward-only work on the CPU; gradients go through the module
        plan.fused = model.hasFastPath() && plan.workload == Workload::Inference;
        requireFits(spec, plan, availableBytes(model.device), model.device);
    }
    const at::Tensor x = input.to(torchDevice(model.device), at::kFloat);
    if (!o.augSmooth) {
        CamResult r = single(model, x, layer, o, o.targetClass, progress, 0.0, 1.0);
        r.layerHeight = r.map.size(0);
        r.layerWidth = r.map.size(1);
        report(progress, 1.0);
        return r;
    }
    // Test-time augmentation as the reference does it: flip x intensity factor, each map
    // normalised and upsampled to the input, flipped back, averaged.
    const int64_t height = x.size(2), width = x.size(3);
    CamResult plain;
    at::Tensor sum;
    int cls = o.targetClass;
    int done = 0;
    for (bool flip : {false, true})
        for (double factor : {1.0, 0.9, 1.1}) {
            at::Tensor xa = x * factor;
            if (flip)
                xa = xa.flip({3});
            CamResult r = single(model, xa, layer, o, cls, progress, done / 6.0, 1.0 / 6.0);
            at::Tensor m = scaleCam(r.map, int(height), int(width));
            if (flip)
                m = m.flip({1});
            sum = sum.defined() ? sum + m : m;
            if (!flip && factor == 1.0) {
                plain = r;
                plain.layerHeight = r.map.size(0);
                plain.layerWidth = r.map.size(1);
                cls = r.targetClass; // every augmentation explains the same class
            }
            report(progress, ++done / 6.0);
        }
    plain.map = (sum / 6.0).contiguous();
    return plain;
}

at::Tensor scaleCam(const at::Tensor &map, int height, int width)
{
    c10::InferenceMode guard;
    auto normalise = [](at::Tensor m) {
        m = m - m.min();
        return m / (m.max() + 1e-7);
    };
    at::Tensor m = normalise(map.to(at::kCPU, at::kFloat));
    if (m.size(0) == height && m.size(1) == width)
        return m.contiguous();
    // bilinear never reaches the extremes exactly, so the library normalises again after
    m = at::upsample_bilinear2d(m.view({1, 1, m.size(0), m.size(1)}), {height, width}, false)[0][0];
    return normalise(m).contiguous();
}

at::Tensor layerActivations(ModelHandle &model, const at::Tensor &input, const std::string &layer)
{
    const ResolvedModel &spec = model.net->spec();
    checkLayer(spec, layer);
    if (input.dim() != 4 || input.size(0) != 1 || input.size(1) != spec.inputChannels)
        throw Error(ErrorCategory::ShapeMismatch, "activations take one image: a float tensor [1, 3, H, W]");
    const at::Tensor x = input.to(torchDevice(model.device), at::kFloat);
#ifdef EFFSCOPE_HAVE_DNNL
    if (canUseFastPath(model, x)) {
        const std::vector<std::string> kept = model.fast->capturableLayers();
        if (std::find(kept.begin(), kept.end(), layer) != kept.end()) {
            c10::InferenceMode guard;
            std::map<std::string, at::Tensor> taken;
            model.fast->forward(x, {layer}, taken);
            return taken.at(layer)[0].clone();
        }
    }
#endif
    c10::InferenceMode guard;
    at::Tensor a;
    const LayerTap tap = [&](const std::string &name, const at::Tensor &out) {
        if (name == layer && !a.defined())
            a = out;
        return out;
    };
    model.net->forward(x, tap);
    return a[0].to(at::kCPU, at::kFloat).contiguous();
}

void visitLayerActivations(ModelHandle &model, const at::Tensor &input, const std::vector<std::string> &layers,
                           const std::function<void(const std::string &, const at::Tensor &)> &visit)
{
    const ResolvedModel &spec = model.net->spec();
    for (const std::string &l : layers)
        checkLayer(spec, l);
    if (input.dim() != 4 || input.size(0) != 1 || input.size(1) != spec.inputChannels)
        throw Error(ErrorCategory::ShapeMismatch, "activations take one image: a float tensor [1, 3, H, W]");
    const at::Tensor x = input.to(torchDevice(model.device), at::kFloat);
    const std::set<std::string> wanted(layers.begin(), layers.end());
    std::set<std::string> seen;
    c10::InferenceMode guard;
    const LayerTap tap = [&](const std::string &name, const at::Tensor &out) {
        if (wanted.count(name) && seen.insert(name).second)
            visit(name, out[0].to(at::kCPU, at::kFloat).contiguous());
        return out;
    };
    model.net->forward(x, tap);
}

} // namespace effscope::core
