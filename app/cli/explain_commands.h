// SPDX-License-Identifier: MIT
#pragma once
// effscope-cli layers | cam | activations | importance, and the --model/--weights/--device model they share
#include "cli_support.h"
#include "infer/engine.h"

namespace effscope::cli {

/// The model of --model M [--weights F] [--device D], with a warning on stderr when it runs
/// untrained; `meaning` completes "... and its <meaning> mean(s) nothing".
core::ModelHandle modelFromArgs(const Args &a, const char *meaning);

int cmdLayers(const Args &a);
int cmdCam(const Args &a);
int cmdActivations(const Args &a);
int cmdImportance(const Args &a);

} // namespace effscope::cli
