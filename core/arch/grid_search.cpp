// SPDX-License-Identifier: MIT
#include "arch/grid_search.h"

#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace effscope::core {

GridCandidate gridCandidate(const ModelConfig &base, double alpha, double beta, double gamma, int64_t baseMacs)
{
    for (double v : {alpha, beta, gamma})
        if (!(v >= 1.0) || !std::isfinite(v))
            throw Error(ErrorCategory::InvalidInput, "grid coefficients must be finite and at least 1, got "
                                                         + std::to_string(v));
    if (baseMacs <= 0)
        baseMacs = profileModel(resolve(base)).macs;
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    GridCandidate c;
    c.alpha = alpha;
    c.beta = beta;
    c.gamma = gamma;
    c.constraint = alpha * beta * beta * gamma * gamma;
    c.config = scaledConfig(base, ScalingDimension::Compound, 1.0, CompoundCoefficients{alpha, beta, gamma, 1.0});
    const ModelProfile p = profileModel(resolve(c.config));
    c.macs = p.macs;
    c.params = p.params;
    c.realisedGrowth = double(p.macs) / double(baseMacs);
    c.paperPoint = near(alpha, 1.2) && near(beta, 1.1) && near(gamma, 1.15);
    return c;
}

std::vector<GridCandidate> nearestCandidates(const std::vector<GridCandidate> &grid, size_t limit)
{
    if (grid.size() <= limit)
        return grid;
    std::vector<GridCandidate> out(grid.begin(), grid.begin() + ptrdiff_t(limit));
    for (size_t i = limit; i < grid.size(); ++i)
        if (grid[i].paperPoint)
            out.push_back(grid[i]);
    return out;
}

std::vector<GridCandidate> enumerateGrid(const ModelConfig &base, const GridOptions &o)
{
    if (!(o.target > 1.0) || !std::isfinite(o.target))
        throw Error(ErrorCategory::InvalidInput, "the FLOPs target must be above 1, got " + std::to_string(o.target));
    if (!(o.tolerance > 0.0 && o.tolerance < 1.0))
        throw Error(ErrorCategory::InvalidInput, "the tolerance must be in (0, 1), got " + std::to_string(o.tolerance));
    if (!(o.step >= 0.01 && o.step <= 1.0) || !(o.maxCoefficient >= 1.0) || !std::isfinite(o.maxCoefficient))
        throw Error(ErrorCategory::InvalidInput, "the grid step must be in [0.01, 1] and the largest coefficient >= 1");
    const int n = int(std::floor((o.maxCoefficient - 1.0) / o.step + 1e-9)) + 1;
    if (double(n) * n * n > 20000.0)
        throw Error(ErrorCategory::InvalidInput, "a grid of " + std::to_string(n) + "^3 points is too fine: "
                                                     "use a larger step or a smaller largest coefficient");
    const int64_t baseMacs = profileModel(resolve(base)).macs;
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    std::vector<GridCandidate> out;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            for (int k = 0; k < n; ++k) {
                GridCandidate c;
                // integer multiples of the step, so 1.2 is 1 + 4 x 0.05 exactly as printed
                c.alpha = std::round((1.0 + i * o.step) * 1e6) / 1e6;
                c.beta = std::round((1.0 + j * o.step) * 1e6) / 1e6;
                c.gamma = std::round((1.0 + k * o.step) * 1e6) / 1e6;
                c.constraint = c.alpha * c.beta * c.beta * c.gamma * c.gamma;
                if (std::abs(c.constraint / o.target - 1.0) > o.tolerance)
                    continue;
                out.push_back(c);
            }
    std::sort(out.begin(), out.end(), [&](const GridCandidate &a, const GridCandidate &b) {
        const double da = std::abs(a.constraint - o.target), db = std::abs(b.constraint - o.target);
        if (!near(da, db))
            return da < db;
        return std::tie(a.alpha, a.beta, a.gamma) < std::tie(b.alpha, b.beta, b.gamma);
    });
    std::set<std::tuple<int, int64_t, int64_t>> seen;
    std::vector<GridCandidate> unique;
    for (const GridCandidate &point : out) {
        const GridCandidate c = gridCandidate(base, point.alpha, point.beta, point.gamma, baseMacs);
        if (seen.insert({c.config.scaling.resolution, c.macs, c.params}).second || c.paperPoint)
            unique.push_back(c);
    }
    return unique;
}

} // namespace effscope::core
