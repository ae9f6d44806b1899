// SPDX-License-Identifier: MIT
#pragma once
// The training loop the app's Train tab and `effscope-cli train` share: epochs of shuffled
// batches (the order a function of seed and epoch), validation at intervals, a checkpoint after
// each validation and at a cancel, the best weights kept, a step or time budget, and resume
// from a checkpoint to the same result as an uninterrupted run.
#include "pipeline/train_data.h"
#include "train/trainer.h"

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace effscope::core {

struct TrainRunOptions
{
    int batchSize = 32;
    int64_t steps = 0;        ///< optimisation steps in all; 0: `epochs` of them
    double epochs = 10.0;
    double minutes = 0.0;     ///< wall-clock budget (0: none), a resumed run's earlier time included; the run stops after the step that crosses it
    int64_t evalEvery = 0;    ///< validate every this many steps; 0: at the end of every epoch
    std::string checkpoint;   ///< written after every validation and when cancelled ("": none)
    bool resume = false;      ///< continue from `checkpoint` when it exists
    std::string bestWeights;  ///< the best validation accuracy's weights, safetensors with torchvision keys ("": none)
};

struct TrainPoint
{
    int64_t step = 0;          ///< steps done
    double epoch = 0.0;        ///< fractional epochs done
    double loss = 0.0;         ///< the step's training loss
    double trainAccuracy = 0.0;
    double lr = 0.0;
    double valAccuracy = std::numeric_limits<double>::quiet_NaN(); ///< at validation points only
    double valLoss = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0.0;      ///< since this call started
};

struct TrainOutcome
{
    std::vector<TrainPoint> curve;
    int64_t steps = 0;          ///< steps done in all (resumed ones included)
    int64_t totalSteps = 0;
    double bestValAccuracy = -1.0;
    int64_t bestStep = -1;
    double finalValAccuracy = -1.0;
    double finalValLoss = std::numeric_limits<double>::quiet_NaN();
    bool budgetReached = false; ///< stopped by `minutes`
    int64_t resumedFrom = 0;    ///< the checkpoint's step, 0 for a fresh run
    double resumedSeconds = 0.0; ///< training time before the checkpoint resumed from
    double seconds = 0.0;       ///< in this call
    int64_t imagesSeen = 0;     ///< in this call
};

/// Called after every step (false: cancel: the checkpoint is written, then Error(Cancelled)).
using TrainProgress = std::function<bool(const TrainPoint &point, const TrainOutcome &sofar)>;

TrainOutcome runTraining(Trainer &trainer, BatchMaker &maker, const TrainingData &data, const TrainRunOptions &options,
                         const TrainProgress &progress = {});

struct Validation
{
    double accuracy = 0.0;
    double loss = 0.0;   ///< mean cross-entropy without label smoothing
    int64_t images = 0;
};
/// The module in eval mode over `images` (the model's evaluation preprocessing).
Validation validate(EfficientNet &net, BatchMaker &maker, const std::vector<LabelledImage> &images, int batchSize);

/// Writes the module's weights and BN statistics with torchvision's keys (a file every
/// effscope load path reads), the class names in the metadata ("classes", one per line).
void saveTrainedWeights(EfficientNet &net, const std::string &path, const std::vector<std::string> &classes,
                        const std::map<std::string, std::string> &metadata = {});

} // namespace effscope::core
