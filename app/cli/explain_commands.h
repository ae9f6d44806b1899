// SPDX-License-Identifier: MIT
#pragma once
// effscope-cli layers | cam | activations
#include "cli_support.h"

namespace effscope::cli {

int cmdLayers(const Args &a);
int cmdCam(const Args &a);
int cmdActivations(const Args &a);

} // namespace effscope::cli
