// SPDX-License-Identifier: MIT
#pragma once
// What the effscope-cli commands share: their parsed arguments, the exit codes, usage errors
// and Ctrl+C as a cancel.
#include <nlohmann/json_fwd.hpp>

#include <map>
#include <set>
#include <stdexcept>
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

/// effscope-cli's exit codes (documented in --help and the man page).
enum ExitCode : int {
    kOk = 0,
    kUsage = 1,         ///< unknown command or option, a missing or malformed value, options that do not go together
    kBadInput = 2,      ///< a file or folder missing, unreadable or invalid; weights of another model; a refused merge
    kResourceLimit = 3, ///< memory, file size or a size limit reached
    kInterrupted = 4,   ///< Ctrl+C or SIGTERM; what resumes (checkpoint, --resume file) was written first
    kPartial = 5,       ///< some inputs failed (an image classify or eval could not read), the rest done
    kFailure = 6,       ///< anything else (a failure inside the engine)
};

/// The command line itself is wrong: exit code kUsage.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// How a command prints its result: a table for people (default), --json or --csv (rows).
enum class Output { Table, Json, Csv };
Output outputOf(const Args &a);

/// rows (an array of objects) as CSV on stdout: a header of the columns, then a line per row.
/// Numbers as JSON writes them (unrounded), true / false, null as an empty field, arrays and
/// objects as their JSON text; fields holding a comma, quote or line break quoted (RFC 4180).
void printCsv(const nlohmann::json &rows, const std::vector<std::string> &columns);

/// Option values the commands convert themselves; throw UsageError naming the option and the value.
double toDouble(const std::string &name, const std::string &v);
int toInt(const std::string &name, const std::string &v, int lo, int hi);

/// Says on stderr that every result is unreliable when the model's weights hold NaN or Inf
/// (loaded with --allow-nonfinite).
void warnIfUnreliable(const core::ModelHandle &h);

/// While alive, SIGINT (Ctrl+C) and SIGTERM (a scheduler's stop) set a flag instead of ending the
/// process, so the command can write what resumes it and exit with kInterrupted.
class CancelOnInterrupt
{
public:
    CancelOnInterrupt();
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt &) = delete;
    CancelOnInterrupt &operator=(const CancelOnInterrupt &) = delete;
    bool requested() const;

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

} // namespace effscope::cli
