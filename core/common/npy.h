// SPDX-License-Identifier: MIT
#pragma once
// NumPy .npy files holding little-endian float32 arrays in C order (format versions 1-3):
// what `effscope-cli cam --raw` writes and what the test fixtures carry. The reader checks the
// header and the data size before trusting either.
#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

struct NpyArray
{
    std::vector<int64_t> shape;
    std::vector<float> data; ///< C order
    int64_t size() const;
};

/// Parses an .npy image in memory. Accepts '<f4' and '<f8' (converted to float) in C order;
/// throws UnsupportedFormat naming what is wrong otherwise.
NpyArray parseNpy(const std::string &bytes);
NpyArray readNpy(const std::string &path);

/// Encodes float32 data of the given shape as an .npy (version 1.0) image.
std::string encodeNpy(const std::vector<int64_t> &shape, const float *data);
/// encodeNpy, written atomically.
void writeNpy(const std::string &path, const std::vector<int64_t> &shape, const float *data);

} // namespace effscope::core
