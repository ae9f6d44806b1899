// SPDX-License-Identifier: MIT
#include "quant/int8_kernels.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__x86_64__) || defined(__i386__)
// GCC 12 warns inside its own AVX-512 headers (the _mm512_undefined_* placeholders of the masked
// conversions) wherever they are inlined; nothing in this file reads an undefined lane.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>
#define EFFSCOPE_X86 1
#endif

namespace effscope::core {

namespace {

// The widest path, capped by EFFSCOPE_MAX_CPU_ISA=avx2|scalar (as ONEDNN_MAX_CPU_ISA caps oneDNN):
// how benchmarks measure an AVX2 machine on an AVX-512 one.
Int8Isa detect()
{
#ifdef EFFSCOPE_X86
    const char *cap = std::getenv("EFFSCOPE_MAX_CPU_ISA");
    const std::string limit = cap ? cap : "";
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


int32_t load32(const uint8_t *p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

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
            if (rq.floatOut)
                rq.floatOut[r * ldo + o] = std::fma(float(acc), rq.scale[o], rq.bias[o]);
            else
                out[r * ldo + o] = requantOne(float(acc), o, rq, rq.residual ? rq.residual[r * ldo + o] : 0);
        }
    }
}

// The valid tap range along one axis for output position o: taps t with 0 <= o*stride - pad + t < size.
void tapRange(int o, int stride, int pad, int kernel, int size, int &t0, int &t1)
{
    const int start = o * stride - pad;
    t0 = std::max(0, -start);
    t1 = std::min(kernel, size - start);
}

// One output row of a depthwise convolution, for the vector kernels: the kernel rows inside the
// image [ky0, ky1), the outputs whose window lies inside along x [inside0, inside1), and the
// element offsets of its window's top-left input (it may lie in the padding) and of its first
// output, at channel c0.
struct DepthwiseRow
{
    int ky0 = 0, ky1 = 0, inside0 = 0, inside1 = 0;
    int64_t rowStride = 0, in = 0, out = 0;
};

DepthwiseRow depthwiseRow(const DepthwiseShape &s, int k, int stride, int64_t row, int c0)
{
    DepthwiseRow r;
    const int64_t n = row / s.oh;
    const int oy = int(row % s.oh);
    tapRange(oy, stride, s.padTop, k, s.h, r.ky0, r.ky1);
    r.rowStride = int64_t(s.w) * s.c;
    r.in = (n * s.h + int64_t(oy) * stride - s.padTop) * r.rowStride + c0;
    r.out = row * s.ow * s.c + c0;
    r.inside0 = (s.padLeft + stride - 1) / stride;
    r.inside1 = s.w - k + s.padLeft >= 0 ? std::min(s.ow, (s.w - k + s.padLeft) / stride + 1) : 0;
    return r;
}

// The requantization of rows [r, ...): the residual and float outputs move with the rows.
Requant fromRow(const Requant &rq, int64_t offset)
{
    Requant at = rq;
    if (at.residual)
        at.residual += offset;
    if (at.floatOut)
        at.floatOut += offset;
    return at;
}

// A tile kernel of MR rows (every output channel in [ob, oe)), MR = 1..kMaxRows.
using RowsFn = void (*)(const PackedPointwise &, const uint8_t *, int64_t, uint8_t *, int64_t, const Requant &, int, int);

// `rows` rows in tiles of `tile` rows, the rest by the kernel of that many rows; byRows[m] runs m rows.
void tiled(const RowsFn *byRows, int tile, const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda,
           uint8_t *out, int64_t ldo, const Requant &rq, int ob, int oe)
{
    int64_t r = 0;
    for (; r + tile <= rows; r += tile)
        byRows[tile](w, a + r * lda, lda, out + r * ldo, ldo, fromRow(rq, r * ldo), ob, oe);
    if (rows > r)
        byRows[rows - r](w, a + r * lda, lda, out + r * ldo, ldo, fromRow(rq, r * ldo), ob, oe);
}

void depthwiseScalar(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
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
                    const uint8_t *px = x + ((n * s.h + iy) * s.w + ix) * s.c;
                    const float *wk = wts + int64_t(ky * s.kernel + kx) * s.c;
                    for (int c = 0; c < s.c; ++c)
                        acc[c] = std::fma(float(int(px[c]) - inZero), wk[c], acc[c]);
                }
            const int64_t o = (row * s.ow + ox) * s.c;
            for (int c = 0; c < s.c; ++c)
                out[o + c] = requantOne(acc[c], c, rq, rq.residual ? rq.residual[o + c] : 0);
        }
    }
}

