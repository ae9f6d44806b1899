// SPDX-License-Identifier: MIT
#include "infer/torchscript_import.h"

#include "common/error.h"
#include "weights/state_dict.h"

#include <torch/csrc/jit/api/module.h>
#include <torch/csrc/jit/serialization/import.h>

#include <fstream>
#include <map>
#include <vector>

namespace effscope::core {

namespace {

DType toDType(at::ScalarType t, const std::string &name)
{
    switch (t) {
    case at::kFloat: return DType::F32;
    case at::kDouble: return DType::F64;
    case at::kHalf: return DType::F16;
    case at::kBFloat16: return DType::BF16;
    case at::kLong: return DType::I64;
    case at::kInt: return DType::I32;
    case at::kShort: return DType::I16;
    case at::kChar: return DType::I8;
    case at::kByte: return DType::U8;
    case at::kBool: return DType::Bool;
    default:
        throw Error(ErrorCategory::UnsupportedFormat,
                    "tensor '" + name + "' has type " + std::string(c10::toString(t)) + ", which safetensors cannot store");
    }
}

} // namespace

size_t torchScriptToSafetensors(const std::string &in, const std::string &out)
{
    {
        std::ifstream f(in, std::ios::binary);
        if (!f)
            throw Error(ErrorCategory::Io, "cannot open '" + in + "'");
        // the zip directory sits at the end: read the whole file only when it starts like a zip
        char head[4] = {};
        f.read(head, sizeof head);
        if (f.gcount() != 4 || std::string(head, 4) != "PK\x03\x04")
            throw Error(ErrorCategory::UnsupportedFormat, "'" + in + "' is not a TorchScript archive (not a zip file)");
    }
    if (!isTorchScriptArchive(*readFileBytes(in)))
        throw Error(ErrorCategory::UnsupportedFormat,
                    "'" + in + "' is a zip file but not a TorchScript archive (no code/ or constants.pkl)");
    torch::jit::Module module;
    try {
        module = torch::jit::load(in, at::Device(at::kCPU));
    } catch (const c10::Error &e) {
        throw Error(ErrorCategory::UnsupportedFormat,
                    "'" + in + "' could not be read as TorchScript: " + e.what_without_backtrace());
    }
    std::vector<at::Tensor> keep;
    std::vector<TensorData> tensors;
    auto add = [&](const std::string &name, const at::Tensor &value) {
        at::Tensor t = value.detach().to(at::kCPU).contiguous();
        keep.push_back(t);
        TensorData d;
        d.name = name;
        d.dtype = toDType(t.scalar_type(), name);
        d.shape = t.sizes().vec();
        d.data = t.data_ptr();
        d.bytes = size_t(t.numel()) * t.element_size();
        tensors.push_back(std::move(d));
    };
    for (const auto &p : module.named_parameters(true))
        add(p.name, p.value);
    for (const auto &b : module.named_buffers(true))
        add(b.name, b.value);
    if (tensors.empty())
        throw Error(ErrorCategory::UnsupportedFormat, "'" + in + "' holds no parameters or buffers");
    writeSafetensors(out, tensors, {{"source", "effscope: imported from a trusted TorchScript archive"}});
    return tensors.size();
}

} // namespace effscope::core
