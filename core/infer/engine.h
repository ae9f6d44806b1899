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

#include <map>
#include <memory>
#include <optional>
#include <functional>
#include <string>
#include <vector>

namespace effscope::core {

class FastEfficientNet;
class Int8EfficientNet;
class FoldedEfficientNet;
class CudaGraphs;

struct ModelRequest
{
    std::string model = "lite0";   ///< preset name (ignored when `custom` is set)
    /// A custom scale (from the scaling explorer): built with random init unless weightsPath
    /// is given; preprocessing follows its family at its resolution (B: resize r / 0.875 and
    /// centre crop r, bicubic; Lite: resize r + 32, crop r).
    std::optional<ModelConfig> custom;
    std::string weightsPath;       ///< explicit file; empty = the registry's cached file
    bool allowUntrained = true;    ///< random init when no weights are found (labelled "untrained")
    std::string device = "cpu";    ///< "cpu", "cuda" (= "cuda:0") or "cuda:N" (see infer/devices.h)
    /// Precision of classify(): "fp32", "bf16" (CPU or CUDA), "fp16" (CUDA only) or "int8" (CPU,
    /// EfficientNet-Lite with pretrained weights: the int8 model made by quantize, see int8Path).
    /// Below fp32 a second copy of the network runs in that type; explanations stay fp32.
    std::string precision = "fp32";
    /// int8: the quantized model's file; empty = the one beside the float weights (percentile
    /// calibration first, then min/max; see int8PathFor).
    std::string int8Path;
    bool fastPath = true;          ///< use the oneDNN plan on the CPU when this build has it
    bool pretrained = true;        ///< false: skip weights (random init), e.g. for timing
    /// Load weights holding NaN or Inf instead of refusing them; the handle is then unreliable().
    bool allowNonFinite = false;
    /// Called between the stages (build, read, copy weights, plan) with the fraction done;
    /// returning false stops the load with Error(Cancelled).
    std::function<bool(double)> progress;
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
    std::string device = "cpu";      ///< canonical: "cpu" or "cuda:N"
    std::shared_ptr<FastEfficientNet> fast; ///< null: the reference module runs
    /// CUDA: BN folded, channels-last, in the classification precision, replayed as CUDA graphs
    std::shared_ptr<FoldedEfficientNet> folded;
    std::shared_ptr<CudaGraphs> graphs;
    std::string precision = "fp32";
    EfficientNet lowPrecision{nullptr};     ///< the module in bf16 / fp16 for classify()
    std::shared_ptr<Int8EfficientNet> int8; ///< precision "int8": the quantized model for classify()
    std::string int8Path;                   ///< the file it was read from
    /// The classes of weights trained on the user's own (their "classes" metadata, one per
    /// output); empty: the 1000 ImageNet classes.
    std::vector<std::string> ownClasses;

    /// The name of output `index` (the user's class or ImageNet's); "" outside the range.
    std::string className(int index) const;
    /// How many outputs the classifier has.
    int classCount() const;

    /// Empty, or why every result of this model is unreliable (its weights hold NaN or Inf).
    std::string unreliable() const;
    bool hasFastPath() const { return fast != nullptr || folded != nullptr; }
    /// Logits for a float [N, 3, H, W] batch, by the fast path when there is one (the oneDNN plan
    /// on the CPU; on CUDA the folded engine when it runs in fp32). Call under c10::InferenceMode.
    at::Tensor forward(const at::Tensor &x);
    /// Logits in the classification precision: the CUDA engine, the bf16 / fp16 module, or forward().
    at::Tensor classifyForward(const at::Tensor &x);
    /// The engine of classifyForward(): "effscope-int8", "effscope-onednn", "effscope-cuda" or "libtorch-eager".
    const char *engineName() const
    {
        return int8 ? "effscope-int8" : fast ? "effscope-onednn" : folded ? "effscope-cuda" : "libtorch-eager";
    }
};

struct Prediction
{
    int index = 0;
    float probability = 0.0f;
};

/// Builds the model and loads weights. An explicit file that matches a registry entry by
/// name gets that entry's preprocessing and architecture overrides. A file trained on the
/// user's classes (effscope's fine-tune: "classes" metadata, one name per line, and the
/// "resolution" it was trained at) gets a classifier of that many outputs, those names and the
/// preprocessing scaled to that resolution. Throws on any failure.
ModelHandle loadModel(const ModelRequest &request, const std::vector<WeightEntry> &registry);

/// The class names in weights metadata ("classes": one per line); empty when there are none.
/// Throws InvalidInput for a list that cannot be a classifier's (fewer than 2, empty or over
/// 200 characters long names, more than 100000).
std::vector<std::string> classesFromMetadata(const std::map<std::string, std::string> &metadata);

/// The evaluation preprocessing of a custom scale at its resolution r, by its family: B, resize
/// to r / 0.875 and centre-crop r, bicubic; Lite (fixed stem and head), resize r + 32, crop r.
Preprocess customScalePreprocess(const ModelConfig &config);

/// `preprocess` for another crop size: the resize keeps its ratio to the crop.
Preprocess atResolution(const Preprocess &preprocess, int cropSize);

/// Wraps CHW float planes (3 x size x size) as a [1, 3, size, size] tensor (copied).
at::Tensor inputTensor(const std::vector<float> &chw, int size);

/// Softmax top-k per batch row, on the handle's device, in inference mode.
std::vector<std::vector<Prediction>> classify(ModelHandle &model, const at::Tensor &batch, int topk);

/// Whether CUDA can be used by this LibTorch build on this machine.
bool cudaAvailable();

/// Sets the intra-op thread count for torch and oneDNN work started from the calling thread
/// and returns it. 0 picks the default: OMP_NUM_THREADS when set, else every logical CPU
/// (LibTorch's own default counts physical cores as cpuinfo sees them, which is 1 on some VMs).
int useThreads(int requested = 0);

} // namespace effscope::core
