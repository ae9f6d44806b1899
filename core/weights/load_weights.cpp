// SPDX-License-Identifier: MIT
#include "weights/load_weights.h"

#include "common/error.h"
#include "weights/match.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace effscope::core {

namespace {

at::ScalarType scalarType(DType d)
{
    switch (d) {
    case DType::F32: return at::kFloat;
    case DType::F64: return at::kDouble;
    case DType::F16: return at::kHalf;
    case DType::BF16: return at::kBFloat16;
    case DType::I64: return at::kLong;
    case DType::I32: return at::kInt;
    case DType::I16: return at::kShort;
    case DType::I8: return at::kChar;
    case DType::U8: return at::kByte;
    case DType::Bool: return at::kBool;
    }
    return at::kFloat;
}

} // namespace

at::Tensor recordToTensor(const StateDict &dict, const TensorRecord &r)
{
    const int esize = dtypeSize(r.dtype);
    const char *base = dict.bytes->data() + r.dataOffset;
    const auto options = at::TensorOptions().dtype(scalarType(r.dtype));
    if (r.contiguous()) {
        at::Tensor t = at::empty(r.shape, options);
        if (r.numel() > 0) // an empty tensor has no data pointer to copy to
            std::memcpy(t.data_ptr(), base + r.storageOffset * esize, size_t(r.numel()) * esize);
        return t;
    }
    at::Tensor storage = at::empty({int64_t(r.storageBytes / esize)}, options);
    if (r.storageBytes > 0)
        std::memcpy(storage.data_ptr(), base, r.storageBytes);
    return storage.as_strided(r.shape, r.strides, r.storageOffset).clone();
}

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

void writeTensors(const std::string &path, const std::vector<std::pair<std::string, at::Tensor>> &named,
                  const std::map<std::string, std::string> &metadata)
{
    std::vector<at::Tensor> keep; // CPU contiguous copies alive while writing
    std::vector<TensorData> tensors;
    for (const auto &[name, value] : named) {
        at::Tensor t = value.detach().to(at::kCPU).contiguous();
        keep.push_back(t);
        TensorData d;
        d.name = name;
        d.dtype = toDType(t.scalar_type(), name);
        d.shape = t.sizes().vec();
        d.data = t.data_ptr();
        d.bytes = size_t(t.numel()) * t.element_size();
        tensors.push_back(std::move(d));
    }
    writeSafetensors(path, tensors, metadata);
}

LoadReport loadWeights(EfficientNetImpl &model, const StateDict &dict, bool allowNonFinite)
{
    const MatchedWeights matched = matchStateDict(model.spec(), dict);
    LoadReport report;
    report.format = dict.format;
    report.warnings = dict.warnings;
    report.scheme = matched.scheme;
    const auto &mapped = matched.byName;
    std::vector<const TensorRecord *> used;
    for (const auto &item : mapped)
        used.push_back(item.second);
    std::sort(used.begin(), used.end()); // records lie in one vector: file order
    report.nonFinite = findNonFinite(dict, used);
    if (!allowNonFinite)
        refuseNonFinite(report.nonFinite);

    // Everything checked: convert first, then assign, so a failure leaves the model untouched.
    std::map<std::string, at::Tensor> values;
    for (const auto &[tv, record] : mapped)
        values[tv] = recordToTensor(dict, *record);
    c10::NoGradGuard noGrad;
    for (auto &item : model.named_parameters()) {
        auto v = values.find(item.key());
        if (v == values.end())
            throw Error(ErrorCategory::ShapeMismatch, "internal: no value for parameter '" + item.key() + "'");
        item.value().copy_(v->second);
        ++report.tensorsLoaded;
    }
    for (auto &item : model.named_buffers()) {
        auto v = values.find(item.key());
        if (v == values.end())
            continue; // num_batches_tracked is optional
        item.value().copy_(v->second);
        ++report.tensorsLoaded;
    }
    return report;
}

} // namespace effscope::core
