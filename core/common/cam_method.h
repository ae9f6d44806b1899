// SPDX-License-Identifier: MIT
#pragma once
// The CAM family as data: one row per method with its command-line id, the name the paper and
// pytorch-grad-cam give it, and what it costs. Torch-free, so the GUI builds its method list
// from here and the CLI parses the same ids; explain/cam.h computes them.
#include <string>
#include <vector>

namespace effscope::core {

enum class CamMethod { Cam, GradCam, GradCamPlusPlus, XGradCam, HiResCam, LayerCam, EigenCam, ScoreCam, AblationCam };

/// "cam", "gradcam", "gradcam++", "xgradcam", "hirescam", "layercam", "eigencam", "scorecam",
/// "ablationcam": stable ids (CLI, sessions, settings).
const char *camMethodName(CamMethod method);
/// "CAM", "Grad-CAM", "Grad-CAM++", "XGrad-CAM", "HiResCAM", "Layer-CAM", "Eigen-CAM",
/// "Score-CAM", "Ablation-CAM": how the papers write them.
const char *camMethodLabel(CamMethod method);
/// Parses ids and labels (case-insensitive; "-", "_" and spaces ignored, so "Grad-CAM++" works).
/// Throws InvalidInput listing the ids.
CamMethod parseCamMethod(const std::string &name);
/// Every method, in the order menus list them (the gradient methods first, then the
/// gradient-free ones, the forward-per-channel methods last).
const std::vector<CamMethod> &allCamMethods();
/// Whether the method needs d(logit)/d(activations) (one backward pass).
bool camUsesGradients(CamMethod method);
/// Whether the method runs one forward per channel of the layer (Score-CAM, Ablation-CAM): its
/// cost grows with the layer's width, not just the model's.
bool camForwardPerChannel(CamMethod method);

} // namespace effscope::core
