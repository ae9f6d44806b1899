// SPDX-License-Identifier: MIT
#pragma once
// Where read-only resources (weights registry, class names, reference data) live:
// $EFFSCOPE_RESOURCE_DIR, else <executable>/../share/effscope (installed), else the source tree.
#include <string>
#include <vector>

namespace effscope::core {

std::string resourceDir();
std::string resourcePath(const std::string &name);
/// The 1000 ImageNet class names, index order. Throws Io when the file is missing or short.
const std::vector<std::string> &imagenetClasses();

} // namespace effscope::core
