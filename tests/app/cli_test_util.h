// SPDX-License-Identifier: MIT
#pragma once
// Runs the effscope-cli under test ($EFFSCOPE_CLI) and keeps its exit code and output.
#include "test_env.h"

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int code = -1; ///< -1: did not finish in 5 minutes; -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("EFFSCOPE_CLI"), args);
    CliResult r;
    if (!p.waitForFinished(300000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
