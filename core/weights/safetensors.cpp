// SPDX-License-Identifier: MIT
// safetensors: 8-byte little-endian header length, a JSON header, then the data section.
// Validation follows the reference implementation: bounded header, UTF-8 JSON object, no
// duplicate names, offsets that tile the data section exactly from 0 with no gaps, overlaps or
// trailing bytes, and byte lengths equal to dtype size x element count.
#include "common/error.h"
#include "weights/state_dict.h"
#include "common/file_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <set>

namespace effscope::core {

namespace {

constexpr uint64_t kMaxHeader = 100'000'000;

[[noreturn]] void bad(const std::string &why)
{
    throw Error(ErrorCategory::UnsupportedFormat, "invalid safetensors file: " + why);
}

DType parseDType(const std::string &s, const std::string &name)
{
    static const std::pair<const char *, DType> kMap[] = {
        {"F32", DType::F32}, {"F64", DType::F64}, {"F16", DType::F16}, {"BF16", DType::BF16},
        {"I64", DType::I64}, {"I32", DType::I32}, {"I16", DType::I16}, {"I8", DType::I8},
        {"U8", DType::U8}, {"BOOL", DType::Bool}};
    for (const auto &[n, d] : kMap)
        if (s == n)
            return d;
    throw Error(ErrorCategory::UnsupportedFormat,
                "tensor '" + name + "' has dtype '" + s + "', which effscope does not read "
                "(supported: F32, F64, F16, BF16, I64, I32, I16, I8, U8, BOOL)");
}

} // namespace

StateDict parseSafetensors(FileBytes bytes)
{
    const std::string &d = *bytes;
    if (d.size() < 8)
        bad("shorter than its 8-byte header length");
    uint64_t n = 0;
    for (int i = 0; i < 8; ++i)
        n |= uint64_t(static_cast<uint8_t>(d[i])) << (8 * i);
    if (n > kMaxHeader)
        bad("header length " + std::to_string(n) + " exceeds the 100 MB limit");
    if (n > d.size() - 8)
        bad("header length " + std::to_string(n) + " runs past the end of the file (truncated?)");

    // Reject duplicate keys: nlohmann keeps the last one silently.
    bool duplicate = false;
    std::string duplicateName;
    std::vector<std::set<std::string>> seen;
    auto callback = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::object_start) {
            seen.resize(depth + 1);
            seen[depth].clear();
        } else if (event == E::key && depth >= 1 && size_t(depth) <= seen.size()) {
            const std::string k = parsed.get<std::string>();
            if (!seen[depth - 1].insert(k).second) {
                duplicate = true;
                duplicateName = k;
            }
        }
        return true;
    };
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(d.begin() + 8, d.begin() + 8 + static_cast<ptrdiff_t>(n), callback);
    } catch (const nlohmann::json::exception &e) {
        bad(std::string("header is not valid UTF-8 JSON (") + e.what() + ")");
    }
    if (duplicate)
        bad("name '" + duplicateName + "' appears twice in the header");
    if (!header.is_object())
        bad("header is not a JSON object");

    StateDict out;
    out.format = "safetensors";
    out.bytes = bytes;
    const size_t dataStart = 8 + static_cast<size_t>(n);
    const uint64_t dataSize = d.size() - dataStart;
    struct Span { uint64_t begin, end; std::string name; };
    std::vector<Span> spans;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string &name = it.key();
        const nlohmann::json &v = it.value();
        if (name == "__metadata__") {
            if (!v.is_object())
                bad("__metadata__ is not an object");
            for (auto m = v.begin(); m != v.end(); ++m) {
                if (!m.value().is_string())
                    bad("__metadata__ value '" + m.key() + "' is not a string");
                out.metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        if (!v.is_object() || !v.contains("dtype") || !v.contains("shape") || !v.contains("data_offsets")
            || !v["dtype"].is_string() || !v["shape"].is_array() || !v["data_offsets"].is_array()
            || v["data_offsets"].size() != 2 || v.size() != 3)
            bad("entry '" + name + "' needs exactly dtype, shape and data_offsets");
        TensorRecord t;
        t.name = name;
        t.dtype = parseDType(v["dtype"].get<std::string>(), name);
        uint64_t numel = 1;
        for (const auto &s : v["shape"]) {
            if (!s.is_number_unsigned())
                bad("shape of '" + name + "' has a non-integer or negative size");
            const uint64_t dim = s.get<uint64_t>();
            if (dim != 0 && numel > (uint64_t(1) << 48) / dim)
                bad("shape of '" + name + "' overflows");
            numel *= dim;
            t.shape.push_back(static_cast<int64_t>(dim));
        }
        const auto &off = v["data_offsets"];
        if (!off[0].is_number_unsigned() || !off[1].is_number_unsigned())
            bad("data_offsets of '" + name + "' are not non-negative integers");
        const uint64_t b = off[0].get<uint64_t>(), e = off[1].get<uint64_t>();
        if (b > e || e > dataSize)
            bad("data_offsets of '" + name + "' lie outside the data section");
        if (e - b != numel * dtypeSize(t.dtype))
            bad("'" + name + "' has " + std::to_string(e - b) + " bytes but " + dtypeName(t.dtype) + " x "
                + std::to_string(numel) + " elements needs " + std::to_string(numel * dtypeSize(t.dtype)));
        t.strides.assign(t.shape.size(), 1);
        for (size_t i = t.shape.size(); i-- > 1;)
            t.strides[i - 1] = t.strides[i] * std::max<int64_t>(t.shape[i], 1);
        t.dataOffset = dataStart + b;
        t.storageBytes = e - b;
        spans.push_back({b, e, name});
        out.tensors.push_back(std::move(t));
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    uint64_t expected = 0;
    for (const Span &s : spans) {
        if (s.begin != expected)
            bad("'" + s.name + "' starts at byte " + std::to_string(s.begin) + " of the data section, expected "
                + std::to_string(expected) + " (gap or overlap)");
        expected = s.end;
    }
    if (expected != dataSize)
        bad(std::to_string(dataSize - expected) + " bytes after the last tensor");
    // the header is a JSON object (no order of its own): list the tensors as their bytes lie
    std::stable_sort(out.tensors.begin(), out.tensors.end(),
                     [](const TensorRecord &a, const TensorRecord &b) { return a.dataOffset < b.dataOffset; });
    return out;
}

void writeSafetensors(const std::string &path, const std::vector<TensorData> &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    static const std::map<DType, const char *> kNames = {
        {DType::F32, "F32"}, {DType::F64, "F64"}, {DType::F16, "F16"}, {DType::BF16, "BF16"},
        {DType::I64, "I64"}, {DType::I32, "I32"}, {DType::I16, "I16"}, {DType::I8, "I8"},
        {DType::U8, "U8"},   {DType::Bool, "BOOL"}};
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    size_t offset = 0;
    for (const TensorData &t : tensors) {
        int64_t numel = 1;
        for (int64_t d : t.shape)
            numel *= d;
        if (t.bytes != size_t(numel) * size_t(dtypeSize(t.dtype)))
            throw Error(ErrorCategory::InvalidInput, "tensor '" + t.name + "': byte count does not match its shape");
        if (header.contains(t.name))
            throw Error(ErrorCategory::InvalidInput, "tensor '" + t.name + "' appears twice");
        header[t.name] = {{"dtype", kNames.at(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.bytes}}};
        offset += t.bytes;
    }
    std::string json = header.dump();
    json.append((8 - json.size() % 8) % 8, ' '); // the data starts 8-byte aligned
    std::string out(8, '\0');
    const uint64_t n = json.size();
    for (int i = 0; i < 8; ++i)
        out[size_t(i)] = char((n >> (8 * i)) & 0xff);
    out.reserve(8 + json.size() + offset);
    out += json;
    for (const TensorData &t : tensors)
        if (t.bytes > 0)
            out.append(static_cast<const char *>(t.data), t.bytes);
    writeFileAtomic(path, out);
}

} // namespace effscope::core
