// SPDX-License-Identifier: MIT
#include "arch/profiler.h"

#include "common/error.h"

#include <algorithm>
#include <string>

namespace effscope::core {

const char *layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Stem: return "stem";
    case LayerKind::Expand: return "expand";
    case LayerKind::Depthwise: return "depthwise";
    case LayerKind::SqueezeExcite: return "se";
    case LayerKind::Project: return "project";
    case LayerKind::Residual: return "residual";
    case LayerKind::Head: return "head";
    case LayerKind::Pool: return "pool";
    case LayerKind::Classifier: return "classifier";
    }
    return "?";
}

int64_t convOutputSize(int64_t in, int kernel, int stride, Padding padding)
{
    if (padding == Padding::TfSame)
        return (in + stride - 1) / stride;
    const int pad = (kernel - 1) / 2;
    return (in + 2 * pad - kernel) / stride + 1;
}

int convPadBefore(int64_t in, int kernel, int stride, Padding padding)
{
    if (padding == Padding::TfSame)
        return int(std::max<int64_t>((convOutputSize(in, kernel, stride, padding) - 1) * stride + kernel - in, 0) / 2);
    return (kernel - 1) / 2;
}

namespace {

class Walker
{
public:
    explicit Walker(ModelProfile &out) : m_out(out) {}

    // conv (no bias) + BN (+ activation when `act`), the Conv2dNormActivation unit.
    void convUnit(const std::string &name, LayerKind kind, int64_t c, int64_t h, int64_t w,
                  int64_t outC, int kernel, int stride, int64_t groups, bool act, Padding padding)
    {
        LayerProfile row;
        row.name = name;
        row.kind = kind;
        row.inShape = {1, c, h, w};
        const int64_t oh = convOutputSize(h, kernel, stride, padding);
        const int64_t ow = convOutputSize(w, kernel, stride, padding);
        row.outShape = {1, outC, oh, ow};
        const int64_t weight = outC * (c / groups) * kernel * kernel;
        row.params = weight + 2 * outC;
        row.macs = weight * oh * ow;
        const int64_t elems = outC * oh * ow;
        row.elementwiseOps = elems * (act ? 3 : 2);
        row.activationBytes = elems * 4;
        add(row);
    }

    void add(const LayerProfile &row)
    {
        m_out.layers.push_back(row);
        m_out.params += row.params;
        m_out.macs += row.macs;
        m_out.elementwiseOps += row.elementwiseOps;
        m_out.activationBytes += row.activationBytes;
    }

private:
    ModelProfile &m_out;
};

} // namespace

ModelProfile profileModel(const ResolvedModel &model, int height, int width)
{
    if (height < 1 || width < 1 || height > 16384 || width > 16384)
        throw Error(ErrorCategory::InvalidInput,
                    "input size must be between 1 and 16384 pixels per side (got "
                        + std::to_string(height) + "x" + std::to_string(width) + ")");
    ModelProfile p;
    p.height = height;
    p.width = width;
    Walker walk(p);
    const Padding pad = model.variant.padding;

    int64_t c = model.inputChannels, h = height, w = width;
    walk.convUnit("features.0", LayerKind::Stem, c, h, w, model.stemChannels, 3, 2, 1, true, pad);
    c = model.stemChannels;
    h = p.layers.back().outShape[2];
    w = p.layers.back().outShape[3];

    for (const ResolvedBlock &b : model.blocks) {
        const std::string prefix = b.path() + ".block.";
        const BlockOps ops = b.ops();
        int64_t mid = c;
        if (b.hasExpand()) {
            walk.convUnit(prefix + std::to_string(ops.expand), LayerKind::Expand, c, h, w,
                          b.expandedChannels, 1, 1, 1, true, pad);
            mid = b.expandedChannels;
        }
        walk.convUnit(prefix + std::to_string(ops.depthwise), LayerKind::Depthwise, mid, h, w, mid,
                      b.kernel, b.stride, mid, true, pad);
        h = p.layers.back().outShape[2];
        w = p.layers.back().outShape[3];
        if (b.squeezeChannels > 0) {
            LayerProfile se;
            se.name = prefix + std::to_string(ops.squeezeExcite);
            se.kind = LayerKind::SqueezeExcite;
            se.inShape = {1, mid, h, w};
            se.outShape = {1, mid, h, w};
            const int64_t sq = b.squeezeChannels;
            se.params = (mid * sq + sq) + (sq * mid + mid);
            se.macs = 2 * mid * sq;
            // pool adds, squeeze activation, sigmoid gate, broadcast multiply
            se.elementwiseOps = mid * h * w + sq + mid + mid * h * w;
            se.activationBytes = mid * h * w * 4;
            walk.add(se);
        }
        walk.convUnit(prefix + std::to_string(ops.project), LayerKind::Project, mid, h, w,
                      b.outChannels, 1, 1, 1, false, pad);
        c = b.outChannels;
        if (b.hasResidual()) {
            LayerProfile res;
            res.name = b.path();
            res.kind = LayerKind::Residual;
            res.inShape = {1, c, h, w};
            res.outShape = {1, c, h, w};
            res.elementwiseOps = c * h * w;
            res.activationBytes = c * h * w * 4;
            walk.add(res);
        }
    }

    walk.convUnit("features." + std::to_string(model.headIndex()), LayerKind::Head, c, h, w,
                  model.headChannels, 1, 1, 1, true, pad);
    c = model.headChannels;

    LayerProfile pool;
    pool.name = "avgpool";
    pool.kind = LayerKind::Pool;
    pool.inShape = {1, c, h, w};
    pool.outShape = {1, c, 1, 1};
    pool.elementwiseOps = c * h * w;
    pool.activationBytes = c * 4;
    walk.add(pool);

    LayerProfile fc;
    fc.name = "classifier.1";
    fc.kind = LayerKind::Classifier;
    fc.inShape = {1, c, 1, 1};
    fc.outShape = {1, model.numClasses, 1, 1};
    fc.params = c * model.numClasses + model.numClasses;
    fc.macs = c * model.numClasses;
    fc.activationBytes = int64_t(model.numClasses) * 4;
    walk.add(fc);
    return p;
}

} // namespace effscope::core
