// SPDX-License-Identifier: MIT
#include "inference_worker.h"
#include "activation_browser.h"
#include "compare_view.h"
#include "scaling_explorer.h"
#include "main_window.h"
#include "model_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <QTranslator>

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
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window to FILE once the image is classified, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QApplication::translate("main", "View to show: photo, heatmap, activations, compare, explorer, tradeoff, evaluate or study."),
                                        QStringLiteral("view"), QStringLiteral("photo"));
    const QCommandLineOption layerOption(QStringLiteral("layer"),
                                         QApplication::translate("main", "Layer the activation view opens on."),
                                         QStringLiteral("path"), QStringLiteral("features.6"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           QApplication::translate("main", "Scales the compare view runs, comma-separated."),
                                           QStringLiteral("presets"), QStringLiteral("b0,lite0,lite1,lite2"));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           QApplication::translate("main", "Session file to open (custom scales, measurements, evaluations)."),
                                           QStringLiteral("file"));
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
                                           QApplication::translate("main", "Labelled folder or CSV that --view evaluate evaluates."),
                                           QStringLiteral("path"));
    parser.addOption(sessionOption);
    parser.addOption(datasetOption);
    parser.addOption(modelOption);
    parser.addOption(shotOption);
    parser.addOption(viewOption);
    parser.addOption(layerOption);
    parser.addOption(compareOption);
    parser.addPositionalArgument(QStringLiteral("image"), QApplication::translate("main", "Image to classify."));
    parser.process(app);

    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    if (parser.isSet(modelOption))
        window.modelPanel()->setModel(parser.value(modelOption));
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
        window.openImage(parser.positionalArguments().first());
    const QString view = parser.value(viewOption);
    auto grabWhen = [&window, &view](auto signal, const QString &file) {
        QObject::connect(&window, signal, &window, [&window, file, view] {
            // let the layout settle before grabbing; the explorer scrolls, so it is grabbed whole
            QTimer::singleShot(300, &window, [&window, file, view] {
                const bool saved = (view == QLatin1String("explorer") ? window.explorer()->grab() : window.grab()).save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        });
    };
    if (view == QLatin1String("heatmap")) {
        window.showView(1);
    } else if (view == QLatin1String("activations")) {
        // once the photo is classified: the layer, then its strongest channel enlarged
        const QString layer = parser.value(layerOption);
        QObject::connect(&window, &effscope::MainWindow::resultShown, &window, [&window, layer] {
            window.showView(2);
            window.activationBrowser()->selectLayer(layer);
        }, Qt::SingleShotConnection);
        QObject::connect(&window, &effscope::MainWindow::activationsShown, &window, [&window] {
            auto *browser = window.activationBrowser();
            if (browser->gridChannel(0) >= 0)
                Q_EMIT browser->channelRequested(browser->currentLayer(), browser->gridChannel(0));
        }, Qt::SingleShotConnection);
    } else if (view == QLatin1String("compare")) {
        const QStringList presets = parser.value(compareOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QObject::connect(&window, &effscope::MainWindow::camShown, &window, [&window, presets] {
            window.showView(3);
            window.compareView()->setChecked(presets);
            window.startCompare(presets);
        }, Qt::SingleShotConnection);
    } else if (view == QLatin1String("explorer")) {
        window.showView(4);
        window.explorer()->setPaperCoefficients();
        window.explorer()->setCompound(1.2, 1.1, 1.15, 3.0);
        // non-uniform: stage 6 wider, stage 4 deeper, against uniform scaling at equal MACs
        window.explorer()->setStageScaling({1, 1, 1, 1, 1, 1.5, 1}, {1, 1, 1, 1.5, 1, 1, 1});
        QObject::connect(&window, &effscope::MainWindow::resultShown, &window, [&window] { window.requestImportance(); },
                         Qt::SingleShotConnection);
    } else if (view == QLatin1String("tradeoff")) {
        window.showView(5);
        window.explorer()->setCompound(1.2, 1.1, 1.15, 3.0);
    } else if (view == QLatin1String("evaluate")) {
        window.showView(6);
        if (parser.isSet(datasetOption)) {
            const QString dataset = parser.value(datasetOption);
            QObject::connect(&window, &effscope::MainWindow::modelShown, &window, [&window, dataset] {
                window.startEvaluation(dataset, {QStringLiteral("lite0"), QStringLiteral("lite1"), QStringLiteral("lite2")});
            }, Qt::SingleShotConnection);
        }
    } else if (view == QLatin1String("study")) {
        window.showView(7);
        QObject::connect(&window, &effscope::MainWindow::modelShown, &window, [&window] {
            window.startSweep(QStringLiteral("b0"), 2.0, 5);
        }, Qt::SingleShotConnection);
    } else if (view != QLatin1String("photo")) {
        std::fprintf(stderr, "effscope: unknown --view '%s' (photo, heatmap, activations, compare, explorer, tradeoff, "
                             "evaluate, study)\n", qPrintable(view));
        return 2;
    }
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        if (view == QLatin1String("heatmap"))
            grabWhen(&effscope::MainWindow::camShown, file);
        else if (view == QLatin1String("activations"))
            grabWhen(&effscope::MainWindow::channelShown, file);
        else if (view == QLatin1String("compare"))
            grabWhen(&effscope::MainWindow::compareFinished, file);
        else if (view == QLatin1String("evaluate") && parser.isSet(datasetOption))
            grabWhen(&effscope::MainWindow::evaluationFinished, file);
        else if (view == QLatin1String("study"))
            grabWhen(&effscope::MainWindow::sweepFinished, file);
        else if (view == QLatin1String("explorer"))
            grabWhen(&effscope::MainWindow::importanceShown, file);
        else
            grabWhen(&effscope::MainWindow::resultShown, file);
    }
    return QApplication::exec();
}
