// SPDX-License-Identifier: MIT
// The image path every dropped file takes: the header probe (JPEG, PNG, WebP, BMP, TIFF), the
// pixel limit, OpenCV's decoder, the conversions to upright 8-bit RGB. The limit is lowered to
// 4 Mpx here so that one input cannot spend the run's memory.
#include "fuzz_util.h"
#include "vision/image.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    effscope::core::DecodeLimits limits;
    limits.maxPixels = 4'000'000;
    effscope::fuzz::refusedOrRead([&] {
        effscope::core::probeImage(bytes);
        effscope::core::decodeImage(bytes, limits);
    });
    return 0;
}