#ifdef EFFSCOPE_X86
// ----------------------------------------------------------------------------------------------
// AVX-512 (VNNI)

#define EFFSCOPE_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,fma")))

// Requantizes 16 lanes (channels c0.. under mask m) of one row and stores them.
EFFSCOPE_AVX512 inline void store16(__m512 acc, int c0, __mmask16 m, const Requant &rq, const uint8_t *res,
                                    uint8_t *dst, float *floatDst = nullptr)
{
    __m512 t = _mm512_fmadd_ps(acc, _mm512_loadu_ps(rq.scale + c0), _mm512_loadu_ps(rq.bias + c0));
    if (floatDst) {
        _mm512_mask_storeu_ps(floatDst, m, t);
        return;
    }
    if (res) {
        const __m512i r = _mm512_sub_epi32(_mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, res)),
                                           _mm512_set1_epi32(rq.residualZero));
        t = _mm512_fmadd_ps(_mm512_cvtepi32_ps(r), _mm512_set1_ps(rq.residualScale), t);
    }
    t = _mm512_min_ps(_mm512_max_ps(t, _mm512_set1_ps(rq.lo)), _mm512_set1_ps(rq.hi));
    // narrowing in a register, then a plain store: the memory form of vpmovusdb is slow
    const __m128i bytes = _mm512_cvtusepi32_epi8(_mm512_cvtps_epi32(t));
    if (m == 0xffff)
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), bytes);
    else
        _mm_mask_storeu_epi8(dst, m, bytes);
}

// MR rows x NB blocks of 16 output channels, over the whole input depth.
template <int MR, int NB>
EFFSCOPE_AVX512 void tileVnni(const uint8_t *a, int64_t lda, const int8_t *w, int64_t k4, uint8_t *out, int64_t ldo,
                              const Requant &rq, int c0, int valid)
{
    // every loop over r and j unrolled, so the accumulators live in registers (GCC otherwise keeps
    // the array in memory and stores it on every step)
    __m512i acc[MR][NB];
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j)
            acc[r][j] = _mm512_setzero_si512();
    const int64_t blockStride = k4 * 64;
    for (int64_t k = 0; k < k4; ++k) {
        __m512i wv[NB];
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j)
            wv[j] = _mm512_loadu_si512(w + j * blockStride + k * 64);
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            const __m512i av = _mm512_set1_epi32(load32(a + r * lda + 4 * k));
#pragma GCC unroll 4
            for (int j = 0; j < NB; ++j)
                acc[r][j] = _mm512_dpbusd_epi32(acc[r][j], av, wv[j]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j) {
            const int lanes = std::max(0, std::min(16, valid - 16 * j));
            const __mmask16 m = __mmask16((1u << lanes) - 1u);
            const int c = c0 + 16 * j;
            if (lanes == 0)
                continue;
            store16(_mm512_cvtepi32_ps(acc[r][j]), c, m, rq, rq.residual ? rq.residual + r * ldo + c : nullptr,
                    out + r * ldo + c, rq.floatOut ? rq.floatOut + r * ldo + c : nullptr);
        }
}

template <int MR>
EFFSCOPE_AVX512 void rowsVnni(const PackedPointwise &w, const uint8_t *a, int64_t lda, uint8_t *out, int64_t ldo,
                              const Requant &rq, int ob, int oe)
{
    const int64_t k4 = (w.in + 3) / 4;
    for (int c = ob; c < oe;) { // ob is a multiple of 16 (the engine splits channels by 64)
        const int blocks = std::min(4, (oe - c + 15) / 16);
        const int8_t *wb = w.packed8.data() + (c / 16) * k4 * 64;
        const int valid = std::min(oe - c, 64);
        switch (blocks) {
        case 4: tileVnni<MR, 4>(a, lda, wb, k4, out, ldo, rq, c, valid); break;
        case 3: tileVnni<MR, 3>(a, lda, wb, k4, out, ldo, rq, c, valid); break;
        case 2: tileVnni<MR, 2>(a, lda, wb, k4, out, ldo, rq, c, valid); break;
        default: tileVnni<MR, 1>(a, lda, wb, k4, out, ldo, rq, c, valid); break;
        }
        c += 16 * blocks;
    }
}

