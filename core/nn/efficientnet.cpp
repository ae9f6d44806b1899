// SPDX-License-Identifier: MIT
#include "nn/efficientnet.h"

#include "common/error.h"

#include <ATen/ATen.h>

namespace effscope::core {

namespace {

// A parameterless node of the module tree; it exists only to give children their path names.
std::shared_ptr<torch::nn::Module> node(torch::nn::Module &parent, const std::string &name)
{
    return parent.register_module(name, std::make_shared<torch::nn::Module>("Sequential"));
}

} // namespace

EfficientNetImpl::EfficientNetImpl(const ResolvedModel &model) : m_spec(model)
{
    auto features = node(*this, "features");
    m_stem = makeConvBn(*features, "0", "features.0", model.inputChannels, model.stemChannels, 3, 2, 1, true);

    std::shared_ptr<torch::nn::Module> stage;
    int currentStage = -1;
    for (const ResolvedBlock &rb : model.blocks) {
        if (rb.stage != currentStage) {
            stage = node(*features, std::to_string(rb.stage + 1));
            currentStage = rb.stage;
        }
        auto blockNode = node(*stage, std::to_string(rb.index));
        auto seq = node(*blockNode, "block");
        Block b;
        b.path = rb.path();
        const std::string p = b.path + ".block.";
        const BlockOps ops = rb.ops();
        const int mid = rb.expandedChannels;
        b.hasExpand = rb.hasExpand();
        auto unit = [&](int index, int in, int out, int kernel, int stride, int groups, bool act) {
            const std::string k = std::to_string(index);
            return makeConvBn(*seq, k, p + k, in, out, kernel, stride, groups, act);
        };
        if (b.hasExpand)
            b.expand = unit(ops.expand, rb.inChannels, mid, 1, 1, 1, true);
        b.depthwise = unit(ops.depthwise, mid, mid, rb.kernel, rb.stride, mid, true);
        if (ops.squeezeExcite >= 0) {
            b.seName = p + std::to_string(ops.squeezeExcite);
            auto se = node(*seq, std::to_string(ops.squeezeExcite));
            b.fc1 = se->register_module("fc1", torch::nn::Conv2d(torch::nn::Conv2dOptions(mid, rb.squeezeChannels, 1)));
            b.fc2 = se->register_module("fc2", torch::nn::Conv2d(torch::nn::Conv2dOptions(rb.squeezeChannels, mid, 1)));
        }
        b.project = unit(ops.project, mid, rb.outChannels, 1, 1, 1, false);
        b.residual = rb.hasResidual();
        m_blocks.push_back(std::move(b));
    }
    for (size_t i = 0; i < model.blocks.size(); ++i)
        if (i + 1 == model.blocks.size() || model.blocks[i + 1].stage != model.blocks[i].stage)
            m_blocks[i].stageOutput = "features." + std::to_string(model.blocks[i].stage + 1);
    const int last = model.blocks.empty() ? model.stemChannels : model.blocks.back().outChannels;
    const std::string headIndex = std::to_string(model.headIndex());
    m_head = makeConvBn(*features, headIndex, "features." + headIndex, last, model.headChannels, 1, 1, 1, true);

    auto classifier = node(*this, "classifier");
    m_classifier = classifier->register_module("1", torch::nn::Linear(model.headChannels, model.numClasses));
    m_dropout = model.dropout;
    eval();
}

void EfficientNetImpl::setStochasticDepth(double rate)
{
    if (!(rate >= 0.0 && rate < 1.0))
        throw Error(ErrorCategory::InvalidInput,
                    "the stochastic depth rate must be in [0, 1), got " + std::to_string(rate));
    const double n = double(m_blocks.size());
    for (size_t i = 0; i < m_blocks.size(); ++i)
        m_blocks[i].dropProbability = m_blocks[i].residual ? rate * double(i) / n : 0.0;
}

double EfficientNetImpl::dropProbability(size_t index) const
{
    return index < m_blocks.size() ? m_blocks[index].dropProbability : 0.0;
}

void EfficientNetImpl::setDropout(double p)
{
    if (!(p >= 0.0 && p < 1.0))
        throw Error(ErrorCategory::InvalidInput, "the dropout probability must be in [0, 1), got " + std::to_string(p));
    m_dropout = p;
}

void EfficientNetImpl::setBatchNormMomentum(double momentum)
{
    if (!(momentum > 0.0 && momentum <= 1.0))
        throw Error(ErrorCategory::InvalidInput, "the BatchNorm momentum must be in (0, 1], got " + std::to_string(momentum));
    for (ConvBn *u : {&m_stem, &m_head})
        u->bn->options.momentum(momentum);
    for (Block &b : m_blocks)
        for (ConvBn *u : {&b.expand, &b.depthwise, &b.project})
            if (u->bn)
                u->bn->options.momentum(momentum);
}

namespace {

// Bernoulli(keep) / keep per element of `shape`, drawn on the CPU, moved next to `like`
at::Tensor keepMask(at::IntArrayRef shape, double keep, at::Generator *generator, const at::Tensor &like)
{
    at::Tensor mask = at::empty(shape, at::kFloat);
    if (generator)
        mask.bernoulli_(keep, *generator);
    else
        mask.bernoulli_(keep);
    mask.div_(keep);
    return mask.to(like.device(), like.scalar_type());
}

} // namespace

at::Tensor dropPath(const at::Tensor &x, double p, at::Generator *generator)
{
    if (p <= 0.0)
        return x;
    std::vector<int64_t> shape(size_t(x.dim()), 1);
    shape[0] = x.size(0);
    return x * keepMask(shape, 1.0 - p, generator, x);
}

EfficientNetImpl::ConvBn EfficientNetImpl::makeConvBn(torch::nn::Module &parent, const std::string &childName,
                                                      const std::string &path, int in, int out, int kernel,
                                                      int stride, int groups, bool activation)
{
    auto unit = node(parent, childName);
    ConvBn u;
    u.name = path;
    u.kernel = kernel;
    u.stride = stride;
    u.activation = activation;
    // TF-SAME equals symmetric (k-1)/2 padding at stride 1; stride-2 convs are padded at run time.
    const bool dynamicPad = m_spec.variant.padding == Padding::TfSame && stride > 1;
    u.conv = unit->register_module("0", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                              .stride(stride)
                                                              .padding(dynamicPad ? 0 : (kernel - 1) / 2)
                                                              .groups(groups)
                                                              .bias(false)));
    u.bn = unit->register_module("1", torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(out).eps(m_spec.variant.bnEps)));
    return u;
}

