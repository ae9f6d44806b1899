// SPDX-License-Identifier: MIT
// The oneDNN plan: folded weights, the oneDNN steps and the per-shape plan cache. The plan's types
// and the wiring of effscope's own steps are in fast_plan.h / fast_own_steps.cpp, their
// arithmetic in squeeze_excite.h and mbconv_fused.h.
#include "infer/fast_engine.h"

#include "arch/profiler.h"
#include "common/error.h"
#include "infer/fast_plan.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <oneapi/dnnl/dnnl.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

namespace effscope::core {

using dnnl::algorithm;
using dnnl::memory;
using Tag = memory::format_tag;
using DT = memory::data_type;
using namespace fastplan;

// The channel-blocked layout whose block matches this CPU's vector width.
Tag blockedTag()
{
    switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::avx512_core:
    case dnnl::cpu_isa::avx512_core_vnni:
    case dnnl::cpu_isa::avx512_core_bf16:
    case dnnl::cpu_isa::avx512_core_amx:
        return Tag::nChw16c;
    default:
        return Tag::nChw8c;
    }
}

const char *tagName(Tag t)
{
    return t == Tag::nChw16c ? "nChw16c" : t == Tag::nChw8c ? "nChw8c" : "nhwc";
}

struct FastEfficientNet::Impl
{
    ActivationLayout layout = ActivationLayout::Auto;
    Tag act = Tag::nhwc; // layout of the plan being built
    std::string lastLayout;
    int lastFusedBlocks = 0;
    ResolvedModel spec;
    ConvWeights stem, head;
    std::vector<BlockWeights> blocks;
    at::Tensor fcWeight, fcBias;
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    dnnl::stream stream{engine};
    std::map<std::tuple<int64_t, int64_t, int64_t, int64_t>, std::unique_ptr<Plan>> plans;

    ConvWeights convUnit(std::map<std::string, at::Tensor> &t, const std::string &name, const char *kind, int groups,
                         int kernel, int stride, bool act)
    {
        ConvWeights c;
        c.name = name;
        c.kind = kind;
        const auto [weight, bias] = foldedConvBn(t, name, spec.variant.bnEps);
        c.weight = weight.to(at::kFloat).contiguous();
        c.bias = bias.to(at::kFloat).contiguous();
        c.groups = groups;
        c.kernel = kernel;
        c.stride = stride;
        c.post = act ? Post::Activation : Post::None;
        return c;
    }

    // An SE layer's weights and bias (run by the squeeze step, infer/squeeze_excite.h).
    ConvWeights seConv(std::map<std::string, at::Tensor> &t, const std::string &name)
    {
        ConvWeights c;
        c.name = name;
        c.kind = "se";
        c.weight = t.at(name + ".weight").to(at::kFloat).contiguous();
        c.bias = t.at(name + ".bias").to(at::kFloat).contiguous();
        c.post = Post::None;
        return c;
    }

    void appendActivation(dnnl::post_ops &po, Post post) const
    {
        if (post == Post::Activation) {
            if (spec.variant.activation == Activation::SiLU)
                po.append_eltwise(1.0f, algorithm::eltwise_swish, 1.0f, 0.0f);
            else
                po.append_eltwise(1.0f, algorithm::eltwise_clip, 0.0f, 6.0f);
        }
    }

    // Adds a convolution step reading `srcSlot` and writing `dstSlot`; returns the dst desc.
    // Padding (left/top, right/bottom) and output size of one spatial axis.
    void convAxis(const ConvWeights &c, int64_t in, int64_t &out, int64_t &l, int64_t &r) const
    {
        const bool tfSame = spec.variant.padding == Padding::TfSame;
        out = convOutputSize(in, c.kernel, c.stride, spec.variant.padding);
        l = tfSame ? std::max<int64_t>((out - 1) * c.stride + c.kernel - in, 0) / 2 : (c.kernel - 1) / 2;
        r = (out - 1) * c.stride + c.kernel - in - l;
    }

