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
#ifdef EFFSCOPE_HAVE_DNNL
#include "infer/mbconv_fused.h"
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

std::vector<std::pair<std::string, std::string>> buildOptions()
{
    std::vector<std::pair<std::string, std::string>> out;
#if defined(__clang__)
    out.emplace_back("Compiler", std::string("Clang ") + __clang_version__);
#elif defined(__GNUC__)
    out.emplace_back("Compiler", std::string("GCC ") + __VERSION__);
#else
    out.emplace_back("Compiler", "unknown");
#endif
    out.emplace_back("Build type", EFFSCOPE_BUILD_TYPE);
#ifdef EFFSCOPE_HAVE_DNNL
    out.emplace_back("CPU fast path", "oneDNN plan (EFFSCOPE_USE_ONEDNN=ON)");
#else
    out.emplace_back("CPU fast path", "off (EFFSCOPE_USE_ONEDNN=OFF or no libdnnl): LibTorch's kernels");
#endif
#ifdef EFFSCOPE_HAVE_CUDA
    out.emplace_back("CUDA engine", "built");
#else
    out.emplace_back("CUDA engine", "not built");
#endif
#if defined(__SANITIZE_ADDRESS__)
    out.emplace_back("Sanitizer", "AddressSanitizer");
#elif defined(__SANITIZE_THREAD__)
    out.emplace_back("Sanitizer", "ThreadSanitizer");
#else
    out.emplace_back("Sanitizer", "none");
#endif
#ifdef EFFSCOPE_HAVE_DNNL
    out.emplace_back("effscope's own AVX-512 kernels", fusedMbconvAvailable()
                                                           ? "used on this CPU"
                                                           : "not on this CPU (or EFFSCOPE_MAX_CPU_ISA): oneDNN only");
#endif
    return out;
}

} // namespace effscope::core
