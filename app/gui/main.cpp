// SPDX-License-Identifier: MIT
// effscope: parse the command line, start the worker and the window. Everything else lives in
// effscope_gui (the window and its pages) and the libraries below it.
#include "command_line.h"
#include "inference_worker.h"
#include "main_window.h"
#include "train/block_cache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("effscope"));
    QCoreApplication::setApplicationName(QStringLiteral("effscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EFFSCOPE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    effscope::core::installCpuBlockCache(); // training keeps its blocks; installed before any worker thread
    if (effscope::wantsHelpOrVersion(argc, argv)) {
        // answered with no GUI object, so it works without a display (scripts, ssh, packaging)
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        effscope::describeCommandLine(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("effscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QString error;
    const std::optional<effscope::CommandLine> commandLine = effscope::parseCommandLine(QApplication::arguments(), &error);
    if (!commandLine) {
        std::fprintf(stderr, "effscope: %s\n", qPrintable(error));
        return 2;
    }
    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    window.show();
    error = effscope::applyCommandLine(window, *commandLine);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "effscope: %s\n", qPrintable(error));
        return 2;
    }
    return QApplication::exec();
}