    // oneDNN can run a 3x3 depthwise convolution with padding 1 inside the preceding 1x1
    // convolution (the expanded tensor then never goes through memory in full).
    bool canFuseDepthwise(const ConvWeights &dw, int64_t h, int64_t w) const
    {
        // Blocked layouts only: oneDNN 2.6's fused kernel gives wrong results with NHWC
        // (caught by the parity test).
        if (act == Tag::nhwc || dw.kernel != 3 || (dw.stride != 1 && dw.stride != 2))
            return false;
        int64_t oh, ow, pt, pb, pl, pr;
        convAxis(dw, h, oh, pt, pb);
        convAxis(dw, w, ow, pl, pr);
        return pt == 1 && pl == 1 && oh == (h + dw.stride - 1) / dw.stride && ow == (w + dw.stride - 1) / dw.stride;
    }

    // Expand 1x1 convolution with the block's depthwise convolution fused as a post-op; returns
    // the depthwise output desc, or an empty desc when oneDNN has no optimised kernel for it.
    memory::desc addExpandDepthwise(Plan &plan, std::vector<size_t> &slotBytes, const ConvWeights &e,
                                    const ConvWeights &dw, const memory::desc &src, int srcSlot, int dstSlot)
    {
        const memory::dims sd = src.dims();
        const int64_t n = sd[0], ic = sd[1], h = sd[2], w = sd[3];
        const int64_t oc = e.weight.size(0);
        const memory::desc wAny(dims({oc, ic, 1, 1}), DT::f32, Tag::any);
        const memory::desc wUser(dims({oc, ic, 1, 1}), DT::f32, Tag::oihw);
        const memory::desc biasMd(dims({oc}), DT::f32, Tag::x);
        const memory::desc dstMd(dims({n, oc, h, w}), DT::f32, act);
        dnnl::post_ops po;
        appendActivation(po, e.post);
        po.append_dw(DT::f32, DT::f32, DT::f32, 3, dw.stride, 1, 0, {});
        appendActivation(po, dw.post);
        dnnl::primitive_attr attr;
        attr.set_post_ops(po);
        const dnnl::convolution_forward::desc desc(dnnl::prop_kind::forward_inference, algorithm::convolution_direct,
                                                   src, wAny, biasMd, dstMd, dims({1, 1}), dims({0, 0}),
                                                   dims({0, 0}));
        dnnl::convolution_forward::primitive_desc pd;
        try {
            pd = dnnl::convolution_forward::primitive_desc(desc, attr, engine);
        } catch (const dnnl::error &) {
            return {};
        }
        const std::string impl = pd.impl_info_str();
        const memory::desc dst = pd.query_md(dnnl::query::exec_arg_md, DNNL_ARG_DST);
        if (impl.rfind("ref", 0) == 0 || dst != memory::desc(dims({n, oc, (h + dw.stride - 1) / dw.stride,
                                                                      (w + dw.stride - 1) / dw.stride}),
                                                             DT::f32, act))
            return {};
        Step s;
        s.name = e.name + " + " + dw.name;
        s.kind = "expand+dw";
        s.impl = impl;
        s.prim = dnnl::convolution_forward(pd);
        s.fixed[DNNL_ARG_WEIGHTS] = packWeights(memory(wUser, engine, e.weight.data_ptr()), pd.weights_desc());
        s.fixed[DNNL_ARG_BIAS] = memory(biasMd, engine, e.bias.data_ptr());
        const memory::desc dwUser(dims({oc, 1, 1, 3, 3}), DT::f32, Tag::goihw);
        const int dwW = DNNL_ARG_ATTR_POST_OP_DW | DNNL_ARG_WEIGHTS, dwB = DNNL_ARG_ATTR_POST_OP_DW | DNNL_ARG_BIAS;
        s.fixed[dwW] = packWeights(memory(dwUser, engine, dw.weight.data_ptr()),
                                   pd.query_md(dnnl::query::exec_arg_md, dwW));
        const memory::desc dwBias = pd.query_md(dnnl::query::exec_arg_md, dwB);
        s.fixed[dwB] = packWeights(memory(memory::desc(dims({oc}), DT::f32, Tag::x), engine, dw.bias.data_ptr()),
                                   dwBias);
        s.acts.emplace_back(DNNL_ARG_SRC, srcSlot, src);
        s.acts.emplace_back(DNNL_ARG_DST, dstSlot, dst);
        for (const auto &[arg, slot, md] : s.acts)
            slotBytes[slot] = std::max(slotBytes[slot], md.get_size());
        plan.steps.push_back(std::move(s));
        return dst;
    }

