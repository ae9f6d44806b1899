// SPDX-License-Identifier: MIT
#pragma once
// The languages effscope is translated into, and installing one: effscope's own catalogue
// (embedded under :/i18n, also installed to share/effscope/translations) and Qt's for its
// standard dialogs where the system has it.
#include <QString>
#include <QStringList>

namespace effscope {

struct Language
{
    QString code;   ///< "en", "de", "zh_CN": the catalogue's suffix
    QString native; ///< its name in itself ("Deutsch", "简体中文")
};

/// Every language with a complete catalogue, English first.
const QList<Language> &languages();

/// The catalogue for code ("" or unknown: the system's locale, English when it has none), then
/// installed on the application, replacing the one installed before. Returns the code applied.
QString applyLanguage(const QString &code);

/// The language the settings ask for ("" = the system's), applied at start.
QString applySavedLanguage();

} // namespace effscope
