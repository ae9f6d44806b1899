// SPDX-License-Identifier: MIT
#pragma once
// Latency benchmark of a loaded model, reported like timm's benchmark: step time median and
// p90 over timed iterations after warm-up, samples per second, params, GMACs, peak RSS.
// Timing only: nothing here asserts a speed.
#include "arch/memory.h"
#include "infer/engine.h"

#include <string>
#include <vector>

namespace effscope::core {

struct BenchOptions
{
    int batch = 1;
    int resolution = 0;      ///< square input; 0 = the weights' crop size
    int threads = 0;         ///< intra-op threads; 0 = keep the current setting
    int warmup = 5;
    int iters = 30;
    std::string dtype = "fp32"; ///< fp32, bf16 or fp16
    /// false: the caller ran requireBenchFits before its own first pass at this shape (whose
    /// buffers the plan keeps and the timed passes reuse, so checking again would count them twice)
    bool checkMemory = true;
};

struct BenchResult
{
    std::string model, device, dtype, engine, libtorchVersion;
    int imgSize = 0, batch = 0, threads = 0, iters = 0;
    double samplesPerSec = 0, stepMsMedian = 0, stepMsP90 = 0, stepMsMean = 0, stepMsMin = 0;
    int64_t params = 0, macs = 0;
    int64_t peakRssBytes = 0;
    int64_t estimatedBytes = 0;           ///< the analytic estimate this run was checked against
    int64_t estimatedActivationBytes = 0; ///< its activation part
    // CUDA runs only
    std::string gpuName, driverVersion, cudaVersion;
    int64_t peakGpuBytes = 0;             ///< the caching allocator's peak during the run
    std::vector<double> stepsMs;
};

/// Throws InvalidInput for bad options (fp16 on the CPU, batch < 1, ...).
BenchResult runBenchmark(ModelHandle &model, const BenchOptions &options);

/// Checks options.batch, the resolution (options.resolution, or the model's crop size when 0)
/// and options.dtype, then refuses (ResourceLimit, naming the largest batch or resolution that
/// would fit) a run whose memory estimate exceeds what the model's device has. runBenchmark
/// calls it; call it before any other forward pass at that shape. Returns the estimate.
MemoryEstimate requireBenchFits(const ModelHandle &model, const BenchOptions &options);

/// Builds `config` with random weights on `device` and times it (timing does not depend on the
/// weights' values): the latency of a preset, a custom scale or a step of a scaling study.
BenchResult benchmarkConfig(const ModelConfig &config, const std::string &device, const BenchOptions &options);

/// The process's peak resident set size so far, in bytes.
int64_t peakRssBytes();
/// The process's current resident set size, in bytes.
int64_t currentRssBytes();

} // namespace effscope::core
