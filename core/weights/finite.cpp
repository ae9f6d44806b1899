// SPDX-License-Identifier: MIT
#include "weights/finite.h"

#include "common/error.h"

#include <cstring>

namespace effscope::core {

namespace {

enum class Kind { Finite, NaN, Inf };

// IEEE 754 by bits: all-ones exponent; a zero mantissa is an infinity, anything else a NaN.
Kind classify(const char *p, DType dtype)
{
    switch (dtype) {
    case DType::F32: {
        uint32_t v;
        std::memcpy(&v, p, 4);
        if ((v & 0x7f800000u) != 0x7f800000u)
            return Kind::Finite;
        return (v & 0x007fffffu) ? Kind::NaN : Kind::Inf;
    }
    case DType::F64: {
        uint64_t v;
        std::memcpy(&v, p, 8);
        if ((v & 0x7ff0000000000000ull) != 0x7ff0000000000000ull)
            return Kind::Finite;
        return (v & 0x000fffffffffffffull) ? Kind::NaN : Kind::Inf;
    }
    case DType::F16: {
        uint16_t v;
        std::memcpy(&v, p, 2);
        if ((v & 0x7c00u) != 0x7c00u)
            return Kind::Finite;
        return (v & 0x03ffu) ? Kind::NaN : Kind::Inf;
    }
    case DType::BF16: {
        uint16_t v;
        std::memcpy(&v, p, 2);
        if ((v & 0x7f80u) != 0x7f80u)
            return Kind::Finite;
        return (v & 0x007fu) ? Kind::NaN : Kind::Inf;
    }
    default: return Kind::Finite;
    }
}

bool isFloat(DType d)
{
    return d == DType::F32 || d == DType::F64 || d == DType::F16 || d == DType::BF16;
}

// Walks the record's view in row-major order. The readers have checked every view against its
// storage (checkView), so each element addressed lies inside the file.
NonFiniteTensor scan(const StateDict &dict, const TensorRecord &r)
{
    NonFiniteTensor out;
    out.name = r.name;
    out.numel = r.numel();
    if (out.numel == 0)
        return out;
    const int esize = dtypeSize(r.dtype);
    const char *base = dict.bytes->data() + r.dataOffset;
    auto count = [&](int64_t element) {
        switch (classify(base + element * esize, r.dtype)) {
        case Kind::NaN: ++out.nan; break;
        case Kind::Inf: ++out.inf; break;
        case Kind::Finite: break;
        }
    };
    if (r.contiguous()) {
        for (int64_t i = 0; i < out.numel; ++i)
            count(r.storageOffset + i);
        return out;
    }
    const size_t dims = r.shape.size();
    std::vector<int64_t> index(dims, 0);
    for (int64_t i = 0; i < out.numel; ++i) {
        int64_t element = r.storageOffset;
        for (size_t d = 0; d < dims; ++d)
            element += index[d] * r.strides[d];
        count(element);
        for (size_t d = dims; d-- > 0;) { // odometer step
            if (++index[d] < r.shape[d])
                break;
            index[d] = 0;
        }
    }
    return out;
}

} // namespace

std::vector<NonFiniteTensor> findNonFinite(const StateDict &dict, const std::vector<const TensorRecord *> &records)
{
    std::vector<NonFiniteTensor> found;
    for (const TensorRecord *r : records) {
        if (!r || !isFloat(r->dtype))
            continue;
        NonFiniteTensor t = scan(dict, *r);
        if (t.nan > 0 || t.inf > 0)
            found.push_back(std::move(t));
    }
    return found;
}

std::vector<NonFiniteTensor> findNonFinite(const StateDict &dict)
{
    std::vector<const TensorRecord *> all;
    all.reserve(dict.tensors.size());
    for (const TensorRecord &t : dict.tensors)
        all.push_back(&t);
    return findNonFinite(dict, all);
}

std::string describeNonFinite(const std::vector<NonFiniteTensor> &found)
{
    if (found.empty())
        return {};
    const NonFiniteTensor &f = found.front();
    std::string s = "tensor '" + f.name + "' holds " + std::to_string(f.nan) + " NaN and " + std::to_string(f.inf)
                    + " Inf among its " + std::to_string(f.numel) + " values";
    if (found.size() > 1)
        s += " (" + std::to_string(found.size()) + " tensors in all hold NaN or Inf)";
    return s;
}

void refuseNonFinite(const std::vector<NonFiniteTensor> &found)
{
    if (found.empty())
        return;
    throw Error(ErrorCategory::InvalidInput,
                "the weights are not usable: " + describeNonFinite(found)
                    + "; the file is corrupted or was badly converted. To load it anyway, on purpose: "
                      "effscope-cli --allow-nonfinite, or import it with \"Allow NaN/Inf\" ticked; every "
                      "result is then marked unreliable");
}

} // namespace effscope::core
