// SPDX-License-Identifier: MIT
#pragma once
// The Train tab's value types: what to train on the user's labelled images (a linear probe of
// several scales, a fine-tune of one, or the grid search of compound scaling's step 1) and what
// comes back while and after it runs. Qt Core only; the TrainingWorker fills them.
#include "types.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>

namespace effscope {

enum class TrainMode { Probe, FineTune, Grid };
/// "probe", "finetune", "grid" (sessions, logs).
QString trainModeName(TrainMode mode);

struct TrainRequest
{
    TrainMode mode = TrainMode::FineTune;
    QString dataset;               ///< a folder of class folders, or a CSV of path,label
    double valFraction = 0.2;      ///< held out per class (a folder with train/ and val/ is split as given)
    int seed = 0;
    QString device = QStringLiteral("cpu");

    // probe: each preset's frozen pretrained features, a softmax regression on top
    QStringList models;
    int probeEpochs = 100;

    // fine-tune: `model` from its pretrained weights with a new head for the user's classes
    QString model = QStringLiteral("lite0");
    int steps = 60;
    int batch = 16;
    double learningRate = 0.01;    ///< SGD with momentum 0.9; warm-up over the first tenth
    int resolution = 0;            ///< 0: the model's own
    QString outFile;               ///< the best validation accuracy's weights are kept here

    // grid: every candidate from scratch under the same budget
    QString base = QStringLiteral("b0");  ///< b0, lite0, or a custom scale's name (then `custom` is set)
    QVector<CustomScale> custom;          ///< the explorer's scales, one of which may be the base
    int baseResolution = 64;       ///< the base's training size (small: the grid trains many networks)
    double target = 2.0, tolerance = 0.05, gridStep = 0.05, maxCoefficient = 2.0;
    int limit = 9;                 ///< the candidates nearest the target
    double minutes = 0.0;          ///< per candidate, instead of `steps` when above 0
    QString directory;             ///< grid.json and the running candidate's checkpoint
    bool resume = false;
};

struct TrainCurvePoint
{
    quint64 requestId = 0;
    int candidate = -1;            ///< the grid candidate trained (-1: a fine-tune)
    qint64 step = 0, totalSteps = 0;
    double epoch = 0.0, loss = 0.0, trainAccuracy = 0.0, lr = 0.0;
    double valAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< at validation points only
    double seconds = 0.0;
};

struct ProbeItem
{
    quint64 requestId = 0;
    QString model, weightsLabel;
    bool pretrained = false;
    int resolution = 0;
    qint64 params = 0, macs = 0;
    double valAccuracy = 0.0, trainAccuracy = 0.0; ///< fractions
    int valImages = 0;
    double latencyMs = 0.0;        ///< batch 1, median, this machine
    QString engine;
    QString error;                 ///< non-empty: this scale could not be probed
    bool operator==(const ProbeItem &o) const;
};

struct GridPoint
{
    double alpha = 1.0, beta = 1.0, gamma = 1.0, constraint = 1.0;
    int resolution = 0;
    qint64 macs = 0, params = 0;
    double realisedGrowth = 1.0;
    bool paperPoint = false;
    bool done = false;
    double valAccuracy = -1.0, bestValAccuracy = -1.0;
    qint64 steps = 0;
    double seconds = 0.0;
    double latencyMs = std::numeric_limits<double>::quiet_NaN();
    int rank = 0;                  ///< 1: the most accurate; 0: not trained yet
    bool operator==(const GridPoint &o) const;
};

struct GridState
{
    quint64 requestId = 0;
    QString base, dataset;
    int baseResolution = 0;
    qint64 baseMacs = 0;
    double target = 2.0;
    QVector<GridPoint> points;     ///< in grid order (nearest the target first)
    bool operator==(const GridState &o) const;
    /// The most accurate trained point, or null.
    const GridPoint *winner() const;
};

struct TrainSummary
{
    quint64 requestId = 0;
    TrainMode mode = TrainMode::FineTune;
    QString model, dataset;
    QStringList classes;
    int trainImages = 0, valImages = 0;
    qint64 steps = 0;
    double bestValAccuracy = -1.0, finalValAccuracy = -1.0;
    qint64 bestStep = -1;
    QString weightsFile;           ///< fine-tune: the best weights, "" when none were written
    double seconds = 0.0;
    bool cancelled = false;
};

} // namespace effscope

Q_DECLARE_METATYPE(effscope::TrainCurvePoint)
Q_DECLARE_METATYPE(effscope::ProbeItem)
Q_DECLARE_METATYPE(effscope::GridState)
Q_DECLARE_METATYPE(effscope::TrainSummary)
