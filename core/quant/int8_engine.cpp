// SPDX-License-Identifier: MIT
#include "quant/int8_engine.h"

#include "arch/profiler.h"
#include "common/error.h"
#include "quant/int8_kernels.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <chrono>
#include <functional>
#include <cmath>
#include <cstring>

namespace effscope::core {

namespace {

constexpr int64_t kSlack = 64; // kernels may read a few bytes past a row

int64_t roundUp(int64_t v, int64_t m)
{
    return (v + m - 1) / m * m;
}

// A convolution ready to run: packed weights and its requantization, for a fixed input quantization.
struct Layer
{
    const Int8Conv *conv = nullptr;
    std::string kind;
    PackedPointwise packed;        // pointwise and stem (as 1x1 over gathered patches)
    std::vector<float> dwWeights;  // depthwise: [k*k][c], the s8 values as floats
    std::vector<float> scale, bias; // in output steps, padded to a multiple of 16
    float lo = 0.0f, hi = 255.0f;
    int patchDepth = 0;            // stem: bytes per gathered patch (k * k taps of patchChannels)
    int patchChannels = 0;         // stem: input channels rounded up to 4
};

// `in` and `out` are the quantizations of the layer's input and of what it writes.
Layer makeLayer(const Int8Conv &c, const char *kind, const ActQuant &in, const ActQuant &out, bool stem)
{
    Layer l;
    l.conv = &c;
    l.kind = kind;
    const size_t padded = size_t(roundUp(c.out, 16));
    l.scale.assign(padded, 0.0f);
    l.bias.assign(padded, 0.0f);
    l.lo = 0.0f;
    l.hi = 255.0f;
    if (c.relu6) {
        l.lo = float(out.zero);
        l.hi = std::min(255.0f, float(out.zero) + 6.0f / out.scale);
    }
    std::vector<int32_t> rowSums(size_t(c.out), 0);
    if (c.depthwise) {
        const int taps = c.kernel * c.kernel;
        l.dwWeights.assign(size_t(taps) * size_t(c.out) + 16, 0.0f);
        for (int o = 0; o < c.out; ++o)
            for (int t = 0; t < taps; ++t)
                l.dwWeights[size_t(t) * size_t(c.out) + size_t(o)] = float(c.weight[size_t(o) * size_t(taps) + size_t(t)]);
        // the kernel subtracts the input's zero point itself: no row-sum term
    } else {
        int depth = c.in;
        std::vector<int8_t> w = c.weight;
        if (stem) { // patches [ky][kx][channel, padded to 4]: one word per tap
            const int taps = c.kernel * c.kernel, channels = int(roundUp(c.in, 4));
            depth = taps * channels;
            l.patchDepth = depth;
            l.patchChannels = channels;
            w.assign(size_t(c.out) * size_t(depth), 0);
            for (int o = 0; o < c.out; ++o)
                for (int ch = 0; ch < c.in; ++ch)
                    for (int t = 0; t < taps; ++t)
                        w[size_t(o) * size_t(depth) + size_t(t * channels + ch)] =
                            c.weight[(size_t(o) * size_t(c.in) + size_t(ch)) * size_t(taps) + size_t(t)];
        }
        l.packed = packPointwise(w.data(), c.out, depth);
        rowSums = l.packed.rowSums;
    }
    for (int o = 0; o < c.out; ++o) {
        const double toReal = double(in.scale) * double(c.weightScale[size_t(o)]);
        l.scale[size_t(o)] = float(toReal / out.scale);
        l.bias[size_t(o)] = float((double(c.bias[size_t(o)]) - toReal * in.zero * rowSums[size_t(o)]) / out.scale + out.zero);
    }
    return l;
}

Requant requantOf(const Layer &l)
{
    Requant rq;
    rq.scale = l.scale.data();
    rq.bias = l.bias.data();
    rq.lo = l.lo;
    rq.hi = l.hi;
    return rq;
}

struct BlockLayers
{
    const Int8Block *block = nullptr;
    Layer expand, depthwise, project;
};

// Padding before the first row / column of a convolution along one axis.
int padBefore(int64_t in, int kernel, int stride, Padding padding, int64_t &out)
{
    out = convOutputSize(in, kernel, stride, padding);
    return convPadBefore(in, kernel, stride, padding);
}

} // namespace

struct Int8EfficientNet::Impl
{
    Int8Model model;
    ResolvedModel spec;
    Layer stem, head, classifier;
    std::vector<BlockLayers> blocks;
    std::vector<uint8_t> inputBytes, patches, a, b, e1, e2, pooledBytes;
    std::vector<float> stemFloat; // the stem's unrounded output (forward says when)
    std::vector<StepTiming> *timings = nullptr;
    Int8Isa isa = Int8Isa::Scalar;

