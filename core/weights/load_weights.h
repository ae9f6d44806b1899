// SPDX-License-Identifier: MIT
#pragma once
// Copies a parsed StateDict into an EfficientNet, after checking every tensor's name, shape and
// dtype against the model's spec. Nothing is copied unless everything matches: a failed load
// leaves the model as it was.
#include "nn/efficientnet.h"
#include "weights/finite.h"
#include "weights/key_map.h"
#include "weights/state_dict.h"

#include <ATen/core/Tensor.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace effscope::core {

struct LoadReport
{
    std::string format;
    KeyScheme scheme = KeyScheme::Torchvision;
    int tensorsLoaded = 0;
    std::vector<std::string> warnings;
    /// Tensors holding NaN or Inf, loaded because the caller allowed them: every result of the
    /// model is unreliable.
    std::vector<NonFiniteTensor> nonFinite;
    bool unreliable() const { return !nonFinite.empty(); }
};

/// A tensor holding a copy of the record's data (any dtype), shaped and strided as stored.
at::Tensor recordToTensor(const StateDict &dict, const TensorRecord &record);

/// Writes named tensors (any device, any layout, any type safetensors stores) as one
/// safetensors file, atomically; throws UnsupportedFormat naming a tensor of another type.
void writeTensors(const std::string &path, const std::vector<std::pair<std::string, at::Tensor>> &tensors,
                  const std::map<std::string, std::string> &metadata);

/// Throws ShapeMismatch naming the first missing, unexpected or mis-shaped tensor and what the
/// model expected, or UnsupportedFormat for a wrong dtype or an unknown key layout. Weights
/// holding NaN or Inf are refused (InvalidInput, naming the first such tensor) unless
/// `allowNonFinite`; then they load and the report lists them.
LoadReport loadWeights(EfficientNetImpl &model, const StateDict &dict, bool allowNonFinite = false);

} // namespace effscope::core
