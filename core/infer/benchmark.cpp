// SPDX-License-Identifier: MIT
#include "infer/benchmark.h"

#include "infer/devices.h"

#include "arch/profiler.h"
#include "common/error.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <unistd.h>

namespace effscope::core {

int64_t peakRssBytes()
{
    // VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child
    // of a large process would report its parent's peak.
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stoll(line.substr(6)) * 1024; // kB
    return 0;
}

int64_t currentRssBytes()
{
    std::ifstream statm("/proc/self/statm");
    int64_t size = 0, resident = 0;
    statm >> size >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

BenchResult runBenchmark(ModelHandle &model, const BenchOptions &o)
{
    if (o.batch < 1 || o.batch > 1024)
        throw Error(ErrorCategory::InvalidInput, "batch must be between 1 and 1024");
    if (o.iters < 1 || o.warmup < 0)
        throw Error(ErrorCategory::InvalidInput, "iterations must be at least 1 and warm-up at least 0");
    if (o.dtype != "fp32" && o.dtype != "bf16" && o.dtype != "fp16")
        throw Error(ErrorCategory::InvalidInput, "dtype must be fp32, bf16 or fp16 (got '" + o.dtype + "')");
    if (o.dtype == "fp16" && !isCuda(model.device))
        throw Error(ErrorCategory::InvalidInput, "fp16 convolutions need CUDA; use fp32 or bf16 on the CPU");
    if (o.threads > 0)
        useThreads(o.threads);
    const int size = o.resolution > 0 ? o.resolution : model.preprocess.cropSize;
    if (size < 16 || size > 4096)
        throw Error(ErrorCategory::InvalidInput, "resolution must be between 16 and 4096");

    BenchResult r;
    r.model = model.config.name;
    r.device = model.device;
    r.dtype = o.dtype;
    r.imgSize = size;
    r.batch = o.batch;
    r.threads = at::get_num_threads();
    r.iters = o.iters;
    r.libtorchVersion = TORCH_VERSION;
    const ModelProfile prof = profileModel(model.net->spec(), size, size);
    r.params = prof.params;
    r.macs = prof.macs;

    c10::InferenceMode guard;
    at::Tensor x = at::randn({o.batch, 3, size, size});
    std::function<at::Tensor()> step;
    const bool fast = o.dtype == "fp32" && model.hasFastPath();
    r.engine = fast ? "effscope-onednn" : "libtorch-eager";
    if (fast) {
        step = [&] { return model.forward(x); };
    } else {
        const at::ScalarType t = o.dtype == "bf16" ? at::kBFloat16 : o.dtype == "fp16" ? at::kHalf : at::kFloat;
        if (isCuda(model.device))
            x = x.to(torchDevice(model.device));
        x = x.to(t);
        model.net->to(t);
        step = [&] {
            at::Tensor y = model.net->forward(x);
            if (isCuda(model.device))
                y = y.to(at::kCPU); // synchronises
            return y;
        };
    }
    for (int i = 0; i < o.warmup; ++i)
        step();
    for (int i = 0; i < o.iters; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        step();
        r.stepsMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    if (!fast)
        model.net->to(at::kFloat);
    std::vector<double> sorted = r.stepsMs;
    std::sort(sorted.begin(), sorted.end());
    auto quantile = [&](double q) {
        const double pos = q * (sorted.size() - 1);
        const size_t lo = size_t(pos);
        const size_t hi = std::min(lo + 1, sorted.size() - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    };
    r.stepMsMedian = quantile(0.5);
    r.stepMsP90 = quantile(0.9);
    r.stepMsMin = sorted.front();
    double sum = 0;
    for (double v : sorted)
        sum += v;
    r.stepMsMean = sum / sorted.size();
    r.samplesPerSec = 1000.0 * o.batch / r.stepMsMedian;
    r.peakRssBytes = peakRssBytes();
    return r;
}

BenchResult benchmarkConfig(const ModelConfig &config, const std::string &device, const BenchOptions &options)
{
    ModelRequest req;
    req.custom = config;
    req.model = config.name;
    req.device = device;
    req.pretrained = false;
    ModelHandle h = loadModel(req, {});
    return runBenchmark(h, options);
}

} // namespace effscope::core
