// SPDX-License-Identifier: MIT
#include "common/npy.h"

#include "common/error.h"
#include "common/file_io.h"

#include <cstring>
#include <limits>

namespace effscope::core {

namespace {

[[noreturn]] void bad(const std::string &why)
{
    throw Error(ErrorCategory::UnsupportedFormat, "not a usable .npy file: " + why);
}

// Value of `'key': <value>` in the header dict, up to the next ',' or '}' (or the matching ')').
std::string dictValue(const std::string &header, const std::string &key)
{
    const std::string quoted = "'" + key + "'";
    const size_t k = header.find(quoted);
    if (k == std::string::npos)
        bad("the header has no " + quoted);
    size_t v = header.find(':', k + quoted.size());
    if (v == std::string::npos)
        bad("the header's " + quoted + " has no value");
    ++v;
    while (v < header.size() && header[v] == ' ')
        ++v;
    const size_t end = header[v] == '(' ? header.find(')', v) + 1 : header.find_first_of(",}", v);
    if (end == std::string::npos || end == 0 || end <= v)
        bad("the header's " + quoted + " is cut short");
    return header.substr(v, end - v);
}

} // namespace

int64_t NpyArray::size() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

NpyArray parseNpy(const std::string &bytes)
{
    if (bytes.size() < 10 || std::memcmp(bytes.data(), "\x93NUMPY", 6) != 0)
        bad("it does not start with the NumPy magic string");
    const int major = static_cast<unsigned char>(bytes[6]);
    size_t headerLen = 0, offset = 0;
    if (major == 1) {
        headerLen = static_cast<unsigned char>(bytes[8]) | static_cast<unsigned char>(bytes[9]) << 8;
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            bad("the header length is cut short");
        for (int i = 0; i < 4; ++i)
            headerLen |= size_t(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
        offset = 12;
    } else {
        bad("format version " + std::to_string(major) + " is unknown");
    }
    if (headerLen > bytes.size() - offset)
        bad("the header is longer than the file");
    const std::string header = bytes.substr(offset, headerLen);
    const std::string descr = dictValue(header, "descr");
    const bool f4 = descr == "'<f4'", f8 = descr == "'<f8'";
    if (!f4 && !f8)
        bad("element type " + descr + " (only little-endian float32/float64)");
    if (dictValue(header, "fortran_order") != "False")
        bad("Fortran order");
    NpyArray a;
    const std::string shape = dictValue(header, "shape");
    for (size_t i = 1; i + 1 < shape.size();) {
        while (i + 1 < shape.size() && (shape[i] == ' ' || shape[i] == ','))
            ++i;
        if (i + 1 >= shape.size())
            break;
        size_t used = 0;
        long long d = 0;
        try {
            d = std::stoll(shape.substr(i), &used);
        } catch (const std::exception &) {
            bad("the shape " + shape + " is not a tuple of integers");
        }
        if (d < 0 || d > (int64_t(1) << 40))
            bad("the shape " + shape + " has an impossible dimension");
        a.shape.push_back(d);
        i += used;
    }
    const size_t elemSize = f4 ? 4 : 8;
    int64_t n = 1;
    for (int64_t d : a.shape) {
        if (d != 0 && n > (int64_t(1) << 40) / d)
            bad("the shape " + shape + " holds more elements than any file can");
        n *= d;
    }
    const size_t dataOffset = offset + headerLen;
    if (n < 0 || uint64_t(n) > (bytes.size() - dataOffset) / elemSize || uint64_t(n) * elemSize != bytes.size() - dataOffset)
        bad("the data is " + std::to_string(bytes.size() - dataOffset) + " bytes, the shape " + shape + " needs "
            + std::to_string(uint64_t(n) * elemSize));
    a.data.resize(size_t(n));
    const char *src = bytes.data() + dataOffset;
    if (f4) {
        std::memcpy(a.data.data(), src, size_t(n) * 4);
    } else {
        for (int64_t i = 0; i < n; ++i) {
            double v;
            std::memcpy(&v, src + i * 8, 8);
            a.data[size_t(i)] = static_cast<float>(v);
        }
    }
    return a;
}

NpyArray readNpy(const std::string &path)
{
    return parseNpy(*readWholeFile(path, size_t(4) << 30, "an .npy array"));
}

std::string encodeNpy(const std::vector<int64_t> &shape, const float *data)
{
    std::string dims;
    int64_t n = 1;
    for (int64_t d : shape) {
        dims += std::to_string(d) + ", ";
        n *= d;
    }
    if (shape.size() > 1)
        dims.resize(dims.size() - 2);
    else if (shape.size() == 1)
        dims.resize(dims.size() - 1); // "(5,)"
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    // magic (6) + version (2) + length (2) + header + '\n', padded to a multiple of 64
    const size_t total = (10 + header.size() + 1 + 63) / 64 * 64;
    header.append(total - 10 - header.size() - 1, ' ');
    header += '\n';
    std::string out("\x93NUMPY\x01\x00", 8);
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
    out += header;
    out.append(reinterpret_cast<const char *>(data), size_t(n) * sizeof(float));
    return out;
}

void writeNpy(const std::string &path, const std::vector<int64_t> &shape, const float *data)
{
    writeFileAtomic(path, encodeNpy(shape, data));
}

} // namespace effscope::core
