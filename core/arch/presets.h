// SPDX-License-Identifier: MIT
#pragma once
// Named presets: B0..B7 with torchvision's settings and Lite0..Lite4 with the official
// EfficientNet-Lite settings. They are rows of data; nothing downstream special-cases a name.
#include "arch/arch_spec.h"
#include "arch/preprocess.h"

#include <string>
#include <vector>

namespace effscope::core {

/// "b0".."b7", "lite0".."lite4", in that order.
const std::vector<std::string> &presetNames();
bool isPreset(const std::string &name);
/// How a model is named on screen and in reports, the way the papers write them: "B0".."B7",
/// "Lite0".."Lite4"; any other name (a custom scale) as it is.
std::string displayName(const std::string &name);
/// Throws InvalidInput naming the known presets when `name` is not one (case-insensitive).
ModelConfig preset(const std::string &name);
/// The preprocessing of the preset's reference weights (torchvision V1 weights for B0..B7,
/// the official TF Lite recipe for Lite0..Lite4).
Preprocess presetPreprocess(const std::string &name);

} // namespace effscope::core
