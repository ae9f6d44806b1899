// SPDX-License-Identifier: MIT
#pragma once
// How much memory a run of a model will take, from the analytic profiler (no tensors): the
// weights (every copy the run keeps) plus the activations live at the worst moment of a forward,
// for a batch, a resolution and a number format; and the refusal when that does not fit what the
// device has, naming the largest batch (or, at batch 1, resolution) that would.
//
// Inference keeps, per sample, at most a layer's input and output at once plus the input of the
// block it is in (the residual add needs it): the peak is the largest such sum over the layers.
// That holds for a fused engine (the oneDNN plan: BN folded, activation fused, one layout). An
// eager module also holds the convolution's output while BN and the activation make theirs, and
// LibTorch's CPU convolutions copy input and output to a blocked layout and back: twice the input
// and output, and a quarter more for the allocator (measured: B4 at 380 px on the CPU, 26 MB a
// sample fused, 63 MB eager; tests/core/test_memory.cpp holds the estimate to such runs).
// Gradients (explanations that differentiate through the network) keep every layer's output
// for the backward pass, and the backward pass needs about one more peak. A workspace share
// (convolution scratch, allocator rounding) is added on top.
#include "arch/arch_spec.h"

#include <cstdint>
#include <string>

namespace effscope::core {

enum class Workload { Inference, Gradients };

struct MemoryPlan
{
    int height = 224, width = 224;
    int batch = 1;
    int bytesPerValue = 4;        ///< of activations: 4 fp32, 2 bf16 / fp16
    int weightBytesPerParam = 4;  ///< every copy of the weights the run keeps (fp32 module 4; a
                                  ///< bf16 copy for classification adds 2, the CPU fast path's
                                  ///< folded copy 4)
    Workload workload = Workload::Inference;
    bool fused = true;            ///< the fused oneDNN plan; false: an eager module (reference, CUDA)
};

struct MemoryEstimate
{
    int64_t weightBytes = 0, activationBytes = 0, workspaceBytes = 0;
    int64_t total() const { return weightBytes + activationBytes + workspaceBytes; }
};

MemoryEstimate estimateMemory(const ResolvedModel &model, const MemoryPlan &plan);

/// The largest batch (up to plan.batch) whose estimate fits `availableBytes`; 0 when one sample
/// does not.
int largestFittingBatch(const ResolvedModel &model, MemoryPlan plan, int64_t availableBytes);
/// The largest square resolution (a multiple of 8, up to plan's) whose batch-1 estimate fits;
/// 0 when none from 32 px does.
int largestFittingResolution(const ResolvedModel &model, MemoryPlan plan, int64_t availableBytes);

/// Throws ResourceLimit when the estimate exceeds `availableBytes`, saying what was asked, the
/// estimate and its parts, what `device` has, and the largest batch or resolution that fits.
void requireFits(const ResolvedModel &model, const MemoryPlan &plan, int64_t availableBytes, const std::string &device);

/// "1.2 GB", "340 MB": memory in messages.
std::string formatBytes(int64_t bytes);

} // namespace effscope::core
