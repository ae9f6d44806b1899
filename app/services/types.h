// SPDX-License-Identifier: MIT
#pragma once
// Value types that cross the GUI <-> worker boundary by queued signals. No torch here.
#include <QImage>
#include <QMetaType>
#include <QRect>
#include <QSize>
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

/// What to explain; empty layer = the model's head, classIndex -1 = its top-1 class.
struct CamRequest
{
    QString imagePath;
    QString method = QStringLiteral("gradcam");
    QString layer;
    int classIndex = -1;
    bool augSmooth = false;
    bool eigenSmooth = false;
    bool metrics = true;      ///< faithfulness numbers and curves
};

struct CamView
{
    quint64 requestId = 0;
    CamRequest request;
    QString model;
    QString layer;            ///< the layer actually used
    int layerChannels = 0;
    QSize layerSize;          ///< the raw map's size (the layer's spatial size)
    int classIndex = 0;
    QString label;
    float probability = 0.0f;
    QVector<float> heat;      ///< heatSize x heatSize, row-major, in [0, 1] (the model's input)
    int heatSize = 0;
    QRect covered;            ///< where that input lies on the photo, in photo pixels
    QSize imageSize;
    QImage image;             ///< the decoded, upright photo (scaled to at most 1024 px)
    double ms = 0.0;          ///< the CAM alone
    bool closedForm = false;
    bool hasMetrics = false;
    double averageDrop = 0.0, deletionAuc = 0.0, insertionAuc = 0.0;
    bool increase = false;
    QVector<double> fractions, deletion, insertion;
};

struct TaskError
{
    quint64 requestId = 0;
    QString task;           ///< "load", "classify" or "cam"
    QString category;       ///< effscope::core category name
    QString message;
};

void registerMetaTypes();

} // namespace effscope

Q_DECLARE_METATYPE(effscope::ModelInfo)
Q_DECLARE_METATYPE(effscope::ClassifyResult)
Q_DECLARE_METATYPE(effscope::TaskError)
Q_DECLARE_METATYPE(effscope::CamView)
