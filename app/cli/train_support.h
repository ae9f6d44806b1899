// SPDX-License-Identifier: MIT
#pragma once
// What effscope-cli's training commands (train, grid) share: the recipe and budget options,
// (Ctrl+C as a cancel is CancelOnInterrupt in cli_support.h).
#include "cli_support.h"

#include "train/trainer.h"

#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/train_run.h"
#endif

#include <cstdint>

namespace effscope::cli {

/// --optimizer, --lr, --warmup-steps, --decay-*, --weight-decay, --momentum, --label-smoothing,
/// --bn-momentum, --dropout, --stochastic-depth, --clip-norm, --amp; from scratch the default
/// optimizer is TF-style RMSProp, else SGD.
core::TrainConfig recipeFromArgs(const Args &a, bool scratch, uint64_t seed);

#ifdef EFFSCOPE_WITH_VISION
/// --batch, --steps, --epochs, --minutes, --eval-every.
core::TrainRunOptions budgetFromArgs(const Args &a);
#endif

} // namespace effscope::cli