void pointwiseVnni(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
                   const Requant &rq, int ob, int oe)
{
    static const RowsFn byRows[] = {nullptr, rowsVnni<1>, rowsVnni<2>, rowsVnni<3>, rowsVnni<4>, rowsVnni<5>, rowsVnni<6>};
    tiled(byRows, 6, w, a, rows, lda, out, ldo, rq, ob, oe);
}

// Whole vectors of 16; returns how many were done (the caller finishes the rest).
EFFSCOPE_AVX512 int64_t quantizeAvx512(const float *x, int64_t count, float invScale, int zero, uint8_t *out)
{
    const __m512 inv = _mm512_set1_ps(invScale), z = _mm512_set1_ps(float(zero)), lo = _mm512_setzero_ps(),
                 hi = _mm512_set1_ps(255.0f);
    int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        const __m512 t = _mm512_min_ps(_mm512_max_ps(_mm512_fmadd_ps(_mm512_loadu_ps(x + i), inv, z), lo), hi);
        _mm512_mask_cvtusepi32_storeu_epi8(out + i, __mmask16(0xffff), _mm512_cvtps_epi32(t));
    }
    return i;
}

// 16 u8 inputs (under mask m) less their zero point, as floats.
EFFSCOPE_AVX512 inline __m512 input16(const uint8_t *p, __mmask16 m, int inZero, __m512i zero)
{
    __m512i v = _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, p));
    if (inZero != 0)
        v = _mm512_sub_epi32(v, zero);
    return _mm512_cvtepi32_ps(v);
}

// One block of 16 channels of one output row; the K x K weights stay in registers along the row,
// and where four neighbouring outputs all lie inside the image (stride S) each input column they
// share is loaded and converted once. K = 0: any kernel size, weights loaded per tap.
template <int K, int S>
EFFSCOPE_AVX512 void depthwiseRow512(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts,
                                     uint8_t *out, const Requant &rq, int64_t row, int c0)
{
    const int k = K > 0 ? K : s.kernel;
    const int stride = K > 0 ? S : s.stride;
    const DepthwiseRow g = depthwiseRow(s, k, stride, row, c0);
    const int ky0 = g.ky0, ky1 = g.ky1, inside0 = g.inside0, inside1 = g.inside1;
    const int lanes = std::min(16, s.c - c0);
    const __mmask16 m = __mmask16((1u << lanes) - 1u);
    constexpr int kTaps = K > 0 ? K * K : 1;
    __m512 w[kTaps];
    if (K > 0)
#pragma GCC unroll 25
        for (int t = 0; t < kTaps; ++t)
            w[t] = _mm512_maskz_loadu_ps(m, wts + int64_t(t) * s.c + c0);
    const __m512i zero = _mm512_set1_epi32(inZero);
    const int64_t c = s.c, rowStride = g.rowStride;
    const uint8_t *rowBase = x + g.in;
    uint8_t *dst = out + g.out;
    const uint8_t *res = rq.residual ? rq.residual + g.out : nullptr;
    int ox = 0;
    while (ox < s.ow) {
        const uint8_t *base = rowBase + (int64_t(ox) * stride - s.padLeft) * c;
        if (K > 0 && ox >= inside0 && ox + 4 <= inside1) {
            constexpr int kCols = K > 0 ? 3 * S + K : 1;
            __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
            // all K rows unrolled (rows outside the image skipped by a branch), so that the
            // weights are indexed by constants and stay in registers
#pragma GCC unroll 5
            for (int ky = 0; ky < (K > 0 ? K : 1); ++ky) {
                if (ky < ky0 || ky >= ky1)
                    continue;
                const uint8_t *p = base + ky * rowStride;
                __m512 v[kCols];
#pragma GCC unroll 16
                for (int j = 0; j < kCols; ++j)
                    v[j] = input16(p + j * c, m, inZero, zero);
#pragma GCC unroll 5
                for (int kx = 0; kx < K; ++kx) {
                    const __m512 wk = w[ky * K + kx];
                    a0 = _mm512_fmadd_ps(v[kx], wk, a0);
                    a1 = _mm512_fmadd_ps(v[S + kx], wk, a1);
                    a2 = _mm512_fmadd_ps(v[2 * S + kx], wk, a2);
                    a3 = _mm512_fmadd_ps(v[3 * S + kx], wk, a3);
                }
            }
            store16(a0, c0, m, rq, res ? res + ox * c : nullptr, dst + ox * c);
            store16(a1, c0, m, rq, res ? res + (ox + 1) * c : nullptr, dst + (ox + 1) * c);
            store16(a2, c0, m, rq, res ? res + (ox + 2) * c : nullptr, dst + (ox + 2) * c);
            store16(a3, c0, m, rq, res ? res + (ox + 3) * c : nullptr, dst + (ox + 3) * c);
            ox += 4;
            continue;
        }
        int kx0, kx1;
        tapRange(ox, stride, s.padLeft, k, s.w, kx0, kx1);
        __m512 acc = _mm512_setzero_ps();
        for (int ky = ky0; ky < ky1; ++ky)
            for (int kx = kx0; kx < kx1; ++kx) {
                const __m512 wk = K > 0 ? w[ky * k + kx] : _mm512_maskz_loadu_ps(m, wts + int64_t(ky * k + kx) * c + c0);
                acc = _mm512_fmadd_ps(input16(base + ky * rowStride + kx * c, m, inZero, zero), wk, acc);
            }
        store16(acc, c0, m, rq, res ? res + ox * c : nullptr, dst + ox * c);
        ++ox;
    }
}

