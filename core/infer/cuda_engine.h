// SPDX-License-Identifier: MIT
#pragma once
// CUDA only (built where LibTorch has CUDA; EFFSCOPE_HAVE_CUDA): the folded engine replayed as
// one CUDA graph per input shape, so a forward costs one launch instead of one per layer; the
// input goes in through pinned host memory; and the GPU facts a benchmark reports.
#include "infer/folded_engine.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <memory>
#include <string>

namespace effscope::core {

class CudaGraphs
{
public:
    /// `engine` must outlive this object and live on a CUDA device.
    explicit CudaGraphs(const FoldedEfficientNet &engine);
    ~CudaGraphs();
    /// Logits (float, on the device) for x ([N, 3, H, W], any device and floating type). The first
    /// call for a shape runs the engine eagerly (cuDNN's autotuner picks its algorithms there);
    /// the second warms up and captures the graph; later calls copy x into the graph's input
    /// and replay it.
    at::Tensor run(const at::Tensor &x);
    size_t graphCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

/// cuDNN picks the fastest algorithm per shape (benchmark mode); TF32 for fp32 matmuls stays off
/// (results within 1e-3 of the CPU's are a test of this build).
void prepareCuda();
/// Waits for the device's work (timing).
void cudaSynchronize(const std::string &device);
/// The caching allocator's peak of allocated bytes on the device since the last reset.
int64_t cudaPeakAllocatedBytes(const std::string &device);
void cudaResetPeak(const std::string &device);
/// "13.0" (driver) and "13.0" (runtime).
std::string cudaDriverVersion();
std::string cudaRuntimeVersion();

} // namespace effscope::core
