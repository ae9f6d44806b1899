// SPDX-License-Identifier: MIT
#pragma once
// Step 1 of compound scaling (the paper, section 3.3): with phi = 1, a grid of depth, width and
// resolution coefficients alpha, beta, gamma >= 1 whose FLOPs growth alpha * beta^2 * gamma^2
// lies within a tolerance of a target (2 in the paper, which found 1.2, 1.1, 1.15 on B0).
// Rounding (channels to multiples of 8, blocks up, pixels to whole) makes each network's real
// growth differ from its formula's: every candidate carries its exact MACs from the profiler.
// Analytic only: no torch, no Qt.
#include "arch/arch_spec.h"

#include <cstdint>
#include <vector>

namespace effscope::core {

struct GridOptions
{
    double target = 2.0;        ///< FLOPs growth alpha * beta^2 * gamma^2 aimed at
    double tolerance = 0.05;    ///< relative: |growth / target - 1| <= tolerance
    double step = 0.05;         ///< grid spacing of each coefficient, from 1
    double maxCoefficient = 2.0;
};

struct GridCandidate
{
    double alpha = 1.0, beta = 1.0, gamma = 1.0;
    double constraint = 1.0;     ///< alpha * beta^2 * gamma^2
    ModelConfig config;          ///< the base scaled with phi = 1
    int64_t macs = 0, params = 0;
    double realisedGrowth = 1.0; ///< MACs / the base's MACs
    bool paperPoint = false;     ///< (1.2, 1.1, 1.15)
};

/// Every grid point within the tolerance, scaled from `base` (depth x alpha, width x beta,
/// resolution x gamma rounded to the nearest pixel), ordered by |constraint - target| then
/// alpha, beta. Points that round to the same network (same resolution, MACs and params) are
/// kept once (the one nearest the target). Throws InvalidInput for a target <= 1, a tolerance
/// outside (0, 1), a step outside [0.01, 1] or more than 20000 grid points.
std::vector<GridCandidate> enumerateGrid(const ModelConfig &base, const GridOptions &options = {});

/// The first `limit` candidates of an enumerated grid (those nearest the target), and the
/// paper's point when the grid holds it further down (so a short list still compares with it).
std::vector<GridCandidate> nearestCandidates(const std::vector<GridCandidate> &grid, size_t limit);

/// One candidate (alpha, beta, gamma) of `base`, exactly as enumerateGrid makes it; `baseMacs`
/// is the base's MACs (0: profiled here). Throws InvalidInput for a coefficient below 1 or not
/// finite.
GridCandidate gridCandidate(const ModelConfig &base, double alpha, double beta, double gamma, int64_t baseMacs = 0);

} // namespace effscope::core
