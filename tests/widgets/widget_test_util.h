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
#include <QTreeWidget>

inline QVector<QRgb> greyLut()
{
    QVector<QRgb> lut;
    for (int i = 0; i < 256; ++i)
        lut << qRgb(i, i, i);
    return lut;
}
