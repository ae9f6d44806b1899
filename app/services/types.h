// SPDX-License-Identifier: MIT
#pragma once
// Value types that cross the GUI <-> worker boundary by queued signals. No torch here.
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace effscope {

struct ClassScore
{
    int index = 0;
    QString label;
    float probability = 0.0f;
};

struct ModelInfo
{
    quint64 requestId = 0;
    QString model;          ///< preset name
    QString weightsLabel;   ///< registry id, file name, or "untrained (random init)"
    bool pretrained = false;
    QString device;
    qint64 params = 0;
    qint64 macs = 0;        ///< at inputSize
    int inputSize = 0;      ///< crop size of the weights' preprocessing
    double loadMs = 0.0;
    bool cudaAvailable = false; ///< whether the CUDA device can be offered
    QString engine;         ///< "effscope-onednn" (fast path) or "libtorch-eager" (reference module)
    int threads = 0;        ///< intra-op threads the worker runs with
};

struct ClassifyResult
{
    quint64 requestId = 0;
    QString imagePath;
    QImage image;           ///< the decoded, upright photo (scaled to at most 1024 px)
    QVector<ClassScore> top;
    QString model;
    QString weightsLabel;
    bool pretrained = false;
    double latencyMs = 0.0; ///< preprocessing + forward
    QStringList notes;      ///< conversions applied while decoding
};

struct TaskError
{
    quint64 requestId = 0;
    QString task;           ///< "load" or "classify"
    QString category;       ///< effscope::core category name
    QString message;
};

void registerMetaTypes();

} // namespace effscope

Q_DECLARE_METATYPE(effscope::ModelInfo)
Q_DECLARE_METATYPE(effscope::ClassifyResult)
Q_DECLARE_METATYPE(effscope::TaskError)
