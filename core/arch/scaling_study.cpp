// SPDX-License-Identifier: MIT
#include "arch/scaling_study.h"

#include "arch/profiler.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace effscope::core {

const char *dimensionName(ScalingDimension d)
{
    switch (d) {
    case ScalingDimension::Width: return "width";
    case ScalingDimension::Depth: return "depth";
    case ScalingDimension::Resolution: return "resolution";
    case ScalingDimension::Compound: return "compound";
    }
    return "?";
}

ScalingDimension parseDimension(const std::string &name)
{
    for (ScalingDimension d : {ScalingDimension::Width, ScalingDimension::Depth, ScalingDimension::Resolution,
                               ScalingDimension::Compound})
        if (name == dimensionName(d))
            return d;
    throw Error(ErrorCategory::InvalidInput,
                "unknown dimension '" + name + "' (width, depth, resolution or compound)");
}

ModelConfig scaledConfig(const ModelConfig &base, ScalingDimension d, double m, const CompoundCoefficients &c)
{
    ModelConfig cfg = base;
    Scaling &s = cfg.scaling;
    switch (d) {
    case ScalingDimension::Width: s.width = base.scaling.width * m; break;
    case ScalingDimension::Depth: s.depth = base.scaling.depth * m; break;
    case ScalingDimension::Resolution:
        s.resolution = int(std::lround(base.scaling.resolution * m));
        break;
    case ScalingDimension::Compound:
        s.width = base.scaling.width * std::pow(c.beta, m);
        s.depth = base.scaling.depth * std::pow(c.alpha, m);
        s.resolution = int(std::lround(base.scaling.resolution * std::pow(c.gamma, m)));
        break;
    }
    return cfg;
}

