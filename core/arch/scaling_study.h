// SPDX-License-Identifier: MIT
#pragma once
// The single-dimension scaling study of the paper (Table 3 / Figure 3) made measurable without
// training: networks from a base scaled by width only, depth only, resolution only, or all
// three by the compound rule, from the base's MACs up to a budget. Also the uniform compound
// scale that matches a given MACs count (to compare non-uniform per-stage scaling against it).
// Analytic only: no torch, no Qt.
#include "arch/arch_spec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

enum class ScalingDimension { Width, Depth, Resolution, Compound };

/// "width", "depth", "resolution" or "compound".
const char *dimensionName(ScalingDimension d);
/// The inverse of dimensionName; throws InvalidInput naming the four for anything else.
ScalingDimension parseDimension(const std::string &name);

struct StudyStep
{
    ScalingDimension dimension = ScalingDimension::Width;
    double multiplier = 1.0;  ///< the dimension's factor (phi for compound)
    double width = 1.0, depth = 1.0;
    int resolution = 224;
    int64_t macs = 0, params = 0;
};

/// `base` scaled along one dimension by `multiplier` (phi for compound, with coefficients c).
/// Resolution is rounded to the nearest pixel.
ModelConfig scaledConfig(const ModelConfig &base, ScalingDimension d, double multiplier,
                         const CompoundCoefficients &c = {});

/// Up to `points` steps from the base (the first step) towards `budgetMacs`: targets spaced
/// geometrically in MACs, each step the largest multiplier whose MACs stay at or below its
/// target (bisection on the profiler). Networks that round to the same MACs are kept once. A
/// compound step moves all three realised dimensions (channels, blocks, pixels) against the
/// step before it, each by at least a quarter of the largest one's share of the FLOPs growth:
/// where its target would move only some (rounding), it goes on to where all have moved.
/// Throws InvalidInput when the budget is below the base's MACs or points is not in [2, 64].
std::vector<StudyStep> scalingStudy(const ModelConfig &base, ScalingDimension d, int64_t budgetMacs, int points,
                                    const CompoundCoefficients &c = {});

/// The compound scale of `base` (coefficients c) whose MACs are closest to `macs`, phi >= 0.
StudyStep matchCompound(const ModelConfig &base, int64_t macs, const CompoundCoefficients &c = {});

} // namespace effscope::core
