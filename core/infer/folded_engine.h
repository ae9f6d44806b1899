// SPDX-License-Identifier: MIT
#pragma once
// The network as functional LibTorch ops with every BatchNorm folded into its convolution, on any
// device, in any floating type and memory format. It is the CUDA engine (channels-last, bf16 or
// fp16 weights, cuDNN's autotuner; cuda_graph.h replays it as one CUDA graph per input shape).
// On the CPU, where the oneDNN plan runs, it serves only to show that the folding is exact:
// tests hold it to the reference module for every preset.
#include "nn/efficientnet.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <vector>

namespace effscope::core {

struct FoldedOptions
{
    c10::Device device{c10::kCPU};
    c10::ScalarType dtype = c10::kFloat;   ///< of weights and activations: float, bfloat16 or half
    bool channelsLast = true;              ///< NHWC activations and weights (what cuDNN prefers)
};

class FoldedEfficientNet
{
public:
    /// Copies the reference module's weights (BN folded in fp64, then converted).
    FoldedEfficientNet(EfficientNetImpl &reference, const FoldedOptions &options);
    /// x: [N, 3, H, W], any floating type, any device; returns float logits [N, classes] on the
    /// engine's device. Call under c10::InferenceMode.
    at::Tensor forward(const at::Tensor &x) const;
    const FoldedOptions &options() const { return m_options; }

private:
    struct Conv
    {
        at::Tensor weight, bias;
        int64_t kernel = 1, stride = 1, groups = 1;
        bool activation = true;
    };
    struct Block
    {
        bool hasExpand = false, hasSe = false, residual = false;
        Conv expand, depthwise, project;
        at::Tensor fc1Weight, fc1Bias, fc2Weight, fc2Bias;
    };
    at::Tensor conv(const Conv &c, const at::Tensor &x) const;
    void activate(at::Tensor &x) const;

    ResolvedModel m_spec;
    FoldedOptions m_options;
    Conv m_stem, m_head;
    std::vector<Block> m_blocks;
    at::Tensor m_fcWeight, m_fcBias;
};

} // namespace effscope::core