namespace {

StudyStep stepOf(const ModelConfig &base, ScalingDimension d, double m, const CompoundCoefficients &c)
{
    const ModelConfig cfg = scaledConfig(base, d, m, c);
    const ModelProfile p = profileModel(resolve(cfg));
    StudyStep st;
    st.dimension = d;
    st.multiplier = m;
    st.width = cfg.scaling.width;
    st.depth = cfg.scaling.depth;
    st.resolution = cfg.scaling.resolution;
    st.macs = p.macs;
    st.params = p.params;
    return st;
}

// The largest multiplier in [lo, hi] whose MACs stay at or below target (MACs grow with the
// multiplier, in steps where channels, repeats or pixels round).
StudyStep largestUnder(const ModelConfig &base, ScalingDimension d, int64_t target, const CompoundCoefficients &c,
                       double lo, double hi)
{
    StudyStep best = stepOf(base, d, lo, c);
    for (int i = 0; i < 48 && hi - lo > 1e-6; ++i) {
        const double mid = 0.5 * (lo + hi);
        const StudyStep s = stepOf(base, d, mid, c);
        if (s.macs <= target) {
            best = s;
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return best;
}

// A multiplier whose MACs exceed target (grown geometrically), within the architecture's limits.
double upperBound(const ModelConfig &base, ScalingDimension d, int64_t target, const CompoundCoefficients &c)
{
    const double cap = d == ScalingDimension::Compound ? 40.0 : d == ScalingDimension::Resolution ? 4000.0 / base.scaling.resolution : 15.0;
    double hi = d == ScalingDimension::Compound ? 1.0 : 2.0;
    while (hi < cap && stepOf(base, d, hi, c).macs <= target)
        hi = std::min(cap, d == ScalingDimension::Compound ? hi + 2.0 : hi * 2.0);
    return hi;
}

// What the network realises of each dimension: every stage's channels after rounding to
// multiples of 8 (stem and head included), its blocks after rounding up, its pixels.
struct Realised
{
    std::vector<int> channels;
    int blocks = 0, resolution = 0;
};

Realised realised(const ModelConfig &base, double phi, const CompoundCoefficients &c)
{
    const ResolvedModel m = resolve(scaledConfig(base, ScalingDimension::Compound, phi, c));
    Realised r;
    r.channels.push_back(m.stemChannels);
    for (const ResolvedBlock &b : m.blocks)
        if (b.index == 0)
            r.channels.push_back(b.outChannels);
    r.channels.push_back(m.headChannels);
    for (int n : m.stageRepeats)
        r.blocks += n;
    r.resolution = m.resolution;
    return r;
}

// A compound step moves all three dimensions, each by a real share of the step's cost: in log
// FLOPs (depth counts once, width and resolution squared), the smallest of the three at least
// a quarter of the largest. Rounding alone would make the first step of B0 a depth step (any
// phi > 0 adds a block to every stage of one or two blocks, while width and resolution barely
// move).
bool balancedStep(const Realised &from, const Realised &to)
{
    double width = 0.0;
    for (size_t i = 0; i < from.channels.size() && i < to.channels.size(); ++i)
        width += std::log(double(to.channels[i]) / from.channels[i]);
    width = 2.0 * width / double(std::max<size_t>(1, from.channels.size()));
    const double depth = std::log(double(to.blocks) / from.blocks);
    const double pixels = 2.0 * std::log(double(to.resolution) / from.resolution);
    const double lo = std::min({width, depth, pixels}), hi = std::max({width, depth, pixels});
    return lo > 0.0 && lo >= 0.25 * hi;
}

} // namespace

std::vector<StudyStep> scalingStudy(const ModelConfig &base, ScalingDimension d, int64_t budgetMacs, int points,
                                    const CompoundCoefficients &c)
{
    if (points < 2 || points > 64)
        throw Error(ErrorCategory::InvalidInput, "a scaling study needs 2 to 64 points (got " + std::to_string(points) + ")");
    const double start = d == ScalingDimension::Compound ? 0.0 : 1.0;
    const StudyStep first = stepOf(base, d, start, c);
    if (budgetMacs < first.macs)
        throw Error(ErrorCategory::InvalidInput, "the MACs budget (" + std::to_string(budgetMacs)
                                                     + ") is below the base network's " + std::to_string(first.macs));
    std::vector<StudyStep> steps{first};
    const double hi = upperBound(base, d, budgetMacs, c);
    double lo = start;
    for (int k = 1; k < points; ++k) {
        const double target = double(first.macs) * std::pow(double(budgetMacs) / double(first.macs), double(k) / (points - 1));
        StudyStep s = largestUnder(base, d, int64_t(target), c, lo, hi);
        if (d == ScalingDimension::Compound) {
            // go on from the target's phi to where the step is a compound one (balancedStep);
            // past the budget the study ends
            const Realised from = realised(base, steps.back().multiplier, c);
            double phi = s.multiplier;
            while (phi <= hi && !balancedStep(from, realised(base, phi, c)))
                phi += 0.005;
            if (phi > hi)
                break;
            if (phi != s.multiplier) {
                s = stepOf(base, d, phi, c);
                if (s.macs > budgetMacs)
                    break;
            }
        }
        if (s.macs > steps.back().macs) {
            steps.push_back(s);
            lo = s.multiplier;
        }
    }
    return steps;
}

StudyStep matchCompound(const ModelConfig &base, int64_t macs, const CompoundCoefficients &c)
{
    const double hi = upperBound(base, ScalingDimension::Compound, macs, c);
    const StudyStep below = largestUnder(base, ScalingDimension::Compound, macs, c, 0.0, hi);
    // the next step up may be closer
    double lo = below.multiplier, up = hi;
    StudyStep above = stepOf(base, ScalingDimension::Compound, up, c);
    for (int i = 0; i < 48 && up - lo > 1e-6; ++i) {
        const double mid = 0.5 * (lo + up);
        const StudyStep s = stepOf(base, ScalingDimension::Compound, mid, c);
        if (s.macs > below.macs) {
            above = s;
            up = mid;
        } else {
            lo = mid;
        }
    }
    return std::llabs(above.macs - macs) < std::llabs(below.macs - macs) ? above : below;
}

} // namespace effscope::core
