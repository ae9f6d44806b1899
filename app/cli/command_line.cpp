// SPDX-License-Identifier: MIT
// effscope-cli's command line: parsing with the declarations of command_table.cpp, each command's
// --help, --help-all and the bash completion written from them.
#include "command_line_internal.h"

#include "arch/presets.h"

#include <cstdio>
#include <map>

namespace effscope::cli {

using namespace detail;

namespace {

/// A command's --help: its summary, a blank line, then CLI11's usage, options and details.
std::string commandHelp(const CommandEntry &c)
{
    std::string s = c.app->help("effscope-cli");
    const size_t eol = s.find('\n');
    return eol == std::string::npos ? s : s.insert(eol + 1, "\n");
}

} // namespace

namespace detail {

std::string Declarations::helpAll() const
{
    // "name command:" lines become the man page's subsections (help2man)
    std::string s = app.help();
    for (const CommandEntry &c : commands)
        s += "\n" + c.app->get_name() + " command:\n  " + commandHelp(c);
    return s;
}

Declarations &declarations()
{
    static Declarations d;
    return d;
}
} // namespace detail

ParsedCommandLine parseCommandLine(const std::vector<std::string> &argv)
{
    ParsedCommandLine p;
    Declarations &d = declarations();
    CLI::App &app = d.app;
    const auto usage = [&](const std::string &message, const std::string &command) {
        std::fprintf(stderr, "error: %s (see 'effscope-cli %s--help')\n", message.c_str(),
                     command.empty() ? "" : (command + " ").c_str());
        p.exitCode = kUsage;
        return p;
    };
    if (argv.empty()) {
        std::fputs(app.help().c_str(), stderr);
        p.exitCode = kUsage;
        return p;
    }
    // --help anywhere (before "--") answers the help, whatever else the line holds: CLI11 would
    // check the other values first and could answer with an error instead
    for (const std::string &arg : argv) {
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help") {
            const CommandEntry *entry = nullptr;
            for (const CommandEntry &c : d.commands)
                if (c.app->get_name() == argv[0])
                    entry = &c;
            std::fputs((entry ? commandHelp(*entry) : app.help()).c_str(), stdout);
            p.exitCode = kOk;
            return p;
        }
    }
    std::vector<std::string> reversed(argv.rbegin(), argv.rend()); // CLI11 takes the arguments back to front
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError &e) {
        std::string command;
        for (const CommandEntry &c : d.commands)
            if (c.app->parsed())
                command = c.app->get_name();
        // CLI11's "--x: 1 required N missing" and "X: At Most 1 required but received 2", in words
        std::string message = e.what();
        const std::string name = message.substr(0, message.find(':'));
        if (message.find("required") != std::string::npos && message.find("missing") != std::string::npos)
            message = "option " + name + " needs a value";
        else if (message.find("At Most 1") != std::string::npos)
            message = "'" + command + "' takes one " + name;
        return usage(message, command);
    }
    if (app.get_option("--version")->count()) {
        std::printf("effscope-cli %s\n", EFFSCOPE_VERSION);
        p.exitCode = kOk;
        return p;
    }
    if (app.get_option("--bash-completion")->count()) {
        std::fputs(bashCompletion().c_str(), stdout);
        p.exitCode = kOk;
        return p;
    }
    if (app.get_option("--help-all")->count()) {
        std::fputs(d.helpAll().c_str(), stdout);
        p.exitCode = kOk;
        return p;
    }
    const CommandEntry *entry = nullptr;
    for (const CommandEntry &c : d.commands)
        if (c.app->parsed())
            entry = &c;
    if (!entry) {
        const std::vector<std::string> rest = app.remaining();
        if (rest.empty())
            return usage("no command given", "");
        return usage((rest[0].rfind("-", 0) == 0 ? "unknown option " : "unknown command ") + ("'" + rest[0] + "'"), "");
    }
    const std::string name = entry->app->get_name();
    for (const std::string &extra : entry->app->remaining()) {
        if (extra == "--")
            continue;
        if (extra.rfind("-", 0) == 0)
            return usage("unknown option " + extra.substr(0, extra.find('=')) + " for '" + name + "'", name);
        return usage("'" + name + "' takes no argument '" + extra + "'", name);
    }
    p.args.command = name;
    for (const OptionEntry &o : entry->options) {
        if (!o.option->count())
            continue;
        if (o.flag)
            p.args.flags.insert(o.name);
        else
            p.args.options[o.name] = o.option->as<std::string>();
    }
    if (entry->positional && entry->positional->count())
        p.args.positional = entry->positional->as<std::vector<std::string>>();
    if (p.args.flags.count("json") && p.args.flags.count("csv"))
        return usage("--json and --csv: choose one", name);
    return p;
}

