// SPDX-License-Identifier: MIT
#pragma once
// Tensors for the core tests: raw little-endian float32 fixture files, and a module's whole
// state (parameters and buffers by state_dict name) copied for comparison.
#include "test_env.h"

#include <ATen/ATen.h>
#include <torch/nn/module.h>

#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

/// A float32 array written by numpy's tofile, shaped; throws when the size does not fit.
inline at::Tensor readFloatBin(const QString &path, const std::vector<int64_t> &shape)
{
    const QByteArray data = readAllBytes(path);
    at::Tensor t = at::empty(shape, at::kFloat);
    if (size_t(data.size()) != size_t(t.numel()) * 4)
        throw std::runtime_error("fixture " + path.toStdString() + " has the wrong size");
    std::memcpy(t.data_ptr<float>(), data.constData(), size_t(data.size()));
    return t;
}

/// Copies of every parameter and buffer of `module`, by name.
inline std::map<std::string, at::Tensor> moduleState(torch::nn::Module &module)
{
    std::map<std::string, at::Tensor> out;
    for (const auto &i : module.named_parameters())
        out[i.key()] = i.value().detach().clone();
    for (const auto &i : module.named_buffers())
        out[i.key()] = i.value().detach().clone();
    return out;
}
