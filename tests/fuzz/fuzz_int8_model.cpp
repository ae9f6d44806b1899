// SPDX-License-Identifier: MIT
// The int8 model reader (safetensors with effscope's int8 metadata, checked against the Lite
// architecture it names).
#include "fuzz_util.h"
#include "weights/int8_model.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    effscope::fuzz::refusedOrRead([&] { effscope::core::parseInt8Model(bytes, "lite0.int8.safetensors"); });
    return 0;
}