std::string bashCompletion()
{
    const Declarations &d = declarations();
    std::string commands, cases, valueCases;
    std::map<std::string, std::string> valueCompletion; // option -> bash code completing its value
    for (const CommandEntry &c : d.commands) {
        commands += (commands.empty() ? "" : " ") + c.app->get_name();
        std::string values, flags;
        for (const OptionEntry &o : c.options)
            (o.flag ? flags : values) += (o.flag ? flags : values).empty() ? "--" + o.name : " --" + o.name;
        std::string words;
        switch (c.positionalComplete) {
        case Complete::Model: words = "positional=models"; break;
        case Complete::File: words = "positional=files"; break;
        default: break;
        }
        cases += "        " + c.app->get_name() + ") values=\"" + values + "\"; flags=\"" + flags + "\""
                 + (words.empty() ? "" : "; " + words) + " ;;\n";
        for (const OptionEntry &o : c.options) {
            if (o.flag)
                continue;
            std::string code;
            if (!o.kind.choices.empty()) {
                std::string list;
                for (const std::string &x : o.kind.choices)
                    list += (list.empty() ? "" : " ") + x;
                code = "COMPREPLY=($(compgen -W \"" + list + "\" -- \"$cur\"))";
            } else if (o.kind.complete == Complete::Model) {
                code = "COMPREPLY=($(compgen -W \"$models\" -- \"$cur\"))";
            } else if (o.kind.complete == Complete::File) {
                code = "COMPREPLY=($(compgen -f -- \"$cur\"))";
            } else if (o.kind.complete == Complete::Folder) {
                code = "COMPREPLY=($(compgen -d -- \"$cur\"))";
            } else if (o.kind.complete == Complete::FolderOrCsv) {
                code = "COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.csv' -- \"$cur\"))";
            } else {
                code = "COMPREPLY=()";
            }
            // keyed by command too: --dtype's choices differ between commands
            const std::string key = c.app->get_name() + ":--" + o.name;
            valueCompletion[key] = code;
        }
    }
    for (const auto &[key, code] : valueCompletion)
        valueCases += "        " + key + ") " + code + "; return ;;\n";
    std::string models;
    for (const std::string &m : core::presetNames())
        models += (models.empty() ? "" : " ") + m;
    return "# SPDX-License-Identifier: MIT\n"
           "# bash completion for effscope-cli, generated by `effscope-cli --bash-completion` from its\n"
           "# declarations: commands, each command's options, and values (choices, presets, files, folders).\n"
           "_effscope_cli()\n"
           "{\n"
           "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
           "    local models=\""
           + models
           + "\"\n"
             "    local commands=\""
           + commands
           + "\"\n"
             "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
             "        COMPREPLY=($(compgen -W \"$commands --help --help-all --version\" -- \"$cur\"))\n"
             "        return\n"
             "    fi\n"
             "    local values=\"\" flags=\"\" positional=\"\"\n"
             "    case \"${COMP_WORDS[1]}\" in\n"
           + cases
           + "        *) return ;;\n"
             "    esac\n"
             "    case \"${COMP_WORDS[1]}:$prev\" in\n"
           + valueCases
           + "    esac\n"
             "    if [[ \"$cur\" == -* ]]; then\n"
             "        COMPREPLY=($(compgen -W \"$values $flags --help\" -- \"$cur\"))\n"
             "    elif [ \"$positional\" = models ]; then\n"
             "        COMPREPLY=($(compgen -W \"$models\" -- \"$cur\"))\n"
             "    elif [ \"$positional\" = files ]; then\n"
             "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
             "    fi\n"
             "}\n"
             "complete -o filenames -F _effscope_cli effscope-cli\n";
}

} // namespace effscope::cli