// SPDX-License-Identifier: MIT
#include "weights/load_weights.h"

#include "common/error.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

#include <cstring>
#include <map>
#include <sstream>

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

bool isFloating(DType d)
{
    return d == DType::F32 || d == DType::F64 || d == DType::F16 || d == DType::BF16;
}

std::string shapeText(const std::vector<int64_t> &s)
{
    std::ostringstream o;
    o << '[';
    for (size_t i = 0; i < s.size(); ++i)
        o << (i ? ", " : "") << s[i];
    o << ']';
    return o.str();
}

} // namespace

at::Tensor recordToTensor(const StateDict &dict, const TensorRecord &r)
{
    const int esize = dtypeSize(r.dtype);
    const char *base = dict.bytes->data() + r.dataOffset;
    const auto options = at::TensorOptions().dtype(scalarType(r.dtype));
    if (r.contiguous()) {
        at::Tensor t = at::empty(r.shape, options);
        std::memcpy(t.data_ptr(), base + r.storageOffset * esize, size_t(r.numel()) * esize);
        return t;
    }
    at::Tensor storage = at::empty({int64_t(r.storageBytes / esize)}, options);
    std::memcpy(storage.data_ptr(), base, r.storageBytes);
    return storage.as_strided(r.shape, r.strides, r.storageOffset).clone();
}

LoadReport loadWeights(EfficientNetImpl &model, const StateDict &dict)
{
    const ResolvedModel &spec = model.spec();
    std::vector<std::string> keys;
    for (const TensorRecord &t : dict.tensors)
        keys.push_back(t.name);
    LoadReport report;
    report.format = dict.format;
    report.warnings = dict.warnings;
    report.scheme = detectKeyScheme(keys);

    const std::vector<ExpectedTensor> expected = expectedTensors(spec);
    std::map<std::string, const ExpectedTensor *> byName;
    for (const ExpectedTensor &e : expected)
        byName[e.name] = &e;

    const std::string where = " (model '" + spec.name + "', " + keySchemeName(report.scheme) + " key layout)";
    std::map<std::string, const TensorRecord *> mapped;
    for (const TensorRecord &t : dict.tensors) {
        const std::string tv = toTorchvisionKey(spec, report.scheme, t.name);
        auto e = byName.find(tv);
        if (tv.empty() || e == byName.end())
            throw Error(ErrorCategory::ShapeMismatch,
                        "unexpected tensor '" + t.name + "'" + where
                            + ": the file was made for a different architecture or scale");
        if (!mapped.emplace(tv, &t).second)
            throw Error(ErrorCategory::ShapeMismatch, "two tensors map onto '" + tv + "'" + where);
        if (t.shape != e->second->shape)
            throw Error(ErrorCategory::ShapeMismatch,
                        "tensor '" + t.name + "' has shape " + shapeText(t.shape) + " but the model expects "
                            + shapeText(e->second->shape) + " for '" + tv + "'" + where);
        const bool okType = e->second->integer ? !isFloating(t.dtype) : isFloating(t.dtype);
        if (!okType)
            throw Error(ErrorCategory::UnsupportedFormat,
                        "tensor '" + t.name + "' is " + dtypeName(t.dtype) + ", expected "
                            + (e->second->integer ? "an integer type" : "a floating-point type") + where);
    }
    for (const ExpectedTensor &e : expected)
        if (!e.optional && !mapped.count(e.name))
            throw Error(ErrorCategory::ShapeMismatch,
                        "missing tensor '" + e.name + "' of shape " + shapeText(e.shape) + where);

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
