// SPDX-License-Identifier: MIT
// effscope-cli bench | profile | memory: timing and memory of the engine.
#include "commands.h"

#include "arch/presets.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "common/paths.h"
#include "infer/benchmark.h"
#include "infer/devices.h"
#include "infer/engine.h"
#include "weights/registry.h"
#include "infer/machine_peak.h"
#include "quant/int8_engine.h"
#ifdef EFFSCOPE_HAVE_DNNL
#include "infer/fast_engine.h"
#endif

#include <nlohmann/json.hpp>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/profiler_kineto.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

std::string fastLayout(const ModelHandle &h)
{
#ifdef EFFSCOPE_HAVE_DNNL
    if (h.fast)
        return h.fast->layoutName();
#endif
    return "libtorch";
}

// blocks the fast path runs with its own fused kernels (0 without it)
int fusedBlocks(const ModelHandle &h)
{
#ifdef EFFSCOPE_HAVE_DNNL
    if (h.fast)
        return h.fast->fusedBlockCount();
#endif
    (void)h;
    return 0;
}

// What a timing command loads: random weights unless --weights (timing does not depend on their
// values), except int8, which is quantized from real ones (--int8 FILE, or the model beside them).
ModelRequest timingRequest(const Args &a, const std::string &dtype, bool fast)
{
    if (!a.has("model"))
        throw UsageError(a.command + " needs --model M");
    ModelRequest req;
    req.model = a.get("model");
    req.device = a.get("device", "cpu");
    req.weightsPath = a.get("weights");
    req.allowNonFinite = a.flags.count("allow-nonfinite") > 0;
    req.pretrained = !req.weightsPath.empty() || dtype == "int8";
    req.allowUntrained = dtype != "int8";
    req.fastPath = fast;
    req.precision = dtype;
    req.int8Path = a.get("int8");
    return req;
}

// random weights need no registry; int8 is quantized from the cached pretrained ones
ModelHandle loadTimed(const ModelRequest &req)
{
    return loadModel(req, req.precision == "int8" ? loadRegistry(resourcePath("weights.json"))
                                                  : std::vector<WeightEntry>{});
}

void checkDtype(const std::string &dtype)
{
    if (dtype != "fp32" && dtype != "bf16" && dtype != "fp16" && dtype != "int8")
        throw UsageError("--dtype must be fp32, bf16, fp16 or int8 (got '" + dtype + "')");
}

// the measured limits as `peak --json` and `profile --json` report them
json peakJson(const MachinePeak &p)
{
    return {{"isa", p.isa}, {"threads", p.threads}, {"gflops", p.gflops}, {"gflops_per_thread", p.gflopsPerThread},
            {"bandwidth_gbs", p.bandwidthGBs}, {"int8_isa", p.int8Isa}, {"int8_gops", p.int8Gops},
            {"dnnl_isa", dnnlCpuIsa()}};
}

json benchJson(const BenchResult &r, const ModelHandle &h, double loadMs, double firstRunMs)
{
    return {{"model", r.model}, {"img_size", r.imgSize}, {"batch", r.batch},
            {"samples_per_sec", r.samplesPerSec}, {"step_ms_median", r.stepMsMedian},
            {"step_ms_p90", r.stepMsP90}, {"step_ms_mean", r.stepMsMean}, {"step_ms_min", r.stepMsMin},
            {"params", r.params}, {"gmacs", r.macs / 1e9}, {"peak_rss_mb", r.peakRssBytes / 1048576.0},
            {"estimated_bytes", r.estimatedBytes}, {"estimated_activation_bytes", r.estimatedActivationBytes},
            {"gpu", r.gpuName.empty() ? json(nullptr) : json(r.gpuName)},
            {"driver", r.driverVersion.empty() ? json(nullptr) : json(r.driverVersion)},
            {"cuda", r.cudaVersion.empty() ? json(nullptr) : json(r.cudaVersion)},
            {"peak_gpu_mb", r.gpuName.empty() ? json(nullptr) : json(r.peakGpuBytes / 1048576.0)},
            {"device", r.device}, {"threads", r.threads}, {"dtype", r.dtype}, {"engine", r.engine},
            {"iters", r.iters}, {"libtorch", r.libtorchVersion}, {"load_ms", loadMs},
            {"first_run_ms", firstRunMs}, {"weights", h.pretrained ? h.weightsPath : "random init"},
            {"layout", fastLayout(h)}, {"fused_blocks", fusedBlocks(h)}, {"steps_ms", r.stepsMs},
            {"achieved_gflops", r.stepMsMedian > 0 ? 2.0 * double(r.macs) * r.batch / r.stepMsMedian / 1e6 : 0.0},
            {"cpu_isa", r.device == "cpu" ? json(dnnlCpuIsa()) : json(nullptr)},
            {"int8_isa", h.int8 ? json(h.int8->isaName()) : json(nullptr)}};
}

