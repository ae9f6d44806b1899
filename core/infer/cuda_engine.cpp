// SPDX-License-Identifier: MIT
#include "infer/cuda_engine.h"

#include "common/error.h"
#include "infer/devices.h"

#include <ATen/ATen.h>
#include <ATen/Context.h>
#include <ATen/cuda/CUDAGraph.h>
#include <c10/core/InferenceMode.h>
#include <c10/cuda/CUDACachingAllocator.h>
#include <c10/cuda/CUDAFunctions.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <cuda_runtime_api.h>

#include <map>
#include <set>
#include <tuple>

namespace effscope::core {

namespace {

c10::DeviceIndex indexOf(const std::string &device)
{
    const c10::Device d = torchDevice(device);
    if (!d.is_cuda())
        throw Error(ErrorCategory::InvalidInput, device + " is not a CUDA device");
    return d.index();
}

std::string version(int v)
{
    return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

} // namespace

struct CudaGraphs::Impl
{
    struct Entry
    {
        at::cuda::CUDAGraph graph;
        at::Tensor input, output;
    };
    const FoldedEfficientNet &engine;
    std::map<std::tuple<int64_t, int64_t, int64_t>, std::unique_ptr<Entry>> graphs;
    std::set<std::tuple<int64_t, int64_t, int64_t>> seen;

    explicit Impl(const FoldedEfficientNet &e) : engine(e) {}

    Entry &capture(const at::Tensor &x)
    {
        auto entry = std::make_unique<Entry>();
        const FoldedOptions &o = engine.options();
        entry->input = at::empty(x.sizes(), at::TensorOptions().device(o.device).dtype(o.dtype))
                           .contiguous(o.channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous);
        entry->input.copy_(x);
        // capture runs on a side stream; the warm-up there lets cuDNN choose its algorithms and
        // the allocator settle before anything is recorded
        c10::cuda::CUDAStream stream = c10::cuda::getStreamFromPool(false, o.device.index());
        stream.synchronize();
        c10::cuda::getCurrentCUDAStream(o.device.index()).synchronize();
        {
            const c10::cuda::CUDAStreamGuard guard(stream);
            for (int i = 0; i < 3; ++i)
                entry->output = engine.forward(entry->input);
            stream.synchronize();
            entry->graph.capture_begin();
            entry->output = engine.forward(entry->input);
            entry->graph.capture_end();
        }
        stream.synchronize();
        const auto key = std::make_tuple(x.size(0), x.size(2), x.size(3));
        return *graphs.emplace(key, std::move(entry)).first->second;
    }
};

CudaGraphs::CudaGraphs(const FoldedEfficientNet &engine) : m(std::make_unique<Impl>(engine))
{
    if (!engine.options().device.is_cuda())
        throw Error(ErrorCategory::InvalidInput, "CUDA graphs need an engine on a CUDA device");
}

CudaGraphs::~CudaGraphs() = default;

size_t CudaGraphs::graphCount() const
{
    return m->graphs.size();
}

at::Tensor CudaGraphs::run(const at::Tensor &x)
{
    if (x.dim() != 4)
        throw Error(ErrorCategory::ShapeMismatch, "the model expects a tensor [N, 3, H, W]");
    c10::InferenceMode guard;
    const c10::cuda::CUDAGuard device(m->engine.options().device);
    const auto key = std::make_tuple(x.size(0), x.size(2), x.size(3));
    auto found = m->graphs.find(key);
    if (found == m->graphs.end()) {
        // a shape seen once runs eagerly (its first result does not wait for a capture); seen
        // twice, it is likely to come again and gets its graph
        if (m->seen.insert(key).second)
            return m->engine.forward(x);
        return m->capture(x).output.clone();
    }
    Impl::Entry &e = *found->second;
    // host input: through pinned memory, copied without blocking the host
    e.input.copy_(x.is_cuda() ? x : x.pin_memory(), /*non_blocking=*/true);
    e.graph.replay();
    return e.output.clone(); // the next replay overwrites the graph's output
}

void prepareCuda()
{
    at::globalContext().setBenchmarkCuDNN(true);
    at::globalContext().setAllowTF32CuBLAS(false);
    at::globalContext().setAllowTF32CuDNN(false);
}

void cudaSynchronize(const std::string &device)
{
    c10::cuda::getCurrentCUDAStream(indexOf(device)).synchronize();
}

int64_t cudaPeakAllocatedBytes(const std::string &device)
{
    const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(indexOf(device));
    return stats.allocated_bytes[0].peak; // [0]: all pools together
}

void cudaResetPeak(const std::string &device)
{
    c10::cuda::CUDACachingAllocator::resetPeakStats(indexOf(device));
}

std::string cudaDriverVersion()
{
    int v = 0;
    return cudaDriverGetVersion(&v) == cudaSuccess && v > 0 ? version(v) : std::string("none");
}

std::string cudaRuntimeVersion()
{
    int v = 0;
    return cudaRuntimeGetVersion(&v) == cudaSuccess ? version(v) : std::string("?");
}

} // namespace effscope::core
