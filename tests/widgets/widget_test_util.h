// SPDX-License-Identifier: MIT
#pragma once
// What the widget tests share: Qt Test, the test data paths, a grey colour table.
#include "test_env.h"

#include <QtTest/QtTest>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QTreeWidget>

/// Installs the app's English catalogue as effscope does at start: "%n convolutions" reads
/// "1 convolution" only with it.
inline bool installEnglishCatalogue()
{
    static QTranslator english;
    return english.load(QStringLiteral(EFFSCOPE_EN_QM)) && QCoreApplication::installTranslator(&english);
}

inline QVector<QRgb> greyLut()
{
    QVector<QRgb> lut;
    for (int i = 0; i < 256; ++i)
        lut << qRgb(i, i, i);
    return lut;
}