/// Model switch: build + load weights (+ fold, + the fast path's plan or the CUDA engine), then
/// the first classification at this shape, waited for.
ModelHandle switchModel(ModelRequest req, int batch, int size, double &loadMs, double &firstRunMs)
{
    const auto t0 = std::chrono::steady_clock::now();
    ModelHandle h = loadTimed(req);
    loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (size <= 0)
        size = h.preprocess.cropSize;
    BenchOptions shape; // refused here, before the first run allocates the batch
    shape.batch = batch;
    shape.resolution = size;
    shape.dtype = req.precision;
    requireBenchFits(h, shape);
    c10::InferenceMode guard;
    const at::Tensor x = at::randn({batch, 3, size, size});
    const auto t1 = std::chrono::steady_clock::now();
    h.classifyForward(x).to(at::kCPU); // on CUDA, reading the result waits for the device
    firstRunMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
    return h;
}

/// bench --serve: one JSON request per input line, one JSON result per output line, models kept
/// loaded between requests, so a driver script can interleave effscope with other engines in
/// one process each without paying model switches (and CUDA graph captures) every round.
///   {"model": "b0", "batch": 256, "dtype": "bf16", "iters": 10, "warmup": 2}
///   {"model": "b7", "weights": "b7.safetensors", ...}   {"drop": true} (unload everything)
int serveBench(const Args &a)
{
    const std::string device = a.get("device", "cpu");
    if (a.has("threads"))
        useThreads(toInt("threads", a.get("threads"), 1, 1024));
    std::map<std::string, std::pair<ModelHandle, json>> loaded;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        json out;
        try {
            const json q = json::parse(line);
            if (q.value("drop", false)) {
                loaded.clear();
                out = {{"dropped", true}};
            } else {
                BenchOptions o;
                o.batch = q.value("batch", 1);
                o.iters = q.value("iters", 20);
                o.warmup = q.value("warmup", 3);
                o.resolution = q.value("resolution", 0);
                o.dtype = q.value("dtype", std::string("fp32"));
                checkDtype(o.dtype);
                if (o.batch < 1 || o.batch > 4096 || o.iters < 1 || o.warmup < 0)
                    throw Error(ErrorCategory::InvalidInput, "batch, iters and warmup must be positive");
                ModelRequest req;
                req.model = q.value("model", std::string());
                req.weightsPath = q.value("weights", std::string());
                req.allowNonFinite = q.value("allow_nonfinite", false);
                req.pretrained = !req.weightsPath.empty();
                req.device = device;
                req.precision = o.dtype;
                const std::string key = req.model + "|" + req.weightsPath + "|" + o.dtype;
                auto it = loaded.find(key);
                if (it == loaded.end()) {
                    double loadMs = 0, firstRunMs = 0;
                    ModelHandle h = switchModel(req, o.batch, o.resolution, loadMs, firstRunMs);
                    it = loaded.emplace(key, std::make_pair(std::move(h), json{{"load_ms", loadMs},
                                                                              {"first_run_ms", firstRunMs}})).first;
                    o.checkMemory = false; // checked by switchModel at this shape
                }
                ModelHandle &h = it->second.first;
                out = benchJson(runBenchmark(h, o), h, it->second.second["load_ms"], it->second.second["first_run_ms"]);
            }
        } catch (const std::exception &e) {
            out = {{"error", e.what()}};
        }
        std::cout << out.dump() << std::endl;
    }
    return 0;
}

