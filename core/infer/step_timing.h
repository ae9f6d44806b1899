// SPDX-License-Identifier: MIT
#pragma once
// One layer's time in a profile of an engine (the oneDNN plan, the int8 engine).
#include <string>

namespace effscope::core {

struct StepTiming
{
    std::string name;   ///< module path of the layer (or layer + ".pool"); fused: "a + b"
    std::string kind;   ///< stem, expand, expand+dw, depthwise, se, project, head, pool, classifier
    std::string impl;   ///< implementation, e.g. oneDNN's "jit:avx2" or the int8 kernels' "avx512-vnni"
    double ms = 0.0;    ///< mean time per run
};

} // namespace effscope::core
