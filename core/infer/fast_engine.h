// SPDX-License-Identifier: MIT
#pragma once
// The fast inference path: the same network run as a plan of oneDNN primitives.
//  - BatchNorm is folded into the preceding convolution (weights and bias, computed in double);
//  - activations (SiLU, ReLU6, the SE sigmoid) and the residual add are fused into the
//    convolutions as post-ops; TF-SAME padding is expressed as asymmetric padding;
//  - on AVX-512 CPUs with the blocked layout, a block with SE (the B family) runs as three
//    steps of effscope's own code (infer/mbconv_fused.h: the expanded tensor kept to a few rows
//    in cache, the SE gate folded into the project); elsewhere a 3x3 depthwise convolution runs
//    inside the expand convolution before it where oneDNN has a fused kernel for that shape;
//  - squeeze-excitation's pool, fc1 and fc2 run as one step of effscope's own code on the map
//    in its layout (squeeze_excite.h), then a oneDNN multiply applies the gate;
//  - weights are reordered once into the layout each primitive prefers, and activations stay
//    in oneDNN's blocked layouts from the stem to the classifier (no per-layer conversion);
//  - a plan is built per input shape (batch, height, width) and cached; intermediate buffers
//    are shared between layers (ping-pong), so memory does not grow with depth.
// Eval-mode only. The reference EfficientNet module stays the source of truth: the fast path's
// logits are tested against it. CPU float32 only; no torch ops run inside forward().
#include "infer/step_timing.h"
#include "nn/efficientnet.h"

#include <ATen/core/Tensor.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace effscope::core {

/// How activations are laid out in memory between layers.
enum class ActivationLayout
{
    Auto,    ///< Blocked when every primitive gets an optimised kernel with it, else Nhwc
    Blocked, ///< oneDNN's channel-blocked layout for this CPU: nChw16c (AVX-512), nChw8c (AVX2)
    Nhwc,    ///< channels last
};

class FastEfficientNet
{
public:
    /// Copies and folds the reference module's current weights; later changes to it are not seen.
    explicit FastEfficientNet(EfficientNetImpl &reference, ActivationLayout layout = ActivationLayout::Auto);
    ~FastEfficientNet();
    FastEfficientNet(FastEfficientNet &&) noexcept;
    FastEfficientNet &operator=(FastEfficientNet &&) noexcept;

    /// x: contiguous float CPU tensor [N, C, H, W]; returns logits [N, classes].
    at::Tensor forward(const at::Tensor &x);
    /// forward() that also copies the outputs of `layers` into `captured` (float NCHW, keyed by
    /// name). Only capturableLayers() can be asked for; others throw InvalidInput.
    at::Tensor forward(const at::Tensor &x, const std::vector<std::string> &layers,
                       std::map<std::string, at::Tensor> &captured);
    /// Module paths of the outputs the plan keeps whole: stem, blocks, stages, head.
    std::vector<std::string> capturableLayers() const;
    /// Times every primitive over `iters` runs of x (after one warm-up run).
    std::vector<StepTiming> profile(const at::Tensor &x, int iters);
    /// Number of cached plans (one per input shape seen).
    size_t planCount() const;
    /// Layout of the most recently built plan ("nChw16c", "nChw8c", "nhwc"), empty before any.
    std::string layoutName() const;
    /// Blocks of the most recently built plan run by effscope's own fused kernels
    /// (infer/mbconv_fused.h: AVX-512 CPUs, blocked layout, unless EFFSCOPE_FUSED_MBCONV=0).
    int fusedBlockCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace effscope::core
