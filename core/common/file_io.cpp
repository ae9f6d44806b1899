// SPDX-License-Identifier: MIT
#include "common/file_io.h"

#include "common/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

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

void writeFileAtomic(const std::string &path, const std::string &bytes)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCategory::Io, "cannot write '" + path + "': the folder '" + dir.string() + "' does not exist");
    std::random_device rd;
    const fs::path tmp = dir / ("." + target.filename().string() + ".tmp" + std::to_string(rd()));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(ErrorCategory::Io, "cannot write '" + path + "': " + std::strerror(errno));
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            out.close();
            fs::remove(tmp, ec);
            throw Error(ErrorCategory::Io, "writing '" + path + "' failed (disk full?)");
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw Error(ErrorCategory::Io, "cannot write '" + path + "': " + ec.message());
    }
}

} // namespace effscope::core
