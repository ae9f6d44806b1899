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

/// Set by tools/sanitize.sh: data-driven tests whose rows differ only in data (models, photos)
/// run a sample that still takes every code path once, since under a sanitizer the uninstrumented
/// kernels they mostly drive cost minutes and find nothing.
inline bool sanitizerSample()
{
    return qEnvironmentVariableIsSet("EFFSCOPE_SANITIZER_SAMPLE");
}

/// Built with AddressSanitizer: its quarantine holds freed memory back and its shadow maps
/// terabytes of address space, so resident-set and address-space limit tests say nothing there.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

inline QByteArray readAllBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAllBytes(path)).object();
}
