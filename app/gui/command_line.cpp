// SPDX-License-Identifier: MIT
#include "command_line.h"

#include "main_window.h"
#include "model_panel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace effscope {

namespace {

const QCommandLineOption &modelOption()
{
    static const QCommandLineOption o(QStringLiteral("model"), QCoreApplication::translate("main", "Preset to start with."),
                                      QStringLiteral("preset"));
    return o;
}

const QCommandLineOption &viewOption()
{
    static const QCommandLineOption o(QStringLiteral("view"),
                                      QCoreApplication::translate("main", "View to open: %1.").arg(viewNames()),
                                      QStringLiteral("view"));
    return o;
}

const QCommandLineOption &sessionOption()
{
    static const QCommandLineOption o(
        QStringLiteral("session"),
        QCoreApplication::translate("main", "Session file to open (custom scales, measurements, evaluations)."),
        QStringLiteral("file"));
    return o;
}

const QCommandLineOption &selfTestOption()
{
    static const QCommandLineOption o(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Open the photos given, wait for the first prediction, print it and quit: "
                                            "exit 0 when one is shown, 1 when none comes within two minutes or the "
                                            "model fails (checks that an installation works)."));
    return o;
}

} // namespace

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "EfficientNet scaling workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(modelOption());
    parser.addOption(viewOption());
    parser.addOption(sessionOption());
    parser.addOption(selfTestOption());
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "Photos or folders of photos to open, any number."),
                                 QStringLiteral("[paths...]"));
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}

std::optional<CommandLine> parseCommandLine(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    describeCommandLine(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    CommandLine c;
    c.model = parser.value(modelOption());
    c.session = parser.value(sessionOption());
    c.paths = parser.positionalArguments();
    c.selfTest = parser.isSet(selfTestOption());
    if (c.selfTest && c.paths.isEmpty()) {
        *error = QCoreApplication::translate("main", "--self-test needs a photo to classify");
        return std::nullopt;
    }
    if (parser.isSet(viewOption())) {
        c.view = parseView(parser.value(viewOption()));
        if (!c.view) {
            *error = QCoreApplication::translate("main", "unknown --view '%1' (%2)").arg(parser.value(viewOption()), viewNames());
            return std::nullopt;
        }
    }
    return c;
}

QString applyCommandLine(MainWindow &window, const CommandLine &c)
{
    if (!c.model.isEmpty())
        window.modelPanel()->setModel(c.model);
    if (c.view)
        window.showView(*c.view);
    QString error;
    if (!c.session.isEmpty())
        error = window.loadSessionFrom(c.session);
    if (!c.paths.isEmpty())
        window.addImages(c.paths);
    return error;
}

} // namespace effscope
