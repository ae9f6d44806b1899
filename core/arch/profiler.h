// SPDX-License-Identifier: MIT
#pragma once
// Analytic profiler: walks a ResolvedModel at a given input size and returns one row per layer
// with parameters, multiply-accumulates and activation memory, allocating no tensors.
//
// Conventions (those of the paper and of torchvision's `_ops`):
//  - MACs count one multiply-add per weight use in convolutions and the linear layer, SE 1x1
//    convolutions included; biases, BN, activations, pooling, SE gating and residual adds are
//    not MACs. FLOPs are reported as 2 x MACs.
//  - `elementwiseOps` is that uncounted work, listed separately: BN 2 per output element (scale
//    and shift), an activation 1 per element, average pooling 1 add per input element, SE gating
//    1 multiply per element, a residual add 1 per element.
//  - params are trainable parameters (conv/linear weights and biases, BN weight and bias);
//    BN running statistics are buffers and not counted.
//  - activationBytes is the layer's fp32 output for a batch of one.
// Row names are the module paths of the LibTorch model (and torchvision's state_dict prefixes).
#include "arch/arch_spec.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

enum class LayerKind { Stem, Expand, Depthwise, SqueezeExcite, Project, Residual, Head, Pool, Classifier };

const char *layerKindName(LayerKind kind);

struct LayerProfile
{
    std::string name;                 ///< module path, e.g. "features.2.0.block.1"
    LayerKind kind = LayerKind::Stem;
    std::array<int64_t, 4> inShape{};  ///< N, C, H, W (N = 1; linear layers use H = W = 1)
    std::array<int64_t, 4> outShape{};
    int64_t params = 0;
    int64_t macs = 0;
    int64_t elementwiseOps = 0;
    int64_t activationBytes = 0;
};

struct ModelProfile
{
    std::vector<LayerProfile> layers;
    int height = 0;
    int width = 0;
    int64_t params = 0;
    int64_t macs = 0;
    int64_t elementwiseOps = 0;
    int64_t activationBytes = 0;
    int64_t flops() const { return 2 * macs; }
};

/// Output size of a convolution along one axis for the variant's padding rule. Symmetric
/// padding uses (k - 1) / 2; TF-SAME gives ceil(in / stride).
int64_t convOutputSize(int64_t in, int kernel, int stride, Padding padding);
/// Padding before the first row (column) of that convolution: half of TF-SAME's total (the
/// smaller half), or (k - 1) / 2.
int convPadBefore(int64_t in, int kernel, int stride, Padding padding);

/// Profiles the model at height x width. Throws InvalidInput for sizes below 1 or above 16384.
ModelProfile profileModel(const ResolvedModel &model, int height, int width);
inline ModelProfile profileModel(const ResolvedModel &model)
{
    return profileModel(model, model.resolution, model.resolution);
}

} // namespace effscope::core
