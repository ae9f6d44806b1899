// SPDX-License-Identifier: MIT
#pragma once
// Expected tensors of a ResolvedModel (torchvision names and shapes) and the mapping of the
// timm and lukemelas / EfficientNet-Lite key schemes onto them.
#include "arch/arch_spec.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

enum class KeyScheme { Torchvision, Timm, Lukemelas };

const char *keySchemeName(KeyScheme s);

struct ExpectedTensor
{
    std::string name;            ///< torchvision key
    std::vector<int64_t> shape;
    bool optional = false;       ///< num_batches_tracked
    bool integer = false;        ///< int64 buffer
};

/// Every state_dict entry of the model built from `model`, in module order.
std::vector<ExpectedTensor> expectedTensors(const ResolvedModel &model);

/// Detects the scheme from the key names (throws UnsupportedFormat when none fits).
KeyScheme detectKeyScheme(const std::vector<std::string> &keys);

/// Maps a key of `scheme` to its torchvision name for this model. Returns an empty string for
/// a key the scheme does not know (the caller reports it as unexpected).
std::string toTorchvisionKey(const ResolvedModel &model, KeyScheme scheme, const std::string &key);

} // namespace effscope::core
