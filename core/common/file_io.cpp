// SPDX-License-Identifier: MIT
#include "common/file_io.h"

#include "common/error.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace effscope::core {

std::shared_ptr<std::string> readWholeFile(const std::string &path, size_t maxBytes, const char *what)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw Error(ErrorCategory::Io, "cannot open '" + path + "': " + std::strerror(errno));
    const std::streamoff size = in.tellg();
    if (size < 0)
        throw Error(ErrorCategory::Io, "cannot read the size of '" + path + "'");
    if (static_cast<uint64_t>(size) > maxBytes)
        throw Error(ErrorCategory::ResourceLimit,
                    "'" + path + "' is " + std::to_string(size) + " bytes, more than the "
                        + std::to_string(maxBytes) + "-byte limit for " + what);
    auto data = std::make_shared<std::string>(static_cast<size_t>(size), '\0');
    in.seekg(0);
    if (size > 0 && !in.read(data->data(), size))
        throw Error(ErrorCategory::Io, "reading '" + path + "' failed after " + std::to_string(in.gcount()) + " bytes");
    return data;
}

} // namespace effscope::core
