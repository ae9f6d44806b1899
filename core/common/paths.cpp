// SPDX-License-Identifier: MIT
#include "common/paths.h"

#include "common/error.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace effscope::core {

namespace fs = std::filesystem;

std::string resourceDir()
{
    if (const char *env = std::getenv("EFFSCOPE_RESOURCE_DIR"); env && *env)
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "effscope";
        if (fs::exists(installed / "weights.json", ec))
            return installed.string();
    }
#ifdef EFFSCOPE_SOURCE_DIR
    return std::string(EFFSCOPE_SOURCE_DIR) + "/resources";
#else
    return "resources";
#endif
}

std::string resourcePath(const std::string &name)
{
    return resourceDir() + "/" + name;
}

const std::vector<std::string> &imagenetClasses()
{
    static const std::vector<std::string> classes = [] {
        const std::string path = resourcePath("imagenet_classes.txt");
        std::ifstream in(path);
        if (!in)
            throw Error(ErrorCategory::Io, "cannot open the class list '" + path + "'");
        std::vector<std::string> names;
        for (std::string line; std::getline(in, line);)
            if (!line.empty())
                names.push_back(line);
        if (names.size() != 1000)
            throw Error(ErrorCategory::Io, "'" + path + "' lists " + std::to_string(names.size())
                                               + " classes, expected 1000");
        return names;
    }();
    return classes;
}

} // namespace effscope::core
