// SPDX-License-Identifier: MIT
#include "infer/folded_engine.h"

#include "common/error.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <map>

namespace effscope::core {

namespace {

using Weights = std::map<std::string, at::Tensor>;

} // namespace

FoldedEfficientNet::FoldedEfficientNet(EfficientNetImpl &reference, const FoldedOptions &options)
    : m_spec(reference.spec()), m_options(options)
{
    if (options.dtype != at::kFloat && options.dtype != at::kBFloat16 && options.dtype != at::kHalf)
        throw Error(ErrorCategory::InvalidInput, "the folded engine runs in float, bfloat16 or half");
    c10::InferenceMode guard;
    Weights t;
    for (const auto &p : reference.named_parameters())
        t[p.key()] = p.value().detach().to(at::kCPU, at::kDouble);
    for (const auto &b : reference.named_buffers())
        t[b.key()] = b.value().detach().to(at::kCPU, at::kDouble);
    const auto format = options.channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
    auto place = [&](const at::Tensor &w) {
        const at::Tensor v = w.to(options.device, options.dtype);
        return v.dim() == 4 ? v.contiguous(format) : v.contiguous();
    };
    // conv + BN -> one convolution with a bias: w * g / sqrt(var + eps), beta - mean * g / sqrt(var + eps)
    auto unit = [&](const std::string &name, int64_t groups, int64_t kernel, int64_t stride, bool act) {
        const at::Tensor scale = t.at(name + ".1.weight") / (t.at(name + ".1.running_var") + m_spec.variant.bnEps).sqrt();
        Conv c;
        c.weight = place(t.at(name + ".0.weight") * scale.view({-1, 1, 1, 1}));
        c.bias = place(t.at(name + ".1.bias") - t.at(name + ".1.running_mean") * scale);
        c.groups = groups;
        c.kernel = kernel;
        c.stride = stride;
        c.activation = act;
        return c;
    };
    m_stem = unit("features.0", 1, 3, 2, true);
    for (const ResolvedBlock &rb : m_spec.blocks) {
        Block b;
        const BlockOps ops = rb.ops();
        const std::string p = rb.path() + ".block.";
        b.hasExpand = ops.expand >= 0;
        b.hasSe = ops.squeezeExcite >= 0;
        b.residual = rb.hasResidual();
        if (b.hasExpand)
            b.expand = unit(p + std::to_string(ops.expand), 1, 1, 1, true);
        b.depthwise = unit(p + std::to_string(ops.depthwise), rb.expandedChannels, rb.kernel, rb.stride, true);
        if (b.hasSe) {
            const std::string se = p + std::to_string(ops.squeezeExcite);
            b.fc1Weight = place(t.at(se + ".fc1.weight"));
            b.fc1Bias = place(t.at(se + ".fc1.bias"));
            b.fc2Weight = place(t.at(se + ".fc2.weight"));
            b.fc2Bias = place(t.at(se + ".fc2.bias"));
        }
        b.project = unit(p + std::to_string(ops.project), 1, 1, 1, false);
        m_blocks.push_back(std::move(b));
    }
    m_head = unit("features." + std::to_string(m_spec.headIndex()), 1, 1, 1, true);
    m_fcWeight = place(t.at("classifier.1.weight"));
    m_fcBias = place(t.at("classifier.1.bias"));
}

void FoldedEfficientNet::activate(at::Tensor &x) const
{
    if (m_spec.variant.activation == Activation::SiLU)
        at::silu_(x);
    else
        at::hardtanh_(x, 0.0, 6.0);
}

at::Tensor FoldedEfficientNet::conv(const Conv &c, const at::Tensor &x) const
{
    const bool tfSame = m_spec.variant.padding == Padding::TfSame && c.stride > 1;
    const at::Tensor in = tfSame ? padTfSame(x, c.kernel, c.stride) : x;
    const int64_t padding = tfSame ? 0 : (c.kernel - 1) / 2;
    at::Tensor y = at::conv2d(in, c.weight, c.bias, {c.stride, c.stride}, {padding, padding}, {1, 1}, c.groups);
    if (c.activation)
        activate(y);
    return y;
}

at::Tensor FoldedEfficientNet::forward(const at::Tensor &input) const
{
    if (input.dim() != 4 || input.size(1) != m_spec.inputChannels)
        throw Error(ErrorCategory::ShapeMismatch, "the model expects a tensor [N, " + std::to_string(m_spec.inputChannels)
                                                      + ", H, W]");
    const auto format = m_options.channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
    at::Tensor x = conv(m_stem, input.to(m_options.device, m_options.dtype).contiguous(format));
    for (const Block &b : m_blocks) {
        at::Tensor y = b.hasExpand ? conv(b.expand, x) : x;
        y = conv(b.depthwise, y);
        if (b.hasSe) {
            at::Tensor s = at::conv2d(at::adaptive_avg_pool2d(y, {1, 1}), b.fc1Weight, b.fc1Bias);
            activate(s);
            s = at::conv2d(s, b.fc2Weight, b.fc2Bias);
            y.mul_(at::sigmoid_(s)); // y is this block's own tensor
        }
        y = conv(b.project, y);
        if (b.residual)
            y.add_(x);
        x = y;
    }
    x = conv(m_head, x);
    const at::Tensor pooled = at::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    return at::linear(pooled, m_fcWeight, m_fcBias).to(at::kFloat);
}

} // namespace effscope::core
