// SPDX-License-Identifier: MIT
// A LibTorch without CUDA (Debian's): no CUDA device.
#include "infer/devices.h"

#include "common/error.h"

namespace effscope::core {

int cudaDeviceCount()
{
    return 0;
}

DeviceInfo cudaDeviceInfo(int index)
{
    throw Error(ErrorCategory::InvalidInput, "there is no CUDA device " + std::to_string(index)
                                                 + ": this LibTorch build has no CUDA support");
}

} // namespace effscope::core
