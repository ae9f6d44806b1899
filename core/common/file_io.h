// SPDX-License-Identifier: MIT
#pragma once
// Whole-file reads with a size limit, for untrusted inputs (weights, images).
#include <cstddef>
#include <memory>
#include <string>

namespace effscope::core {

/// Reads `path` into memory. Throws Io when it cannot be opened or read, ResourceLimit when it
/// is larger than `maxBytes` (`what` names the kind of file in that message).
std::shared_ptr<std::string> readWholeFile(const std::string &path, size_t maxBytes, const char *what);

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so
/// `path` is either untouched or complete. Throws Io with the reason on failure.
void writeFileAtomic(const std::string &path, const std::string &bytes);

} // namespace effscope::core