/// bench --trace: the timed forward passes once more under PyTorch's Kineto profiler (CPU ops,
/// and on CUDA every kernel, graph replays included), saved as a Chrome trace that
/// tools/gpu_check.py sums by kernel name. Debian's LibTorch 1.13 is built without Kineto.
void writeTrace(ModelHandle &h, const BenchOptions &o, int size, const std::string &path)
{
    namespace prof = torch::profiler::impl;
    c10::InferenceMode guard;
    const at::Tensor x = at::randn({o.batch, 3, size, size});
    const prof::ProfilerConfig config(prof::ProfilerState::KINETO);
    std::set<prof::ActivityType> kinds{prof::ActivityType::CPU};
    if (h.device.rfind("cuda", 0) == 0)
        kinds.insert(prof::ActivityType::CUDA);
    torch::autograd::profiler::prepareProfiler(config, kinds);
    torch::autograd::profiler::enableProfiler(config, kinds);
    try {
        for (int i = 0; i < o.iters; ++i)
            h.classifyForward(x).to(at::kCPU); // each result read, as in the timing
    } catch (...) {
        torch::autograd::profiler::disableProfiler();
        throw;
    }
    const auto result = torch::autograd::profiler::disableProfiler();
    const std::string partial = path + ".part";
    try {
        result->save(partial);
    } catch (const c10::Error &) {
        std::remove(partial.c_str());
        throw Error(ErrorCategory::UnsupportedFormat,
                    "--trace needs a LibTorch built with the Kineto profiler; this one (" TORCH_VERSION
                    ") is not (Debian's is not; PyPI's is: EFFSCOPE_TORCH=pip)");
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0)
        throw Error(ErrorCategory::Io, "cannot write the trace to '" + path + "'");
}

} // namespace

int cmdBench(const Args &a)
{
    if (a.flags.count("serve"))
        return serveBench(a);
    if (a.flags.count("train"))
        return benchTrain(a);
    const std::string engine = a.get("engine", "fast"); // fast or reference (the parser's choices)
    BenchOptions o;
    if (a.has("resolution")) o.resolution = toInt("resolution", a.get("resolution"), 16, 4096);
    if (a.has("batch")) o.batch = toInt("batch", a.get("batch"), 1, 1024);
    if (a.has("threads")) o.threads = toInt("threads", a.get("threads"), 1, 1024);
    if (a.has("iters")) o.iters = toInt("iters", a.get("iters"), 1, 100000);
    if (a.has("warmup")) o.warmup = toInt("warmup", a.get("warmup"), 0, 100000);
    o.dtype = a.get("dtype", "fp32"); // the parser's choices; a --serve request is checked in serveBench
    if (o.threads > 0)
        useThreads(o.threads);
    const ModelRequest req = timingRequest(a, o.dtype, engine == "fast");
    double loadMs = 0, firstRunMs = 0;
    ModelHandle h = switchModel(req, o.batch, o.resolution, loadMs, firstRunMs);
    o.checkMemory = false; // switchModel checked this shape before its first run
    const BenchResult r = runBenchmark(h, o);
    json j = benchJson(r, h, loadMs, firstRunMs);
    j.erase("steps_ms");
    if (a.has("trace")) {
        writeTrace(h, o, r.imgSize, a.get("trace"));
        j["trace"] = a.get("trace");
    }
    if (a.flags.count("json")) {
        std::cout << j.dump(1) << "\n";
    } else if (a.flags.count("csv")) {
        std::string header, row;
        for (auto it = j.begin(); it != j.end(); ++it) {
            header += (header.empty() ? "" : ",") + it.key();
            row += (row.empty() ? "" : ",") + (it->is_string() ? it->get<std::string>() : it->dump());
        }
        std::cout << header << "\n" << row << "\n";
    } else {
        const int fused = fusedBlocks(h);
        const std::string engineLabel = r.engine + (fused > 0 ? " + " + std::to_string(fused) + " fused blocks" : "");
        std::printf("%s %dx%d batch %d, %s, %d threads, %s (%s): median %.2f ms, p90 %.2f ms, %.1f samples/s, "
                    "%lld params, %.3f GMACs, peak RSS %.0f MB, LibTorch %s; model ready in %.0f ms, first run "
                    "%.0f ms\n",
                    r.model.c_str(), r.imgSize, r.imgSize, r.batch, r.device.c_str(), r.threads, r.dtype.c_str(),
                    engineLabel.c_str(), r.stepMsMedian, r.stepMsP90, r.samplesPerSec, (long long)r.params,
                    r.macs / 1e9, r.peakRssBytes / 1048576.0, r.libtorchVersion.c_str(), loadMs, firstRunMs);
    }
    return 0;
}

