// SPDX-License-Identifier: MIT
// torch.save files: the zip format (torch >= 1.6) and the legacy format (a sequence of pickles
// followed by raw storages). Both are parsed with the restricted Unpickler.
#include "common/error.h"
#include "weights/pickle.h"
#include "weights/state_dict.h"

#include <cstring>
#include <map>
#include <string_view>

namespace effscope::core {

namespace {

[[noreturn]] void bad(const std::string &why)
{
    throw Error(ErrorCategory::UnsupportedFormat, why);
}

uint64_t le(std::string_view d, size_t at, int bytes)
{
    if (at > d.size() || d.size() - at < size_t(bytes))
        bad("zip structure points past the end of the file (truncated?)");
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= uint64_t(static_cast<uint8_t>(d[at + i])) << (8 * i);
    return v;
}

struct ZipEntry
{
    size_t dataOffset = 0;
    size_t size = 0;
    bool compressed = false; ///< listed only (TorchScript code members); never read
};

// Minimal reader for the uncompressed archives torch writes (PyTorchStreamWriter stores every
// record uncompressed). Compressed members are refused with a clear error.
std::map<std::string, ZipEntry> readZipDirectory(std::string_view d)
{
    if (d.size() < 22)
        bad("zip archive too short");
    size_t eocd = std::string_view::npos;
    const size_t lowest = d.size() > 22 + 65535 ? d.size() - 22 - 65535 : 0;
    for (size_t p = d.size() - 22 + 1; p-- > lowest;) {
        if (le(d, p, 4) == 0x06054b50) {
            eocd = p;
            break;
        }
    }
    if (eocd == std::string_view::npos)
        bad("zip end-of-directory record not found (file truncated?)");
    uint64_t entries = le(d, eocd + 10, 2);
    uint64_t cdOffset = le(d, eocd + 16, 4);
    if (entries == 0xFFFF || cdOffset == 0xFFFFFFFF) {
        if (eocd < 20 || le(d, eocd - 20, 4) != 0x07064b50)
            bad("zip64 locator missing");
        const uint64_t z64 = le(d, eocd - 20 + 8, 8);
        if (le(d, z64, 4) != 0x06064b50)
            bad("zip64 end-of-directory record missing");
        entries = le(d, z64 + 32, 8);
        cdOffset = le(d, z64 + 48, 8);
    }
    if (entries > 1'000'000)
        bad("zip archive lists too many entries");
    std::map<std::string, ZipEntry> out;
    size_t p = cdOffset;
    for (uint64_t i = 0; i < entries; ++i) {
        if (le(d, p, 4) != 0x02014b50)
            bad("zip central directory is corrupt");
        const uint64_t method = le(d, p + 10, 2);
        uint64_t compressed = le(d, p + 20, 4);
        uint64_t size = le(d, p + 24, 4);
        const uint64_t nameLen = le(d, p + 28, 2);
        const uint64_t extraLen = le(d, p + 30, 2);
        const uint64_t commentLen = le(d, p + 32, 2);
        uint64_t local = le(d, p + 42, 4);
        if (p + 46 + nameLen + extraLen > d.size())
            bad("zip central directory runs past the end of the file");
        std::string name(d.substr(p + 46, nameLen));
        // zip64 extended information: present fields replace the 0xFFFFFFFF ones, in order.
        size_t e = p + 46 + nameLen;
        const size_t eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
            const uint64_t id = le(d, e, 2), len = le(d, e + 2, 2);
            if (e + 4 + len > eEnd)
                bad("zip extra field overruns its entry");
            if (id == 1) {
                size_t q = e + 4;
                auto next = [&](uint64_t &field) {
                    if (field == 0xFFFFFFFF) {
                        if (q + 8 > e + 4 + len)
                            bad("zip64 extra field too short");
                        field = le(d, q, 8);
                        q += 8;
                    }
                };
                next(size);
                next(compressed);
                next(local);
            }
            e += 4 + len;
        }
        if (method != 0 || compressed != size) {
            out[name] = ZipEntry{0, 0, true};
            p += 46 + nameLen + extraLen + commentLen;
            continue;
        }
        if (le(d, local, 4) != 0x04034b50)
            bad("zip local header of '" + name + "' is corrupt");
        const uint64_t start = local + 30 + le(d, local + 26, 2) + le(d, local + 28, 2);
        if (start > d.size() || size > d.size() - start)
            bad("zip member '" + name + "' runs past the end of the file (truncated download?)");
        out[name] = ZipEntry{static_cast<size_t>(start), static_cast<size_t>(size)};
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

// Storage table filled by the persistent_load callback.
struct StorageInfo
{
    DType dtype;
    int64_t numel;
};

PickleValue *loadStorage(Unpickler &u, const PickleValue &pid, std::map<std::string, StorageInfo> &table)
{
    using K = PickleValue::Kind;
    // zip:    ('storage', storage_type, key, location, numel)
    // legacy: ('storage', storage_type, root_key, location, numel, view_metadata)
    if (pid.kind != K::Tuple || pid.items.size() < 5 || pid.items.size() > 6
        || pid.items[0]->kind != K::String || pid.items[0]->s != "storage"
        || pid.items[2]->kind != K::String || pid.items[4]->kind != K::Int)
        bad("a persistent id is not a torch storage reference");
    const DType dtype = Unpickler::storageDType(*pid.items[1]);
    const std::string &key = pid.items[2]->s;
    const int64_t numel = pid.items[4]->i;
    if (numel < 0 || numel > (int64_t(1) << 40))
        bad("storage '" + key + "' has an impossible size");
    auto [it, inserted] = table.emplace(key, StorageInfo{dtype, numel});
    if (!inserted && (it->second.dtype != dtype || it->second.numel != numel))
        bad("storage '" + key + "' is declared twice with different types or sizes");
    PickleValue *s = u.make(K::Storage);
    s->s = key;
    s->dtype = dtype;
    s->storageNumel = numel;
    if (pid.items.size() == 6 && pid.items[5]->kind != K::None) {
        // legacy view: (view_key, offset, view_size) into the root storage
        const PickleValue *view = pid.items[5];
        if (view->kind != K::Tuple || view->items.size() != 3 || view->items[1]->kind != K::Int
            || view->items[2]->kind != K::Int)
            bad("storage view metadata is malformed");
        const int64_t off = view->items[1]->i, size = view->items[2]->i;
        if (off < 0 || size < 0 || off > numel || size > numel - off)
            bad("storage view lies outside its storage");
        s->viewOffset = off;
        s->storageNumel = size;
    }
    return s;
}

// Walks the unpickled root: a dict name -> tensor, possibly wrapped as {"state_dict": {...}}.
std::vector<std::pair<std::string, PickleValue *>> collectTensors(PickleValue *root, StateDict &out)
{
    using K = PickleValue::Kind;
    if (root->kind != K::Dict)
        bad("the file does not hold a state_dict (a dict of tensors)");
    for (const char *wrapper : {"state_dict", "model", "model_state_dict", "state_dict_ema"}) {
        bool hasTensors = false;
        for (auto &[k, v] : root->dict)
            hasTensors = hasTensors || v->kind == K::Tensor;
        if (hasTensors)
            break;
        for (auto &[k, v] : root->dict) {
            if (k->kind == K::String && k->s == wrapper && v->kind == K::Dict) {
                out.warnings.push_back(std::string("used the '") + wrapper + "' entry of a checkpoint dict");
                root = v;
                break;
            }
        }
    }
    std::vector<std::pair<std::string, PickleValue *>> tensors;
    for (auto &[k, v] : root->dict) {
        if (k->kind != K::String)
            bad("a state_dict key is not a string");
        if (v->kind != K::Tensor) {
            out.warnings.push_back("skipped non-tensor entry '" + k->s + "'");
            continue;
        }
        tensors.emplace_back(k->s, v);
    }
    if (tensors.empty())
        bad("the file holds no tensors");
    return tensors;
}

void addTensors(StateDict &out, const std::vector<std::pair<std::string, PickleValue *>> &tensors,
                const std::map<std::string, std::pair<size_t, size_t>> &storageBytes)
{
    for (const auto &[name, v] : tensors) {
        auto it = storageBytes.find(v->storage->s);
        if (it == storageBytes.end())
            bad("the data of storage '" + v->storage->s + "' is missing");
        TensorRecord t = v->tensor;
        t.name = name;
        t.dataOffset = it->second.first;
        t.storageBytes = it->second.second;
        if (out.find(name))
            bad("tensor '" + name + "' appears twice");
        out.tensors.push_back(std::move(t));
    }
}

} // namespace

bool isTorchScriptArchive(const std::string &bytes)
{
    if (bytes.compare(0, 4, "PK\x03\x04") != 0)
        return false;
    try {
        for (const auto &[name, e] : readZipDirectory(bytes))
            if (name.find("/code/") != std::string::npos || name.find("constants.pkl") != std::string::npos)
                return true;
    } catch (const Error &) {
        return false;
    }
    return false;
}

StateDict parseTorchZip(FileBytes bytes)
{
    const std::string_view d(*bytes);
    const auto entries = readZipDirectory(d);
    for (const auto &[name, e] : entries)
        if (name.find("/code/") != std::string::npos || name.find("constants.pkl") != std::string::npos)
            bad("this is a TorchScript archive, not a state_dict; TorchScript files hold code "
                "and are loaded only when you mark them as trusted");
    for (const auto &[name, e] : entries)
        if (e.compressed)
            bad("zip member '" + name + "' is compressed; torch.save archives are stored uncompressed");
    std::string prefix;
    for (const auto &[name, e] : entries) {
        const size_t slash = name.find('/');
        if (slash != std::string::npos && name.compare(slash, std::string::npos, "/data.pkl") == 0) {
            prefix = name.substr(0, slash + 1);
            break;
        }
    }
    if (prefix.empty()) {
        for (const auto &[name, e] : entries)
            if (name.find("/code/") != std::string::npos || name.find("constants.pkl") != std::string::npos)
                bad("this is a TorchScript archive, not a state_dict; TorchScript files hold code "
                    "and are loaded only when you mark them as trusted");
        bad("zip archive has no data.pkl: not a torch.save file");
    }
    if (auto bo = entries.find(prefix + "byteorder"); bo != entries.end()
        && d.substr(bo->second.dataOffset, bo->second.size) != "little")
        bad("big-endian weight files are not supported");

    std::map<std::string, StorageInfo> table;
    const ZipEntry &pkl = entries.at(prefix + "data.pkl");
    Unpickler u(d.substr(0, pkl.dataOffset + pkl.size), pkl.dataOffset,
                [&table](Unpickler &up, const PickleValue &pid) { return loadStorage(up, pid, table); });
    PickleValue *root = u.load();

    StateDict out;
    out.format = "torch-zip";
    out.bytes = bytes;
    const auto tensors = collectTensors(root, out);
    std::map<std::string, std::pair<size_t, size_t>> storageBytes;
    for (const auto &[key, info] : table) {
        auto e = entries.find(prefix + "data/" + key);
        if (e == entries.end())
            bad("storage '" + key + "' has no data record in the archive");
        const uint64_t need = uint64_t(info.numel) * dtypeSize(info.dtype);
        if (e->second.size != need)
            bad("storage '" + key + "' holds " + std::to_string(e->second.size) + " bytes, expected "
                + std::to_string(need));
        storageBytes[key] = {e->second.dataOffset, e->second.size};
    }
    addTensors(out, tensors, storageBytes);
    return out;
}

StateDict parseTorchLegacy(FileBytes bytes)
{
    const std::string_view d(*bytes);
    // Pickle of the magic number 0x1950a86a20f9469cfc6c (protocol 2, LONG1 of 10 bytes).
    static const unsigned char kMagic[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46,
                                           0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e};
    if (d.size() < sizeof kMagic || std::memcmp(d.data(), kMagic, sizeof kMagic) != 0)
        bad("not a torch.save file: the legacy magic number is missing");
    size_t pos = sizeof kMagic;
    {
        Unpickler version(d, pos);
        PickleValue *v = version.load();
        if (v->kind != PickleValue::Kind::Int || v->i != 1001)
            bad("unsupported legacy torch.save protocol version");
        pos = version.position();
    }
    {
        Unpickler sysInfo(d, pos);
        PickleValue *info = sysInfo.load();
        if (info->kind != PickleValue::Kind::Dict)
            bad("legacy header has no system info");
        for (auto &[k, v] : info->dict)
            if (k->kind == PickleValue::Kind::String && k->s == "little_endian"
                && v->kind == PickleValue::Kind::Bool && !v->i)
                bad("big-endian weight files are not supported");
        pos = sysInfo.position();
    }
    std::map<std::string, StorageInfo> table;
    Unpickler main(d, pos, [&table](Unpickler &up, const PickleValue &pid) { return loadStorage(up, pid, table); });
    PickleValue *root = main.load();
    pos = main.position();

    StateDict out;
    out.format = "torch-legacy";
    out.bytes = bytes;
    const auto tensors = collectTensors(root, out);

    Unpickler keysPickle(d, pos);
    PickleValue *keys = keysPickle.load();
    pos = keysPickle.position();
    if (keys->kind != PickleValue::Kind::List)
        bad("legacy storage key list is missing");
    std::map<std::string, std::pair<size_t, size_t>> storageBytes;
    for (const PickleValue *k : keys->items) {
        if (k->kind != PickleValue::Kind::String)
            bad("legacy storage key is not a string");
        auto info = table.find(k->s);
        if (info == table.end())
            bad("legacy storage '" + k->s + "' is not referenced by any tensor");
        const uint64_t numel = le(d, pos, 8);
        if (numel != uint64_t(info->second.numel))
            bad("legacy storage '" + k->s + "' has " + std::to_string(numel) + " elements, expected "
                + std::to_string(info->second.numel));
        pos += 8;
        const uint64_t n = numel * dtypeSize(info->second.dtype);
        if (n > d.size() - pos)
            bad("legacy storage '" + k->s + "' runs past the end of the file (truncated download?)");
        storageBytes[k->s] = {pos, static_cast<size_t>(n)};
        pos += n;
    }
    if (pos != d.size())
        out.warnings.push_back(std::to_string(d.size() - pos) + " trailing bytes after the last storage");
    addTensors(out, tensors, storageBytes);
    return out;
}

} // namespace effscope::core