    // Copies user-layout weights into the layout a primitive asked for.
    memory packWeights(memory user, const memory::desc &packed)
    {
        memory out(packed, engine);
        dnnl::reorder(user, out).execute(stream, user, out);
        stream.wait();
        return out;
    }

    memory::desc addConv(Plan &plan, std::vector<size_t> &slotBytes, const ConvWeights &c, const memory::desc &src,
                         int srcSlot, int dstSlot, const memory::desc *residual = nullptr, int residualSlot = -1)
    {
        const memory::dims sd = src.dims();
        const int64_t n = sd[0], ic = sd[1], h = sd[2], w = sd[3];
        const int64_t oc = c.weight.size(0);
        int64_t oh, ow, pt, pb, pl, pr;
        convAxis(c, h, oh, pt, pb);
        convAxis(c, w, ow, pl, pr);
        const memory::desc wAny = c.groups > 1
            ? memory::desc(dims({c.groups, oc / c.groups, ic / c.groups, c.kernel, c.kernel}), DT::f32, Tag::any)
            : memory::desc(dims({oc, ic, c.kernel, c.kernel}), DT::f32, Tag::any);
        const memory::desc wUser = c.groups > 1
            ? memory::desc(dims({c.groups, oc / c.groups, ic / c.groups, c.kernel, c.kernel}), DT::f32, Tag::goihw)
            : memory::desc(dims({oc, ic, c.kernel, c.kernel}), DT::f32, Tag::oihw);
        const memory::desc biasMd(dims({oc}), DT::f32, Tag::x);
        // One activation layout throughout, so no layer needs a reorder (mixed layouts also send
        // oneDNN to its reference kernels).
        const memory::desc dstMd(dims({n, oc, oh, ow}), DT::f32, act);

        dnnl::post_ops po;
        appendActivation(po, c.post);
        if (residual)
            po.append_sum(1.0f); // dst holds the block input: dst = conv(x) + residual, in place
        dnnl::primitive_attr attr;
        attr.set_post_ops(po);
        const dnnl::convolution_forward::desc desc(dnnl::prop_kind::forward_inference, algorithm::convolution_direct,
                                                   src, wAny, biasMd, dstMd, dims({c.stride, c.stride}),
                                                   dims({pt, pl}), dims({pb, pr}));
        const dnnl::convolution_forward::primitive_desc pd(desc, attr, engine);

        Step s;
        s.name = c.name;
        s.kind = c.kind;
        s.impl = pd.impl_info_str();
        s.prim = dnnl::convolution_forward(pd);
        s.fixed[DNNL_ARG_WEIGHTS] = packWeights(memory(wUser, engine, c.weight.data_ptr()), pd.weights_desc());
        s.fixed[DNNL_ARG_BIAS] = memory(biasMd, engine, c.bias.data_ptr());
        s.acts.emplace_back(DNNL_ARG_SRC, srcSlot, src);
        s.acts.emplace_back(DNNL_ARG_DST, residual ? residualSlot : dstSlot, pd.dst_desc());
        for (const auto &[arg, slot, md] : s.acts)
            slotBytes[slot] = std::max(slotBytes[slot], md.get_size());
        plan.steps.push_back(std::move(s));
        return pd.dst_desc();
    }

    memory::desc addPool(Plan &plan, std::vector<size_t> &slotBytes, const std::string &name, const char *kind,
                         const memory::desc &src, int srcSlot, int dstSlot)
    {
        const memory::dims sd = src.dims();
        const memory::desc dstMd(dims({sd[0], sd[1], 1, 1}), DT::f32, act);
        const dnnl::pooling_forward::desc desc(dnnl::prop_kind::forward_inference, algorithm::pooling_avg_exclude_padding,
                                               src, dstMd, dims({1, 1}), dims({sd[2], sd[3]}), dims({0, 0}),
                                               dims({0, 0}));
        const dnnl::pooling_forward::primitive_desc pd(desc, engine);
        Step s;
        s.name = name;
        s.kind = kind;
        s.impl = pd.impl_info_str();
        s.prim = dnnl::pooling_forward(pd);
        s.acts.emplace_back(DNNL_ARG_SRC, srcSlot, src);
        s.acts.emplace_back(DNNL_ARG_DST, dstSlot, pd.dst_desc());
        if (pd.workspace_desc().get_size() > 0)
            s.fixed[DNNL_ARG_WORKSPACE] = memory(pd.workspace_desc(), engine);
        for (const auto &[arg, slot, md] : s.acts)
            slotBytes[slot] = std::max(slotBytes[slot], md.get_size());
        plan.steps.push_back(std::move(s));
        return pd.dst_desc();
    }

