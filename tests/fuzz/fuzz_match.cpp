// SPDX-License-Identifier: MIT
// Key matching: a state dict's names, dtypes and shapes against the EfficientNet specs, in any key
// layout (torchvision, timm, lukemelas, Lite). The input is a listing, one tensor a line:
// "name dtype d0 d1 ...", so the fuzzer works on names and shapes rather than on file framing.
#include "fuzz_util.h"
#include "arch/presets.h"
#include "weights/match.h"

#include <sstream>

using namespace effscope::core;

namespace {

const std::vector<ResolvedModel> &specs()
{
    static const std::vector<ResolvedModel> s = [] {
        std::vector<ResolvedModel> v;
        for (const char *name : {"b0", "lite0", "b3"})
            v.push_back(resolve(preset(name)));
        return v;
    }();
    return s;
}

DType dtypeNamed(const std::string &s)
{
    for (DType d : {DType::F32, DType::F64, DType::F16, DType::BF16, DType::I64, DType::I32, DType::I16, DType::I8,
                    DType::U8, DType::Bool})
        if (s == dtypeName(d))
            return d;
    return DType::F32;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StateDict dict;
    dict.format = "safetensors";
    dict.bytes = std::make_shared<const std::string>();
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    for (std::string line; std::getline(in, line) && dict.tensors.size() < 4096;) {
        std::istringstream fields(line);
        TensorRecord t;
        std::string dtype;
        if (!(fields >> t.name >> dtype))
            continue;
        t.dtype = dtypeNamed(dtype);
        for (long long d; fields >> d && t.shape.size() < 8;)
            t.shape.push_back(d);
        t.strides.assign(t.shape.size(), 1);
        dict.tensors.push_back(std::move(t));
    }
    for (const ResolvedModel &m : specs())
        effscope::fuzz::refusedOrRead([&] { matchStateDict(m, dict); });
    return 0;
}
