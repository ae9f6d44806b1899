// SPDX-License-Identifier: MIT
#pragma once
// Step 1 of compound scaling run for real: every grid candidate (arch/grid_search.h) trained
// from scratch on the user's set under one budget (the same recipe, seed, data order and steps
// or minutes), then ranked by validation accuracy. With a directory the search survives a stop:
// grid.json records each finished candidate, the running one checkpoints, and a resumed search
// skips the finished ones and continues the running one to the same result as an uninterrupted
// search (training is deterministic given its checkpoint, train/trainer.h).
#include "arch/grid_search.h"
#include "arch/preprocess.h"
#include "pipeline/train_run.h"

#include <c10/core/Device.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace effscope::core {

struct GridRunOptions
{
    TrainConfig recipe;          ///< the same for every candidate, its seed (and so the data order) too
    TrainRunOptions budget;      ///< batch, steps or minutes, validation interval (its checkpoint fields are not used)
    Augmentation augmentation;
    std::string directory;       ///< grid.json and the running candidate's checkpoint ("": nothing kept, no resume)
    bool resume = false;         ///< continue the search recorded in `directory`
    int latencyIterations = 10;  ///< batch-1 eval forwards timed per trained candidate (0: not measured)
    c10::Device device = c10::Device(c10::kCPU);
};

struct GridRunResult
{
    GridCandidate candidate;
    bool done = false;
    double valAccuracy = -1.0;      ///< at the end of the budget: what candidates are ranked by
    double bestValAccuracy = -1.0;  ///< the best of its validation points
    double valLoss = std::numeric_limits<double>::quiet_NaN();
    int64_t steps = 0;
    double seconds = 0.0;           ///< training time, a resumed part included
    double latencyMs = std::numeric_limits<double>::quiet_NaN(); ///< median eager batch-1 forward at its resolution
    int rank = 0;                   ///< 1: the most accurate; 0: not trained yet
};

/// Called after every training step of candidate `index`; false cancels (the candidate's
/// checkpoint is written, then Error(Cancelled)).
using GridProgress = std::function<bool(size_t index, const TrainPoint &point, const TrainOutcome &sofar)>;
/// Called with every candidate's result, ranked so far, once the search has read its record
/// (finished candidates of a resumed search) and after each candidate finishes.
using GridRecorded = std::function<void(const std::vector<GridRunResult> &results)>;

/// Trains `candidates` in order, each from scratch: initial weights from the recipe's seed, a
/// classifier for `data`'s classes, images at the candidate's resolution with `preprocess`'s
/// normalisation. Returns every candidate, ranked. Throws InvalidInput when `resume` finds a
/// directory recorded for another search (other candidates, data, recipe or budget), and what
/// training throws.
std::vector<GridRunResult> runGridSearch(const std::vector<GridCandidate> &candidates, const TrainingData &data,
                                         const Preprocess &preprocess, const GridRunOptions &options,
                                         const GridProgress &progress = {}, const GridRecorded &recorded = {});

/// Ranks the finished results in place: higher final validation accuracy first; ties by the
/// higher best accuracy, then fewer MACs, then the grid order. Unfinished ones get rank 0.
void rankGridResults(std::vector<GridRunResult> &results);

/// The search as JSON text (the candidates, their coefficients, exact MACs and params, the
/// realised growth, and the results), as written to grid.json.
std::string gridResultsJson(const std::vector<GridRunResult> &results, const std::string &fingerprint = {});

} // namespace effscope::core
