// SPDX-License-Identifier: MIT
#pragma once
// How well a heatmap explains the model's decision, measured by perturbing the input:
//  - Average Drop and Increase in Confidence (Chattopadhay et al., Grad-CAM++): the target's
//    softmax probability on the input multiplied by the heatmap (O) against the original (Y):
//    drop = max(0, Y - O) / Y x 100, increase = O > Y. The input is the normalised tensor, as
//    pytorch-grad-cam's CamMultImageConfidenceChange multiplies it.
//  - Deletion and insertion (Petsiuk et al., RISE): pixels ordered by heat, most first (ties in
//    raster order); deletion sets them to 0 (the dataset mean colour after normalisation) step by
//    step, insertion starts from a blurred copy (11x11 Gaussian, sigma 5, zero padded, per
//    channel) and puts the original pixels back. The curve is the target probability after
//    each step; AUC by the trapezoid rule over the fraction of pixels, so in [0, 1].
// Perturbed inputs run batched through the model's fast path.
#include "explain/cam.h"

#include <vector>

namespace effscope::core {

struct FaithfulnessOptions
{
    int steps = 56;         ///< curve points after the start; pixels per step = ceil(HW / steps)
    int batchSize = 16;
    bool curves = true;     ///< false: only Average Drop / Increase (one forward)
};

struct Faithfulness
{
    int targetClass = 0;
    double probability = 0.0;        ///< Y
    double maskedProbability = 0.0;  ///< O
    double averageDrop = 0.0;        ///< percent
    bool increase = false;
    double deletionAuc = 0.0, insertionAuc = 0.0;
    std::vector<double> fractions;   ///< 0 .. 1, steps + 1 points
    std::vector<double> deletion, insertion;
};

/// input [1, 3, H, W] (normalised), heat [H, W] in [0, 1] (e.g. scaleCam()).
Faithfulness measureFaithfulness(ModelHandle &model, const at::Tensor &input, const at::Tensor &heat, int targetClass,
                                 const FaithfulnessOptions &options = {}, const ProgressFn &progress = {});

/// The insertion canvas: the input blurred by an 11x11 Gaussian (sigma 5), per channel, zero padded.
at::Tensor blurredCanvas(const at::Tensor &input);

} // namespace effscope::core
