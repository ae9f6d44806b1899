// SPDX-License-Identifier: MIT
#pragma once
// Learned rounding of an int8 model's weights (AdaRound: Nagel et al., "Up or Down? Adaptive
// Rounding for Post-Training Quantization", ICML 2020), after quantizeModel has fixed every
// scale. Rounding each weight to its nearest step minimises the weight's own error, not the
// layer's; here each s8 weight may instead go to the step below or above, whichever makes the
// unit's output on the calibration photos closest to the float model's.
//
// Units are taken in order (stem, each block's expand, depthwise and project, the head). A unit
// is fed what the int8 model before it produces (simulated in float: every activation on its
// u8 grid, the stem's output kept in float where the engine keeps it, residual sums requantized
// once), and its target is the float model's output of that unit (after ReLU6). So each unit
// also absorbs the rounding error of the activations before it, which is the larger share of
// int8's disagreement with fp32 (bench/int8_study.py). Per unit: a continuous choice
// h = clamp(sigmoid(v) * 1.2 - 0.1, 0, 1) between floor and floor + 1, started at each
// weight's fractional part (so at nearest rounding), Adam (step 0.01) on the squared output
// error of random pixels (1x1 units; `pixels` per step) or four random 24 x 24 output windows (stem,
// depthwise) plus 0.01 x sum(1 - |2h - 1|^beta), beta annealed from 20 to 2 after the first
// fifth, which pushes every h to 0 or 1; then the weight takes floor + (h >= 0.5). Biases
// (bias-corrected by quantizeModel), scales and the classifier stay as they are.
//
// Deterministic: the samples come from a generator seeded by `seed`.
#include "nn/efficientnet.h"
#include "weights/int8_model.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <functional>

namespace effscope::core {

struct RoundingOptions
{
    int iterations = 400; ///< Adam steps per unit
    int pixels = 4096;    ///< 1x1 units: pixels per step (the stem and depthwise take 4 windows of 24 x 24)
    uint64_t seed = 1;
};

/// What learnRounding changed.
struct RoundingReport
{
    int units = 0;            ///< convolution units whose rounding was learnt
    int64_t weights = 0;      ///< s8 weights in them
    int64_t flipped = 0;      ///< rounded the other way than nearest
};

/// Re-rounds the s8 weights of `model` (from quantizeModel on `reference`, a Lite model whose
/// BatchNorm it folded) to reproduce `reference` on `images` (preprocessed calibration photos
/// [N, 3, H, W], float, on the CPU). `progress(done, total)` after each unit; returning false
/// cancels (Cancelled, `model` unchanged). Throws InvalidInput for an empty batch or a model
/// that does not match `reference`.
RoundingReport learnRounding(Int8Model &model, EfficientNetImpl &reference, const at::Tensor &images,
                             const RoundingOptions &options = {},
                             const std::function<bool(int, int)> &progress = {});

} // namespace effscope::core