int cmdProfile(const Args &a)
{
#ifndef EFFSCOPE_HAVE_DNNL
    throw Error(ErrorCategory::UnsupportedFormat, "this build has no oneDNN fast path to profile");
#else
    const std::string dtype = a.get("dtype", "fp32"); // fp32 or int8 (the parser's choices)
    const bool int8 = dtype == "int8";
    ModelHandle h = loadTimed(timingRequest(a, dtype, true));
    const int size = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : h.preprocess.cropSize;
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 1, 1024) : 1;
    const int iters = a.has("iters") ? toInt("iters", a.get("iters"), 1, 100000) : 20;
    if (a.has("threads"))
        useThreads(toInt("threads", a.get("threads"), 1, 1024));
    const ModelProfile prof = profileModel(h.net->spec(), size, size);
    const MachinePeak peak = measureMachinePeak(); // before the timing, with the same threads
    std::map<std::string, int64_t> macsByName;
    std::map<std::string, const LayerProfile *> layerByName;
    std::map<std::string, std::pair<double, int64_t>> byKind; // ms, MACs
    std::map<std::string, double> bytesByKind;
    for (const LayerProfile &l : prof.layers) {
        macsByName[l.name] = l.macs * batch;
        layerByName[l.name] = &l;
        byKind[layerKindName(l.kind)].second += l.macs * batch;
    }
    const auto elements = [](const std::array<int64_t, 4> &s) { return double(s[0] * s[1] * s[2] * s[3]); };
    c10::InferenceMode guard;
    const at::Tensor input = at::randn({batch, 3, size, size});
    const auto steps = int8 ? h.int8->profile(input, iters) : h.fast->profile(input, iters);
    // the peak of the instructions the engine multiplies with: FMA for fp32, the int8 products
    // for int8 (ops = 2 per multiply-add either way), and bytes per activation and weight
    const double peakOps = int8 && peak.int8Gops > 0 ? peak.int8Gops : peak.gflops;
    const double bytesPer = int8 ? 1.0 : 4.0;
    double total = 0;
    json layers = json::array();
    std::map<std::string, std::string> kindByName;
    for (const LayerProfile &l : prof.layers)
        kindByName[l.name] = layerKindName(l.kind);
    for (const StepTiming &s : steps) {
        total += s.ms;
        byKind[s.kind].first += s.ms;
        // a fused step ("expand + depthwise") is charged the MACs of every layer it runs, and
        // the least memory traffic it can have: its first input, its last output, every weight
        json macs = nullptr;
        const LayerProfile *first = nullptr, *last = nullptr;
        double weights = 0.0;
        for (size_t from = 0; from <= s.name.size();) {
            const size_t to = std::min(s.name.find(" + ", from), s.name.size());
            const std::string part = s.name.substr(from, to - from);
            if (const auto l = layerByName.find(part); l != layerByName.end()) {
                first = first ? first : l->second;
                last = l->second;
                weights += double(l->second->params);
            }
            if (const auto m = macsByName.find(part); m != macsByName.end()) {
                macs = (macs.is_null() ? 0 : macs.get<int64_t>()) + m->second;
                if (s.name.find(" + ") != std::string::npos) { // charge the fused kind
                    byKind[kindByName[part]].second -= m->second;
                    byKind[s.kind].second += m->second;
                }
            }
            from = to + 3;
        }
        if (first)
            bytesByKind[s.kind] += bytesPer * (batch * (elements(first->inShape) + elements(last->outShape)) + weights);
        layers.push_back({{"name", s.name}, {"kind", s.kind}, {"impl", s.impl}, {"ms", s.ms}, {"macs", macs}});
    }
    json kinds = json::array();
    for (const char *k :
         {"stem", "expand", "expand+dw", "depthwise", "se", "project", "residual", "head", "pool", "classifier"}) {
        auto it = byKind.find(k);
        if (it == byKind.end())
            continue;
        const auto [ms, macs] = it->second;
        const double gflops = ms > 0 ? 2.0 * double(macs) / ms / 1e6 : 0.0;
        const double gbytes = ms > 0 ? bytesByKind[k] / ms / 1e6 : 0.0;
        kinds.push_back({{"kind", k}, {"ms", ms}, {"share", total > 0 ? ms / total : 0}, {"macs", macs},
                         {"macs_share", double(macs) / (prof.macs * batch)},
                         {"gmacs_per_sec", ms > 0 ? macs / ms / 1e6 : 0}, {"gflops_per_sec", gflops},
                         {"peak_share", gflops / peakOps}, {"min_bytes", bytesByKind[k]},
                         {"gbytes_per_sec", gbytes}, {"bandwidth_share", gbytes / peak.bandwidthGBs}});
    }
    const double allFlops = 2.0 * double(prof.macs) * batch;
    if (a.flags.count("csv")) {
        printCsv(layers, {"name", "kind", "impl", "ms", "macs"});
        return 0;
    }
    if (a.flags.count("json")) {
        std::cout << json{{"model", h.config.name}, {"dtype", dtype}, {"engine", h.engineName()},
                          {"int8_isa", int8 ? json(h.int8->isaName()) : json(nullptr)},
                          {"img_size", size}, {"batch", batch},
                          {"threads", at::get_num_threads()}, {"total_ms", total}, {"kinds", kinds},
                          {"gflops_per_sec", total > 0 ? allFlops / total / 1e6 : 0.0}, {"machine_peak", peakJson(peak)},
                          {"layers", layers}}.dump(1) << "\n";
        return 0;
    }
    std::printf("%s %dx%d batch %d, %d threads: %.2f ms summed over %zu primitives (%d runs each)\n\n",
                h.config.name.c_str(), size, size, batch, at::get_num_threads(), total, steps.size(), iters);
    std::printf("machine: %.1f GFLOP/s fp32 peak (%s FMA loop, %d threads; %.1f on one), %.1f GOP/s int8 peak "
                "(%s loop), %.1f GB/s memory (triad); oneDNN runs %s\n",
                peak.gflops, peak.isa.c_str(), peak.threads, peak.gflopsPerThread, peak.int8Gops,
                peak.int8Isa.empty() ? "none" : peak.int8Isa.c_str(), peak.bandwidthGBs, dnnlCpuIsa().c_str());
    if (int8)
        std::printf("int8 engine: effscope's kernels, %s path; GFLOP/s below are int8 ops (2 per multiply-add) "
                    "against the int8 peak, bytes 1 per value\n", h.int8->isaName().c_str());
    std::printf("whole network: %.1f GFLOP/s, %.1f%% of peak\n\n", total > 0 ? allFlops / total / 1e6 : 0.0,
                total > 0 ? 100.0 * allFlops / total / 1e6 / peakOps : 0.0);
    std::printf("%-11s %9s %7s %10s %7s %9s %7s %8s %7s\n", "kind", "ms", "time", "MMACs", "MACs", "GFLOP/s", "peak",
                "GB/s", "memory");
    for (const auto &k : kinds)
        std::printf("%-11s %9.3f %6.1f%% %10.1f %6.1f%% %9.1f %6.1f%% %8.1f %6.1f%%\n", k["kind"].get<std::string>().c_str(),
                    k["ms"].get<double>(), 100 * k["share"].get<double>(), k["macs"].get<int64_t>() / 1e6,
                    100 * k["macs_share"].get<double>(), k["gflops_per_sec"].get<double>(),
                    100 * k["peak_share"].get<double>(), k["gbytes_per_sec"].get<double>(),
                    100 * k["bandwidth_share"].get<double>());
    std::printf("(GB/s: the least traffic a kind can have, its inputs, outputs and weights once each, over its time;\n"
                "'memory': that against the triad bandwidth. Above 100%%: the tensors came from the caches.)\n");
    std::printf("\n%-28s %-11s %-24s %9s %10s\n", "layer", "kind", int8 ? "kernel path" : "oneDNN impl", "ms", "MMACs");
    for (const auto &l : layers)
        std::printf("%-28s %-11s %-24s %9.3f %10s\n", l["name"].get<std::string>().c_str(),
                    l["kind"].get<std::string>().c_str(), l["impl"].get<std::string>().c_str(), l["ms"].get<double>(),
                    l["macs"].is_null() ? "" : std::to_string(l["macs"].get<int64_t>() / 1000000).c_str());
    return 0;
