// SPDX-License-Identifier: MIT
#pragma once
// Model loading and classification, the one path the CLI and the GUI worker share.
// A ModelHandle owns the network and everything needed to feed it: the resolved spec, the
// preprocessing of its weights, and where the weights came from. Not thread-safe: it lives
// on one thread (the CLI's, or the InferenceWorker's).
#include "arch/preprocess.h"
#include "nn/efficientnet.h"
#include "weights/load_weights.h"
#include "weights/registry.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace effscope::core {

struct ModelRequest
{
    std::string model = "lite0";   ///< preset name
    std::string weightsPath;       ///< explicit file; empty = the registry's cached file
    bool allowUntrained = true;    ///< random init when no weights are found (labelled "untrained")
    std::string device = "cpu";    ///< "cpu" or "cuda"
};

struct ModelHandle
{
    ModelConfig config;
    EfficientNet net{nullptr};
    Preprocess preprocess;
    bool pretrained = false;
    std::string weightsLabel;      ///< registry id, file name, or "untrained (random init)"
    std::string weightsPath;
    LoadReport report;
    std::string device = "cpu";
};

struct Prediction
{
    int index = 0;
    float probability = 0.0f;
};

/// Builds the model and loads weights. An explicit file that matches a registry entry by
/// name gets that entry's preprocessing and architecture overrides. Throws on any failure.
ModelHandle loadModel(const ModelRequest &request, const std::vector<WeightEntry> &registry);

/// Wraps CHW float planes (3 x size x size) as a [1, 3, size, size] tensor (copied).
at::Tensor inputTensor(const std::vector<float> &chw, int size);

/// Softmax top-k per batch row, on the handle's device, in inference mode.
std::vector<std::vector<Prediction>> classify(ModelHandle &model, const at::Tensor &batch, int topk);

/// Whether CUDA can be used by this LibTorch build on this machine.
bool cudaAvailable();

} // namespace effscope::core
