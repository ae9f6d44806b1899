// SPDX-License-Identifier: MIT
#include "arch/presets.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace effscope::core {

namespace {

struct PresetRow
{
    const char *name;
    double width;
    double depth;
    int resolution;
    double dropout;
    bool lite;
    double bnEps;
    int resizeShorter; // reference weights' eval recipe
    int cropSize;
};

// B0..B7: torchvision builders (width, depth, dropout, BN eps) with the paper's resolutions;
// the eval recipe is that of torchvision's IMAGENET1K_V1 weights.
// Lite0..4: TF efficientnet_lite_builder.py; eval recipe = TF's centre crop with 32 px padding.
constexpr PresetRow kPresets[] = {
    {"b0", 1.0, 1.0, 224, 0.2, false, 1e-5, 256, 224},
    {"b1", 1.0, 1.1, 240, 0.2, false, 1e-5, 256, 240},
    {"b2", 1.1, 1.2, 260, 0.3, false, 1e-5, 288, 288},
    {"b3", 1.2, 1.4, 300, 0.3, false, 1e-5, 320, 300},
    {"b4", 1.4, 1.8, 380, 0.4, false, 1e-5, 384, 380},
    {"b5", 1.6, 2.2, 456, 0.4, false, 1e-3, 456, 456},
    {"b6", 1.8, 2.6, 528, 0.5, false, 1e-3, 528, 528},
    {"b7", 2.0, 3.1, 600, 0.5, false, 1e-3, 600, 600},
    {"lite0", 1.0, 1.0, 224, 0.2, true, 1e-3, 256, 224},
    {"lite1", 1.0, 1.1, 240, 0.2, true, 1e-3, 272, 240},
    {"lite2", 1.1, 1.2, 260, 0.3, true, 1e-3, 292, 260},
    {"lite3", 1.2, 1.4, 280, 0.3, true, 1e-3, 312, 280},
    {"lite4", 1.4, 1.8, 300, 0.3, true, 1e-3, 332, 300},
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

const PresetRow &row(const std::string &name)
{
    const std::string key = lower(name);
    for (const PresetRow &r : kPresets)
        if (key == r.name)
            return r;
    std::string known;
    for (const PresetRow &r : kPresets)
        known += (known.empty() ? "" : ", ") + std::string(r.name);
    throw Error(ErrorCategory::InvalidInput, "unknown model '" + name + "'; known presets: " + known);
}

} // namespace

const char *interpolationName(Interpolation i)
{
    return i == Interpolation::Bilinear ? "bilinear" : "bicubic";
}

Interpolation interpolationFromName(const std::string &name)
{
    const std::string key = lower(name);
    if (key == "bilinear")
        return Interpolation::Bilinear;
    if (key == "bicubic")
        return Interpolation::Bicubic;
    throw Error(ErrorCategory::InvalidInput,
                "unknown interpolation '" + name + "' (use bilinear or bicubic)");
}

Preprocess Preprocess::imagenet(int resizeShorter, int cropSize, Interpolation interpolation)
{
    Preprocess p;
    p.resizeShorter = resizeShorter;
    p.cropSize = cropSize;
    p.interpolation = interpolation;
    return p;
}

Preprocess Preprocess::lite(int resizeShorter, int cropSize)
{
    Preprocess p;
    p.resizeShorter = resizeShorter;
    p.cropSize = cropSize;
    p.interpolation = Interpolation::Bicubic;
    p.mean = {127.0f / 255.0f, 127.0f / 255.0f, 127.0f / 255.0f};
    p.std = {128.0f / 255.0f, 128.0f / 255.0f, 128.0f / 255.0f};
    return p;
}

const std::vector<std::string> &presetNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const PresetRow &r : kPresets)
            n.emplace_back(r.name);
        return n;
    }();
    return names;
}

bool isPreset(const std::string &name)
{
    const std::string key = lower(name);
    for (const PresetRow &r : kPresets)
        if (key == r.name)
            return true;
    return false;
}

std::string displayName(const std::string &name)
{
    if (!isPreset(name))
        return name;
    const std::string key = lower(name);
    return key[0] == 'l' ? "Lite" + key.substr(4) : "B" + key.substr(1);
}

ModelConfig preset(const std::string &name)
{
    const PresetRow &r = row(name);
    ModelConfig c;
    c.name = r.name;
    c.scaling.width = r.width;
    c.scaling.depth = r.depth;
    c.scaling.resolution = r.resolution;
    c.scaling.dropout = r.dropout;
    c.variant.bnEps = r.bnEps;
    if (r.lite) {
        c.variant.activation = Activation::ReLU6;
        c.variant.squeezeExcite = false;
        c.variant.padding = Padding::TfSame;
        c.variant.fixedStemHead = true;
        c.variant.fixedFirstLastDepth = true;
    }
    return c;
}

Preprocess presetPreprocess(const std::string &name)
{
    const PresetRow &r = row(name);
    if (r.lite)
        return Preprocess::lite(r.resizeShorter, r.cropSize);
    return Preprocess::imagenet(r.resizeShorter, r.cropSize, Interpolation::Bicubic);
}

} // namespace effscope::core
