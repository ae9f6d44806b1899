// SPDX-License-Identifier: MIT
// The int8 kernels on AVX-512 VNNI (int8_kernels.h says what they compute).
#include "quant/int8_kernels_detail.h"

#ifdef EFFSCOPE_X86
// GCC 12 warns inside its own AVX-512 headers (the _mm512_undefined_* placeholders of the masked
// conversions) wherever they are inlined; nothing in this file reads an undefined lane.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>

namespace effscope::core::int8detail {

// ----------------------------------------------------------------------------------------------
// AVX-512 (VNNI)

#define EFFSCOPE_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,fma")))

// Requantizes 16 lanes (channels c0.. under mask m) of one row and stores them.
EFFSCOPE_AVX512 inline void store16(__m512 acc, int c0, __mmask16 m, const Requant &rq, const uint8_t *res,
                                    uint8_t *dst, float *floatDst = nullptr)
{
    __m512 t = _mm512_fmadd_ps(acc, _mm512_loadu_ps(rq.scale + c0), _mm512_loadu_ps(rq.bias + c0));
    if (floatDst) {
        if (rq.clampFloat)
            t = _mm512_min_ps(_mm512_max_ps(t, _mm512_set1_ps(rq.lo)), _mm512_set1_ps(rq.hi));
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

// A tile kernel of MR rows (every output channel in [ob, oe)).
using RowsFn = void (*)(const PackedPointwise &, const uint8_t *, int64_t, uint8_t *, int64_t, const Requant &, int, int);

// `rows` rows in tiles of `tile` rows, the rest by the kernel of that many rows; byRows[m] runs m rows.
inline void tiled(const RowsFn *byRows, int tile, const PackedPointwise &w, const uint8_t *a, int64_t rows,
                  int64_t lda, uint8_t *out, int64_t ldo, const Requant &rq, int ob, int oe)
{
    int64_t r = 0;
    for (; r + tile <= rows; r += tile)
        byRows[tile](w, a + r * lda, lda, out + r * ldo, ldo, fromRow(rq, r * ldo), ob, oe);
    if (rows > r)
        byRows[rows - r](w, a + r * lda, lda, out + r * ldo, ldo, fromRow(rq, r * ldo), ob, oe);
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

// 16 float inputs (under mask m), already in steps less the zero point.
EFFSCOPE_AVX512 inline __m512 input16(const float *p, __mmask16 m, int, __m512i)
{
    return _mm512_maskz_loadu_ps(m, p);
}

// One block of 16 channels of one output row; the K x K weights stay in registers along the row,
// and where four neighbouring outputs all lie inside the image (stride S) each input column they
// share is loaded and converted once. K = 0: any kernel size, weights loaded per tap.
template <int K, int S, typename T>
EFFSCOPE_AVX512 void depthwiseRow512(const DepthwiseShape &s, const T *x, int inZero, const float *wts,
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
    const T *rowBase = x + g.in;
    uint8_t *dst = out + g.out;
    const uint8_t *res = rq.residual ? rq.residual + g.out : nullptr;
    int ox = 0;
    while (ox < s.ow) {
        const T *base = rowBase + (int64_t(ox) * stride - s.padLeft) * c;
        if (K > 0 && ox >= inside0 && ox + 4 <= inside1) {
            constexpr int kCols = K > 0 ? 3 * S + K : 1;
            __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
            // all K rows unrolled (rows outside the image skipped by a branch), so that the
            // weights are indexed by constants and stay in registers
#pragma GCC unroll 5
            for (int ky = 0; ky < (K > 0 ? K : 1); ++ky) {
                if (ky < ky0 || ky >= ky1)
                    continue;
                const T *p = base + ky * rowStride;
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

struct Rows512
{
    static constexpr int kWidth = 16;
    template <int K, int S, typename T>
    EFFSCOPE_AVX512 static void row(const DepthwiseShape &s, const T *x, int inZero, const float *wts, uint8_t *out,
                       const Requant &rq, int64_t r, int c0)
    {
        depthwiseRow512<K, S, T>(s, x, inZero, wts, out, rq, r, c0);
    }
};

void depthwiseAvx512(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
                 const Requant &rq, int64_t rb, int64_t re)
{
    depthwiseRows<Rows512>(s, x, inZero, wts, out, rq, rb, re);
}

void depthwiseFloatAvx512(const DepthwiseShape &s, const float *x, const float *wts, uint8_t *out, const Requant &rq,
                      int64_t rb, int64_t re)
{
    depthwiseRows<Rows512>(s, x, 0, wts, out, rq, rb, re);
}

} // namespace effscope::core::int8detail
#endif
