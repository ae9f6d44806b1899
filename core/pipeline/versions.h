// SPDX-License-Identifier: MIT
#pragma once
// What this build is made of, for Help > About and bug reports: the libraries and their
// versions as compiled in (and, for oneDNN, as loaded), and the build's options. No torch or
// OpenCV headers here, so the window can show them.
#include <string>
#include <utility>
#include <vector>

namespace effscope::core {

/// ("LibTorch", "1.13.1"), ("OpenCV", "4.6.0"), ("oneDNN", "2.7.3" or "not in this build"),
/// ("CUDA", ...), in that order.
std::vector<std::pair<std::string, std::string>> libraryVersions();

/// How this build was made: ("Compiler", "GCC 12.2.0"), ("Build type", "Release"), ("CPU fast
/// path", ...), ("CUDA engine", ...), ("Sanitizer", "none" / "AddressSanitizer" / ...),
/// ("effscope's own AVX-512 kernels", "used on this CPU" / "not on this CPU ..."), in that order.
std::vector<std::pair<std::string, std::string>> buildOptions();

} // namespace effscope::core
