// SPDX-License-Identifier: MIT
#include "language.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace effscope {

const QList<Language> &languages()
{
    static const QList<Language> all{{QStringLiteral("en"), QStringLiteral("English")},
                                     {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    return all;
}

namespace {

/// The code of the first of the locale's UI languages effscope has (zh_Hans_CN, zh_CN -> zh_CN).
QString fromLocale(const QLocale &locale)
{
    for (QString ui : locale.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (ui.startsWith(QLatin1String("zh")) && !ui.contains(QLatin1String("Hant")) && !ui.contains(QLatin1String("TW"))
            && !ui.contains(QLatin1String("HK")))
            return QStringLiteral("zh_CN");
        for (const Language &l : languages())
            if (ui == l.code || ui.startsWith(l.code + QLatin1Char('_')))
                return l.code;
    }
    return QStringLiteral("en");
}

QTranslator *g_own = nullptr;
QTranslator *g_qt = nullptr;

} // namespace

QString applyLanguage(const QString &requested)
{
    QString code = requested;
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == code;
    if (!known)
        code = fromLocale(QLocale::system());
    for (QTranslator **t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_own = new QTranslator;
    // embedded first; the installed copy (share/effscope/translations) serves a build without it
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/effscope/translations");
    if (g_own->load(QStringLiteral("effscope_") + code, QStringLiteral(":/i18n"))
        || g_own->load(QStringLiteral("effscope_") + code, installed))
        QCoreApplication::installTranslator(g_own);
    g_qt = new QTranslator;
    if (code != QLatin1String("en")
        && g_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    // numbers and dates keep following the system's locale (QLocale()), whatever the language
    return code;
}

QString applySavedLanguage()
{
    return applyLanguage(settings::language.value());
}

} // namespace effscope
