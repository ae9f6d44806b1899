// SPDX-License-Identifier: MIT
// torch.save's legacy format (the pickles and raw storages one after another, as tar-free
// PyTorch < 1.6 wrote them); then the NaN / Inf scan over the views it accepted.
#include "fuzz_util.h"
#include "weights/finite.h"
#include "weights/state_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    effscope::fuzz::refusedOrRead([&] {
        const effscope::core::StateDict d = effscope::core::parseTorchLegacy(effscope::fuzz::bytesOf(data, size));
        effscope::core::findNonFinite(d);
    });
    return 0;
}
