// SPDX-License-Identifier: MIT
#include "quant/learned_rounding.h"

#include "arch/profiler.h"
#include "common/error.h"
#include "train/block_cache.h"

#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/GradMode.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace effscope::core {

namespace {

constexpr double kZeta = 1.1, kGamma = -0.1; // h's stretch beyond [0, 1], so it can reach both ends
constexpr double kLambda = 0.01;             // weight of the push towards 0 or 1
constexpr double kWarmup = 0.2;              // share of the steps before that push starts
constexpr int kWindows = 4, kWindow = 24;    // stem and depthwise: output windows per step, their side

// x on the u8 grid of q, back in real units.
at::Tensor onGrid(const at::Tensor &x, const ActQuant &q)
{
    return (x / q.scale).round().add_(q.zero).clamp_(0, 255).sub_(q.zero).mul_(q.scale);
}

// The input padded as the engine pads it (zeros, TF-SAME's or symmetric), so a convolution
// without padding gives the engine's output size.
at::Tensor padded(const at::Tensor &x, const Int8Conv &c, Padding padding)
{
    if (c.kernel == 1)
        return x;
    const int k = c.kernel, s = c.stride;
    const int64_t h = x.size(2), w = x.size(3);
    const int64_t oh = convOutputSize(h, k, s, padding), ow = convOutputSize(w, k, s, padding);
    const int64_t top = convPadBefore(h, k, s, padding), left = convPadBefore(w, k, s, padding);
    const int64_t bottom = std::max<int64_t>((oh - 1) * s + k - h - top, 0);
    const int64_t right = std::max<int64_t>((ow - 1) * s + k - w - left, 0);
    return at::constant_pad_nd(x, {left, right, top, bottom}, 0.0);
}

// A convolution unit over an already padded input, cut to `oh` x `ow` outputs.
at::Tensor convolve(const at::Tensor &xp, const at::Tensor &w, const at::Tensor &b, const Int8Conv &c, int64_t oh,
                    int64_t ow)
{
    const int64_t stride[2] = {c.stride, c.stride}, none[2] = {0, 0}, one[2] = {1, 1};
    at::Tensor y = at::conv2d(xp, w, b, at::IntArrayRef(stride), at::IntArrayRef(none), at::IntArrayRef(one),
                              c.depthwise ? c.out : 1);
    if (y.size(2) != oh || y.size(3) != ow)
        y = y.narrow(2, 0, oh).narrow(3, 0, ow);
    return y;
}

at::Tensor activated(const at::Tensor &y, const Int8Conv &c)
{
    return c.relu6 ? y.clamp(0.0, 6.0) : y;
}

class Rounder
{
public:
    Rounder(EfficientNetImpl &reference, const RoundingOptions &options)
        : m_state(cpuStateDouble(reference)), m_spec(reference.spec()), m_options(options),
          m_gen(at::make_generator<at::CPUGeneratorImpl>(options.seed))
    {
    }