    void addGate(Plan &plan, const std::string &name, const memory::desc &x, int xSlot, const memory::desc &gate,
                 int gateSlot)
    {
        // x <- x * gate, broadcast over H and W, in place
        const dnnl::binary::desc desc(algorithm::binary_mul, x, gate, x);
        const dnnl::binary::primitive_desc pd(desc, engine);
        Step s;
        s.name = name;
        s.kind = "se";
        s.impl = pd.impl_info_str();
        s.prim = dnnl::binary(pd);
        s.acts.emplace_back(DNNL_ARG_SRC_0, xSlot, x);
        s.acts.emplace_back(DNNL_ARG_SRC_1, gateSlot, gate);
        s.acts.emplace_back(DNNL_ARG_DST, xSlot, x);
        plan.steps.push_back(std::move(s));
    }

    // The fused block's shape: the map, and the depthwise's output size and padding.
    memory::desc addFusedBlock(Plan &plan, std::vector<size_t> &slotBytes, const BlockWeights &b,
                               const memory::desc &x, int xSlot, int outSlot)
    {
        const memory::dims xd = x.dims();
        FusedShape s;
        s.batch = xd[0];
        s.h = xd[2];
        s.w = xd[3];
        int64_t pb, pr, pt, pl;
        convAxis(b.depthwise, s.h, s.oh, pt, pb);
        convAxis(b.depthwise, s.w, s.ow, pl, pr);
        s.padTop = int(pt);
        s.padLeft = int(pl);
        return fastplan::addFusedBlock(plan, slotBytes, b, s, xSlot, outSlot, spec.variant.activation);
    }

    // Auto tries the blocked layout first and keeps it unless some primitive would run on a
    // reference (unoptimised) kernel with it.
    std::unique_ptr<Plan> build(int64_t n, int64_t c, int64_t h, int64_t w)
    {
        std::vector<Tag> candidates;
        if (layout != ActivationLayout::Nhwc)
            candidates.push_back(blockedTag());
        if (layout != ActivationLayout::Blocked)
            candidates.push_back(Tag::nhwc);
        std::unique_ptr<Plan> plan;
        for (Tag t : candidates) {
            act = t;
            plan = buildWithLayout(n, c, h, w);
            lastLayout = tagName(t);
            lastFusedBlocks = plan->fusedBlocks;
            bool reference = false;
            for (const Step &s : plan->steps)
                reference = reference || s.impl.rfind("ref", 0) == 0;
            if (!reference)
                break;
        }
        return plan;
    }

