// SPDX-License-Identifier: MIT
// effscope: parse the command line, start the worker and the window. Everything else lives in
// effscope_gui (the window and its pages) and the libraries below it.
#include "inference_worker.h"
#include "main_window.h"
#include "model_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("effscope"));
    QApplication::setApplicationName(QStringLiteral("effscope"));
    QApplication::setApplicationVersion(QStringLiteral(EFFSCOPE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("effscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "EfficientNet scaling workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modelOption(QStringLiteral("model"), QApplication::translate("main", "Preset to start with."),
                                         QStringLiteral("preset"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QApplication::translate("main", "View to open: %1.").arg(effscope::viewNames()),
                                        QStringLiteral("view"));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           QApplication::translate("main", "Session file to open (custom scales, measurements, evaluations)."),
                                           QStringLiteral("file"));
    parser.addOption(modelOption);
    parser.addOption(viewOption);
    parser.addOption(sessionOption);
    parser.addPositionalArgument(QStringLiteral("images"), QApplication::translate("main", "Photos or folders to open."),
                                 QStringLiteral("[images...]"));
    parser.process(app);

    std::optional<effscope::View> view;
    if (parser.isSet(viewOption)) {
        view = effscope::parseView(parser.value(viewOption));
        if (!view) {
            std::fprintf(stderr, "effscope: unknown --view '%s' (%s)\n", qPrintable(parser.value(viewOption)),
                         qPrintable(effscope::viewNames()));
            return 2;
        }
    }
    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    if (parser.isSet(modelOption))
        window.modelPanel()->setModel(parser.value(modelOption));
    if (view)
        window.showView(*view);
    window.resize(1100, 700);
    window.show();
    if (parser.isSet(sessionOption)) {
        const QString error = window.loadSessionFrom(parser.value(sessionOption));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "effscope: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty())
        window.addImages(parser.positionalArguments());
    return QApplication::exec();
}
