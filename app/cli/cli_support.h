// SPDX-License-Identifier: MIT
#pragma once
// Argument parsing shared by the effscope-cli commands.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace effscope::core {
struct ModelHandle;
}

namespace effscope::cli {

struct Args
{
    std::string command;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;
    std::vector<std::string> positional;

    bool has(const std::string &k) const { return options.count(k) || flags.count(k); }
    std::string get(const std::string &k, const std::string &def = {}) const
    {
        auto it = options.find(k);
        return it == options.end() ? def : it->second;
    }
};

/// argv[0] is the command; "--key value", "--key=value" and flags; anything else is positional.
/// Throws InvalidInput for unknown options and missing values.
Args parse(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flagOptions);

/// Parsed option values; throw InvalidInput naming the option and the bad value.
double toDouble(const std::string &name, const std::string &v);
int toInt(const std::string &name, const std::string &v, int lo, int hi);

/// Says on stderr that every result is unreliable when the model's weights hold NaN or Inf
/// (loaded with --allow-nonfinite).
void warnIfUnreliable(const core::ModelHandle &h);

} // namespace effscope::cli