    std::unique_ptr<Plan> buildWithLayout(int64_t n, int64_t c, int64_t h, int64_t w)
    {
        auto plan = std::make_unique<Plan>();
        std::vector<size_t> slotBytes(kSlotCount, 0);
        // Blocked layouts: the stem reads the caller's NCHW tensor directly. NHWC: the input is
        // reordered once, since a NCHW -> NHWC convolution only has a reference kernel.
        const memory::desc input(dims({n, c, h, w}), DT::f32, Tag::nchw);
        const memory::desc inputNhwc(dims({n, c, h, w}), DT::f32, Tag::nhwc);
        if (act == Tag::nhwc) {
            const dnnl::reorder::primitive_desc pd(engine, input, engine, inputNhwc);
            Step s;
            s.name = "input";
            s.kind = "stem";
            s.impl = pd.impl_info_str();
            s.prim = dnnl::reorder(pd);
            s.acts.emplace_back(DNNL_ARG_SRC, kInput, input);
            s.acts.emplace_back(DNNL_ARG_DST, kE1, inputNhwc);
            slotBytes[kE1] = std::max(slotBytes[kE1], inputNhwc.get_size());
            plan->steps.push_back(std::move(s));
        }
        memory::desc cur = act == Tag::nhwc ? addConv(*plan, slotBytes, stem, inputNhwc, kE1, kA)
                                            : addConv(*plan, slotBytes, stem, input, kInput, kA);
        int curSlot = kA;
        auto capture = [&](const std::string &name, int slot, const memory::desc &md) {
            plan->captures.push_back({name, plan->steps.size() - 1, slot, md, {}});
        };
        capture(stem.name, curSlot, cur);
        const bool ownBlocks = act == Tag::nChw16c && fusedMbconvAvailable() && fastplan::fusedBlocksAllowed();
        for (const BlockWeights &b : blocks) {
            if (ownBlocks && b.fused) {
                const int outSlot = b.residual ? curSlot : curSlot == kA ? kB : kA;
                cur = addFusedBlock(*plan, slotBytes, b, cur, curSlot, outSlot);
                curSlot = outSlot;
                ++plan->fusedBlocks;
                capture(b.path, curSlot, cur);
                if (!b.stageOutput.empty())
                    capture(b.stageOutput, curSlot, cur);
                continue;
            }
            memory::desc x = cur;
            int xSlot = curSlot;
            memory::desc fused;
            if (b.hasExpand && canFuseDepthwise(b.depthwise, x.dims()[2], x.dims()[3]))
                fused = addExpandDepthwise(*plan, slotBytes, b.expand, b.depthwise, x, xSlot, kE2);
            if (fused) {
                x = fused;
            } else {
                if (b.hasExpand)
                    x = addConv(*plan, slotBytes, b.expand, x, xSlot, kE1), xSlot = kE1;
                x = addConv(*plan, slotBytes, b.depthwise, x, xSlot, kE2);
            }
            xSlot = kE2;
            if (b.hasSe) {
                const std::string se = b.fc1.name.substr(0, b.fc1.name.size() - 4); // drop ".fc1"
                const memory::desc gate =
                    fastplan::addSqueeze(*plan, slotBytes, b, se, x, kE2, kS2, spec.variant.activation, act);
                addGate(*plan, se + ".gate", x, kE2, gate, kS2);
            }
            if (b.residual) { // accumulate into the block input's buffer
                cur = addConv(*plan, slotBytes, b.project, x, kE2, curSlot, &cur, curSlot);
            } else {
                const int outSlot = curSlot == kA ? kB : kA;
                cur = addConv(*plan, slotBytes, b.project, x, kE2, outSlot);
                curSlot = outSlot;
            }
            capture(b.path, curSlot, cur);
            if (!b.stageOutput.empty())
                capture(b.stageOutput, curSlot, cur);
        }
        cur = addConv(*plan, slotBytes, head, cur, curSlot, kE1);
        capture(head.name, kE1, cur);
        const memory::desc pooled = addPool(*plan, slotBytes, "avgpool", "pool", cur, kE1, kQ);

        // classifier: inner product on the pooled [N, C, 1, 1] tensor
        const int64_t classes = fcWeight.size(0), features = fcWeight.size(1);
        const memory::desc wAny(dims({classes, features, 1, 1}), DT::f32, Tag::any);
        const memory::desc wUser(dims({classes, features, 1, 1}), DT::f32, Tag::oihw);
        const memory::desc biasMd(dims({classes}), DT::f32, Tag::x);
        const memory::desc out(dims({n, classes}), DT::f32, Tag::nc);
        const dnnl::inner_product_forward::desc desc(dnnl::prop_kind::forward_inference, pooled, wAny, biasMd, out);
        const dnnl::inner_product_forward::primitive_desc pd(desc, engine);
        Step fc;
        fc.name = "classifier.1";
        fc.kind = "classifier";
        fc.impl = pd.impl_info_str();
        fc.prim = dnnl::inner_product_forward(pd);
        fc.fixed[DNNL_ARG_WEIGHTS] = packWeights(memory(wUser, engine, fcWeight.data_ptr()), pd.weights_desc());
        fc.fixed[DNNL_ARG_BIAS] = memory(biasMd, engine, fcBias.data_ptr());
        fc.acts.emplace_back(DNNL_ARG_SRC, kQ, pooled);
        fc.acts.emplace_back(DNNL_ARG_DST, kOutput, out);
        plan->steps.push_back(std::move(fc));
        plan->outputSize = classes;

        // Allocate shared buffers, then bind every step's activation arguments.
        plan->buffers.resize(kSlotCount);
        for (int slot = kA; slot < kOutput; ++slot)
            if (slotBytes[slot] > 0)
                plan->buffers[slot] = at::empty({int64_t((slotBytes[slot] + 3) / 4)}, at::kFloat);
        for (Capture &c : plan->captures)
            c.mem = memory(c.md, engine, plan->buffers[c.slot].data_ptr());
        for (Step &s : plan->steps) {
            s.args = s.fixed;
            for (const auto &[arg, slot, md] : s.acts) {
                if (slot == kInput || slot == kOutput) {
                    plan->ioMemories.push_back(std::make_unique<memory>(md, engine, static_cast<void *>(nullptr)));
                    s.args[arg] = *plan->ioMemories.back();
                    (slot == kInput ? plan->inputs : plan->outputs).push_back(&s.args[arg]);
                } else {
                    s.args[arg] = memory(md, engine, plan->buffers[slot].data_ptr());
                }
            }
        }
        return plan;
    }

