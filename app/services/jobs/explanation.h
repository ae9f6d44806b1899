// SPDX-License-Identifier: MIT
#pragma once
// core::PhotoExplanation -> the Qt-side Explanation the views draw (shared by the heat-map and
// compare jobs). Torch headers first.
#include "infer/engine.h"
#include "pipeline/explain_photo.h"

#include "types.h"

namespace effscope {

/// Fills the Explanation part of a CamView or CompareItem; `photo` is the display copy.
/// `model` names the classes (its own, or ImageNet's).
void fillExplanation(Explanation &out, const core::PhotoExplanation &e, const RgbImage &photo, const core::ModelHandle &model);

} // namespace effscope
