// SPDX-License-Identifier: MIT
// torch.save's zip format: the archive directory, data.pkl through the unpickler, the storages;
// then the NaN / Inf scan over the views it accepted.
#include "fuzz_util.h"
#include "weights/finite.h"
#include "weights/state_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    effscope::fuzz::refusedOrRead([&] {
        const effscope::core::StateDict d = effscope::core::parseTorchZip(effscope::fuzz::bytesOf(data, size));
        effscope::core::findNonFinite(d);
    });
    return 0;
}
