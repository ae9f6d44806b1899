// SPDX-License-Identifier: MIT
#pragma once
// Test data locations, passed by CTest as environment variables (not compiled in, so that
// builds in different folders share the compiler cache).
#include <QString>
#include <QtGlobal>

inline QString testEnvPath(const char *variable, const char *suffix)
{
    return qEnvironmentVariable(variable) + QLatin1String(suffix);
}
