// SPDX-License-Identifier: MIT
#pragma once
// effscope-cli's command line, declared once with CLI11: every command with its summary, its
// explanation and its options (type, range or choices, help), from which come the parsing, each
// command's --help, --help-all (the man page) and the bash completion.
#include "cli_support.h"

#include <optional>
#include <string>
#include <vector>

namespace effscope::cli {

struct ParsedCommandLine
{
    Args args;                   ///< the command and what was given to it
    std::optional<int> exitCode; ///< set when parsing answered by itself (help, version, a usage error)
};

/// Parses argv (without the program name). Help and version go to stdout; usage errors to
/// stderr as "error: ..." naming the option, with exitCode kUsage.
ParsedCommandLine parseCommandLine(const std::vector<std::string> &argv);

/// The bash completion script for effscope-cli, generated from the declarations.
std::string bashCompletion();

} // namespace effscope::cli
