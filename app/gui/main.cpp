// SPDX-License-Identifier: MIT
#include "inference_worker.h"
#include "main_window.h"
#include "model_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
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
                                        QApplication::translate("main", "View to show: photo or heatmap."),
                                        QStringLiteral("view"), QStringLiteral("photo"));
    parser.addOption(modelOption);
    parser.addOption(shotOption);
    parser.addOption(viewOption);
    parser.addPositionalArgument(QStringLiteral("image"), QApplication::translate("main", "Image to classify."));
    parser.process(app);

    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    if (parser.isSet(modelOption))
        window.modelPanel()->setModel(parser.value(modelOption));
    window.resize(1100, 700);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openImage(parser.positionalArguments().first());
    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        const bool heat = parser.value(viewOption) == QLatin1String("heatmap");
        if (heat)
            window.showView(1);
        QObject::connect(&window, heat ? &effscope::MainWindow::camShown : &effscope::MainWindow::resultShown, &window,
                         [&window, file] {
            // let the layout settle before grabbing
            QTimer::singleShot(200, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return QApplication::exec();
}
