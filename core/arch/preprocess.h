// SPDX-License-Identifier: MIT
#pragma once
// How pixels become a network input. It travels with a weight file, not with the architecture:
// the same B1 has torchvision V1 (bicubic, 256 -> 240) and V2 (bilinear, 255 -> 240) weights.
#include <array>
#include <string>

namespace effscope::core {

enum class Interpolation { Bilinear, Bicubic };

const char *interpolationName(Interpolation i);
/// "bilinear" or "bicubic"; throws InvalidInput otherwise.
Interpolation interpolationFromName(const std::string &name);

struct Preprocess
{
    int resizeShorter = 256;   ///< the shorter image side is resized to this many pixels
    int cropSize = 224;        ///< then a centred square of this size is cut out
    Interpolation interpolation = Interpolation::Bicubic;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f}; ///< per RGB channel, in [0, 1] units
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};  ///< per RGB channel, in [0, 1] units

    static Preprocess imagenet(int resizeShorter, int cropSize, Interpolation interpolation);
    /// The official Lite normalisation (x - 127) / 128 on 0..255 pixels.
    static Preprocess lite(int resizeShorter, int cropSize);
};

} // namespace effscope::core
