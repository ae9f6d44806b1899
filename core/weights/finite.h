// SPDX-License-Identifier: MIT
#pragma once
// NaN and Inf in a parsed weight file: a corrupted or badly converted checkpoint runs without an
// error and classifies every photo as garbage (softmax of NaN), so effscope refuses such weights
// unless asked to load them anyway. Torch-free: reads the records' bytes, views included.
#include "weights/state_dict.h"

#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

struct NonFiniteTensor
{
    std::string name;
    int64_t nan = 0, inf = 0;
    int64_t numel = 0;
};

/// Every floating-point tensor of `records` (in order) holding at least one NaN or Inf, counted
/// over the tensor's view (not its whole storage). Integer and bool tensors are never listed.
std::vector<NonFiniteTensor> findNonFinite(const StateDict &dict, const std::vector<const TensorRecord *> &records);
/// ... over every tensor of the file.
std::vector<NonFiniteTensor> findNonFinite(const StateDict &dict);

/// "tensor 'x' holds 12 NaN and 0 Inf among its 864 values (3 tensors in all hold NaN or Inf)".
std::string describeNonFinite(const std::vector<NonFiniteTensor> &found);

/// Throws InvalidInput when `found` is not empty: the refusal, naming the first tensor.
void refuseNonFinite(const std::vector<NonFiniteTensor> &found);

} // namespace effscope::core
