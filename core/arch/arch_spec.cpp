// SPDX-License-Identifier: MIT
#include "arch/arch_spec.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace effscope::core {

const char *activationName(Activation a)
{
    return a == Activation::SiLU ? "silu" : "relu6";
}

const char *paddingName(Padding p)
{
    return p == Padding::Symmetric ? "symmetric" : "tf-same";
}

ArchSpec ArchSpec::efficientNetB0()
{
    ArchSpec spec;
    // expand, kernel, stride, in, out, repeats (paper Table 1 / torchvision _efficientnet_conf)
    spec.stages = {
        {1, 3, 1, 32, 16, 1},
        {6, 3, 2, 16, 24, 2},
        {6, 5, 2, 24, 40, 2},
        {6, 3, 2, 40, 80, 3},
        {6, 5, 1, 80, 112, 3},
        {6, 5, 2, 112, 192, 4},
        {6, 3, 1, 192, 320, 1},
    };
    return spec;
}

double CompoundCoefficients::flopsConstraint() const
{
    return alpha * beta * beta * gamma * gamma;
}

Scaling CompoundCoefficients::toScaling(double dropout) const
{
    auto bad = [](double v) { return !std::isfinite(v) || v < 1.0; };
    if (bad(alpha) || bad(beta) || bad(gamma))
        throw Error(ErrorCategory::InvalidInput,
                    "compound coefficients alpha, beta and gamma must be finite and >= 1 (got alpha="
                        + std::to_string(alpha) + ", beta=" + std::to_string(beta)
                        + ", gamma=" + std::to_string(gamma) + ")");
    if (!std::isfinite(phi) || phi < 0.0 || phi > 16.0)
        throw Error(ErrorCategory::InvalidInput,
                    "phi must be between 0 and 16 (got " + std::to_string(phi) + ")");
    Scaling s;
    s.depth = std::pow(alpha, phi);
    s.width = std::pow(beta, phi);
    const double r = 224.0 * std::pow(gamma, phi);
    s.resolution = static_cast<int>(std::lround(r / 8.0)) * 8;
    s.dropout = dropout;
    return s;
}

int makeDivisible(double value, int divisor)
{
    const int minValue = divisor;
    int rounded = static_cast<int>(value + divisor / 2.0) / divisor * divisor;
    if (rounded < minValue)
        rounded = minValue;
    if (rounded < 0.9 * value)
        rounded += divisor;
    return rounded;
}

int scaleDepth(int repeats, double depth)
{
    return static_cast<int>(std::ceil(repeats * depth));
}

std::string ResolvedBlock::path() const
{
    return "features." + std::to_string(stage + 1) + "." + std::to_string(index);
}

BlockOps ResolvedBlock::ops() const
{
    BlockOps o;
    int k = 0;
    if (hasExpand())
        o.expand = k++;
    o.depthwise = k++;
    if (squeezeChannels > 0)
        o.squeezeExcite = k++;
    o.project = k;
    return o;
}

bool Scaling::uniform() const
{
    auto ones = [](const std::vector<double> &v) {
        return std::all_of(v.begin(), v.end(), [](double x) { return x == 1.0; });
    };
    return ones(stageWidth) && ones(stageDepth);
}

