// SPDX-License-Identifier: MIT
#pragma once
// Squeeze-excitation's squeeze for the fast path, in one pass of our own code: each channel's
// mean over the feature map, fc1 with the network's activation, fc2 with the sigmoid, giving the
// gate a broadcast multiply then applies. oneDNN ran this as a pooling and two 1x1
// convolutions on 1x1 maps, whose launches cost more than their few thousand multiply-adds.
#include "arch/arch_spec.h"

#include <cstdint>

namespace effscope::core {

/// Where channel c of image n at pixel p (row-major over H x W) lies in a feature map:
/// n * imageStride + (c / block) * blockStride + p * pixelStride + c % block. Covers NHWC
/// (block = channels, one block) and oneDNN's nChw8c / nChw16c (channels padded to the block).
struct MapGeometry
{
    int64_t batch = 0, channels = 0, pixels = 0;
    int64_t block = 1; // channels stored together per pixel
    int64_t imageStride = 0, blockStride = 0, pixelStride = 0;
    int64_t paddedChannels() const { return (channels + block - 1) / block * block; }
};

/// The SE module's weights, row-major: fc1 [hidden, channels], fc2 transposed [hidden, channels]
/// (so that fc2 runs as whole rows over the channels).
struct SqueezeWeights
{
    const float *fc1 = nullptr, *bias1 = nullptr, *fc2t = nullptr, *bias2 = nullptr;
    int64_t hidden = 0;
    Activation activation = Activation::SiLU;
};

/// Reads the map `x` and writes the gate for every image, laid out as the map's own [N, C, 1, 1]
/// would be: gate[n * paddedChannels() + c] for c below channels, zero for the padded channels.
/// Scratch: `pooled` holds batch x paddedChannels() floats, `hidden` batch x w.hidden. Runs on
/// at::parallel_for's threads (the calling thread alone under ThreadSanitizer), with AVX-512 or
/// AVX2 where int8Isa() (quant/int8_kernels.h) allows them.
void squeezeExcite(const float *x, const MapGeometry &g, const SqueezeWeights &w, float *pooled, float *hidden,
                   float *gate);

/// squeezeExcite's second half, from channel means already taken (the fused block,
/// mbconv_fused.h, takes them while it writes the map): `pooled` holds batch x paddedChannels()
/// means, `hidden` is scratch as above, `gate` is written as above.
void excite(const float *pooled, const MapGeometry &g, const SqueezeWeights &w, float *hidden, float *gate);

} // namespace effscope::core
