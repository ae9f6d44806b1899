// SPDX-License-Identifier: MIT
#include "quant/range_observer.h"

#include "common/error.h"

#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>

namespace effscope::core {

void RangeObserver::observe(const at::Tensor &values)
{
    if (values.numel() == 0)
        return;
    const at::Tensor x = values.detach().to(at::kCPU, at::kFloat).contiguous().view(-1);
    const auto [lo, hi] = at::aminmax(x);
    const double mn = lo.item<double>(), mx = hi.item<double>();
    if (!std::isfinite(mn) || !std::isfinite(mx))
        throw Error(ErrorCategory::InvalidInput, "an activation holds NaN or Inf: calibration needs finite values");
    const double absMax = std::max(std::abs(mn), std::abs(mx));
    if (m_count == 0) {
        m_min = mn;
        m_max = mx;
        m_range = absMax > 0.0 ? absMax : 1e-8;
        m_bins.assign(kBins, 0);
    } else {
        m_min = std::min(m_min, mn);
        m_max = std::max(m_max, mx);
    }
    while (absMax > m_range) { // double the range: bins 2k and 2k+1 become bin k
        for (int k = 0; k < kBins / 2; ++k)
            m_bins[size_t(k)] = m_bins[size_t(2 * k)] + m_bins[size_t(2 * k + 1)];
        std::fill(m_bins.begin() + kBins / 2, m_bins.end(), 0);
        m_range *= 2.0;
    }
    // bin of |x|: floor(|x| / width), the top edge in the last bin
    const at::Tensor index = (x.abs().to(at::kDouble) * (kBins / m_range)).floor().clamp_max(kBins - 1).to(at::kLong);
    const at::Tensor counts = at::bincount(index, {}, kBins);
    const int64_t *c = counts.data_ptr<int64_t>();
    for (int k = 0; k < kBins; ++k)
        m_bins[size_t(k)] += c[k];
    m_count += x.numel();
}

double RangeObserver::absPercentile(double p) const
{
    if (m_count == 0)
        throw Error(ErrorCategory::InvalidInput, "no values observed yet");
    if (!(p > 0.0 && p <= 100.0))
        throw Error(ErrorCategory::InvalidInput, "a percentile must be in (0, 100]");
    const double need = std::ceil(p / 100.0 * double(m_count));
    int64_t seen = 0;
    for (int k = 0; k < kBins; ++k) {
        seen += m_bins[size_t(k)];
        if (double(seen) >= need)
            return std::min(double(k + 1) * binWidth(), std::max(std::abs(m_min), std::abs(m_max)));
    }
    return std::max(std::abs(m_min), std::abs(m_max));
}

Calibrator::Calibrator(EfficientNetImpl &net) : m_net(net)
{
    const ResolvedModel &spec = net.spec();
    m_units = {"features.0", "features." + std::to_string(spec.headIndex()), "classifier.1"};
    for (const ResolvedBlock &b : spec.blocks) {
        const BlockOps ops = b.ops();
        for (int index : {ops.expand, ops.depthwise, ops.project})
            if (index >= 0)
                m_units.insert(b.path() + ".block." + std::to_string(index));
    }
}

void Calibrator::observe(const at::Tensor &batch)
{
    if (batch.dim() != 4 || batch.size(1) != 3)
        throw Error(ErrorCategory::ShapeMismatch, "calibration takes preprocessed images [N, 3, H, W]");
    c10::InferenceMode guard;
    const bool wasTraining = m_net.is_training();
    m_net.eval();
    m_observers["input"].observe(batch);
    m_net.forward(batch, LayerObserver([this](const std::string &name, const at::Tensor &in, const at::Tensor &out) {
        m_observers[name].observe(out);
        if (m_units.count(name)) { // a convolution's or the classifier's input: sum per channel
            const at::Tensor sum = in.dim() == 4 ? in.to(at::kDouble).sum({0, 2, 3}) : in.to(at::kDouble).sum(0);
            auto &[total, count] = m_inputSums[name];
            total = total.defined() ? total + sum : sum;
            count += in.numel() / in.size(1);
        }
    }));
    if (wasTraining)
        m_net.train();
    m_images += batch.size(0);
}

std::map<std::string, std::vector<double>> Calibrator::inputMeans() const
{
    std::map<std::string, std::vector<double>> out;
    for (const auto &[name, sum] : m_inputSums) {
        const at::Tensor mean = (sum.first / double(sum.second)).contiguous();
        out[name].assign(mean.data_ptr<double>(), mean.data_ptr<double>() + mean.numel());
    }
    return out;
}

std::map<std::string, ActivationRange> Calibrator::ranges() const
{
    std::map<std::string, ActivationRange> out;
    for (const auto &[name, o] : m_observers) {
        ActivationRange r;
        r.min = o.min();
        r.max = o.max();
        r.p999 = o.absPercentile(99.9);
        r.p9999 = o.absPercentile(99.99);
        r.p99999 = o.absPercentile(99.999);
        r.count = o.count();
        out[name] = r;
    }
    return out;
}

} // namespace effscope::core
