// SPDX-License-Identifier: MIT
#pragma once
// Edit > Preferences: the interface language (the system's, or one effscope is translated
// into), kept in the settings and used from the next start.
#include <QDialog>

class QComboBox;

namespace effscope {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// The language chosen: "" for the system's, else a languages() code.
    QString language() const;
    void setLanguage(const QString &code);

    /// Saves the choice (accept()).
    void save() const;

private:
    QComboBox *m_language;
};

} // namespace effscope