ResolvedModel resolve(const ModelConfig &config)
{
    const Scaling &s = config.scaling;
    const ArchSpec &arch = config.arch;
    auto finitePositive = [](double v) { return std::isfinite(v) && v > 0.0; };
    if (!finitePositive(s.width) || s.width > 16.0)
        throw Error(ErrorCategory::InvalidInput,
                    "width multiplier must be in (0, 16] (got " + std::to_string(s.width) + ")");
    if (!finitePositive(s.depth) || s.depth > 16.0)
        throw Error(ErrorCategory::InvalidInput,
                    "depth multiplier must be in (0, 16] (got " + std::to_string(s.depth) + ")");
    if (s.resolution < 16 || s.resolution > 4096)
        throw Error(ErrorCategory::InvalidInput,
                    "resolution must be between 16 and 4096 pixels (got "
                        + std::to_string(s.resolution) + ")");
    if (!(s.dropout >= 0.0 && s.dropout < 1.0))
        throw Error(ErrorCategory::InvalidInput,
                    "dropout must be in [0, 1) (got " + std::to_string(s.dropout) + ")");
    if (arch.stages.empty())
        throw Error(ErrorCategory::InvalidInput, "architecture has no stages");
    for (const auto *list : {&s.stageWidth, &s.stageDepth}) {
        const char *what = list == &s.stageWidth ? "stage width" : "stage depth";
        if (!list->empty() && list->size() != arch.stages.size())
            throw Error(ErrorCategory::InvalidInput, std::string(what) + " multipliers: expected one per stage ("
                                                         + std::to_string(arch.stages.size()) + "), got "
                                                         + std::to_string(list->size()));
        for (size_t i = 0; i < list->size(); ++i)
            if (!finitePositive((*list)[i]) || (*list)[i] > 8.0)
                throw Error(ErrorCategory::InvalidInput, std::string(what) + " multiplier of stage "
                                                             + std::to_string(i + 1) + " must be in (0, 8] (got "
                                                             + std::to_string((*list)[i]) + ")");
    }
    for (const StageSpec &st : arch.stages) {
        if (st.kernel < 1 || st.kernel % 2 == 0 || st.stride < 1 || st.stride > 2
            || st.expandRatio < 1 || st.inChannels < 1 || st.outChannels < 1 || st.repeats < 1)
            throw Error(ErrorCategory::InvalidInput,
                        "invalid stage in architecture: kernels must be odd, strides 1 or 2, "
                        "widths, repeats and expand ratios positive");
    }

    const Variant &v = config.variant;
    ResolvedModel m;
    m.name = config.name;
    m.inputChannels = arch.inputChannels;
    m.numClasses = arch.numClasses;
    m.resolution = s.resolution;
    m.dropout = s.dropout;
    m.variant = v;

    const int nStages = static_cast<int>(arch.stages.size());
    int previousOut = 0;
    for (int si = 0; si < nStages; ++si) {
        const StageSpec &st = arch.stages[si];
        const double sw = s.stageWidth.empty() ? 1.0 : s.stageWidth[size_t(si)];
        const double sd = s.stageDepth.empty() ? 1.0 : s.stageDepth[size_t(si)];
        int in = makeDivisible(st.inChannels * s.width);
        const int out = makeDivisible(st.outChannels * s.width * sw);
        if (si == 0 && v.fixedStemHead)
            in = arch.stemChannels;
        if (si > 0)
            in = previousOut;
        const bool fixedDepth = v.fixedFirstLastDepth && (si == 0 || si == nStages - 1);
        // Lite's fixed stages ignore the global depth but still take their own factor
        const int repeats = fixedDepth ? scaleDepth(st.repeats, sd) : scaleDepth(st.repeats, s.depth * sd);
        m.stageRepeats.push_back(repeats);
        for (int j = 0; j < repeats; ++j) {
            ResolvedBlock b;
            b.stage = si;
            b.index = j;
            b.inChannels = j == 0 ? in : out;
            b.outChannels = out;
            b.stride = j == 0 ? st.stride : 1;
            b.kernel = st.kernel;
            b.expandedChannels = makeDivisible(double(b.inChannels) * st.expandRatio);
            if (v.squeezeExcite)
                b.squeezeChannels = std::max(1, static_cast<int>(b.inChannels * arch.seRatio));
            m.blocks.push_back(b);
        }
        previousOut = out;
        if (si == 0)
            m.stemChannels = in;
    }
    m.headChannels = v.fixedStemHead ? arch.headChannels : 4 * previousOut;
    return m;
}

} // namespace effscope::core
