// SPDX-License-Identifier: MIT
#pragma once
// How a scale is labelled where it can be picked (the model list, Compare's and Evaluate's
// check boxes): its display name and what it would load, pretrained or not.
#include "types.h"

namespace effscope {

/// "pretrained", "downloadable" or "untrained" for a model (absent from the map: untrained).
QString weightsAvailabilityWord(const WeightsAvailabilityMap &states, const QString &model);
/// "B0 (pretrained)", "B4 (downloadable)", "my-scale (untrained)".
QString scaleLabel(const QString &model, const WeightsAvailabilityMap &states);
/// A sentence for the tooltip: what loading the model gives and how to get weights.
QString scaleToolTip(const QString &model, const WeightsAvailabilityMap &states);

} // namespace effscope
