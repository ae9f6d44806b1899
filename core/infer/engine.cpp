// SPDX-License-Identifier: MIT
#include "infer/engine.h"

#include "common/paths.h"

#include "arch/presets.h"
#include "common/error.h"
#include "arch/memory.h"
#include "infer/devices.h"
#include "infer/folded_engine.h"
#include "quant/int8_engine.h"
#include "weights/int8_model.h"
#ifdef EFFSCOPE_HAVE_DNNL
#include "infer/fast_engine.h"
#endif
#ifdef EFFSCOPE_HAVE_CUDA
#include "infer/cuda_engine.h"
#endif

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include <sys/stat.h>

namespace effscope::core {

namespace {

// Cached files whose digest this process has checked, by what stat says of them: a model
// switched back and forth is hashed once (B7's 266 MB take about 2 s), a file written since
// (new size, mtime or ctime, or another inode) is hashed again.
using FileStamp = std::tuple<dev_t, ino_t, off_t, int64_t, int64_t>;

std::optional<FileStamp> stampOf(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileStamp{st.st_dev, st.st_ino, st.st_size, int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                     int64_t(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
}

// `stamp`: taken before `bytes` were read, so a write in between is never recorded as checked
void verifyCachedOnce(const WeightEntry &entry, const std::string &path, const std::string &bytes,
                      const std::optional<FileStamp> &stamp)
{
    static std::mutex mutex;
    static std::map<std::string, FileStamp> verified;
    {
        std::lock_guard<std::mutex> lock(mutex);
        auto it = verified.find(path);
        if (stamp && it != verified.end() && it->second == *stamp)
            return;
    }
    verifyCachedFile(entry, path, bytes);
    if (stamp) {
        std::lock_guard<std::mutex> lock(mutex);
        verified[path] = *stamp;
    }
}

} // namespace

bool cudaAvailable()
{
    return cudaDeviceCount() > 0;
}

int useThreads(int requested)
{
    int n = requested;
    if (n <= 0) {
        const char *env = std::getenv("OMP_NUM_THREADS");
        n = env ? std::atoi(env) : 0;
    }
    if (n <= 0)
        n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n); // also the OpenMP count of this thread, which oneDNN follows
    return at::get_num_threads();
}

namespace {

// The int8 model of the handle's float weights: `path`, or the one quantize left beside them.
void loadInt8(ModelHandle &h, const std::string &path)
{
    const std::string name = displayName(h.config.name);
    if (!h.pretrained)
        throw Error(ErrorCategory::InvalidInput, "int8 needs pretrained weights to quantize; " + name + " has none here");
    std::string file = path;
    if (file.empty()) {
        file = findInt8Model(h.weightsPath);
        if (file.empty())
            throw Error(ErrorCategory::InvalidInput,
                        "no int8 model of " + name + " beside " + h.weightsPath + ": make one with effscope-cli quantize --model "
                            + h.config.name + " --calibrate FOLDER (photos like the ones it will see)");
    }
    Int8Model model = readInt8Model(file);
    if (model.preset != h.config.name || model.classes != h.classCount())
        throw Error(ErrorCategory::ShapeMismatch, file + " is an int8 " + displayName(model.preset) + " with "
                                                      + std::to_string(model.classes) + " classes, not these " + name
                                                      + " weights (" + std::to_string(h.classCount()) + " classes)");
    h.int8 = std::make_shared<Int8EfficientNet>(model);
    h.int8Path = file;
}

} // namespace

ModelHandle loadModel(const ModelRequest &request, const std::vector<WeightEntry> &registry)
{
    ModelHandle h;
    h.device = canonicalDevice(request.device); // "cpu" or "cuda:N", or a clear refusal
    if (request.precision != "fp32" && request.precision != "bf16" && request.precision != "fp16"
        && request.precision != "int8")
        throw Error(ErrorCategory::InvalidInput, "precision must be fp32, bf16, fp16 or int8 (got '" + request.precision + "')");
    if (request.precision == "int8" && isCuda(h.device))
        throw Error(ErrorCategory::InvalidInput, "int8 runs on the CPU; use fp16 or bf16 on CUDA");
    if (request.precision == "fp16" && !isCuda(h.device))
        throw Error(ErrorCategory::InvalidInput, "fp16 convolutions need CUDA; use fp32 or bf16 on the CPU");
    h.precision = request.precision;
    if (request.custom) {
        h.config = *request.custom;
        resolve(h.config); // validates before anything is built
        h.preprocess = customScalePreprocess(h.config);
    } else {
        h.config = preset(request.model);
        h.preprocess = presetPreprocess(request.model);
    }

    const WeightEntry *entry = nullptr;
    bool fromCache = false; // checked against its digest before it is parsed
    if (!request.weightsPath.empty()) {
        h.weightsPath = request.weightsPath;
        const std::string name = std::filesystem::path(request.weightsPath).filename().string();
        for (const WeightEntry &w : registry) {
            bool match = w.file == name;
            for (const std::string &a : w.aliases)
                match = match || a == name;
            if (match && w.model == h.config.name) {
                entry = &w;
                break;
            }
        }
        h.weightsLabel = entry ? entry->id : name;
    } else if (!request.pretrained || request.custom) {
        // random init on purpose (custom scales have no published weights)
    } else if (auto cached = findCachedWeights(registry, h.config.name)) {
        entry = cached->first;
        h.weightsPath = cached->second;
        fromCache = true;
        h.weightsLabel = entry->id;
    } else if (!request.allowUntrained) {
        throw Error(ErrorCategory::Io, "no pretrained weights for '" + h.config.name + "' are cached in "
                                           + weightsCacheDir() + "; pass --weights FILE or run the set-up script");
    }
    if (entry) {
        h.config = configFor(*entry);
        h.preprocess = entry->preprocess;
    }

    auto step = [&](double fraction) {
        if (request.progress && !request.progress(fraction))
            throw Error(ErrorCategory::Cancelled, "loading " + h.config.name + " was cancelled");
    };
    step(0.0);
    // the file is read first: weights trained on the user's classes decide the classifier's size
    std::optional<StateDict> dict;
    if (!h.weightsPath.empty()) {
        const std::optional<FileStamp> stamp = fromCache ? stampOf(h.weightsPath) : std::nullopt;
        const FileBytes bytes = readFileBytes(h.weightsPath);
        if (fromCache)
            verifyCachedOnce(*entry, h.weightsPath, *bytes, stamp);
        dict = parseStateDict(bytes, h.weightsPath);
        h.ownClasses = classesFromMetadata(dict->metadata);
        const auto trainedAt = dict->metadata.find("resolution");
        if (!h.ownClasses.empty() && trainedAt != dict->metadata.end()) {
            char *end = nullptr;
            const long r = std::strtol(trainedAt->second.c_str(), &end, 10);
            if (trainedAt->second.empty() || *end != '\0' || r < 16 || r > 4096)
                throw Error(ErrorCategory::InvalidInput, h.weightsPath + ": its training resolution '" + trainedAt->second
                                                             + "' is not a size from 16 to 4096");
            h.preprocess = atResolution(h.preprocess, int(r));
        }
    }
    step(0.2);
    // refused before anything is allocated when the device cannot hold it
    ResolvedModel resolved = resolve(h.config);
    if (!h.ownClasses.empty())
        resolved.numClasses = int(h.ownClasses.size());
    MemoryPlan plan;
    plan.height = plan.width = h.preprocess.cropSize;
    // fp32 module + (CPU) a bf16 copy for classification, or (CUDA) the folded engine's copy
    plan.weightBytesPerParam = 4 + (isCuda(h.device) ? (h.precision == "fp32" ? 4 : 2) : h.precision == "fp32" ? 0 : 2);
    plan.fused = false;
#ifdef EFFSCOPE_HAVE_DNNL
    if (h.device == "cpu" && request.fastPath) {
        plan.weightBytesPerParam += 4; // the fast path's folded copy
        plan.fused = true;
    }
#endif
    requireFits(resolved, plan, availableBytes(h.device), h.device);
    h.net = EfficientNet(resolved);
    step(0.4);
    if (dict) {
        h.report = loadWeights(*h.net, *dict, request.allowNonFinite);
        if (h.report.unreliable()) // every output that names the weights carries the mark
            h.weightsLabel += " [UNRELIABLE: NaN/Inf weights]";
        step(0.7);
        h.pretrained = true;
    } else {
        h.weightsLabel = "untrained (random init)";
    }
    h.net->eval();
    // Explanations take gradients with respect to activations only; parameters never need them.
    for (at::Tensor &p : h.net->parameters())
        p.set_requires_grad(false);
    if (isCuda(h.device)) {
        h.net->to(torchDevice(h.device)); // the module stays in fp32 for explanations
        FoldedOptions fo;
        fo.device = torchDevice(h.device);
        fo.dtype = h.precision == "bf16" ? at::kBFloat16 : h.precision == "fp16" ? at::kHalf : at::kFloat;
        h.folded = std::make_shared<FoldedEfficientNet>(*h.net, fo);
#ifdef EFFSCOPE_HAVE_CUDA
        prepareCuda();
        h.graphs = std::make_shared<CudaGraphs>(*h.folded);
#endif
    } else if (h.precision == "int8") {
        loadInt8(h, request.int8Path);
    } else if (h.precision != "fp32") {
        // a copy in the lower precision; the fp32 module stays for explanations
        h.lowPrecision = EfficientNet(resolved);
        {
            at::NoGradGuard noGrad;
            const auto src = h.net->named_parameters(true);
            for (auto &p : h.lowPrecision->named_parameters(true))
                p.value().copy_(src[p.key()]);
            const auto srcBuffers = h.net->named_buffers(true);
            for (auto &b : h.lowPrecision->named_buffers(true))
                b.value().copy_(srcBuffers[b.key()]);
        }
        h.lowPrecision->eval();
        for (at::Tensor &p : h.lowPrecision->parameters())
            p.set_requires_grad(false);
        h.lowPrecision->to(h.precision == "bf16" ? at::kBFloat16 : at::kHalf);
    }
    step(0.8);
#ifdef EFFSCOPE_HAVE_DNNL
    if (h.device == "cpu" && request.fastPath)
        h.fast = std::make_shared<FastEfficientNet>(*h.net);
#endif
    step(1.0);
    return h;
}

std::vector<std::string> classesFromMetadata(const std::map<std::string, std::string> &metadata)
{
    const auto it = metadata.find("classes");
    if (it == metadata.end())
        return {};
    std::vector<std::string> names;
    size_t start = 0;
    const std::string &text = it->second;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        names.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (names.size() < 2 || names.size() > 100000)
        throw Error(ErrorCategory::InvalidInput, "the weights' class list names " + std::to_string(names.size())
                                                     + " classes; a classifier needs 2 to 100000");
    for (const std::string &n : names)
        if (n.empty() || n.size() > 200)
            throw Error(ErrorCategory::InvalidInput, "the weights' class list has an empty or over-long name");
    return names;
}

Preprocess customScalePreprocess(const ModelConfig &config)
{
    const int r = config.scaling.resolution;
    return config.variant.fixedStemHead ? Preprocess::lite(r + 32, r)
                                        : Preprocess::imagenet(int(std::lround(r / 0.875)), r, Interpolation::Bicubic);
}

Preprocess atResolution(const Preprocess &preprocess, int cropSize)
{
    Preprocess p = preprocess;
    p.resizeShorter = int(std::lround(double(preprocess.resizeShorter) * cropSize / preprocess.cropSize));
    p.cropSize = cropSize;
    return p;
}

std::string ModelHandle::className(int index) const
{
    const std::vector<std::string> &names = ownClasses.empty() ? imagenetClasses() : ownClasses;
    return index >= 0 && index < int(names.size()) ? names[size_t(index)] : std::string();
}

int ModelHandle::classCount() const
{
    return ownClasses.empty() ? int(imagenetClasses().size()) : int(ownClasses.size());
}

std::string ModelHandle::unreliable() const
{
    return report.unreliable() ? "UNRELIABLE: the weights hold NaN or Inf, " + describeNonFinite(report.nonFinite) : std::string();
}

at::Tensor ModelHandle::forward(const at::Tensor &x)
{
#ifdef EFFSCOPE_HAVE_DNNL
    if (fast && x.device().is_cpu() && x.scalar_type() == at::kFloat)
        return fast->forward(x);
#endif
    if (folded && folded->options().dtype == at::kFloat)
        return classifyForward(x);
    return net->forward(x.to(torchDevice(device)));
}

at::Tensor ModelHandle::classifyForward(const at::Tensor &x)
{
    if (int8)
        return int8->forward(x);
#ifdef EFFSCOPE_HAVE_CUDA
    if (graphs)
        return graphs->run(x);
#endif
    if (folded)
        return folded->forward(x);
    if (lowPrecision)
        return lowPrecision->forward(x.to(precision == "bf16" ? at::kBFloat16 : at::kHalf)).to(at::kFloat);
    return forward(x);
}

at::Tensor inputTensor(const std::vector<float> &chw, int size)
{
    if (chw.size() != size_t(3) * size * size)
        throw Error(ErrorCategory::ShapeMismatch, "input planes do not match a 3x" + std::to_string(size) + "x"
                                                      + std::to_string(size) + " image");
    return at::from_blob(const_cast<float *>(chw.data()), {1, 3, size, size}, at::kFloat).clone();
}

std::vector<std::vector<Prediction>> classify(ModelHandle &model, const at::Tensor &batch, int topk)
{
    if (topk < 1)
        throw Error(ErrorCategory::InvalidInput, "top-k must be at least 1");
    c10::InferenceMode guard;
    const at::Tensor logits = model.classifyForward(batch);
    const at::Tensor probs = at::softmax(logits, 1).to(at::kCPU);
    const int k = std::min<int>(topk, int(probs.size(1)));
    const auto [values, indices] = probs.topk(k, 1);
    std::vector<std::vector<Prediction>> out(size_t(probs.size(0)));
    for (int64_t n = 0; n < probs.size(0); ++n)
        for (int i = 0; i < k; ++i)
            out[n].push_back({int(indices[n][i].item<int64_t>()), values[n][i].item<float>()});
    return out;
}

} // namespace effscope::core
