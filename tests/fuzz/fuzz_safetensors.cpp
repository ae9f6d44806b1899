// SPDX-License-Identifier: MIT
// The safetensors reader, then the NaN / Inf scan over what it accepted (it walks every view).
#include "fuzz_util.h"
#include "weights/finite.h"
#include "weights/state_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    effscope::fuzz::refusedOrRead([&] {
        const effscope::core::StateDict d = effscope::core::parseSafetensors(effscope::fuzz::bytesOf(data, size));
        effscope::core::findNonFinite(d);
    });
    return 0;
}