    Plan &planFor(const at::Tensor &x)
    {
        const auto key = std::make_tuple(x.size(0), x.size(1), x.size(2), x.size(3));
        auto it = plans.find(key);
        if (it == plans.end())
            it = plans.emplace(key, build(x.size(0), x.size(1), x.size(2), x.size(3))).first;
        return *it->second;
    }

    void bind(Plan &plan, const at::Tensor &x, at::Tensor &out)
    {
        for (memory *m : plan.inputs)
            m->set_data_handle(x.data_ptr());
        for (memory *m : plan.outputs)
            m->set_data_handle(out.data_ptr());
    }
};

FastEfficientNet::FastEfficientNet(EfficientNetImpl &reference, ActivationLayout layout) : m(std::make_unique<Impl>())
{
    m->layout = layout;
    m->spec = reference.spec();
    std::map<std::string, at::Tensor> t;
    c10::InferenceMode guard;
    for (const auto &p : reference.named_parameters())
        t[p.key()] = p.value().detach().to(at::kCPU);
    for (const auto &b : reference.named_buffers())
        t[b.key()] = b.value().detach().to(at::kCPU);
    const ResolvedModel &s = m->spec;
    m->stem = m->convUnit(t, "features.0", "stem", 1, 3, 2, true);
    for (const ResolvedBlock &rb : s.blocks) {
        BlockWeights b;
        b.path = rb.path();
        const BlockOps ops = rb.ops();
        const std::string p = b.path + ".block.";
        b.hasExpand = ops.expand >= 0;
        b.hasSe = ops.squeezeExcite >= 0;
        b.residual = rb.hasResidual();
        if (b.hasExpand)
            b.expand = m->convUnit(t, p + std::to_string(ops.expand), "expand", 1, 1, 1, true);
        b.depthwise = m->convUnit(t, p + std::to_string(ops.depthwise), "depthwise", rb.expandedChannels, rb.kernel,
                                  rb.stride, true);
        if (b.hasSe) {
            const std::string se = p + std::to_string(ops.squeezeExcite);
            b.fc1 = m->seConv(t, se + ".fc1");
            b.fc2 = m->seConv(t, se + ".fc2");
            b.fc2t = b.fc2.weight.flatten(1).t().contiguous();
        }
        b.project = m->convUnit(t, p + std::to_string(ops.project), "project", 1, 1, 1, false);
        // blocks without SE (Lite) stay on oneDNN: fused, they measured 1-4% slower (bench/results)
        if (b.hasSe && fusedMbconvSupports(rb.kernel, rb.stride)) {
            const int expanded = int(b.depthwise.weight.size(0));
            b.fused = std::make_shared<FusedMbconv>(packFusedMbconv(
                b.hasExpand ? b.expand.weight.data_ptr<float>() : nullptr,
                b.hasExpand ? b.expand.bias.data_ptr<float>() : nullptr, b.depthwise.weight.data_ptr<float>(),
                b.depthwise.bias.data_ptr<float>(), b.project.weight.data_ptr<float>(), b.project.bias.data_ptr<float>(),
                b.hasExpand ? int(b.expand.weight.size(1)) : expanded, expanded, int(b.project.weight.size(0)),
                rb.kernel, rb.stride, s.variant.activation));
        }
        m->blocks.push_back(std::move(b));
    }
    for (size_t i = 0; i < s.blocks.size(); ++i)
        if (i + 1 == s.blocks.size() || s.blocks[i + 1].stage != s.blocks[i].stage)
            m->blocks[i].stageOutput = "features." + std::to_string(s.blocks[i].stage + 1);
    m->head = m->convUnit(t, "features." + std::to_string(s.headIndex()), "head", 1, 1, 1, true);
    m->fcWeight = t.at("classifier.1.weight").to(at::kFloat).contiguous();
    m->fcBias = t.at("classifier.1.bias").to(at::kFloat).contiguous();
}

