// SPDX-License-Identifier: MIT
#pragma once
// Trusted TorchScript import: the parameters and buffers of a torch.jit.save archive, written
// as a safetensors file that the ordinary (code-free) weight loader reads. Deserialising a
// TorchScript archive compiles the code it carries, so this runs only for files the user has
// marked as trusted; effscope never executes the module's forward.
#include <cstddef>
#include <string>

namespace effscope::core {

/// Reads `in` (a TorchScript archive), writes its named parameters and buffers to `out`
/// (safetensors, atomically) and returns how many tensors it wrote. Throws UnsupportedFormat
/// when `in` is not a TorchScript archive or holds a tensor type safetensors cannot store.
size_t torchScriptToSafetensors(const std::string &in, const std::string &out);

} // namespace effscope::core
