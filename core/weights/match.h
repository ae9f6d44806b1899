// SPDX-License-Identifier: MIT
#pragma once
// Matching a parsed StateDict against a model, without touching torch: key layout detected,
// every tensor's name, shape and dtype checked. loadWeights copies what this accepts; the
// weights manager uses it to vet a file before importing it into the cache.
#include "weights/key_map.h"
#include "weights/state_dict.h"

#include <map>
#include <string>

namespace effscope::core {

struct MatchedWeights
{
    KeyScheme scheme = KeyScheme::Torchvision;
    std::map<std::string, const TensorRecord *> byName; ///< torchvision key -> record in the dict
};

/// Throws ShapeMismatch naming the first missing, unexpected or mis-shaped tensor and what the
/// model expected, or UnsupportedFormat for a wrong dtype or an unknown key layout.
MatchedWeights matchStateDict(const ResolvedModel &model, const StateDict &dict);

} // namespace effscope::core
