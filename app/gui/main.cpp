// SPDX-License-Identifier: MIT
#include "inference_worker.h"
#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
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

    effscope::InferenceWorker worker;
    effscope::MainWindow window(&worker);
    window.resize(1100, 700);
    window.show();
    for (const QString &arg : QApplication::arguments().mid(1))
        if (!arg.startsWith(QLatin1Char('-'))) {
            window.openImage(arg);
            break;
        }
    return QApplication::exec();
}
