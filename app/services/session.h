// SPDX-License-Identifier: MIT
#pragma once
// A study session on disk: the explorer's custom scales, the latencies and scaling-study points
// measured on this machine, and the accuracy evaluations, as one JSON file; with the workspace
// they were made in (the photos, the one shown, the model, the view, the explorer's controls).
// Loading checks every field and names the first one that is wrong; nothing is half-applied.
// Version 1 files (no workspace) and files without training results still load.
#include "train_types.h"
#include "types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace effscope {

struct Workspace
{
    QStringList photos;     ///< absolute paths, in the strip's order
    QString currentPhoto;   ///< "" when none was shown
    QString model;          ///< a preset or a custom scale's name; "" for none
    QString view;           ///< viewName() of the tab; "" for the default
    ExplorerState explorer;
    bool operator==(const Workspace &o) const
    {
        return photos == o.photos && currentPhoto == o.currentPhoto && model == o.model && view == o.view
            && explorer == o.explorer;
    }
};

struct Session
{
    QVector<CustomScale> customScales;
    QVector<LatencyItem> latency;
    QVector<SweepItem> sweep;
    QVector<EvalItem> evaluations;
    QVector<ProbeItem> probe;  ///< the Train tab's linear probe (your own trade-off)
    QString probeDataset;
    GridState grid;            ///< the Train tab's grid search (no points: none)
    Workspace workspace;
    bool hasWorkspace = false; ///< false for a version 1 file
    bool operator==(const Session &o) const
    {
        return customScales == o.customScales && latency == o.latency && sweep == o.sweep
            && evaluations == o.evaluations && probe == o.probe && probeDataset == o.probeDataset && grid == o.grid
            && hasWorkspace == o.hasWorkspace && workspace == o.workspace;
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
