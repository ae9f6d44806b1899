// SPDX-License-Identifier: MIT
// The CUDA half of devices.h, built only against a LibTorch with CUDA (core/infer/CMakeLists.txt);
// devices_nocuda.cpp stands in for it elsewhere.
#include "infer/devices.h"

#include "common/error.h"

#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDAFunctions.h>
#include <c10/cuda/CUDAGuard.h>
#include <cuda_runtime_api.h>

namespace effscope::core {

int cudaDeviceCount()
{
    return int(c10::cuda::device_count()); // 0 without a driver or a device, never throws
}

DeviceInfo cudaDeviceInfo(int index)
{
    if (index < 0 || index >= cudaDeviceCount())
        throw Error(ErrorCategory::InvalidInput, "there is no CUDA device " + std::to_string(index));
    const cudaDeviceProp *p = at::cuda::getDeviceProperties(index);
    DeviceInfo d;
    d.id = "cuda:" + std::to_string(index);
    d.name = p->name;
    d.totalBytes = int64_t(p->totalGlobalMem);
    d.capability = std::to_string(p->major) + "." + std::to_string(p->minor);
    d.fp16 = p->major >= 6;
    const c10::cuda::CUDAGuard guard{c10::DeviceIndex(index)}; // the device asked about is current
    size_t freeBytes = 0, totalBytes = 0;
    if (cudaMemGetInfo(&freeBytes, &totalBytes) == cudaSuccess)
        d.availableBytes = int64_t(freeBytes);
    else
        (void)cudaGetLastError(); // a failed query leaves 0 available, and no sticky error
    return d;
}

} // namespace effscope::core
