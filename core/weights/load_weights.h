// SPDX-License-Identifier: MIT
#pragma once
// Copies a parsed StateDict into an EfficientNet, after checking every tensor's name, shape and
// dtype against the model's spec. Nothing is copied unless everything matches: a failed load
// leaves the model as it was.
#include "nn/efficientnet.h"
#include "weights/key_map.h"
#include "weights/state_dict.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace effscope::core {

struct LoadReport
{
    std::string format;
    KeyScheme scheme = KeyScheme::Torchvision;
    int tensorsLoaded = 0;
    std::vector<std::string> warnings;
};

/// A tensor holding a copy of the record's data (any dtype), shaped and strided as stored.
at::Tensor recordToTensor(const StateDict &dict, const TensorRecord &record);

/// Throws ShapeMismatch naming the first missing, unexpected or mis-shaped tensor and what the
/// model expected, or UnsupportedFormat for a wrong dtype or an unknown key layout.
LoadReport loadWeights(EfficientNetImpl &model, const StateDict &dict);

} // namespace effscope::core
