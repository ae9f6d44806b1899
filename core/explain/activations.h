// SPDX-License-Identifier: MIT
#pragma once
// Per-channel statistics of a layer's activations, for the activation browser and the CLI.
#include <ATen/core/Tensor.h>

#include <vector>

namespace effscope::core {

struct ChannelStats
{
    int channel = 0;
    float mean = 0, min = 0, max = 0;
    float fractionZero = 0;     ///< exactly 0 (ReLU6 networks)
    float fractionNegative = 0; ///< below 0 (SiLU lets small negatives through)
};

/// maps: float [C, h, w].
std::vector<ChannelStats> channelStats(const at::Tensor &maps);
/// Channel indices by mean activation, largest first (ties: lower index first); k <= 0: all.
std::vector<int> channelsByMean(const std::vector<ChannelStats> &stats, int k = 0);

} // namespace effscope::core