#endif
}

int cmdPeak(const Args &a)
{
    if (a.has("threads"))
        useThreads(toInt("threads", a.get("threads"), 1, 1024));
    const MachinePeak p = measureMachinePeak();
    if (a.flags.count("json"))
        std::cout << peakJson(p).dump(1) << "\n";
    else
        std::printf("fp32 peak %.1f GFLOP/s on %d threads (%.1f on one; %s FMA loop), int8 peak %.1f GOP/s (%s), "
                    "memory %.1f GB/s (triad); oneDNN runs %s\n",
                    p.gflops, p.threads, p.gflopsPerThread, p.isa.c_str(), p.int8Gops,
                    p.int8Isa.empty() ? "no int8 loop on this CPU" : p.int8Isa.c_str(), p.bandwidthGBs,
                    dnnlCpuIsa().empty() ? "nothing (a build without oneDNN)" : dnnlCpuIsa().c_str());
    return 0;
}

int cmdMemory(const Args &a)
{
    std::vector<std::string> names;
    std::string list = a.get("models", "b0,b1,b2,b3,b4,b5,b6,b7");
    for (size_t start = 0; start <= list.size();) {
        const size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start)
            names.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    if (names.empty())
        throw UsageError("--models needs at least one preset");
    std::vector<ModelHandle> loaded;
    const Output format = outputOf(a);
    json rows = json::array();
    const int64_t base = currentRssBytes();
    c10::InferenceMode guard;
    for (const std::string &n : names) {
        ModelRequest req;
        req.model = n;
        req.pretrained = false;
        loaded.push_back(loadModel(req, {}));
        const int size = loaded.back().preprocess.cropSize;
        loaded.back().forward(at::zeros({1, 3, size, size})); // builds the plan and its buffers
        rows.push_back({{"model", n}, {"img_size", size}, {"rss_mb", currentRssBytes() / 1048576.0}});
        if (format == Output::Table)
            std::printf("%-6s loaded (plan at %d px): RSS %.0f MB\n", n.c_str(), size, currentRssBytes() / 1048576.0);
    }
    const json out = {{"start_rss_mb", base / 1048576.0}, {"models", rows},
                      {"rss_mb", currentRssBytes() / 1048576.0}, {"peak_rss_mb", peakRssBytes() / 1048576.0}};
    if (format == Output::Json)
        std::cout << out.dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(rows, {"model", "img_size", "rss_mb"});
    else
        std::printf("all %zu loaded: RSS %.0f MB, peak %.0f MB (process start %.0f MB)\n", names.size(),
                    currentRssBytes() / 1048576.0, peakRssBytes() / 1048576.0, base / 1048576.0);
    return 0;
}

int cmdDevices(const Args &a)
{
    const Output format = outputOf(a);
    json out = json::array();
    for (const DeviceInfo &d : listDevices()) {
        out.push_back({{"id", d.id}, {"name", d.name}, {"total_bytes", d.totalBytes}, {"available_bytes", d.availableBytes},
                       {"capability", d.capability}, {"fp16", d.fp16}});
        if (format == Output::Table)
            std::printf("%-8s %-40s %8.1f GB, %8.1f GB free%s%s\n", d.id.c_str(), d.name.c_str(), d.totalBytes / 1e9,
                        d.availableBytes / 1e9, d.capability.empty() ? "" : (", compute " + d.capability).c_str(),
                        d.fp16 ? ", fp16" : "");
    }
    if (format == Output::Json)
        std::cout << json{{"libtorch", TORCH_VERSION}, {"devices", out}}.dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(out, {"id", "name", "total_bytes", "available_bytes", "capability", "fp16"});
    return 0;
}

} // namespace effscope::cli