    void timed(const char *kind, const std::string &name, const std::function<void()> &work)
    {
        if (!timings) {
            work();
            return;
        }
        const auto t0 = std::chrono::steady_clock::now();
        work();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        for (StepTiming &t : *timings)
            if (t.name == name) {
                t.ms += ms;
                return;
            }
        timings->push_back({name, kind, int8IsaName(isa), ms});
    }

    static void grow(std::vector<uint8_t> &buffer, int64_t bytes)
    {
        if (int64_t(buffer.size()) < bytes + kSlack)
            buffer.assign(size_t(bytes + kSlack), 0);
    }

    // rows x out through a 1x1 layer, split over threads by rows and, when rows are few, channels.
    void runPointwise(const Layer &l, const uint8_t *in, int64_t rows, int64_t lda, uint8_t *out, const Requant &rq)
    {
        const int out_ = l.conv->out;
        const int threads = std::max(1, at::get_num_threads());
        const int64_t rowChunk = std::max<int64_t>(6, roundUp((rows + 2 * threads - 1) / (2 * threads), 6));
        const int64_t rowChunks = (rows + rowChunk - 1) / rowChunk;
        const int64_t channelChunks = rowChunks >= 2 * threads ? 1 : std::min<int64_t>((out_ + 63) / 64, 2 * threads);
        const int64_t channelChunk = roundUp((out_ + channelChunks - 1) / channelChunks, 16);
        at::parallel_for(0, rowChunks * channelChunks, 1, [&](int64_t begin, int64_t end) {
            for (int64_t t = begin; t < end; ++t) {
                const int64_t r0 = (t / channelChunks) * rowChunk, r1 = std::min(rows, r0 + rowChunk);
                const int c0 = int((t % channelChunks) * channelChunk);
                const int c1 = int(std::min<int64_t>(out_, c0 + channelChunk));
                if (c0 >= c1)
                    continue;
                Requant part = rq;
                if (part.residual)
                    part.residual += r0 * out_;
                if (part.floatOut)
                    part.floatOut += r0 * out_;
                pointwise(l.packed, in + r0 * lda, r1 - r0, lda, out ? out + r0 * out_ : nullptr, out_, part, c0, c1);
            }
        });
    }

