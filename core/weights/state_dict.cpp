// SPDX-License-Identifier: MIT
#include "weights/state_dict.h"

#include "common/error.h"
#include "common/file_io.h"

#include <cstring>
#include <limits>

namespace effscope::core {

const char *dtypeName(DType d)
{
    switch (d) {
    case DType::F32: return "float32";
    case DType::F64: return "float64";
    case DType::F16: return "float16";
    case DType::BF16: return "bfloat16";
    case DType::I64: return "int64";
    case DType::I32: return "int32";
    case DType::I16: return "int16";
    case DType::I8: return "int8";
    case DType::U8: return "uint8";
    case DType::Bool: return "bool";
    }
    return "?";
}

int dtypeSize(DType d)
{
    switch (d) {
    case DType::F64: case DType::I64: return 8;
    case DType::F32: case DType::I32: return 4;
    case DType::F16: case DType::BF16: case DType::I16: return 2;
    case DType::I8: case DType::U8: case DType::Bool: return 1;
    }
    return 1;
}

bool TensorRecord::contiguous() const
{
    int64_t expected = 1;
    for (size_t i = shape.size(); i-- > 0;) {
        if (shape[i] != 1 && strides[i] != expected)
            return false;
        expected *= shape[i];
    }
    return true;
}

int64_t TensorRecord::numel() const
{
    int64_t n = 1;
    for (int64_t s : shape)
        n *= s;
    return n;
}

const TensorRecord *StateDict::find(const std::string &name) const
{
    for (const TensorRecord &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

void checkView(const TensorRecord &t, int64_t storageNumel)
{
    auto fail = [&](const std::string &why) {
        throw Error(ErrorCategory::UnsupportedFormat,
                    "tensor '" + t.name + "' is malformed: " + why + "; the file is corrupt or was not written by torch");
    };
    if (t.shape.size() != t.strides.size())
        fail("it has " + std::to_string(t.shape.size()) + " sizes but " + std::to_string(t.strides.size()) + " strides");
    if (t.shape.size() > 16)
        fail("it has more than 16 dimensions");
    if (t.storageOffset < 0 || storageNumel < 0)
        fail("negative storage offset");
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max() / 2;
    int64_t numel = 1;
    int64_t last = t.storageOffset;
    for (size_t i = 0; i < t.shape.size(); ++i) {
        if (t.shape[i] < 0 || t.strides[i] < 0)
            fail("negative size or stride");
        if (t.shape[i] != 0 && numel > kMax / t.shape[i])
            fail("its element count overflows");
        numel *= t.shape[i];
        if (t.shape[i] > 0) {
            if (t.strides[i] != 0 && (t.shape[i] - 1) > (kMax - last) / t.strides[i])
                fail("its extent overflows");
            last += (t.shape[i] - 1) * t.strides[i];
        }
    }
    if (numel > 0 && last >= storageNumel)
        fail("it reads element " + std::to_string(last) + " of a storage holding "
             + std::to_string(storageNumel));
}

FileBytes readFileBytes(const std::string &path, size_t maxBytes)
{
    return readWholeFile(path, maxBytes, "a weight file");
}

StateDict parseStateDict(FileBytes bytes)
{
    const std::string &b = *bytes;
    if (b.size() >= 4 && b.compare(0, 4, "PK\x03\x04") == 0)
        return parseTorchZip(std::move(bytes));
    // legacy torch.save: a pickle (PROTO 2) of its magic number, 0x80 0x02 0x8a 0x0a ...;
    // safetensors: an 8-byte little-endian header length, then the JSON header's opening brace.
    // A safetensors header whose length is 128 modulo 256 starts with 0x80 too: the brace decides.
    const bool legacyMagic = b.size() >= 4 && b.compare(0, 4, "\x80\x02\x8a\x0a") == 0;
    if (!legacyMagic && b.size() >= 9 && b[8] == '{')
        return parseSafetensors(std::move(bytes));
    if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x80)
        return parseTorchLegacy(std::move(bytes));
    throw Error(ErrorCategory::UnsupportedFormat,
                "not a weight file effscope can read: expected safetensors or a PyTorch torch.save "
                "file (zip or legacy format)");
}

StateDict readStateDict(const std::string &path)
{
    return parseStateDict(readFileBytes(path), path);
}

StateDict parseStateDict(FileBytes bytes, const std::string &path)
{
    try {
        return parseStateDict(std::move(bytes));
    } catch (const Error &e) {
        if (e.category() == ErrorCategory::Io || e.category() == ErrorCategory::ResourceLimit)
            throw;
        throw Error(e.category(), "'" + path + "': " + e.what());
    }
}

} // namespace effscope::core
