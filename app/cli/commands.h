// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <vector>

namespace effscope::cli {

/// Runs one effscope-cli invocation; returns the process exit code. Errors go to stderr.
int run(const std::vector<std::string> &args);

} // namespace effscope::cli