FastEfficientNet::~FastEfficientNet() = default;
FastEfficientNet::FastEfficientNet(FastEfficientNet &&) noexcept = default;
FastEfficientNet &FastEfficientNet::operator=(FastEfficientNet &&) noexcept = default;

size_t FastEfficientNet::planCount() const
{
    return m->plans.size();
}

std::string FastEfficientNet::layoutName() const
{
    return m->lastLayout;
}

int FastEfficientNet::fusedBlockCount() const
{
    return m->lastFusedBlocks;
}

at::Tensor FastEfficientNet::forward(const at::Tensor &input)
{
    std::map<std::string, at::Tensor> none;
    return forward(input, {}, none);
}

std::vector<std::string> FastEfficientNet::capturableLayers() const
{
    std::vector<std::string> names{m->stem.name};
    for (const BlockWeights &b : m->blocks) {
        names.push_back(b.path);
        if (!b.stageOutput.empty())
            names.push_back(b.stageOutput);
    }
    names.push_back(m->head.name);
    return names;
}

at::Tensor FastEfficientNet::forward(const at::Tensor &input, const std::vector<std::string> &layers,
                                     std::map<std::string, at::Tensor> &captured)
{
    if (input.dim() != 4 || input.size(1) != m->spec.inputChannels || input.size(2) < 1 || input.size(3) < 1)
        throw Error(ErrorCategory::ShapeMismatch, "the model expects a float tensor [N, "
                                                      + std::to_string(m->spec.inputChannels) + ", H, W]");
    if (!input.device().is_cpu())
        throw Error(ErrorCategory::InvalidInput, "the fast path runs on the CPU only");
    const at::Tensor x = input.to(at::kFloat).contiguous();
    Plan &plan = m->planFor(x);
    std::vector<std::vector<const Capture *>> after(layers.empty() ? 0 : plan.steps.size());
    for (const std::string &name : layers) {
        const Capture *found = nullptr;
        for (const Capture &c : plan.captures)
            if (c.name == name)
                found = &c;
        if (!found)
            throw Error(ErrorCategory::InvalidInput, "the fast path cannot capture '" + name
                                                         + "' (it keeps the stem, block, stage and head outputs)");
        after[found->afterStep].push_back(found);
    }
    at::Tensor out = at::empty({x.size(0), plan.outputSize}, at::kFloat);
    m->bind(plan, x, out);
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        plan.execute(i, m->stream);
        if (after.empty())
            continue;
        for (const Capture *c : after[i]) {
            at::Tensor t = at::empty(c->md.dims(), at::kFloat);
            memory src = c->mem, user(memory::desc(c->md.dims(), DT::f32, Tag::nchw), m->engine, t.data_ptr());
            dnnl::reorder(src, user).execute(m->stream, src, user);
            captured[c->name] = t;
        }
    }
    m->stream.wait();
    return out;
}

std::vector<StepTiming> FastEfficientNet::profile(const at::Tensor &input, int iters)
{
    const at::Tensor x = input.to(at::kFloat).contiguous();
    forward(x); // build the plan, warm up
    Plan &plan = m->planFor(x);
    at::Tensor out = at::empty({x.size(0), plan.outputSize}, at::kFloat);
    m->bind(plan, x, out);
    std::vector<StepTiming> timings;
    for (const Step &s : plan.steps)
        timings.push_back({s.name, s.kind, s.impl, 0.0});
    for (int i = 0; i < std::max(1, iters); ++i)
        for (size_t k = 0; k < plan.steps.size(); ++k) {
            const auto t0 = std::chrono::steady_clock::now();
            plan.execute(k, m->stream);
            m->stream.wait();
            timings[k].ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        }
    for (StepTiming &t : timings)
        t.ms /= std::max(1, iters);
    return timings;
}

} // namespace effscope::core
