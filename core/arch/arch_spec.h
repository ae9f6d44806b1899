// SPDX-License-Identifier: MIT
#pragma once
// The EfficientNet family as data. An ArchSpec holds the seven base stages (paper Table 1, the
// B0 row of torchvision's MBConvConfig list); Scaling holds the width/depth/resolution
// multipliers; Variant the per-family switches (activation, SE, padding, BN eps, Lite rules).
// resolve() applies the rounding rules of the reference implementations and yields the
// concrete network: every block with its channel counts, stride and module path.
//
// Rounding (identical in torchvision, timm and lukemelas for every preset):
//  - channels: makeDivisible(c * width, 8): round to the nearest multiple of 8, never below 8,
//    and add 8 when the result would lose more than 10% of c * width;
//  - depth: ceil(repeats * depth);
//  - head: 4 x the last stage's scaled width (torchvision), or fixed 1280 for Lite.
// No torch and no Qt here: sliders call this on every move.
#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

enum class Activation { SiLU, ReLU6 };
enum class Padding { Symmetric, TfSame };

const char *activationName(Activation a);
const char *paddingName(Padding p);

/// One of the seven base stages, before scaling.
struct StageSpec
{
    int expandRatio = 1;   ///< 1 = depthwise-separable block (no expand conv), 6 = MBConv6
    int kernel = 3;        ///< depthwise kernel size (odd)
    int stride = 1;        ///< stride of the stage's first block
    int inChannels = 32;   ///< base input width of the stage
    int outChannels = 16;  ///< base output width of the stage
    int repeats = 1;       ///< base number of blocks
};

/// Base architecture: the stages plus stem/head base widths.
struct ArchSpec
{
    std::vector<StageSpec> stages;
    int stemChannels = 32;       ///< base stem width (scaled unless Variant::fixedStemHead)
    int headChannels = 1280;     ///< base head width (used only when Variant::fixedStemHead)
    double seRatio = 0.25;       ///< squeeze width = max(1, block input width * seRatio)
    int numClasses = 1000;
    int inputChannels = 3;

    static ArchSpec efficientNetB0();
};

/// Multipliers applied to the base architecture.
struct Scaling
{
    double width = 1.0;     ///< channel multiplier (beta^phi)
    double depth = 1.0;     ///< block-count multiplier (alpha^phi)
    int resolution = 224;   ///< nominal square input size in pixels
    double dropout = 0.2;   ///< classifier dropout probability (inactive in eval)
    /// Non-uniform scaling (optional): one width and one depth factor per stage, applied on
    /// top of width and depth. Empty means 1 for every stage; otherwise one entry per stage,
    /// each in (0, 8]. Stage s then has makeDivisible(out_s * width * stageWidth[s]) channels
    /// and ceil(repeats_s * depth * stageDepth[s]) blocks; the next stage takes its width as
    /// input and the torchvision head stays 4 x the last stage's width.
    std::vector<double> stageWidth, stageDepth;
    bool uniform() const;
};

/// Compound coefficients of the paper (eq. 3).
struct CompoundCoefficients
{
    double alpha = 1.2;  ///< depth base, >= 1
    double beta = 1.1;   ///< width base, >= 1
    double gamma = 1.15; ///< resolution base, >= 1
    double phi = 1.0;    ///< compound exponent

    /// alpha * beta^2 * gamma^2: the FLOPs growth per unit of phi (the paper targets 2).
    double flopsConstraint() const;
    /// Width, depth and resolution for these coefficients. Resolution is 224 * gamma^phi
    /// rounded to the nearest multiple of 8 (the reference presets use multiples of 4 or 8;
    /// pass an explicit resolution to Scaling to override). Throws InvalidInput when a
    /// coefficient is below 1 or phi is negative or not finite.
    Scaling toScaling(double dropout = 0.2) const;
};

/// Per-family switches.
struct Variant
{
    Activation activation = Activation::SiLU;
    bool squeezeExcite = true;
    Padding padding = Padding::Symmetric;
    double bnEps = 1e-5;
    bool fixedStemHead = false;        ///< Lite: stem 32 and head 1280 are not width-scaled
    bool fixedFirstLastDepth = false;  ///< Lite: first and last stage keep their base repeats
};

/// Indices of a block's ops inside its torchvision `block` Sequential (-1: absent).
struct BlockOps
{
    int expand = -1;
    int depthwise = 0;
    int squeezeExcite = -1;
    int project = 1;
};

/// A concrete block after scaling, with its torchvision module path.
struct ResolvedBlock
{
    int stage = 0;           ///< 0-based stage index (module path uses stage + 1)
    int index = 0;           ///< index within the stage
    int inChannels = 0;
    int outChannels = 0;
    int expandedChannels = 0; ///< equals inChannels when there is no expand conv
    int squeezeChannels = 0;  ///< 0 when the block has no SE
    int kernel = 3;
    int stride = 1;
    bool hasExpand() const { return expandedChannels != inChannels; }
    bool hasResidual() const { return stride == 1 && inChannels == outChannels; }
    std::string path() const; ///< "features.<stage+1>.<index>"
    BlockOps ops() const;     ///< [expand]? depthwise [SE]? project, numbered in that order
};

/// The concrete network a ModelConfig describes.
struct ResolvedModel
{
    std::string name;
    int inputChannels = 3;
    int stemChannels = 32;
    int headChannels = 1280;
    int numClasses = 1000;
    int resolution = 224;
    double dropout = 0.2;
    Variant variant;
    std::vector<ResolvedBlock> blocks;
    std::vector<int> stageRepeats; ///< blocks per stage after depth scaling

    int headIndex() const { return static_cast<int>(stageRepeats.size()) + 1; } ///< features.N
};

/// A named recipe: base architecture + scaling + variant.
struct ModelConfig
{
    std::string name;
    ArchSpec arch = ArchSpec::efficientNetB0();
    Scaling scaling;
    Variant variant;
};

/// torchvision's _make_divisible with divisor 8 and min_value = divisor.
int makeDivisible(double value, int divisor = 8);
/// ceil(repeats * depth) in double precision, exactly as torchvision computes it.
int scaleDepth(int repeats, double depth);

/// Applies scaling and the variant's rules. Throws InvalidInput for non-positive or
/// non-finite multipliers, resolutions outside [16, 4096], or an invalid base spec.
ResolvedModel resolve(const ModelConfig &config);

} // namespace effscope::core
