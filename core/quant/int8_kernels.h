// SPDX-License-Identifier: MIT
#pragma once
// effscope's own int8 kernels for the quantized EfficientNet-Lite engine (int8_engine.h). Plain
// C++ with x86 paths chosen at run time: AVX-512 VNNI (vpdpbusd, 64 products per instruction),
// AVX2 (16-bit vpmaddwd: no saturation; 16 products per instruction against VNNI's 64) and scalar for every other CPU.
// oneDNN 2.6's int8 primitives were measured first (bench/results/int8-2026-12-01.md): on Lite
// shapes at batch 1 its AMX 1x1 kernels ran at 0.4-0.9x its own f32 and its int8 depthwise at
// 0.1-0.7x, so an int8 model built from them would be slower than the float one.
//
// Activations are u8, channels last (rows of C bytes, one row per pixel), each tensor with one
// scale s and zero point z: real = s * (q - z). Zero point 0 after ReLU6, 128 for signed tensors
// (the input, projections, residual sums). Weights are s8, symmetric, one scale per output
// channel. Every kernel ends in the same requantization (Requant), in float and in the output's
// own steps (the caller folds scales, bias and zero point into per-channel factors):
//   t = fma(acc, scale[c], bias[c]); [residual: t = fma(r - rz, rs, t)];
//   q = round_half_even(clamp(t, lo, hi))
// (ReLU6 is the clamp: lo = z, hi = z + 6 / s, within [0, 255].) The integer accumulators are
// exact on every path, and every path computes the same float operations, so all give the same bytes.
#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

enum class Int8Isa { Scalar, Avx2, Avx512Vnni };

/// EFFSCOPE_MAX_CPU_ISA as set now ("avx2", "scalar" or ""): the widest unit effscope's own
/// kernels and measured peaks may use, as ONEDNN_MAX_CPU_ISA caps oneDNN; how benchmarks measure
/// an AVX2 machine on an AVX-512 one. The kernels read it once, at start-up.
std::string cpuIsaCap();

/// The widest path this CPU runs (what new kernels and packings use).
Int8Isa int8Isa();
/// Uses a narrower path from now on (tests, benchmarks); a wider one than the CPU has is clamped.
/// Returns the path in effect. Weights packed for a wider path than the one in effect then run on
/// the scalar path.
Int8Isa setInt8Isa(Int8Isa isa);
const char *int8IsaName(Int8Isa isa);
/// What the CPU supports, ignoring setInt8Isa.
Int8Isa int8IsaSupported();

/// The end of every kernel: from an exact integer sum to a u8 activation, in output steps.
struct Requant
{
    /// Per output channel, each array padded with zeros to a multiple of 16 entries (the vector
    /// paths read whole vectors): accumulator -> output steps, and the bias in output steps with
    /// the output's zero point (and the input's zero point terms) included.
    const float *scale = nullptr;
    const float *bias = nullptr;
    float lo = 0.0f, hi = 255.0f; ///< clamp before rounding: [0, 255], narrower for ReLU6
    /// A residual added before the clamp, read like the output (same rows and stride).
    const uint8_t *residual = nullptr;
    float residualScale = 1.0f;   ///< residual steps -> output steps
    int residualZero = 0;
    /// Pointwise only: when set, t = fma(acc, scale, bias) is written here as float (rows and
    /// stride as the output's, in floats) instead of bytes; residual and rounding are skipped, and
    /// the clamp too unless clampFloat.
    float *floatOut = nullptr;
    bool clampFloat = false;
};

/// 1x1 convolution weights [out][in] (s8) packed for one path.
struct PackedPointwise
{
    Int8Isa isa = Int8Isa::Scalar;
    int out = 0, in = 0;
    std::vector<int8_t> weights;   ///< as given, [out][in] (the scalar path reads these)
    std::vector<int8_t> packed8;   ///< VNNI: [out/16][in/4][16][4]
    std::vector<int16_t> packed16; ///< AVX2: [out/8][in/2][8][2]
    std::vector<int32_t> rowSums;  ///< sum of each output channel's weights (zero point terms)
};
PackedPointwise packPointwise(const int8_t *weights, int out, int in, Int8Isa isa = int8Isa());

/// rows x in u8 (row stride lda) times the weights, requantized into rows x out u8 (row stride
/// ldo), output channels [outBegin, outEnd). Reads up to 3 bytes past a row's `in` bytes (the
/// caller's buffers have that slack); those bytes meet zero weights.
void pointwise(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
               const Requant &rq, int outBegin, int outEnd);

/// Depthwise k x k convolution over u8 NHWC [n, h, w, c], zero-padded in real terms (padding
/// counts as the input's zero point). Weights are the s8 values as floats, [k*k][c] (tap-major).
struct DepthwiseShape
{
    int n = 1, h = 0, w = 0, c = 0;
    int kernel = 3, stride = 1, padTop = 0, padLeft = 0;
    int oh = 0, ow = 0;
};
/// Output rows [rowBegin, rowEnd) of the n x oh output rows.
void depthwise(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *weights, uint8_t *out,
               const Requant &rq, int64_t rowBegin, int64_t rowEnd);

/// The same from a float input already in input steps less the zero point (an activation left
/// unrounded, such as the stem's float output): the same products summed in the same order on
/// every path, so all paths still give the same bytes. Reads up to 15 floats past a row's last
/// channel (the caller's buffer has that slack).
void depthwiseFloat(const DepthwiseShape &s, const float *x, const float *weights, uint8_t *out, const Requant &rq,
                    int64_t rowBegin, int64_t rowEnd);

/// Scalar requantization of one value (the scalar path).
uint8_t requantOne(float acc, int channel, const Requant &rq, int residualByte);

/// Quantizes `count` floats to u8: round_half_even(clamp(x * invScale + zero, 0, 255)).
void quantizeFloats(const float *x, int64_t count, float invScale, int zero, uint8_t *out);

} // namespace effscope::core
