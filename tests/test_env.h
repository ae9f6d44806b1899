// SPDX-License-Identifier: MIT
#pragma once
// Test data locations, passed by CTest as environment variables (not compiled in, so that
// builds in different folders share the compiler cache).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

inline QString testEnvPath(const char *variable, const char *suffix)
{
    return qEnvironmentVariable(variable) + QLatin1String(suffix);
}

inline QByteArray readAllBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAllBytes(path)).object();
}