    at::Tensor forward(const at::Tensor &input)
    {
        if (input.dim() != 4 || input.size(1) != spec.inputChannels || input.size(2) < 1 || input.size(3) < 1)
            throw Error(ErrorCategory::ShapeMismatch, "the int8 model expects a float tensor [N, "
                                                          + std::to_string(spec.inputChannels) + ", H, W]");
        if (!input.device().is_cpu())
            throw Error(ErrorCategory::InvalidInput, "the int8 model runs on the CPU only");
        const at::Tensor x = input.to(at::kFloat).contiguous();
        const int64_t n = x.size(0), h0 = x.size(2), w0 = x.size(3);
        const Padding padding = spec.variant.padding;

        // stem: the input quantized while its k x k patches are gathered, then a 1x1 product
        const Int8Conv &sc = model.stem;
        int64_t h, w;
        const int pt = padBefore(h0, sc.kernel, sc.stride, padding, h);
        const int pl = padBefore(w0, sc.kernel, sc.stride, padding, w);
        const int depth = stem.patchDepth;
        grow(patches, n * h * w * depth);
        timed("stem", sc.name, [&] { gatherPatches(x, pt, pl, h, w); });
        int64_t rows = n * h * w;
        // When the first block's depthwise reads the stem's output directly (no expand, as in every
        // Lite), the stem's output stays unrounded: floats in its output steps, clamped to ReLU6
        // (not to the calibrated range), read by the float-input depthwise. Rounding that one
        // tensor to 8 bits was the largest single source of int8's error (bench/int8_study.py
        // stem: KL to fp32 0.0149 -> 0.0088 for Lite0, 0.0165 -> 0.0112 Lite1, 0.0202 -> 0.0114
        // Lite2), for 4x the bytes of one 32-channel tensor.
        const bool floatStem = stemFeedsDepthwise(model);
        grow(a, rows * sc.out);
        if (floatStem) {
            if (int64_t(stemFloat.size()) < rows * sc.out + kSlack)
                stemFloat.assign(size_t(rows * sc.out + kSlack), 0.0f);
            Requant rq = requantOf(stem);
            rq.floatOut = stemFloat.data();
            rq.clampFloat = true;
            rq.lo = float(sc.output.zero);
            rq.hi = float(sc.output.zero) + 6.0f / sc.output.scale;
            timed("stem", sc.name, [&] { runPointwise(stem, patches.data(), rows, depth, nullptr, rq); });
        } else {
            timed("stem", sc.name, [&] { runPointwise(stem, patches.data(), rows, depth, a.data(), requantOf(stem)); });
        }
        std::vector<uint8_t> *cur = &a, *other = &b;
        ActQuant curQuant = sc.output;
        int curC = sc.out;

        for (const BlockLayers &bl : blocks) {
            const Int8Block &blk = *bl.block;
            const bool floatIn = floatStem && &bl == &blocks.front();
            const uint8_t *dwIn = cur->data();
            ActQuant dwInQuant = curQuant;
            if (blk.hasExpand) {
                grow(e1, rows * blk.expand.out);
                timed("expand", blk.expand.name, [&] {
                    runPointwise(bl.expand, cur->data(), rows, curC, e1.data(), requantOf(bl.expand));
                });
                dwIn = e1.data();
                dwInQuant = blk.expand.output;
            }
            const Int8Conv &dc = blk.depthwise;
            DepthwiseShape ds;
            ds.n = int(n);
            ds.h = int(h);
            ds.w = int(w);
            ds.c = dc.out;
            ds.kernel = dc.kernel;
            ds.stride = dc.stride;
            int64_t oh, ow;
            ds.padTop = padBefore(h, dc.kernel, dc.stride, padding, oh);
            ds.padLeft = padBefore(w, dc.kernel, dc.stride, padding, ow);
            ds.oh = int(oh);
            ds.ow = int(ow);
            grow(e2, n * oh * ow * dc.out);
            const Requant dq = requantOf(bl.depthwise);
            timed("depthwise", dc.name, [&] {
                at::parallel_for(0, n * oh, 1, [&](int64_t r0, int64_t r1) {
                    if (floatIn) // the stem's float output, already less its zero point (0 after ReLU6)
                        depthwiseFloat(ds, stemFloat.data(), bl.depthwise.dwWeights.data(), e2.data(), dq, r0, r1);
                    else
                        depthwise(ds, dwIn, dwInQuant.zero, bl.depthwise.dwWeights.data(), e2.data(), dq, r0, r1);
                });
            });
            h = oh;
            w = ow;
            rows = n * h * w;
            const Int8Conv &pc = blk.project;
            grow(*other, rows * pc.out);
            Requant pq = requantOf(bl.project);
            if (blk.residual) {
                pq.residual = cur->data();
                pq.residualScale = curQuant.scale / blk.sum.scale;
                pq.residualZero = curQuant.zero;
            }
            timed("project", pc.name, [&] { runPointwise(bl.project, e2.data(), rows, pc.in, other->data(), pq); });
            std::swap(cur, other);
            curQuant = blk.residual ? blk.sum : pc.output;
            curC = pc.out;
        }

        const Int8Conv &hc = model.head;
        grow(e1, rows * hc.out);
        timed("head", hc.name, [&] { runPointwise(head, cur->data(), rows, curC, e1.data(), requantOf(head)); });
        // the head's average (exact integer sums), quantized again for the int8 classifier
        const int64_t pixels = h * w;
        grow(pooledBytes, n * hc.out);
        timed("pool", "avgpool", [&] {
            std::vector<float> mean(size_t(hc.out));
            std::vector<int32_t> sum(size_t(hc.out));
            const float toReal = hc.output.scale / float(pixels);
            for (int64_t i = 0; i < n; ++i) {
                std::fill(sum.begin(), sum.end(), 0);
                const uint8_t *img = e1.data() + i * pixels * hc.out;
                for (int64_t p = 0; p < pixels; ++p)
                    for (int c = 0; c < hc.out; ++c)
                        sum[size_t(c)] += img[p * hc.out + c];
                for (int c = 0; c < hc.out; ++c)
                    mean[size_t(c)] = toReal * float(sum[size_t(c)] - int32_t(pixels) * hc.output.zero);
                quantizeFloats(mean.data(), hc.out, 1.0f / model.pooled.scale, model.pooled.zero,
                               pooledBytes.data() + i * hc.out);
            }
        });
        at::Tensor logits = at::empty({n, model.classes}, at::kFloat);
        timed("classifier", "classifier.1", [&] {
            Requant rq = requantOf(classifier);
            rq.floatOut = logits.data_ptr<float>();
            runPointwise(classifier, pooledBytes.data(), n, hc.out, nullptr, rq);
        });
        return logits;
    }

