// SPDX-License-Identifier: MIT
#pragma once
// Inside effscope-cli's command line: what command_table.cpp declares (every command, option,
// check and help text) and command_line.cpp parses with and writes help and completion from.
#include "command_line.h"

#include <CLI/CLI.hpp>

#include <deque>
#include <string>
#include <vector>

namespace effscope::cli::detail {

/// How the completion offers an option's value.
enum class Complete { Nothing, File, Folder, FolderOrCsv, Model };

/// What an option's value must be: the check, a few words for --help, and the choices.
struct Kind
{
    CLI::Validator check;
    std::string hint;
    std::vector<std::string> choices;
    Complete complete = Complete::Nothing;
};

struct OptionEntry
{
    std::string name; ///< without the dashes
    bool flag = false;
    Kind kind;
    CLI::Option *option = nullptr;
};

struct CommandEntry
{
    CLI::App *app = nullptr;
    std::vector<OptionEntry> options;
    CLI::Option *positional = nullptr;
    Complete positionalComplete = Complete::Nothing;
};

/// Every command and option. The values land in storage (strings, as given); after a parse the
/// chosen command's given options are copied into Args.
class Declarations
{
public:
    Declarations();

    CLI::App app{"effscope-cli: the effscope EfficientNet engine from scripts", "effscope-cli"};
    std::deque<CommandEntry> commands;
    std::string helpAll() const;

private:
    friend class Declare;
    std::deque<std::string> m_values;
    std::deque<std::vector<std::string>> m_lists;

};

/// The one set of declarations, made on first use.
Declarations &declarations();

} // namespace effscope::cli::detail
