// SPDX-License-Identifier: MIT
#include "infer/torchscript_import.h"

#include "common/error.h"
#include "weights/load_weights.h"
#include "weights/state_dict.h"

#include <torch/csrc/jit/api/module.h>
#include <torch/csrc/jit/serialization/import.h>

#include <fstream>
#include <map>
#include <vector>

namespace effscope::core {


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
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto &p : module.named_parameters(true))
        tensors.emplace_back(p.name, p.value);
    for (const auto &b : module.named_buffers(true))
        tensors.emplace_back(b.name, b.value);
    if (tensors.empty())
        throw Error(ErrorCategory::UnsupportedFormat, "'" + in + "' holds no parameters or buffers");
    writeTensors(out, tensors, {{"source", "effscope: imported from a trusted TorchScript archive"}});
    return tensors.size();
}

} // namespace effscope::core