EFFSCOPE_AVX512 void depthwiseAvx512(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts,
                                     uint8_t *out, const Requant &rq, int64_t rb, int64_t re)
{
    using Row = void (*)(const DepthwiseShape &, const uint8_t *, int, const float *, uint8_t *, const Requant &,
                         int64_t, int);
    Row run = depthwiseRow512<0, 1>;
    if (s.kernel == 3 && s.stride == 1)
        run = depthwiseRow512<3, 1>;
    else if (s.kernel == 3 && s.stride == 2)
        run = depthwiseRow512<3, 2>;
    else if (s.kernel == 5 && s.stride == 1)
        run = depthwiseRow512<5, 1>;
    else if (s.kernel == 5 && s.stride == 2)
        run = depthwiseRow512<5, 2>;
    for (int64_t row = rb; row < re; ++row)
        for (int c0 = 0; c0 < s.c; c0 += 16)
            run(s, x, inZero, wts, out, rq, row, c0);
}

// ----------------------------------------------------------------------------------------------
// AVX2 (16-bit products)

#define EFFSCOPE_AVX2 __attribute__((target("avx2,fma")))

EFFSCOPE_AVX2 inline void store8(__m256 acc, int c0, int lanes, const Requant &rq, const uint8_t *res, uint8_t *dst,
                                 float *floatDst = nullptr)
{
    __m256 t = _mm256_fmadd_ps(acc, _mm256_loadu_ps(rq.scale + c0), _mm256_loadu_ps(rq.bias + c0));
    if (floatDst) {
        alignas(32) float lanesOut[8];
        _mm256_store_ps(lanesOut, t);
        std::memcpy(floatDst, lanesOut, size_t(lanes) * sizeof(float));
        return;
    }
    if (res) {
        uint64_t bytes = 0;
        std::memcpy(&bytes, res, size_t(lanes));
        const __m256i r = _mm256_sub_epi32(_mm256_cvtepu8_epi32(_mm_cvtsi64_si128(int64_t(bytes))),
                                           _mm256_set1_epi32(rq.residualZero));
        t = _mm256_fmadd_ps(_mm256_cvtepi32_ps(r), _mm256_set1_ps(rq.residualScale), t);
    }
    t = _mm256_min_ps(_mm256_max_ps(t, _mm256_set1_ps(rq.lo)), _mm256_set1_ps(rq.hi));
    const __m256i q = _mm256_cvtps_epi32(t);
    const __m256i p = _mm256_packus_epi16(_mm256_packus_epi32(q, q), _mm256_setzero_si256());
    const uint64_t lo = uint32_t(_mm_cvtsi128_si32(_mm256_castsi256_si128(p)));
    const uint64_t hi = uint32_t(_mm_cvtsi128_si32(_mm256_extracti128_si256(p, 1)));
    const uint64_t bytes = lo | (hi << 32);
    std::memcpy(dst, &bytes, size_t(lanes));
}

