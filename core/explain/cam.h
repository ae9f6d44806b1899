// SPDX-License-Identifier: MIT
#pragma once
// Class activation maps for EfficientNet, computed on effscope's own models (no hooks on a
// Python module, so nothing breaks on a deployed network). Formulas follow pytorch-grad-cam
// 1.5 (the oracle the tests compare against):
//   A = target-layer activations [C, h, w], G = d(target logit)/dA
//   CAM         sum_k W[c,k] A_k                (classifier weights; head layer only)
//   Grad-CAM    w_k = mean(G_k)                 cam = sum_k w_k A_k
//   Grad-CAM++  w_k = sum relu(G) a, a = G^2 / (2 G^2 + sum(A_k) G^3 + 1e-6) (0 where G = 0)
//   XGrad-CAM   w_k = sum(G_k A_k) / (sum(A_k) + 1e-7)
//   HiResCAM    cam = sum_k G_k * A_k (elementwise)
//   Layer-CAM   cam = sum_k relu(G_k) * A_k
//   Eigen-CAM   projection of A on its first principal component (centred, SVD), its sign
//               fixed so the largest magnitude is positive (an SVD's sign is arbitrary and
//               differs between LAPACK builds; pytorch-grad-cam's sign-corrected projection)
//   Score-CAM   w = softmax_k(logit_c(x * m_k)), m_k = A_k upsampled (bilinear, corners
//               aligned) to the input and min-max normalised; masked inputs run batched
//   Ablation-CAM w_k = (y_c - y_c with A_k zeroed) / y_c (Desai & Ramaswamy: the channel is set
//               to 0; pytorch-grad-cam writes a large negative value instead, which only
//               behaves on ReLU networks)
// then relu. Eigen smoothing replaces the channel sum by the first-component projection of the
// weighted activations; augmentation smoothing (the reference's test-time augmentation:
// horizontal flip x input multiplied by 0.9 / 1 / 1.1) averages the normalised, upsampled maps.
//
// When the target layer is the head (the default) and the CPU fast path is loaded, activations
// come from the oneDNN plan and the gradient is exact in closed form (the head feeds global
// average pooling and one linear layer: dy_c/dA_k = W[c,k] / (h w)), so a Grad-CAM costs one
// fast forward. Other layers use autograd on the reference module.
#include "common/cam_method.h"
#include "infer/engine.h"

#include <ATen/core/Tensor.h>

#include <functional>
#include <string>
#include <vector>

namespace effscope::core {

/// A layer whose output can be explained or shown, with its output shape for one input size.
struct LayerInfo
{
    std::string path;    ///< tap path, e.g. "features.8", "features.6.2", "features.2.0.block.1"
    std::string kind;    ///< stem, expand, depthwise, se, project, block, stage, head
    int64_t channels = 0, height = 0, width = 0;
};

/// Every tap point of the model at an input of height x width, in forward order.
std::vector<LayerInfo> explainableLayers(const ResolvedModel &model, int height, int width);
/// The head: the last convolution after BN + activation, "features.N".
std::string defaultCamLayer(const ResolvedModel &model);
/// Throws InvalidInput naming a few valid paths when `path` is not a tap point.
void checkLayer(const ResolvedModel &model, const std::string &path);

/// Called with the fraction done in [0, 1]; return false to cancel (the call then throws
/// Error(Cancelled)).
using ProgressFn = std::function<bool(double)>;

struct CamOptions
{
    CamMethod method = CamMethod::GradCam;
    std::string layer;        ///< empty: defaultCamLayer()
    int targetClass = -1;     ///< -1: the top-1 class of the input
    bool augSmooth = false;
    bool eigenSmooth = false;
    int batchSize = 16;       ///< masked / ablated inputs per forward (Score-CAM, Ablation-CAM)
};

struct CamResult
{
    at::Tensor map;           ///< float [h, w] >= 0 (not normalised): layer resolution, or the
                              ///< input resolution when augmentation-smoothed
    std::string layer;
    int64_t layerChannels = 0;
    int64_t layerHeight = 0, layerWidth = 0; ///< the layer's spatial size (the map's, unless smoothed)
    int targetClass = 0;
    float targetLogit = 0.0f;
    float targetProbability = 0.0f;
    at::Tensor logits;        ///< [classes] of the unmodified input
    bool closedForm = false;  ///< fast-path activations with the closed-form head gradient
};

/// input: float [1, 3, H, W], preprocessed. Throws InvalidInput for a bad layer, class or method
/// combination (CAM needs the head layer), Cancelled when progress says so.
CamResult computeCam(ModelHandle &model, const at::Tensor &input, const CamOptions &options,
                     const ProgressFn &progress = {});

/// Min-max normalises a map to [0, 1] (x - min) / (max - min + 1e-7), resizes it bilinearly
/// (half-pixel centres, as OpenCV's INTER_LINEAR) to height x width and normalises again: the
/// reference's scale_cam_image to the input size followed by its final scale_cam_image.
at::Tensor scaleCam(const at::Tensor &map, int height, int width);

/// Activations of one layer for one input: [C, h, w] float, by the fast path when it keeps that
/// layer, else by the reference module.
at::Tensor layerActivations(ModelHandle &model, const at::Tensor &input, const std::string &layer);

/// Several layers in one reference forward: `visit` gets each listed layer's output ([C, h, w],
/// float, CPU) as the forward reaches it, in forward order, and may throw to stop it. Nothing is
/// kept, so memory stays at one forward's. Throws InvalidInput for an unknown layer.
void visitLayerActivations(ModelHandle &model, const at::Tensor &input, const std::vector<std::string> &layers,
                           const std::function<void(const std::string &, const at::Tensor &)> &visit);

} // namespace effscope::core
