// SPDX-License-Identifier: MIT
#include "weights/match.h"

#include "common/error.h"

#include <sstream>

namespace effscope::core {

namespace {

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

MatchedWeights matchStateDict(const ResolvedModel &spec, const StateDict &dict)
{
    std::vector<std::string> keys;
    for (const TensorRecord &t : dict.tensors)
        keys.push_back(t.name);
    MatchedWeights out;
    out.scheme = detectKeyScheme(keys);

    const std::vector<ExpectedTensor> expected = expectedTensors(spec);
    std::map<std::string, const ExpectedTensor *> byName;
    for (const ExpectedTensor &e : expected)
        byName[e.name] = &e;

    const std::string where = " (model '" + spec.name + "', " + keySchemeName(out.scheme) + " key layout)";
    std::map<std::string, const TensorRecord *> &mapped = out.byName;
    for (const TensorRecord &t : dict.tensors) {
        const std::string tv = toTorchvisionKey(spec, out.scheme, t.name);
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

    return out;
}

} // namespace effscope::core
