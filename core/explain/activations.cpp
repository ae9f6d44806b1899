// SPDX-License-Identifier: MIT
#include "explain/activations.h"

#include "common/error.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <numeric>

namespace effscope::core {

std::vector<ChannelStats> channelStats(const at::Tensor &maps)
{
    if (maps.dim() != 3)
        throw Error(ErrorCategory::ShapeMismatch, "channel statistics take activations [C, h, w]");
    c10::InferenceMode guard;
    const at::Tensor flat = maps.to(at::kCPU, at::kFloat).reshape({maps.size(0), -1});
    const at::Tensor mean = flat.to(at::kDouble).mean(1).to(at::kFloat).contiguous();
    const at::Tensor lo = std::get<0>(flat.min(1)).contiguous(), hi = std::get<0>(flat.max(1)).contiguous();
    const at::Tensor zero = (flat == 0).to(at::kFloat).mean(1).contiguous();
    const at::Tensor neg = (flat < 0).to(at::kFloat).mean(1).contiguous();
    std::vector<ChannelStats> out(size_t(maps.size(0)));
    for (size_t c = 0; c < out.size(); ++c)
        out[c] = {int(c), mean.data_ptr<float>()[c], lo.data_ptr<float>()[c], hi.data_ptr<float>()[c],
                  zero.data_ptr<float>()[c], neg.data_ptr<float>()[c]};
    return out;
}

std::vector<int> channelsByMean(const std::vector<ChannelStats> &stats, int k)
{
    std::vector<int> order(stats.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return stats[size_t(a)].mean > stats[size_t(b)].mean; });
    if (k > 0 && size_t(k) < order.size())
        order.resize(size_t(k));
    for (int &i : order)
        i = stats[size_t(i)].channel;
    return order;
}

} // namespace effscope::core
