// SPDX-License-Identifier: MIT
#include "quant/int8_kernels.h"
#include "quant/int8_kernels_detail.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

namespace effscope::core {

using namespace int8detail;

namespace {

// The widest path, no wider than cpuIsaCap() allows.
Int8Isa detect()
{
#ifdef EFFSCOPE_X86
    const std::string limit = cpuIsaCap();
    if (limit == "scalar")
        return Int8Isa::Scalar;
    if (limit != "avx2" && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")
        && __builtin_cpu_supports("avx512vnni"))
        return Int8Isa::Avx512Vnni;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return Int8Isa::Avx2;
#endif
    return Int8Isa::Scalar;
}

const Int8Isa g_supported = detect();
std::atomic<Int8Isa> g_isa{g_supported};

// ----------------------------------------------------------------------------------------------
// Scalar

void pointwiseScalar(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out,
                     int64_t ldo, const Requant &rq, int ob, int oe)
{
    for (int64_t r = 0; r < rows; ++r) {
        const uint8_t *row = a + r * lda;
        for (int o = ob; o < oe; ++o) {
            const int8_t *wo = w.weights.data() + int64_t(o) * w.in;
            int32_t acc = 0;
            for (int i = 0; i < w.in; ++i)
                acc += int32_t(row[i]) * int32_t(wo[i]);
            if (rq.floatOut) {
                const float t = std::fma(float(acc), rq.scale[o], rq.bias[o]);
                rq.floatOut[r * ldo + o] = rq.clampFloat ? std::min(std::max(t, rq.lo), rq.hi) : t;
            }
            else
                out[r * ldo + o] = requantOne(float(acc), o, rq, rq.residual ? rq.residual[r * ldo + o] : 0);
        }
    }
}

inline float inputValue(uint8_t v, int zero) { return float(int(v) - zero); }
inline float inputValue(float v, int) { return v; }

template <typename T>
void depthwiseScalar(const DepthwiseShape &s, const T *x, int inZero, const float *wts, uint8_t *out,
                     const Requant &rq, int64_t rb, int64_t re)
{
    std::vector<float> acc(size_t(s.c));
    for (int64_t row = rb; row < re; ++row) {
        const int64_t n = row / s.oh;
        const int oy = int(row % s.oh);
        int ky0, ky1;
        tapRange(oy, s.stride, s.padTop, s.kernel, s.h, ky0, ky1);
        for (int ox = 0; ox < s.ow; ++ox) {
            int kx0, kx1;
            tapRange(ox, s.stride, s.padLeft, s.kernel, s.w, kx0, kx1);
            std::fill(acc.begin(), acc.end(), 0.0f);
            for (int ky = ky0; ky < ky1; ++ky)
                for (int kx = kx0; kx < kx1; ++kx) {
                    const int iy = oy * s.stride - s.padTop + ky, ix = ox * s.stride - s.padLeft + kx;
                    const T *px = x + ((n * s.h + iy) * s.w + ix) * s.c;
                    const float *wk = wts + int64_t(ky * s.kernel + kx) * s.c;
                    for (int c = 0; c < s.c; ++c)
                        acc[c] = std::fma(inputValue(px[c], inZero), wk[c], acc[c]);
                }
            const int64_t o = (row * s.ow + ox) * s.c;
            for (int c = 0; c < s.c; ++c)
                out[o + c] = requantOne(acc[c], c, rq, rq.residual ? rq.residual[o + c] : 0);
        }
    }
}

} // namespace

std::string cpuIsaCap()
{
    const char *cap = std::getenv("EFFSCOPE_MAX_CPU_ISA");
    return cap ? cap : "";
}

Int8Isa int8IsaSupported()
{
    return g_supported;
}

Int8Isa int8Isa()
{
    return g_isa.load();
}

Int8Isa setInt8Isa(Int8Isa isa)
{
    const Int8Isa effective = int(isa) > int(g_supported) ? g_supported : isa;
    g_isa.store(effective);
    return effective;
}

const char *int8IsaName(Int8Isa isa)
{
    switch (isa) {
    case Int8Isa::Avx512Vnni: return "avx512-vnni";
    case Int8Isa::Avx2: return "avx2";
    default: return "scalar";
    }
}

uint8_t requantOne(float acc, int channel, const Requant &rq, int residualByte)
{
    float t = std::fma(acc, rq.scale[channel], rq.bias[channel]);
    if (rq.residual)
        t = std::fma(float(residualByte - rq.residualZero), rq.residualScale, t);
    t = std::min(std::max(t, rq.lo), rq.hi);
    return uint8_t(int(std::nearbyint(t)));
}

void quantizeFloats(const float *x, int64_t count, float invScale, int zero, uint8_t *out)
{
    int64_t i = 0;
#ifdef EFFSCOPE_X86
    if (int8Isa() == Int8Isa::Avx512Vnni)
        i = quantizeAvx512(x, count, invScale, zero, out);
    else if (int8Isa() == Int8Isa::Avx2)
        i = quantizeAvx2(x, count, invScale, zero, out);
#endif
    for (; i < count; ++i) {
        const float t = std::min(std::max(std::fma(x[i], invScale, float(zero)), 0.0f), 255.0f);
        out[i] = uint8_t(int(std::nearbyint(t)));
    }
}

PackedPointwise packPointwise(const int8_t *weights, int out, int in, Int8Isa isa)
{
    PackedPointwise p;
    p.isa = int(isa) > int(g_supported) ? g_supported : isa;
    p.out = out;
    p.in = in;
    p.weights.assign(weights, weights + int64_t(out) * in);
    p.rowSums.assign(size_t(out), 0);
    for (int o = 0; o < out; ++o)
        for (int i = 0; i < in; ++i)
            p.rowSums[size_t(o)] += weights[int64_t(o) * in + i];
    if (p.isa == Int8Isa::Avx512Vnni) {
        const int64_t blocks = (out + 15) / 16, k4 = (in + 3) / 4;
        p.packed8.assign(size_t(blocks * k4 * 64), 0);
        for (int o = 0; o < out; ++o)
            for (int i = 0; i < in; ++i)
                p.packed8[size_t(((o / 16) * k4 + i / 4) * 64 + (o % 16) * 4 + i % 4)] = weights[int64_t(o) * in + i];
    } else if (p.isa == Int8Isa::Avx2) {
        const int64_t blocks = (out + 7) / 8, k2 = (in + 1) / 2;
        p.packed16.assign(size_t(blocks * k2 * 16), 0);
        for (int o = 0; o < out; ++o)
            for (int i = 0; i < in; ++i)
                p.packed16[size_t(((o / 8) * k2 + i / 2) * 16 + (o % 8) * 2 + i % 2)] = weights[int64_t(o) * in + i];
    }
    return p;
}

void pointwise(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
               const Requant &rq, int outBegin, int outEnd)
{
    if (rows <= 0 || outBegin >= outEnd)
        return;
    const Int8Isa isa = int(w.isa) <= int(int8Isa()) ? w.isa : Int8Isa::Scalar;
#ifdef EFFSCOPE_X86
    if (isa == Int8Isa::Avx512Vnni && outBegin % 16 == 0)
        return pointwiseVnni(w, a, rows, lda, out, ldo, rq, outBegin, outEnd);
    if (isa == Int8Isa::Avx2 && outBegin % 8 == 0)
        return pointwiseAvx2(w, a, rows, lda, out, ldo, rq, outBegin, outEnd);
#endif
    pointwiseScalar(w, a, rows, lda, out, ldo, rq, outBegin, outEnd);
}

void depthwise(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *weights, uint8_t *out,
               const Requant &rq, int64_t rowBegin, int64_t rowEnd)
{
#ifdef EFFSCOPE_X86
    switch (int8Isa()) {
    case Int8Isa::Avx512Vnni: return depthwiseAvx512(s, x, inZero, weights, out, rq, rowBegin, rowEnd);
    case Int8Isa::Avx2: return depthwiseAvx2(s, x, inZero, weights, out, rq, rowBegin, rowEnd);
    default: break;
    }
#endif
    depthwiseScalar(s, x, inZero, weights, out, rq, rowBegin, rowEnd);
}

void depthwiseFloat(const DepthwiseShape &s, const float *x, const float *weights, uint8_t *out, const Requant &rq,
                    int64_t rowBegin, int64_t rowEnd)
{
#ifdef EFFSCOPE_X86
    switch (int8Isa()) {
    case Int8Isa::Avx512Vnni: return depthwiseFloatAvx512(s, x, weights, out, rq, rowBegin, rowEnd);
    case Int8Isa::Avx2: return depthwiseFloatAvx2(s, x, weights, out, rq, rowBegin, rowEnd);
    default: break;
    }
#endif
    depthwiseScalar(s, x, 0, weights, out, rq, rowBegin, rowEnd);
}

} // namespace effscope::core
