// SPDX-License-Identifier: MIT
#pragma once
// SHA-256 (FIPS 180-4), for checking cached weight files against their published digests
// without Qt or OpenSSL in the engine.
#include <cstddef>
#include <cstdint>
#include <string>

namespace effscope::core {

/// The digest of `size` bytes as 64 lowercase hex digits.
std::string sha256Hex(const void *data, size_t size);

} // namespace effscope::core
