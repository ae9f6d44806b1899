// SPDX-License-Identifier: MIT
#pragma once
// The devices a model can run on: the CPU, and every CUDA device this LibTorch build sees (none
// in a CPU-only build such as Debian's). Ids are "cpu" and "cuda:N"; "cuda" means "cuda:0".
// Memory is reported as a model load needs it: what could be allocated now (the CPU's available
// RAM within this process's cgroup limit; the GPU's free memory).
#include <c10/core/Device.h>

#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

struct DeviceInfo
{
    std::string id;              ///< "cpu", "cuda:0", "cuda:1", ...
    std::string name;            ///< the CPU's model name, or the GPU's
    int64_t totalBytes = 0;      ///< RAM (or the cgroup's limit), or the GPU's memory
    int64_t availableBytes = 0;  ///< what could be allocated now
    std::string capability;      ///< CUDA compute capability ("9.0"); empty for the CPU
    bool fp16 = false;           ///< fp16 convolutions (CUDA devices)
};

/// The CPU first, then every CUDA device.
std::vector<DeviceInfo> listDevices();
/// One device, its memory read now. Throws InvalidInput naming the devices there are when `id`
/// is none of them.
DeviceInfo deviceInfo(const std::string &id);
/// What a run on `id` may plan to allocate: the device's available memory, capped by
/// EFFSCOPE_MEMORY_LIMIT when that is set (bytes, or with a K, M or G suffix: a budget for shared
/// machines, and how tests stand in for a small device). Throws InvalidInput for a bad limit.
int64_t availableBytes(const std::string &id);

/// Hands the heap pages the C allocator keeps after frees back to the system (glibc's
/// malloc_trim; nothing elsewhere). Without it a process that builds and drops models for hours
/// keeps the high-water mark of every size class it ever used. Call after a model is dropped.
void releaseFreeMemory();

/// "cpu" or "cuda:N" for "cpu", "cuda", "cuda:N"; throws like deviceInfo for an unknown one.
std::string canonicalDevice(const std::string &id);
bool isCuda(const std::string &id);
/// The torch device of an id (canonical or not).
c10::Device torchDevice(const std::string &id);

/// How many CUDA devices the build sees (0 in a CPU-only build); `cuda` fills one's info.
int cudaDeviceCount();
DeviceInfo cudaDeviceInfo(int index);

} // namespace effscope::core
