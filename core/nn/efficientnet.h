// SPDX-License-Identifier: MIT
#pragma once
// The EfficientNet built from a ResolvedModel, with torchvision's module tree so that
// named_parameters()/named_buffers() carry torchvision's state_dict keys:
//   features.0            stem   Conv2dNormActivation [0 conv, 1 bn]
//   features.S.J.block.K  blocks [expand]? depthwise [SE fc1/fc2]? project
//   features.N            head   Conv2dNormActivation
//   classifier.1          Linear (classifier.0 is the dropout, no parameters)
// The forward pass is exact in eval mode. In training mode BN uses batch statistics, the
// classifier's dropout and the blocks' stochastic depth are drawn per sample (both off in eval).
// An optional observer sees the input and output of every unit the analytic profiler lists,
// under the same names, so profiles and captures line up with the real layers.
#include "arch/arch_spec.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

/// Called with (module path, input, output) for each profiled unit during forward().
/// TF "SAME" padding of a strided convolution's input (the output is ceil(size / stride); the
/// odd pixel goes to the bottom and right), as the TF-ported checkpoints expect.
at::Tensor padTfSame(const at::Tensor &x, int64_t kernel, int64_t stride);

/// Stochastic depth on a residual branch [N, ...]: each sample's branch is kept with probability
/// 1 - p and then scaled by 1 / (1 - p), else zeroed (timm's drop_path, torchvision's
/// StochasticDepth "row" mode). The mask is drawn on the CPU from `generator` (torch's default
/// generator when null), so a seeded run draws the same on any device.
at::Tensor dropPath(const at::Tensor &x, double p, at::Generator *generator = nullptr);

using LayerObserver = std::function<void(const std::string &, const at::Tensor &, const at::Tensor &)>;

/// Called with (tap path, output) at every tap point during forward(); the network continues
/// with the tensor it returns (return `output` to only look). Tap points, in forward order:
///   features.0 (stem), each block op features.S.J.block.K (expand, depthwise, the SE-gated
///   tensor, project before the residual add), each block output features.S.J, each stage
///   output features.S (after its last block), the head features.N.
using LayerTap = std::function<at::Tensor(const std::string &, const at::Tensor &)>;

class EfficientNetImpl : public torch::nn::Module
{
public:
    explicit EfficientNetImpl(const ResolvedModel &model);

    /// x: float [N, 3, H, W] (any H, W >= 1); returns logits [N, numClasses].
    at::Tensor forward(const at::Tensor &x);
    at::Tensor forward(const at::Tensor &x, const LayerObserver &observer);
    at::Tensor forward(const at::Tensor &x, const LayerTap &tap);

    const ResolvedModel &spec() const { return m_spec; }

    /// Stochastic depth for training: block i of n drops its residual branch with probability
    /// rate * i / n (the linear schedule of torchvision and timm: the first block never, the
    /// last almost `rate`). 0 turns it off. Throws InvalidInput outside [0, 1).
    void setStochasticDepth(double rate);
    /// The drop probability of block `index` (0 for a block without a residual branch).
    double dropProbability(size_t index) const;
    size_t blockCount() const { return m_blocks.size(); }
    /// Overrides the classifier's dropout probability (the spec's by default).
    void setDropout(double p);
    /// BatchNorm momentum of every BN layer, PyTorch's convention (0.01 is TF's decay 0.99).
    void setBatchNormMomentum(double momentum);
    /// Where training draws its dropout and stochastic depth masks (null: torch's default
    /// generator). The generator must outlive the module's use of it.
    void setGenerator(at::Generator *generator) { m_generator = generator; }

private:
    struct ConvBn
    {
        std::string name;
        torch::nn::Conv2d conv{nullptr};
        torch::nn::BatchNorm2d bn{nullptr};
        int kernel = 1;
        int stride = 1;
        bool activation = true;
    };
    struct Block
    {
        std::string path;
        bool hasExpand = false;
        ConvBn expand;
        ConvBn depthwise;
        std::string seName;
        torch::nn::Conv2d fc1{nullptr};
        torch::nn::Conv2d fc2{nullptr};
        ConvBn project;
        bool residual = false;
        double dropProbability = 0.0; ///< stochastic depth in training
        std::string stageOutput; ///< "features.S" when this is its stage's last block
    };

    ConvBn makeConvBn(torch::nn::Module &parent, const std::string &childName, const std::string &path,
                      int in, int out, int kernel, int stride, int groups, bool activation);
    at::Tensor runConvBn(ConvBn &u, const at::Tensor &x, const LayerObserver *obs, const LayerTap *tap);
    at::Tensor activate(at::Tensor x) const;
    at::Tensor run(const at::Tensor &x, const LayerObserver *observer, const LayerTap *tap);

    ResolvedModel m_spec;
    ConvBn m_stem;
    std::vector<Block> m_blocks;
    ConvBn m_head;
    torch::nn::Linear m_classifier{nullptr};
    double m_dropout = 0.0;
    at::Generator *m_generator = nullptr;
};

TORCH_MODULE(EfficientNet);

/// The module's parameters and buffers by name, detached copies on the CPU in double.
std::map<std::string, at::Tensor> cpuStateDouble(EfficientNetImpl &net);
/// Convolution unit `name` (conv "<name>.0", BN "<name>.1") in `state` with its eval-mode
/// BatchNorm folded in, in double: weight w * g / sqrt(var + eps), bias beta - mean * g / sqrt(var + eps).
std::pair<at::Tensor, at::Tensor> foldedConvBn(const std::map<std::string, at::Tensor> &state,
                                               const std::string &name, double eps);

} // namespace effscope::core
