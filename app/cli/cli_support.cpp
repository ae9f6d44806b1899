// SPDX-License-Identifier: MIT
#include "cli_support.h"

#include "common/error.h"
#include "infer/engine.h"

#include <cmath>
#include <cstdio>

namespace effscope::cli {

using core::Error;
using core::ErrorCategory;

Args parse(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flagOptions)
{
    Args a;
    if (argv.empty())
        throw Error(ErrorCategory::InvalidInput, "no command given (try --help)");
    a.command = argv[0];
    for (size_t i = 1; i < argv.size(); ++i) {
        const std::string &s = argv[i];
        if (s.rfind("--", 0) == 0) {
            std::string key = s.substr(2), value;
            const size_t eq = key.find('=');
            const bool inlineValue = eq != std::string::npos;
            if (inlineValue) {
                value = key.substr(eq + 1);
                key = key.substr(0, eq);
            }
            if (flagOptions.count(key)) {
                a.flags.insert(key);
            } else if (valueOptions.count(key)) {
                if (!inlineValue) {
                    if (i + 1 >= argv.size())
                        throw Error(ErrorCategory::InvalidInput, "option --" + key + " needs a value");
                    value = argv[++i];
                }
                a.options[key] = value;
            } else {
                throw Error(ErrorCategory::InvalidInput, "unknown option --" + key + " for '" + a.command + "'");
            }
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

double toDouble(const std::string &name, const std::string &v)
{
    try {
        size_t used = 0;
        const double d = std::stod(v, &used);
        if (used == v.size() && std::isfinite(d))
            return d;
    } catch (...) {
    }
    throw Error(ErrorCategory::InvalidInput, "--" + name + " needs a number, got '" + v + "'");
}

int toInt(const std::string &name, const std::string &v, int lo, int hi)
{
    try {
        size_t used = 0;
        const long n = std::stol(v, &used);
        if (used == v.size() && n >= lo && n <= hi)
            return int(n);
    } catch (...) {
    }
    throw Error(ErrorCategory::InvalidInput, "--" + name + " needs an integer in [" + std::to_string(lo) + ", "
                                                 + std::to_string(hi) + "], got '" + v + "'");
}

void warnIfUnreliable(const core::ModelHandle &h)
{
    const std::string why = h.unreliable();
    if (!why.empty())
        std::fprintf(stderr, "warning: %s; loaded because of --allow-nonfinite, so every result below is unreliable\n",
                     why.c_str());
}

} // namespace effscope::cli