template <int MR, int NB>
EFFSCOPE_AVX2 void tileAvx2(const uint8_t *a, int64_t lda, const int16_t *w, int64_t k2, uint8_t *out, int64_t ldo,
                            const Requant &rq, int c0, int valid)
{
    __m256i acc[MR][NB];
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j)
            acc[r][j] = _mm256_setzero_si256();
    const int64_t blockStride = k2 * 16;
    for (int64_t k = 0; k < k2; ++k) {
        __m256i wv[NB];
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j)
            wv[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(w + j * blockStride + k * 16));
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r) {
            const uint8_t *p = a + r * lda + 2 * k;
            const __m256i av = _mm256_set1_epi32(int32_t(uint32_t(p[0]) | (uint32_t(p[1]) << 16)));
#pragma GCC unroll 4
            for (int j = 0; j < NB; ++j)
                acc[r][j] = _mm256_add_epi32(acc[r][j], _mm256_madd_epi16(av, wv[j]));
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < MR; ++r)
#pragma GCC unroll 4
        for (int j = 0; j < NB; ++j) {
            const int lanes = std::min(8, valid - 8 * j);
            if (lanes <= 0)
                continue;
            const int c = c0 + 8 * j;
            store8(_mm256_cvtepi32_ps(acc[r][j]), c, lanes, rq, rq.residual ? rq.residual + r * ldo + c : nullptr,
                   out + r * ldo + c, rq.floatOut ? rq.floatOut + r * ldo + c : nullptr);
        }
}

template <int MR>
EFFSCOPE_AVX2 void rowsAvx2(const PackedPointwise &w, const uint8_t *a, int64_t lda, uint8_t *out, int64_t ldo,
                            const Requant &rq, int ob, int oe)
{
    const int64_t k2 = (w.in + 1) / 2;
    for (int c = ob; c < oe;) {
        const int blocks = std::min(3, (oe - c + 7) / 8);
        const int16_t *wb = w.packed16.data() + (c / 8) * k2 * 16;
        const int valid = std::min(oe - c, 24);
        switch (blocks) {
        case 3: tileAvx2<MR, 3>(a, lda, wb, k2, out, ldo, rq, c, valid); break;
        case 2: tileAvx2<MR, 2>(a, lda, wb, k2, out, ldo, rq, c, valid); break;
        default: tileAvx2<MR, 1>(a, lda, wb, k2, out, ldo, rq, c, valid); break;
        }
        c += 8 * blocks;
    }
}

void pointwiseAvx2(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
                   const Requant &rq, int ob, int oe)
{
    static const RowsFn byRows[] = {nullptr, rowsAvx2<1>, rowsAvx2<2>, rowsAvx2<3>, rowsAvx2<4>};
    tiled(byRows, 4, w, a, rows, lda, out, ldo, rq, ob, oe);
}

// Up to 8 u8 inputs less their zero point, as floats (whole 8 bytes when all lanes are used:
// the buffers have slack past their last row).
EFFSCOPE_AVX2 inline __m256 input8(const uint8_t *p, int lanes, __m256i zero)
{
    __m128i bytes;
    if (lanes == 8) {
        bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p));
    } else {
        uint64_t v = 0;
        std::memcpy(&v, p, size_t(lanes));
        bytes = _mm_cvtsi64_si128(int64_t(v));
    }
    return _mm256_cvtepi32_ps(_mm256_sub_epi32(_mm256_cvtepu8_epi32(bytes), zero));
}

