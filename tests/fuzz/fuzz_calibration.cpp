// SPDX-License-Identifier: MIT
// The calibration record reader (the JSON saved next to weights for int8 quantization).
#include "fuzz_util.h"
#include "weights/calibration_record.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    effscope::fuzz::refusedOrRead([&] { effscope::core::parseCalibration(bytes, "record.json"); });
    return 0;
}
