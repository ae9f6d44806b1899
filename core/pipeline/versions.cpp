// SPDX-License-Identifier: MIT
#include "pipeline/versions.h"

#include <opencv2/core/version.hpp>
#include <torch/version.h>
#ifdef EFFSCOPE_HAVE_DNNL
#include <oneapi/dnnl/dnnl.h>
#endif
#ifdef EFFSCOPE_HAVE_CUDA
#include <cuda_runtime_api.h>
#endif

namespace effscope::core {

std::vector<std::pair<std::string, std::string>> libraryVersions()
{
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("LibTorch", TORCH_VERSION);
    out.emplace_back("OpenCV", CV_VERSION);
#ifdef EFFSCOPE_HAVE_DNNL
    const dnnl_version_t *v = dnnl_version();
    out.emplace_back("oneDNN", std::to_string(v->major) + "." + std::to_string(v->minor) + "." +
                                   std::to_string(v->patch) + " (the CPU fast path)");
#else
    out.emplace_back("oneDNN", "not in this build (the CPU runs LibTorch's kernels)");
#endif
#ifdef EFFSCOPE_HAVE_CUDA
    out.emplace_back("CUDA", std::to_string(CUDART_VERSION / 1000) + "." + std::to_string(CUDART_VERSION % 1000 / 10));
#else
    out.emplace_back("CUDA", "not in this build (CPU only)");
#endif
    return out;
}

} // namespace effscope::core