    // Learns `c`'s rounding for inputs `xq` (the int8 model's) against the float unit on `xf`;
    // returns both outputs after the unit's activation (the int8 one from the new weights,
    // before its output is put on a grid), and writes the new weights into `c`.
    std::pair<at::Tensor, at::Tensor> unit(Int8Conv &c, const at::Tensor &xq, const at::Tensor &xf)
    {
        const auto [weight64, bias64] = foldedConvBn(m_state, c.name, m_spec.variant.bnEps);
        const at::Tensor w = weight64.to(at::kFloat).contiguous();
        if (w.numel() != int64_t(c.weight.size()) || w.size(0) != c.out)
            throw Error(ErrorCategory::InvalidInput, "the int8 model's '" + c.name + "' does not match the float model ("
                                                         + std::to_string(c.weight.size()) + " weights, not "
                                                         + std::to_string(w.numel()) + ")");
        const at::Tensor floatBias = bias64.to(at::kFloat);
        const at::Tensor bias = at::tensor(c.bias, at::kFloat);
        const at::Tensor scale = at::tensor(c.weightScale, at::kFloat).view({c.out, 1, 1, 1});
        const Padding padding = m_spec.variant.padding;
        const int64_t oh = convOutputSize(xq.size(2), c.kernel, c.stride, padding);
        const int64_t ow = convOutputSize(xq.size(3), c.kernel, c.stride, padding);

        at::Tensor target, xpq;
        {
            at::NoGradGuard noGrad;
            target = activated(convolve(padded(xf, c, padding), w, floatBias, c, oh, ow), c);
            xpq = padded(xq, c, padding);
        }
        const at::Tensor steps = w / scale;
        const at::Tensor floor = steps.floor();
        const at::Tensor nearest = at::tensor(std::vector<float>(c.weight.begin(), c.weight.end())).view_as(w);
        const at::Tensor rest = (steps - floor).clamp(1e-3, 1.0 - 1e-3);
        at::Tensor v = ((rest - kGamma) / (kZeta - rest)).log(); // h(v) = rest: nearest rounding at the start
        at::Tensor m1 = at::zeros_like(v), m2 = at::zeros_like(v);

        at::Tensor rows, targetRows; // 1x1 units: pixels as rows
        if (c.kernel == 1) {
            rows = xpq.permute({0, 2, 3, 1}).reshape({-1, c.in}).contiguous();
            targetRows = target.permute({0, 2, 3, 1}).reshape({-1, c.out}).contiguous();
        }
        const int iterations = std::max(1, m_options.iterations);
        for (int it = 0; it < iterations; ++it) {
            at::AutoGradMode grad(true);
            v.set_requires_grad(true);
            const at::Tensor h = (at::sigmoid(v) * (kZeta - kGamma) + kGamma).clamp(0.0, 1.0);
            const at::Tensor wq = (floor + h).clamp(-127, 127) * scale;
            at::Tensor y, t;
            if (c.kernel == 1) {
                const at::Tensor pick = at::randint(rows.size(0), {std::max(1, m_options.pixels)}, m_gen, at::kLong);
                y = at::addmm(bias, rows.index_select(0, pick), wq.view({c.out, c.in}).t());
                t = targetRows.index_select(0, pick);
                if (c.relu6)
                    y = y.clamp(0.0, 6.0);
            } else {
                const int64_t win = std::min<int64_t>({kWindow, oh, ow});
                std::vector<at::Tensor> ys, ts;
                for (int i = 0; i < kWindows; ++i) {
                    const int64_t n = at::randint(xpq.size(0), {1}, m_gen, at::kLong).item<int64_t>();
                    const int64_t oy = at::randint(oh - win + 1, {1}, m_gen, at::kLong).item<int64_t>();
                    const int64_t ox = at::randint(ow - win + 1, {1}, m_gen, at::kLong).item<int64_t>();
                    const int64_t span = (win - 1) * c.stride + c.kernel;
                    const at::Tensor patch = xpq.narrow(0, n, 1).narrow(2, oy * c.stride, span).narrow(3, ox * c.stride, span);
                    ys.push_back(activated(convolve(patch, wq, bias, c, win, win), c));
                    ts.push_back(target.narrow(0, n, 1).narrow(2, oy, win).narrow(3, ox, win));
                }
                y = at::cat(ys);
                t = at::cat(ts);
            }
            at::Tensor loss = (y - t).pow(2).sum(c.kernel == 1 ? -1 : 1).mean();
            const double start = kWarmup * iterations;
            if (it >= start) {
                const double beta = 20.0 + (2.0 - 20.0) * (it - start) / ((1.0 - kWarmup) * iterations);
                loss = loss + kLambda * (1.0 - (2.0 * h - 1.0).abs().pow(beta)).sum();
            }
            loss.backward();
            at::NoGradGuard noGrad;
            const at::Tensor g = v.grad();
            v = v.detach();
            // Adam, step 0.01
            m1.mul_(0.9).add_(g, 0.1);
            m2.mul_(0.999).addcmul_(g, g, 0.001);
            const double c1 = 1.0 - std::pow(0.9, it + 1), c2 = 1.0 - std::pow(0.999, it + 1);
            v.sub_(m1 / c1 / ((m2 / c2).sqrt() + 1e-8) * 0.01);
        }

        at::NoGradGuard noGrad;
        const at::Tensor q = (floor + (v >= 0).to(at::kFloat)).clamp(-127, 127);
        m_flipped += (q != nearest).sum().item<int64_t>();
        m_weights += q.numel();
        const at::Tensor bytes = q.to(at::kChar).contiguous();
        c.weight.assign(bytes.data_ptr<int8_t>(), bytes.data_ptr<int8_t>() + bytes.numel());
        ++m_units;
        const at::Tensor yq = activated(convolve(xpq, q * scale, bias, c, oh, ow), c);
        return {yq, target};
    }

    RoundingReport report() const { return {m_units, m_weights, m_flipped}; }

private:
    std::map<std::string, at::Tensor> m_state;
    const ResolvedModel &m_spec;
    RoundingOptions m_options;
    at::Generator m_gen;
    int m_units = 0;
    int64_t m_weights = 0, m_flipped = 0;
};

} // namespace

RoundingReport learnRounding(Int8Model &model, EfficientNetImpl &reference, const at::Tensor &images,
                             const RoundingOptions &options, const std::function<bool(int, int)> &progress)
{
    if (images.dim() != 4 || images.size(0) < 1 || images.size(1) != 3)
        throw Error(ErrorCategory::InvalidInput, "learning the rounding needs calibration images [N, 3, H, W], N >= 1");
    c10::InferenceMode inferenceOff(false); // the rounding is learnt by gradients
    // each step frees and takes again the same large blocks: kept, not faulted in afresh
    installCpuBlockCache();
    CpuBlockCacheScope keepBlocks;
    Rounder rounder(reference, options);
    const at::Tensor x = images.to(at::kFloat).cpu().clone();
    int total = 2 + int(model.blocks.size()) * 2;
    for (const Int8Block &b : model.blocks)
        total += b.hasExpand;
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress && !progress(done, total))
            throw Error(ErrorCategory::Cancelled, "learning the int8 rounding cancelled");
    };

    Int8Model learnt = model; // the caller's model changes only when every unit is done
    at::Tensor xq = onGrid(x, learnt.input), xf = x;
    auto [sq, sf] = rounder.unit(learnt.stem, xq, xf);
    step();
    // the engine keeps the stem's output in float when the first depthwise reads it directly
    xq = stemFeedsDepthwise(learnt) ? sq : onGrid(sq, learnt.stem.output);
    xf = sf;
    for (Int8Block &b : learnt.blocks) {
        const at::Tensor inq = xq, inf = xf;
        if (b.hasExpand) {
            auto [eq, ef] = rounder.unit(b.expand, xq, xf);
            xq = onGrid(eq, b.expand.output);
            xf = ef;
            step();
        }
        {
            auto [dq, df] = rounder.unit(b.depthwise, xq, xf);
            xq = onGrid(dq, b.depthwise.output);
            xf = df;
            step();
        }
        auto [pq, pf] = rounder.unit(b.project, xq, xf);
        step();
        // with a residual the engine requantizes projection + input once, into the sum's grid
        xq = b.residual ? onGrid(pq + inq, b.sum) : onGrid(pq, b.project.output);
        xf = b.residual ? pf + inf : pf;
    }
    rounder.unit(learnt.head, xq, xf);
    step();
    model = std::move(learnt);
    return rounder.report();
}

} // namespace effscope::core