at::Tensor padTfSame(const at::Tensor &x, int64_t kernel, int64_t stride)
{
    auto pad = [&](int64_t size) {
        const int64_t out = (size + stride - 1) / stride;
        const int64_t total = std::max<int64_t>((out - 1) * stride + kernel - size, 0);
        return std::make_pair(total / 2, total - total / 2);
    };
    const auto [top, bottom] = pad(x.size(2));
    const auto [left, right] = pad(x.size(3));
    return at::constant_pad_nd(x, {left, right, top, bottom}, 0.0);
}

at::Tensor EfficientNetImpl::activate(at::Tensor x) const
{
    return m_spec.variant.activation == Activation::SiLU ? at::silu(x) : at::hardtanh(x, 0.0, 6.0);
}

at::Tensor EfficientNetImpl::runConvBn(ConvBn &u, const at::Tensor &x, const LayerObserver *obs, const LayerTap *tap)
{
    const at::Tensor in = m_spec.variant.padding == Padding::TfSame && u.stride > 1 ? padTfSame(x, u.kernel, u.stride) : x;
    at::Tensor y = u.bn->forward(u.conv->forward(in));
    if (u.activation)
        y = activate(y);
    if (obs)
        (*obs)(u.name, x, y);
    return tap ? (*tap)(u.name, y) : y;
}

