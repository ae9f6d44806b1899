// SPDX-License-Identifier: MIT
#pragma once
// evaluate() on image files: each photo decoded (the same safe decoder as everywhere) and given
// the model's own preprocessing. The loop the app's Evaluate tab and `effscope-cli eval` share.
#include "infer/evaluate.h"

namespace effscope::core {

EvalResult evaluatePhotos(ModelHandle &model, const std::vector<LabelledImage> &images,
                          const EvalOptions &options = {});

} // namespace effscope::core
