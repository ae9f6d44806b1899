// SPDX-License-Identifier: MIT
#pragma once
// The two optimizers of the EfficientNet recipes, written out so that their state is plain
// named tensors a checkpoint can hold:
//   SGD        torch.optim.SGD (momentum, dampening 0, optional Nesterov): d = g + wd p;
//              b = d on the first step, else m b + d; p -= lr b (lr (d + m b) with Nesterov)
//   RMSPropTF  TensorFlow's RMSProp as timm's RMSpropTF implements it (the paper's optimizer):
//              v starts at 1; v += (1 - decay)(g^2 - v); b = m b + lr g / sqrt(v + eps); p -= b
// Weight decay is an L2 term added to the gradient, and only for parameters of two or more
// dimensions (convolution and linear weights), not for biases or BN (TF's recipe, timm's
// param_groups_weight_decay).
#include <ATen/ATen.h>

#include <string>
#include <utility>
#include <vector>

namespace effscope::core {

enum class OptimizerKind { Sgd, RmsPropTf };

const char *optimizerName(OptimizerKind kind);
/// "sgd" or "rmsproptf"; throws InvalidInput naming the choices.
OptimizerKind parseOptimizer(const std::string &name);

struct OptimizerOptions
{
    OptimizerKind kind = OptimizerKind::RmsPropTf;
    double momentum = 0.9;
    double decay = 0.9;          ///< RMSProp's moving-average decay (PyTorch's alpha)
    double eps = 1e-3;           ///< RMSProp's epsilon, inside the square root
    double weightDecay = 1e-5;   ///< L2 on weights of 2+ dimensions
    bool nesterov = false;       ///< SGD only
};

struct NamedParameter
{
    std::string name;
    at::Tensor tensor;
};

class Optimizer
{
public:
    /// Throws InvalidInput for negative or non-finite options.
    Optimizer(std::vector<NamedParameter> parameters, OptimizerOptions options);

    /// One update with learning rate `lr` from each parameter's .grad() (parameters without a
    /// gradient are skipped, as in PyTorch).
    void step(double lr);
    void zeroGrad();
    const OptimizerOptions &options() const { return m_options; }
    const std::vector<NamedParameter> &parameters() const { return m_params; }

    /// The state as named tensors ("<slot>.<parameter name>"), for checkpoints. Slots: SGD
    /// "momentum"; RMSPropTF "square_avg" and "momentum".
    std::vector<std::pair<std::string, at::Tensor>> state() const;
    /// Restores what state() gave; every slot of every parameter must be present with the
    /// parameter's shape, else InvalidInput naming the first missing or wrong one.
    void loadState(const std::vector<std::pair<std::string, at::Tensor>> &state);

private:
    std::vector<NamedParameter> m_params;
    std::vector<bool> m_decay;
    OptimizerOptions m_options;
    std::vector<at::Tensor> m_momentum;   ///< undefined until a parameter's first step (SGD)
    std::vector<at::Tensor> m_squareAvg;  ///< RMSPropTF
};

/// Scales every gradient by min(1, maxNorm / (total L2 norm + 1e-6)), as
/// torch.nn.utils.clip_grad_norm_ (an infinite maxNorm leaves them alone); returns the total
/// norm before clipping.
double clipGradientNorm(const std::vector<NamedParameter> &parameters, double maxNorm);

} // namespace effscope::core
