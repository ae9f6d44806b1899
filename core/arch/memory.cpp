// SPDX-License-Identifier: MIT
#include "arch/memory.h"

#include "arch/profiler.h"
#include "common/error.h"

#include <algorithm>
#include <cstdio>

namespace effscope::core {

namespace {

constexpr int64_t kWorkspaceFloor = 64ll << 20; // scratch of the convolution libraries

int64_t numel(const std::array<int64_t, 4> &s)
{
    return s[0] * s[1] * s[2] * s[3];
}

// The block ("features.S.J") a layer belongs to, "" for the stem, head and classifier.
std::string blockOf(const std::string &name)
{
    size_t dots = 0, i = 0;
    for (; i < name.size(); ++i)
        if (name[i] == '.' && ++dots == 3)
            break;
    return dots >= 3 && name.compare(0, 9, "features.") == 0 ? name.substr(0, i) : std::string();
}

} // namespace

MemoryEstimate estimateMemory(const ResolvedModel &model, const MemoryPlan &plan)
{
    if (plan.batch < 1 || plan.bytesPerValue < 1 || plan.weightBytesPerParam < 0)
        throw Error(ErrorCategory::InvalidInput, "a memory plan needs a batch and a number format");
    const ModelProfile p = profileModel(model, plan.height, plan.width);
    // per sample, in values: the worst moment of a forward, and everything a backward keeps
    int64_t peak = 0, kept = numel(p.layers.front().inShape);
    std::string block;
    int64_t blockInput = 0;
    for (const LayerProfile &l : p.layers) {
        const std::string b = blockOf(l.name);
        if (b != block) {
            block = b;
            blockInput = b.empty() ? 0 : numel(l.inShape);
        }
        const int64_t io = numel(l.inShape) + numel(l.outShape);
        peak = std::max(peak, (plan.fused ? io : 2 * io) + blockInput);
        kept += numel(l.outShape);
    }
    int64_t perSample = plan.workload == Workload::Inference ? peak : kept + peak;
    // the eager module's allocator rounding and caching: B4 at 380 px, 8 more samples took 1.09 x
    // the value count with LibTorch 1.13 and 1.41 x with 2.11 (test_memory measures both builds)
    if (!plan.fused)
        perSample += perSample / 2;
    MemoryEstimate e;
    e.weightBytes = p.params * plan.weightBytesPerParam;
    e.activationBytes = perSample * plan.batch * plan.bytesPerValue;
    e.workspaceBytes = std::max(kWorkspaceFloor, e.activationBytes / 10);
    return e;
}

int largestFittingBatch(const ResolvedModel &model, MemoryPlan plan, int64_t availableBytes)
{
    int lo = 0, hi = plan.batch; // estimates grow with the batch: bisect
    while (lo < hi) {
        plan.batch = (lo + hi + 1) / 2;
        if (estimateMemory(model, plan).total() <= availableBytes)
            lo = plan.batch;
        else
            hi = plan.batch - 1;
    }
    return lo;
}

int largestFittingResolution(const ResolvedModel &model, MemoryPlan plan, int64_t availableBytes)
{
    plan.batch = 1;
    int lo = 0, hi = std::max(plan.height, plan.width) / 8; // in steps of 8 px
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        plan.height = plan.width = std::max(32, mid * 8);
        if (estimateMemory(model, plan).total() <= availableBytes)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo * 8 >= 32 ? lo * 8 : 0;
}

void requireFits(const ResolvedModel &model, const MemoryPlan &plan, int64_t availableBytes, const std::string &device)
{
    const MemoryEstimate e = estimateMemory(model, plan);
    if (e.total() <= availableBytes)
        return;
    std::string what = model.name + " at " + std::to_string(plan.height) + "x" + std::to_string(plan.width) + " px, batch "
                     + std::to_string(plan.batch) + (plan.workload == Workload::Gradients ? " with gradients" : "");
    std::string fix;
    if (const int b = largestFittingBatch(model, plan, availableBytes); b >= 1)
        fix = "batch " + std::to_string(b) + " would fit";
    else if (const int r = largestFittingResolution(model, plan, availableBytes); r > 0)
        fix = "even batch 1 does not; " + std::to_string(r) + " px at batch 1 would fit";
    else
        fix = "not even its weights and one small image fit";
    throw Error(ErrorCategory::ResourceLimit,
                what + " needs about " + formatBytes(e.total()) + " (weights " + formatBytes(e.weightBytes) + ", activations "
                    + formatBytes(e.activationBytes) + ", workspace " + formatBytes(e.workspaceBytes) + "); " + device
                    + " has " + formatBytes(availableBytes) + " available: " + fix);
}

std::string formatBytes(int64_t bytes)
{
    char buf[32];
    if (bytes >= (int64_t(1) << 30))
        std::snprintf(buf, sizeof buf, "%.1f GB", bytes / double(int64_t(1) << 30));
    else
        std::snprintf(buf, sizeof buf, "%.0f MB", bytes / double(1 << 20));
    return buf;
}

} // namespace effscope::core