// One block of 8 channels of one output row, as depthwiseRow512: where four neighbouring outputs
// lie inside the image, each input column they share is converted once per kernel row; the
// weights come from memory (sixteen ymm registers hold the inputs and accumulators, not K x K
// weights), the rest output by output. K = 0: any kernel size.
template <int K, int S>
EFFSCOPE_AVX2 void depthwiseRow256(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts,
                                   uint8_t *out, const Requant &rq, int64_t row, int c0)
{
    const int k = K > 0 ? K : s.kernel;
    const int stride = K > 0 ? S : s.stride;
    const DepthwiseRow g = depthwiseRow(s, k, stride, row, c0);
    const int ky0 = g.ky0, ky1 = g.ky1, inside0 = g.inside0, inside1 = g.inside1;
    const int lanes = std::min(8, s.c - c0);
    const __m256i zero = _mm256_set1_epi32(inZero);
    const int64_t c = s.c, rowStride = g.rowStride;
    const uint8_t *rowBase = x + g.in;
    const float *w = wts + c0; // tap t's 8 weights at w + t * c (the array has 16 floats of slack)
    uint8_t *dst = out + g.out;
    const uint8_t *res = rq.residual ? rq.residual + g.out : nullptr;
    int ox = 0;
    while (ox < s.ow) {
        const uint8_t *base = rowBase + (int64_t(ox) * stride - s.padLeft) * c;
        if (K > 0 && ox >= inside0 && ox + 4 <= inside1) {
            constexpr int kCols = K > 0 ? 3 * S + K : 1;
            __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
#pragma GCC unroll 5
            for (int ky = 0; ky < (K > 0 ? K : 1); ++ky) {
                if (ky < ky0 || ky >= ky1)
                    continue;
                const uint8_t *p = base + ky * rowStride;
                __m256 v[kCols];
#pragma GCC unroll 16
                for (int j = 0; j < kCols; ++j)
                    v[j] = input8(p + j * c, lanes, zero);
#pragma GCC unroll 5
                for (int kx = 0; kx < K; ++kx) {
                    const __m256 wk = _mm256_loadu_ps(w + int64_t(ky * K + kx) * c);
                    a0 = _mm256_fmadd_ps(v[kx], wk, a0);
                    a1 = _mm256_fmadd_ps(v[S + kx], wk, a1);
                    a2 = _mm256_fmadd_ps(v[2 * S + kx], wk, a2);
                    a3 = _mm256_fmadd_ps(v[3 * S + kx], wk, a3);
                }
            }
            store8(a0, c0, lanes, rq, res ? res + ox * c : nullptr, dst + ox * c);
            store8(a1, c0, lanes, rq, res ? res + (ox + 1) * c : nullptr, dst + (ox + 1) * c);
            store8(a2, c0, lanes, rq, res ? res + (ox + 2) * c : nullptr, dst + (ox + 2) * c);
            store8(a3, c0, lanes, rq, res ? res + (ox + 3) * c : nullptr, dst + (ox + 3) * c);
            ox += 4;
            continue;
        }
        int kx0, kx1;
        tapRange(ox, stride, s.padLeft, k, s.w, kx0, kx1);
        __m256 acc = _mm256_setzero_ps();
        for (int ky = ky0; ky < ky1; ++ky)
            for (int kx = kx0; kx < kx1; ++kx)
                acc = _mm256_fmadd_ps(input8(base + ky * rowStride + kx * c, lanes, zero),
                                      _mm256_loadu_ps(w + int64_t(ky * k + kx) * c), acc);
        store8(acc, c0, lanes, rq, res ? res + ox * c : nullptr, dst + ox * c);
        ++ox;
    }
}

EFFSCOPE_AVX2 void depthwiseAvx2(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
                                 const Requant &rq, int64_t rb, int64_t re)
{
    using Row = void (*)(const DepthwiseShape &, const uint8_t *, int, const float *, uint8_t *, const Requant &,
                         int64_t, int);
    Row run = depthwiseRow256<0, 1>;
    if (s.kernel == 3 && s.stride == 1)
        run = depthwiseRow256<3, 1>;
    else if (s.kernel == 3 && s.stride == 2)
        run = depthwiseRow256<3, 2>;
    else if (s.kernel == 5 && s.stride == 1)
        run = depthwiseRow256<5, 1>;
    else if (s.kernel == 5 && s.stride == 2)
        run = depthwiseRow256<5, 2>;
    for (int64_t row = rb; row < re; ++row)
        for (int c0 = 0; c0 < s.c; c0 += 8)
            run(s, x, inZero, wts, out, rq, row, c0);
}
#endif

} // namespace

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

} // namespace effscope::core
