// SPDX-License-Identifier: MIT
#pragma once
// effscope-cli: run() parses the command line (command_line.h) and dispatches to one function
// per command, turning errors into exit codes (cli_support.h). Commands are grouped by what they
// work on: model_commands.cpp (the architecture as data: presets, info, scale), run_commands.cpp
// (a model on images or a study: classify, study), eval_commands.cpp (eval, eval-merge), bench_commands.cpp (timing: bench,
// profile, memory), explain_commands.cpp (layers, cam, activations, importance),
// tensor_commands.cpp (forward: the engine on .npy tensors), train_commands.cpp (train, probe,
// bench --train) and grid_commands.cpp (grid).
#include "cli_support.h"

#include <string>
#include <vector>

namespace effscope::cli {

/// Runs one effscope-cli invocation; returns the process exit code. Errors go to stderr.
int run(const std::vector<std::string> &args);

int cmdPresets(const Args &a);
int cmdInfo(const Args &a);
int cmdScale(const Args &a);
int cmdClassify(const Args &a);
int cmdEval(const Args &a);
/// eval-merge: the results of eval's shards (--shard I/N --out FILE) as one run's result.
int cmdEvalMerge(const Args &a);
int cmdTrain(const Args &a);
int cmdProbe(const Args &a);
/// grid: compound scaling's step 1, listed (--list) or trained and ranked on --data.
int cmdGrid(const Args &a);
int cmdCalibrate(const Args &a);
int cmdQuantize(const Args &a);
/// bench --train: training steps per second of a preset on random tensors.
int benchTrain(const Args &a);
int cmdStudy(const Args &a);
int cmdBench(const Args &a);
int cmdProfile(const Args &a);
int cmdPeak(const Args &a);
int cmdMemory(const Args &a);
int cmdDevices(const Args &a);
int cmdForward(const Args &a);

} // namespace effscope::cli
