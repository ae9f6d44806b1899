// SPDX-License-Identifier: MIT
#pragma once
// effscope's command line: options, parsing (no window needed, so help and version print
// without a display) and applying it to a window.
#include "view.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace effscope {

class MainWindow;

struct CommandLine
{
    QString model;              ///< preset to start with; empty: the one last used
    std::optional<View> view;
    QString session;            ///< session file to open
    QStringList paths;          ///< photos and folders, in the order given
    bool selfTest = false;      ///< print the first prediction and quit (checks an installation)
};

/// The options, the positional "paths" and --help / --version, on `parser`.
void describeCommandLine(QCommandLineParser &parser);
/// True when argv asks only for help or the version: answered without creating a GUI.
bool wantsHelpOrVersion(int argc, char **argv);
/// Parses arguments (argv[0] first). On a bad argument returns nothing and sets `error`.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, QString *error);
/// Model and view first, then the session, then every path (files and folders) into the strip.
/// Returns an error message when the session cannot be opened (the paths are still added).
QString applyCommandLine(MainWindow &window, const CommandLine &commandLine);

} // namespace effscope
