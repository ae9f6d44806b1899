// SPDX-License-Identifier: MIT
// The fast path's steps of effscope's own code, wired into a plan (fast_plan.h).
#include "infer/fast_plan.h"

#include "common/error.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdlib>

namespace effscope::core::fastplan {

using DT = memory::data_type;
using Tag = memory::format_tag;

bool mapGeometry(const memory::desc &md, MapGeometry &g)
{
    const dnnl_memory_desc_t &d = md.data;
    if (d.ndims != 4 || d.format_kind != dnnl_blocked || d.offset0 != 0 || d.data_type != dnnl_f32)
        return false;
    const auto &b = d.format_desc.blocking;
    g.batch = d.dims[0];
    g.channels = d.dims[1];
    g.pixels = d.dims[2] * d.dims[3];
    g.imageStride = b.strides[0];
    g.pixelStride = b.strides[3];
    if (b.inner_nblks == 0) { // NHWC
        g.block = g.channels;
        g.blockStride = 0;
        return b.strides[1] == 1 && b.strides[3] == g.channels && b.strides[2] == d.dims[3] * g.channels;
    }
    g.block = b.inner_blks[0];
    g.blockStride = b.strides[1];
    return b.inner_nblks == 1 && b.inner_idxs[0] == 1 && b.strides[3] == g.block && b.strides[2] == d.dims[3] * g.block
        && d.padded_dims[1] == g.paddedChannels();
}

SqueezeWeights squeezeWeights(const BlockWeights &b, Activation activation)
{
    SqueezeWeights w;
    w.fc1 = b.fc1.weight.data_ptr<float>();
    w.bias1 = b.fc1.bias.data_ptr<float>();
    w.fc2t = b.fc2t.data_ptr<float>();
    w.bias2 = b.fc2.bias.data_ptr<float>();
    w.hidden = b.fc1.weight.size(0);
    w.activation = activation;
    return w;
}

memory::desc addSqueeze(Plan &plan, std::vector<size_t> &slotBytes, const BlockWeights &b, const std::string &name,
                        const memory::desc &x, int xSlot, int gateSlot, Activation activation,
                        memory::format_tag layout)
{
    MapGeometry g;
    if (!mapGeometry(x, g))
        throw Error(ErrorCategory::UnsupportedFormat, "the fast path's squeeze step cannot read the layout of " + name);
    const memory::dims xd = x.dims();
    const memory::desc gateMd(dims({xd[0], xd[1], 1, 1}), DT::f32, layout);
    const SqueezeWeights w = squeezeWeights(b, activation);
    slotBytes[kP] = std::max(slotBytes[kP], size_t(g.batch * g.paddedChannels()) * sizeof(float));
    slotBytes[kS1] = std::max(slotBytes[kS1], size_t(g.batch * w.hidden) * sizeof(float));
    slotBytes[gateSlot] = std::max(slotBytes[gateSlot], gateMd.get_size());
    Step s;
    s.name = name;
    s.kind = "se";
    s.impl = "effscope:squeeze";
    Plan *p = &plan;
    s.own = [p, g, w, xSlot, gateSlot] {
        squeezeExcite(p->buffers[xSlot].data_ptr<float>(), g, w, p->buffers[kP].data_ptr<float>(),
                      p->buffers[kS1].data_ptr<float>(), p->buffers[gateSlot].data_ptr<float>());
    };
    plan.steps.push_back(std::move(s));
    return gateMd;
}

bool fusedBlocksAllowed()
{
    const char *v = std::getenv("EFFSCOPE_FUSED_MBCONV");
    return !v || std::string(v) != "0";
}

memory::desc addFusedBlock(Plan &plan, std::vector<size_t> &slotBytes, const BlockWeights &b, FusedShape shape,
                           int xSlot, int outSlot, Activation activation)
{
    const FusedMbconv *f = b.fused.get();
    planFusedMbconv(*f, shape, at::get_num_threads());
    const FusedShape s = shape;
    const size_t ep = size_t(f->expandedBlocks * 16);
    auto need = [&](int slot, size_t floats) { slotBytes[slot] = std::max(slotBytes[slot], floats * sizeof(float)); };
    need(kE2, size_t(s.batch) * ep * size_t(s.oh * s.ow));
    need(kR, size_t(fusedRingFloats(*f, s)));
    need(kP, size_t(s.batch) * ep);
    Plan *p = &plan;
    const bool se = b.hasSe, residual = b.residual;
    Step e;
    e.name = b.hasExpand ? b.expand.name + " + " + b.depthwise.name : b.depthwise.name;
    e.kind = b.hasExpand ? "expand+dw" : "depthwise";
    e.impl = "effscope:fused-avx512";
    e.own = [p, f, s, se, xSlot] {
        fusedExpandDepthwise(*f, s, p->buffers[xSlot].data_ptr<float>(), p->buffers[kE2].data_ptr<float>(),
                             se ? p->buffers[kP].data_ptr<float>() : nullptr, p->buffers[kR].data_ptr<float>());
    };
    plan.steps.push_back(std::move(e));
    if (se) {
        MapGeometry g;
        g.batch = s.batch;
        g.channels = f->expanded;
        g.pixels = s.oh * s.ow;
        g.block = 16;
        const SqueezeWeights w = squeezeWeights(b, activation);
        need(kS1, size_t(s.batch * w.hidden));
        need(kS2, size_t(s.batch) * ep);
        Step q;
        q.name = b.fc1.name.substr(0, b.fc1.name.size() - 4); // drop ".fc1"
        q.kind = "se";
        q.impl = "effscope:excite";
        q.own = [p, g, w] {
            excite(p->buffers[kP].data_ptr<float>(), g, w, p->buffers[kS1].data_ptr<float>(),
                   p->buffers[kS2].data_ptr<float>());
        };
        plan.steps.push_back(std::move(q));
    }
    Step j;
    j.name = b.project.name;
    j.kind = "project";
    j.impl = "effscope:fused-avx512";
    j.own = [p, f, s, se, residual, outSlot] {
        fusedProject(*f, s, p->buffers[kE2].data_ptr<float>(), se ? p->buffers[kS2].data_ptr<float>() : nullptr,
                     residual, p->buffers[outSlot].data_ptr<float>());
    };
    plan.steps.push_back(std::move(j));
    const memory::desc out(dims({s.batch, f->out, s.oh, s.ow}), DT::f32, Tag::nChw16c);
    need(outSlot, out.get_size() / sizeof(float));
    return out;
}

} // namespace effscope::core::fastplan
