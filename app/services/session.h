// SPDX-License-Identifier: MIT
#pragma once
// A study session on disk: the explorer's custom scales, the latencies and scaling-study points
// measured on this machine, and the accuracy evaluations, as one JSON file. Loading checks
// every field and names the first one that is wrong; nothing is half-applied.
#include "types.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace effscope {

struct Session
{
    QVector<CustomScale> customScales;
    QVector<LatencyItem> latency;
    QVector<SweepItem> sweep;
    QVector<EvalItem> evaluations;
    bool operator==(const Session &o) const
    {
        return customScales == o.customScales && latency == o.latency && sweep == o.sweep
            && evaluations == o.evaluations;
    }
};

QByteArray sessionToJson(const Session &session);
/// false with the reason in *error (the field's path, e.g. "evaluations[1].top1: expected a number").
bool sessionFromJson(const QByteArray &json, Session *session, QString *error);
/// Written atomically; returns "" or the reason it failed.
QString saveSession(const QString &path, const Session &session);
/// Files above 64 MiB are refused.
bool loadSession(const QString &path, Session *session, QString *error);

} // namespace effscope
