// SPDX-License-Identifier: MIT
#pragma once
// Channel importance of a loaded model on one image: for the stem, every block's depthwise op
// (its hidden channels) and the head, the magnitudes of the BN scales that gate those channels
// and how sparse the channels' activations are. Which stages carry many weak or silent
// channels is a hint of where a scale could be made narrower (network slimming reads the same
// BN scales).
#include "infer/engine.h"

#include <functional>
#include <string>
#include <vector>

namespace effscope::core {

struct LayerImportance
{
    std::string layer;          ///< tap path: "features.0", "features.2.0.block.1", "features.8"
    int stage = 0;              ///< 0 stem, 1..7 stages, 8 head
    int channels = 0;
    double meanAbsGamma = 0.0;
    double weakFraction = 0.0;  ///< |gamma| below 5 % of the layer's largest |gamma|
    double deadFraction = 0.0;  ///< channels never above 0 on the image
    double nonPositiveFraction = 0.0; ///< activations <= 0 on the image
};

/// input: one preprocessed image [1, 3, H, W]. One reference forward for all layers.
/// progress(f) is called as each layer's activations pass; returning false cancels (throws
/// Cancelled).
std::vector<LayerImportance> channelImportance(ModelHandle &model, const at::Tensor &input,
                                               const std::function<bool(double)> &progress = {});

} // namespace effscope::core