    // The input quantized into a zero-padded channels-last image (channels rounded up to C4, the
    // padding at the input's zero point, i.e. real zero), then patches[(n, oy, ox)][(ky * k + kx) * C4 + c]
    // copied from it a pixel (C4 bytes) at a time.
    void gatherPatches(const at::Tensor &x, int pt, int pl, int64_t oh, int64_t ow)
    {
        const Int8Conv &sc = model.stem;
        const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
        const int k = sc.kernel, stride = sc.stride, depth = stem.patchDepth;
        const int64_t c4 = stem.patchChannels;
        const int64_t hp = std::max<int64_t>(h + pt, (oh - 1) * stride + k), wp = std::max<int64_t>(w + pl, (ow - 1) * stride + k);
        grow(inputBytes, n * hp * wp * c4);
        std::fill(inputBytes.begin(), inputBytes.begin() + n * hp * wp * c4, uint8_t(model.input.zero));
        const float *src = x.data_ptr<float>();
        uint8_t *img = inputBytes.data();
        at::parallel_for(0, n * h, 1, [&](int64_t r0, int64_t r1) {
            std::vector<uint8_t> row(static_cast<size_t>(w));
            for (int64_t r = r0; r < r1; ++r) {
                const int64_t i = r / h, y = r % h;
                uint8_t *dstRow = img + ((i * hp + y + pt) * wp + pl) * c4;
                for (int64_t ch = 0; ch < c; ++ch) {
                    quantizeFloats(src + ((i * c + ch) * h + y) * w, w, 1.0f / model.input.scale, model.input.zero,
                                   row.data());
                    for (int64_t xx = 0; xx < w; ++xx)
                        dstRow[xx * c4 + ch] = row[size_t(xx)];
                }
            }
        });
        uint8_t *dst = patches.data();
        at::parallel_for(0, n * oh, 1, [&](int64_t r0, int64_t r1) {
            for (int64_t r = r0; r < r1; ++r) {
                const int64_t i = r / oh, oy = r % oh;
                for (int64_t ox = 0; ox < ow; ++ox) {
                    uint8_t *patch = dst + (r * ow + ox) * depth;
                    for (int ky = 0; ky < k; ++ky) {
                        const uint8_t *line = img + ((i * hp + oy * stride + ky) * wp + ox * stride) * c4;
                        std::memcpy(patch + ky * k * c4, line, size_t(k * c4)); // k neighbouring pixels
                    }
                }
            }
        });
    }
};

Int8EfficientNet::Int8EfficientNet(const Int8Model &model) : m(std::make_unique<Impl>())
{
    m->model = model;
    m->spec = int8Architecture(m->model);
    m->isa = int8Isa();
    const Int8Model &q = m->model;
    m->stem = makeLayer(q.stem, "stem", q.input, q.stem.output, true);
    ActQuant cur = q.stem.output;
    for (const Int8Block &b : q.blocks) {
        BlockLayers bl;
        bl.block = &b;
        ActQuant dwIn = cur;
        if (b.hasExpand) {
            bl.expand = makeLayer(b.expand, "expand", cur, b.expand.output, false);
            dwIn = b.expand.output;
        }
        bl.depthwise = makeLayer(b.depthwise, "depthwise", dwIn, b.depthwise.output, false);
        bl.project = makeLayer(b.project, "project", b.depthwise.output, b.residual ? b.sum : b.project.output, false);
        m->blocks.push_back(std::move(bl));
        cur = b.residual ? b.sum : b.project.output;
    }
    m->head = makeLayer(q.head, "head", cur, q.head.output, false);
    m->classifier = makeLayer(q.classifier, "classifier", q.pooled, ActQuant{1.0f, 0}, false); // logits in real units
}

Int8EfficientNet::~Int8EfficientNet() = default;
Int8EfficientNet::Int8EfficientNet(Int8EfficientNet &&) noexcept = default;
Int8EfficientNet &Int8EfficientNet::operator=(Int8EfficientNet &&) noexcept = default;

at::Tensor Int8EfficientNet::forward(const at::Tensor &x)
{
    return m->forward(x);
}

std::vector<StepTiming> Int8EfficientNet::profile(const at::Tensor &x, int iters)
{
    m->forward(x);
    std::vector<StepTiming> timings;
    m->timings = &timings;
    for (int i = 0; i < std::max(1, iters); ++i)
        m->forward(x);
    m->timings = nullptr;
    for (StepTiming &t : timings)
        t.ms /= std::max(1, iters);
    return timings;
}

const Int8Model &Int8EfficientNet::model() const
{
    return m->model;
}

std::string Int8EfficientNet::isaName() const
{
    return int8IsaName(m->isa);
}

} // namespace effscope::core
