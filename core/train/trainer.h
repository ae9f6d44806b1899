// SPDX-License-Identifier: MIT
#pragma once
// One training run of an EfficientNet module: the paper's recipe as options (BN in train mode
// with its momentum, dropout, stochastic depth, cross-entropy with label smoothing, SGD or
// TF-style RMSProp with warm-up and exponential decay, weight decay, gradient clipping, bf16
// autocast on CUDA), one step per call, and checkpoints from which a run resumes exactly.
//
// Exact resumption: everything random in a step comes from a generator reseeded from
// (seed, step) before the step, so a checkpoint needs only the weights, BN statistics,
// optimizer state, step and the caller's data order; nothing depends on what ran before.
#include "nn/efficientnet.h"
#include "train/block_cache.h"
#include "train/optimizer.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace effscope::core {

/// Linear warm-up, then exponential decay as TF's EfficientNet trainer does it: during the
/// first `warmupSteps` steps lr = base (step + 1) / warmupSteps; after, lr = base
/// decayRate^(step / decaySteps), the exponent floored when `staircase` (the paper: 0.97 every
/// 2.4 epochs, 5 epochs of warm-up). The decay counts from step 0, warm-up included, as TF's.
struct LearningRateSchedule
{
    double base = 0.016;
    int64_t warmupSteps = 0;
    double decayRate = 0.97;
    double decaySteps = 0.0; ///< 0: no decay
    bool staircase = true;

    double at(int64_t step) const;
};

struct TrainConfig
{
    OptimizerOptions optimizer;
    LearningRateSchedule schedule;
    double labelSmoothing = 0.1;
    double bnMomentum = 0.01;      ///< PyTorch convention (TF's BN decay 0.99)
    double dropout = -1.0;         ///< classifier dropout; below 0: the model's own
    double stochasticDepth = 0.2;  ///< the last block's drop rate (0: off)
    double clipNorm = 0.0;         ///< clip the gradient's global L2 norm to this (0: off)
    bool amp = false;              ///< bf16 autocast for the forward pass (CUDA only)
    /// Convolution weights and activations in channels-last layout: oneDNN's faster training
    /// kernels on the CPU (PyTorch eager's B0 step: 11% faster so, bench/results/train-*.md). Off:
    /// NCHW, the layout of the reference implementations the oracle tests compare with.
    bool channelsLast = true;
    uint64_t seed = 0;
};

struct StepResult
{
    int64_t step = 0;       ///< the step just taken (0-based)
    double loss = 0.0;      ///< mean cross-entropy of the batch, label smoothing included
    double accuracy = 0.0;  ///< top-1 on the batch, in training mode
    double lr = 0.0;
    double gradNorm = 0.0;  ///< before clipping
    /// Where the step's time went, in ms (each part ends with a value read back, so on a GPU
    /// its kernels have finished): forward and loss, backward and clipping, the update.
    double forwardMs = 0.0, backwardMs = 0.0, updateMs = 0.0;
};

/// What a checkpoint carries besides the trainer's own state: the caller's data order and
/// epoch (so the run goes on with the same batches) and free-form text.
struct CheckpointExtra
{
    int64_t epoch = 0;
    std::vector<int64_t> dataOrder;
    std::map<std::string, std::string> metadata;
};

class Trainer
{
public:
    /// Trains `net` where it lives (its parameters' device). Throws InvalidInput for bad options
    /// (AMP without CUDA among them).
    Trainer(EfficientNet net, TrainConfig config);

    /// One optimisation step on images [N, 3, H, W] (N >= 2: BN needs a batch) and int64
    /// labels [N] in [0, classes). Throws InvalidInput for bad shapes or labels, and when the
    /// loss or the gradient is not finite (the weights are then left as they were).
    StepResult step(const at::Tensor &images, const at::Tensor &labels);

    int64_t steps() const { return m_step; }
    const TrainConfig &config() const { return m_config; }
    EfficientNet net() const { return m_net; }

    /// Writes weights, BN statistics, optimizer state, step and `extra` as one safetensors file,
    /// atomically (a crash leaves the previous file).
    void saveCheckpoint(const std::string &path, const CheckpointExtra &extra = {}) const;
    /// Restores a checkpoint written by saveCheckpoint for the same architecture and optimizer;
    /// anything else is refused with what differs. Returns its extra part.
    CheckpointExtra loadCheckpoint(const std::string &path);

private:
    EfficientNet m_net;
    TrainConfig m_config;
    Optimizer m_optimizer;
    at::Generator m_generator;
    int64_t m_step = 0;
    c10::Device m_device;
    std::optional<CpuBlockCacheScope> m_blockCache; ///< on the CPU: the step's blocks kept for the next
};

/// A copy of `source` (same device) whose classifier has `classes` outputs, for fine-tuning on
/// the user's classes: every other parameter and BN statistic copied, the new classifier
/// initialised as a fresh nn.Linear (uniform within 1/sqrt(features), bias 0) from `seed`.
EfficientNet withClasses(EfficientNetImpl &source, int classes, uint64_t seed);

/// The parameters of a module that require gradients, by their state_dict names.
std::vector<NamedParameter> trainableParameters(torch::nn::Module &module);

} // namespace effscope::core
