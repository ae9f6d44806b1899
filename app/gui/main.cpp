// SPDX-License-Identifier: MIT
// effscope: parse the command line, start the worker and the window. Everything else lives in
// effscope_gui (the window and its pages) and the libraries below it.
#include "command_line.h"
#include "inference_worker.h"
#include "language.h"
#include "main_window.h"
#include "prediction_view.h"
#include "train/block_cache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QTimer>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("effscope"));
    QCoreApplication::setApplicationName(QStringLiteral("effscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EFFSCOPE_VERSION));
}

// --self-test: the first prediction the window shows goes to stdout and the app quits with 0;
// a failure of the model, or nothing within two minutes, quits with 1.
void watchForFirstPrediction(effscope::InferenceWorker &worker, effscope::MainWindow &window)
{
    QObject::connect(&worker, &effscope::InferenceWorker::classified, &window, [&window] {
        QTimer::singleShot(0, &window, [&window] { // once the window has shown it
            for (const effscope::PredictionView *view : window.findChildren<effscope::PredictionView *>())
                if (!view->labelText(0).isEmpty()) {
                    const auto plain = [](const QString &html) {
                        return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
                    };
                    std::printf("effscope self-test: %s: %s %s\n", qPrintable(plain(view->caption())),
                                qPrintable(plain(view->labelText(0))), qPrintable(plain(view->valueText(0))));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                    return;
                }
        });
    });
    QObject::connect(&worker, &effscope::InferenceWorker::failed, &window, [](const effscope::TaskError &e) {
        if (e.cancelled()) // superseded by a newer request
            return;
        std::fprintf(stderr, "effscope self-test: failed: %s\n", qPrintable(e.message));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(120000, &window, [] {
        std::fprintf(stderr, "effscope self-test: no prediction within two minutes\n");
        QCoreApplication::exit(1);
    });
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

    effscope::applySavedLanguage(); // the settings' language, else the system's

    QString error;
    const std::optional<effscope::CommandLine> commandLine = effscope::parseCommandLine(QApplication::arguments(), &error);
    if (!commandLine) {
        std::fprintf(stderr, "effscope: %s\n", qPrintable(error));
        return 2;
    }
    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    if (commandLine->selfTest)
        watchForFirstPrediction(worker, window);
    window.show();
    error = effscope::applyCommandLine(window, *commandLine);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "effscope: %s\n", qPrintable(error));
        return 2;
    }
    return QApplication::exec();
}
