// SPDX-License-Identifier: MIT
#pragma once
// Runs an int8 EfficientNet-Lite (weights/int8_model.h) on the CPU with effscope's own kernels
// (quant/int8_kernels.h): u8 activations channels-last from the stem to the head (the stem's
// own output kept in float where the first depthwise reads it: forward says why), each
// convolution's requantization, ReLU6 and residual add fused into its epilogue, the input
// quantized while the stem's patches are gathered, the head pooled and classified in float.
// Eval only; not thread-safe (one per thread, like the fast path).
#include "infer/step_timing.h"
#include "weights/int8_model.h"

#include <ATen/core/Tensor.h>

#include <memory>
#include <string>
#include <vector>

namespace effscope::core {

class Int8EfficientNet
{
public:
    /// Packs the weights for the kernel path in effect (int8Isa()).
    explicit Int8EfficientNet(const Int8Model &model);
    ~Int8EfficientNet();
    Int8EfficientNet(Int8EfficientNet &&) noexcept;
    Int8EfficientNet &operator=(Int8EfficientNet &&) noexcept;

    /// x: float CPU tensor [N, 3, H, W] (preprocessed like the float model's input); returns
    /// float logits [N, classes].
    at::Tensor forward(const at::Tensor &x);
    /// Times each layer over `iters` runs of x after a warm-up run (kinds: stem, expand,
    /// depthwise, project, head, pool+classifier).
    std::vector<StepTiming> profile(const at::Tensor &x, int iters);
    const Int8Model &model() const;
    /// The kernel path the weights were packed for: "avx512-vnni", "avx2" or "scalar".
    std::string isaName() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace effscope::core
