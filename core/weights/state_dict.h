// SPDX-License-Identifier: MIT
#pragma once
// A weight file parsed but not yet turned into tensors: every tensor's name, dtype, shape and
// strides, and where its bytes lie in the file. The readers (safetensors, torch.save zip and
// legacy) fill this without torch, validating every view against its storage, so that the
// torch side only copies bytes that are known to be in bounds.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace effscope::core {

enum class DType { F32, F64, F16, BF16, I64, I32, I16, I8, U8, Bool };

const char *dtypeName(DType d);
int dtypeSize(DType d);

/// The whole file in memory. Tensors point into it.
using FileBytes = std::shared_ptr<const std::string>;

struct TensorRecord
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    std::vector<int64_t> strides;  ///< in elements
    int64_t storageOffset = 0;     ///< in elements, from `dataOffset`
    size_t dataOffset = 0;         ///< byte offset of the storage in the file
    size_t storageBytes = 0;       ///< byte length of the storage
    bool contiguous() const;
    int64_t numel() const;
};

struct StateDict
{
    std::string format;            ///< "safetensors", "torch-zip" or "torch-legacy"
    FileBytes bytes;
    std::vector<TensorRecord> tensors; ///< in file order
    std::map<std::string, std::string> metadata;
    std::vector<std::string> warnings; ///< entries skipped (non-tensor values), wrappers unwrapped

    const TensorRecord *find(const std::string &name) const;
};

/// Reads a whole file into memory, refusing files larger than `maxBytes`.
FileBytes readFileBytes(const std::string &path, size_t maxBytes = size_t(4) << 30);

/// Detects the format from the first bytes and parses. Throws UnsupportedFormat for anything
/// that is not safetensors or a torch.save file (TorchScript archives included: they hold code).
StateDict readStateDict(const std::string &path);
StateDict parseStateDict(FileBytes bytes);
/// parseStateDict of a file's bytes already read, its errors naming `path` as readStateDict's do.
StateDict parseStateDict(FileBytes bytes, const std::string &path);

StateDict parseSafetensors(FileBytes bytes);
/// A zip archive written by torch.jit.save (it has code/ or constants.pkl entries).
bool isTorchScriptArchive(const std::string &bytes);

/// One tensor to write: row-major, contiguous, `bytes` = numel x dtypeSize.
struct TensorData
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    const void *data = nullptr;
    size_t bytes = 0;
};
/// Writes a safetensors file atomically (names must be unique).
void writeSafetensors(const std::string &path, const std::vector<TensorData> &tensors,
                      const std::map<std::string, std::string> &metadata = {});
StateDict parseTorchZip(FileBytes bytes);
StateDict parseTorchLegacy(FileBytes bytes);

/// Checks a view (shape, strides, offset) against a storage of `storageNumel` elements:
/// non-negative sizes and strides, no overflow, every addressed element inside the storage.
/// Throws UnsupportedFormat naming the tensor.
void checkView(const TensorRecord &t, int64_t storageNumel);

} // namespace effscope::core
