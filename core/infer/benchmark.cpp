// SPDX-License-Identifier: MIT
#include "infer/benchmark.h"

#include "arch/memory.h"
#include "infer/devices.h"
#include "infer/folded_engine.h"
#ifdef EFFSCOPE_HAVE_CUDA
#include "infer/cuda_engine.h"
#endif

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

MemoryEstimate requireBenchFits(const ModelHandle &model, const BenchOptions &o)
{
    if (o.batch < 1 || o.batch > 1024)
        throw Error(ErrorCategory::InvalidInput, "batch must be between 1 and 1024");
    if (o.dtype != "fp32" && o.dtype != "bf16" && o.dtype != "fp16" && o.dtype != "int8")
        throw Error(ErrorCategory::InvalidInput, "dtype must be fp32, bf16, fp16 or int8 (got '" + o.dtype + "')");
    if (o.dtype == "int8" && !model.int8)
        throw Error(ErrorCategory::InvalidInput, "int8 timing needs the model loaded in int8 (its quantized file)");
    if (o.dtype == "fp16" && !isCuda(model.device))
        throw Error(ErrorCategory::InvalidInput, "fp16 convolutions need CUDA; use fp32 or bf16 on the CPU");
    const int size = o.resolution > 0 ? o.resolution : model.preprocess.cropSize;
    if (size < 16 || size > 4096)
        throw Error(ErrorCategory::InvalidInput, "resolution must be between 16 and 4096");
    // the weights are in memory already (and in what is available); a dtype other than the
    // module's adds a copy of them
    MemoryPlan plan;
    plan.height = plan.width = size;
    plan.batch = o.batch;
    plan.bytesPerValue = o.dtype == "fp32" ? 4 : o.dtype == "int8" ? 1 : 2;
    plan.weightBytesPerParam = o.dtype == "fp32" ? 0 : o.dtype == "int8" ? 1 : 2;
    plan.fused = o.dtype == "fp32" && model.hasFastPath();
    if (o.checkMemory)
        requireFits(model.net->spec(), plan, availableBytes(model.device), model.device);
    return estimateMemory(model.net->spec(), plan);
}

BenchResult runBenchmark(ModelHandle &model, const BenchOptions &o)
{
    if (o.iters < 1 || o.warmup < 0)
        throw Error(ErrorCategory::InvalidInput, "iterations must be at least 1 and warm-up at least 0");
    const MemoryEstimate estimate = requireBenchFits(model, o);
    if (o.threads > 0)
        useThreads(o.threads);
    const int size = o.resolution > 0 ? o.resolution : model.preprocess.cropSize;

    BenchResult r;
    r.model = model.config.name;
    r.device = model.device;
    r.dtype = o.dtype;
    r.imgSize = size;
    r.batch = o.batch;
    r.threads = at::get_num_threads();
    r.iters = o.iters;
    r.libtorchVersion = TORCH_VERSION;
    r.estimatedBytes = estimate.total();
    r.estimatedActivationBytes = estimate.activationBytes;
    const ModelProfile prof = profileModel(model.net->spec(), size, size);
    r.params = prof.params;
    r.macs = prof.macs;

    c10::InferenceMode guard;
    at::Tensor x = at::randn({o.batch, 3, size, size});
    std::function<at::Tensor()> step;
    const at::ScalarType type = o.dtype == "bf16" ? at::kBFloat16 : o.dtype == "fp16" ? at::kHalf : at::kFloat;
    const bool fast = o.dtype == "fp32" && model.fast;
    r.engine = fast ? "effscope-onednn" : "libtorch-eager";
#ifdef EFFSCOPE_HAVE_CUDA
    // CUDA: the folded engine in the benchmark's type, replayed as a CUDA graph; the input on the
    // device (a batch of inputs in flight is the application's business, not the network's)
    // the handle's own engine and graphs when they run in this type (graphs captured by earlier
    // runs are replayed), else a copy of the weights in this type for this run
    std::shared_ptr<FoldedEfficientNet> engine;
    std::shared_ptr<CudaGraphs> graphs;
    if (isCuda(model.device)) {
        prepareCuda();
        if (model.folded && model.graphs && model.folded->options().dtype == type) {
            engine = model.folded;
            graphs = model.graphs;
        } else {
            FoldedOptions fo;
            fo.device = torchDevice(model.device);
            fo.dtype = type;
            engine = std::make_shared<FoldedEfficientNet>(*model.net, fo);
            graphs = std::make_shared<CudaGraphs>(*engine);
        }
        x = x.to(torchDevice(model.device));
        cudaResetPeak(model.device);
        r.engine = "effscope-cuda-graphs";
        r.gpuName = deviceInfo(model.device).name;
        r.driverVersion = cudaDriverVersion();
        r.cudaVersion = cudaRuntimeVersion();
        step = [&] {
            at::Tensor y = graphs->run(x);
            cudaSynchronize(model.device);
            return y;
        };
    } else
#endif
    if (o.dtype == "int8") {
        r.engine = model.engineName();
        step = [&] { return model.classifyForward(x); };
    } else if (fast) {
        step = [&] { return model.forward(x); };
    } else {
        x = x.to(type);
        model.net->to(type);
        step = [&] { return model.net->forward(x); };
    }
    // on CUDA a shape's first run is eager and its second captures the graph: neither is timed
    const int warmup = isCuda(model.device) ? std::max(o.warmup, 2) : o.warmup;
    for (int i = 0; i < warmup; ++i)
        step();
    for (int i = 0; i < o.iters; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        step();
        r.stepsMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    if (r.engine == "libtorch-eager")
        model.net->to(at::kFloat);
#ifdef EFFSCOPE_HAVE_CUDA
    if (isCuda(model.device))
        r.peakGpuBytes = cudaPeakAllocatedBytes(model.device);
#endif
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