at::Tensor EfficientNetImpl::forward(const at::Tensor &x)
{
    return run(x, nullptr, nullptr);
}

at::Tensor EfficientNetImpl::forward(const at::Tensor &x, const LayerObserver &observer)
{
    return run(x, observer ? &observer : nullptr, nullptr);
}

at::Tensor EfficientNetImpl::forward(const at::Tensor &x, const LayerTap &tap)
{
    return run(x, nullptr, tap ? &tap : nullptr);
}

at::Tensor EfficientNetImpl::run(const at::Tensor &input, const LayerObserver *obs, const LayerTap *tap)
{
    if (input.dim() != 4 || input.size(1) != m_spec.inputChannels || input.size(2) < 1 || input.size(3) < 1)
        throw Error(ErrorCategory::ShapeMismatch,
                    "the model expects a float tensor [N, " + std::to_string(m_spec.inputChannels)
                        + ", H, W], got " + std::to_string(input.dim()) + " dimensions");
    auto tapped = [tap](const std::string &name, const at::Tensor &t) { return tap ? (*tap)(name, t) : t; };
    at::Tensor x = runConvBn(m_stem, input, obs, tap);
    for (Block &b : m_blocks) {
        const at::Tensor blockIn = x;
        at::Tensor y = b.hasExpand ? runConvBn(b.expand, x, obs, tap) : x;
        y = runConvBn(b.depthwise, y, obs, tap);
        if (b.fc1) {
            at::Tensor s = at::adaptive_avg_pool2d(y, {1, 1});
            s = activate(b.fc1->forward(s));
            s = at::sigmoid(b.fc2->forward(s));
            at::Tensor gated = y * s;
            if (obs)
                (*obs)(b.seName, y, gated);
            y = tapped(b.seName, gated);
        }
        y = runConvBn(b.project, y, obs, tap);
        if (b.residual) {
            if (is_training() && b.dropProbability > 0.0)
                y = dropPath(y, b.dropProbability, m_generator);
            at::Tensor sum = y + blockIn;
            if (obs)
                (*obs)(b.path, y, sum);
            y = sum;
        }
        y = tapped(b.path, y);
        if (!b.stageOutput.empty())
            y = tapped(b.stageOutput, y);
        x = y;
    }
    x = runConvBn(m_head, x, obs, tap);
    at::Tensor pooled = at::adaptive_avg_pool2d(x, {1, 1});
    if (obs)
        (*obs)("avgpool", x, pooled);
    at::Tensor flat = pooled.flatten(1);
    if (is_training() && m_dropout > 0)
        flat = flat * keepMask(flat.sizes(), 1.0 - m_dropout, m_generator, flat);
    at::Tensor logits = m_classifier->forward(flat);
    if (obs)
        (*obs)("classifier.1", flat, logits);
    return logits;
}

std::map<std::string, at::Tensor> cpuStateDouble(EfficientNetImpl &net)
{
    std::map<std::string, at::Tensor> t;
    for (const auto &p : net.named_parameters())
        t[p.key()] = p.value().detach().to(at::kCPU, at::kDouble);
    for (const auto &b : net.named_buffers())
        t[b.key()] = b.value().detach().to(at::kCPU, at::kDouble);
    return t;
}

std::pair<at::Tensor, at::Tensor> foldedConvBn(const std::map<std::string, at::Tensor> &t, const std::string &name,
                                               double eps)
{
    const auto get = [&](const std::string &key) { return t.at(key).to(at::kDouble); };
    const at::Tensor scale = get(name + ".1.weight") / (get(name + ".1.running_var") + eps).sqrt();
    return {get(name + ".0.weight") * scale.view({-1, 1, 1, 1}), get(name + ".1.bias") - get(name + ".1.running_mean") * scale};
}

} // namespace effscope::core
