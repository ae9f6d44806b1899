// SPDX-License-Identifier: MIT
// The int8 kernels on AVX2 (int8_kernels.h says what they compute).
#include "quant/int8_kernels_detail.h"

#ifdef EFFSCOPE_X86
#include <immintrin.h>

#include <vector>

namespace effscope::core::int8detail {

// ----------------------------------------------------------------------------------------------
// AVX2 (16-bit products)

#define EFFSCOPE_AVX2 __attribute__((target("avx2,fma")))

// Requantizes and stores up to 8 lanes. scale and bias: this block's 8 channels, loaded by the
// caller once for all the outputs it stores (byte stores may alias them, so the compiler would
// reload them for every call).
EFFSCOPE_AVX2 inline void store8(__m256 acc, __m256 scale, __m256 bias, int lanes, const Requant &rq,
                                 const uint8_t *res, uint8_t *dst, float *floatDst = nullptr)
{
    __m256 t = _mm256_fmadd_ps(acc, scale, bias);
    if (floatDst) {
        if (rq.clampFloat)
            t = _mm256_min_ps(_mm256_max_ps(t, _mm256_set1_ps(rq.lo)), _mm256_set1_ps(rq.hi));
        if (lanes == 8) {
            _mm256_storeu_ps(floatDst, t);
            return;
        }
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
    const __m128i words = _mm_packus_epi32(_mm256_castsi256_si128(q), _mm256_extracti128_si256(q, 1));
    const __m128i bytes = _mm_packus_epi16(words, words);
    if (lanes == 8) {
        _mm_storel_epi64(reinterpret_cast<__m128i *>(dst), bytes);
        return;
    }
    const uint64_t all = uint64_t(_mm_cvtsi128_si64(bytes));
    std::memcpy(dst, &all, size_t(lanes));
}

EFFSCOPE_AVX2 inline void store8(__m256 acc, int c0, int lanes, const Requant &rq, const uint8_t *res, uint8_t *dst,
                                 float *floatDst = nullptr)
{
    store8(acc, _mm256_loadu_ps(rq.scale + c0), _mm256_loadu_ps(rq.bias + c0), lanes, rq, res, dst, floatDst);
}

// Eight full lanes to 32-bit output steps (what store8 computes before packing): the same
// float operations in the same order, so the bytes agree with every other path.
EFFSCOPE_AVX2 inline __m256i requant8(__m256i acc, __m256 scale, __m256 bias, const Requant &rq, const uint8_t *res)
{
    __m256 t = _mm256_fmadd_ps(_mm256_cvtepi32_ps(acc), scale, bias);
    if (res) {
        uint64_t bytes;
        std::memcpy(&bytes, res, 8);
        const __m256i r = _mm256_sub_epi32(_mm256_cvtepu8_epi32(_mm_cvtsi64_si128(int64_t(bytes))),
                                           _mm256_set1_epi32(rq.residualZero));
        t = _mm256_fmadd_ps(_mm256_cvtepi32_ps(r), _mm256_set1_ps(rq.residualScale), t);
    }
    t = _mm256_min_ps(_mm256_max_ps(t, _mm256_set1_ps(rq.lo)), _mm256_set1_ps(rq.hi));
    return _mm256_cvtps_epi32(t);
}

// NB blocks of eight full lanes of one output row (NB = 2 or 3), packed to bytes together: two
// or three packs and one lane permutation for the row, where store8 packs and extracts each
// block on its own (at Lite's small inner dimensions the epilogue costs as much as the products).
template <int NB>
EFFSCOPE_AVX2 inline void storeRow(const __m256i *acc, const __m256 *scale, const __m256 *bias, const Requant &rq,
                                   const uint8_t *res, uint8_t *dst)
{
    __m256i q[3];
#pragma GCC unroll 3
    for (int j = 0; j < NB; ++j)
        q[j] = requant8(acc[j], scale[j], bias[j], rq, res ? res + 8 * j : nullptr);
    // per 128-bit lane, dwords: q0[0..3] q1[0..3] q2[0..3] (q2 again) | the same for [4..7]
    const __m256i words = _mm256_packus_epi32(q[0], q[1]);
    const __m256i bytes = _mm256_packus_epi16(words, NB == 3 ? _mm256_packus_epi32(q[2], q[2]) : words);
    const __m256i ordered = _mm256_permutevar8x32_epi32(bytes, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm256_castsi256_si128(ordered));
    if (NB == 3)
        _mm_storel_epi64(reinterpret_cast<__m128i *>(dst + 16), _mm256_extracti128_si256(ordered, 1));
}

// a: MR rows of k2 input pairs, each pair two u8 values as the two 16-bit halves of a word.
template <int MR, int NB>
EFFSCOPE_AVX2 void tileAvx2(const uint32_t *a, const int16_t *w, int64_t k2, uint8_t *out, int64_t ldo,
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
            const __m256i av = _mm256_set1_epi32(int32_t(a[r * k2 + k]));
#pragma GCC unroll 4
            for (int j = 0; j < NB; ++j)
                acc[r][j] = _mm256_add_epi32(acc[r][j], _mm256_madd_epi16(av, wv[j]));
        }
    }
    if (NB > 1 && valid == 8 * NB && !rq.floatOut) {
        __m256 scale[NB], bias[NB];
#pragma GCC unroll 3
        for (int j = 0; j < NB; ++j) {
            scale[j] = _mm256_loadu_ps(rq.scale + c0 + 8 * j);
            bias[j] = _mm256_loadu_ps(rq.bias + c0 + 8 * j);
        }
#pragma GCC unroll 8
        for (int r = 0; r < MR; ++r)
            storeRow<NB>(acc[r], scale, bias, rq, rq.residual ? rq.residual + r * ldo + c0 : nullptr,
                         out + r * ldo + c0);
        return;
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
EFFSCOPE_AVX2 void rowsAvx2(const PackedPointwise &w, const uint32_t *a, uint8_t *out, int64_t ldo, const Requant &rq,
                            int ob, int oe)
{
    const int64_t k2 = (w.in + 1) / 2;
    for (int c = ob; c < oe;) {
        // tiles of three blocks of 8 channels; four left (the stem's 32) go as two and two,
        // not three and a lone block that reloads the inputs for 8 channels
        const int left = (oe - c + 7) / 8;
        const int blocks = left == 4 ? 2 : std::min(3, left);
        const int16_t *wb = w.packed16.data() + (c / 8) * k2 * 16;
        const int valid = std::min(oe - c, 8 * blocks);
        switch (blocks) {
        case 3: tileAvx2<MR, 3>(a, wb, k2, out, ldo, rq, c, valid); break;
        case 2: tileAvx2<MR, 2>(a, wb, k2, out, ldo, rq, c, valid); break;
        default: tileAvx2<MR, 1>(a, wb, k2, out, ldo, rq, c, valid); break;
        }
        c += 8 * blocks;
    }
}

// One row of u8 inputs as k2 words of two 16-bit halves (input 2k low, 2k + 1 high), so that the
// kernel broadcasts a pair with one load: built once per row tile and read for every block of
// output channels, instead of assembling each pair from two bytes in the innermost loop. The
// odd input of the last pair is the row's slack byte, which meets a zero weight.
EFFSCOPE_AVX2 void widenRow(const uint8_t *row, int in, int64_t k2, uint32_t *pairs)
{
    int64_t i = 0;
    for (; i + 16 <= in; i += 16) {
        const __m256i v = _mm256_cvtepu8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(row + i)));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(pairs + i / 2), v);
    }
    for (int64_t k = i / 2; k < k2; ++k)
        pairs[k] = uint32_t(row[2 * k]) | (uint32_t(row[2 * k + 1]) << 16);
}

void pointwiseAvx2(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
                   const Requant &rq, int ob, int oe)
{
    using Rows = void (*)(const PackedPointwise &, const uint32_t *, uint8_t *, int64_t, const Requant &, int, int);
    static const Rows byRows[] = {nullptr, rowsAvx2<1>, rowsAvx2<2>, rowsAvx2<3>, rowsAvx2<4>};
    constexpr int kTile = 4;
    const int64_t k2 = (w.in + 1) / 2;
    thread_local std::vector<uint32_t> pairs;
    if (pairs.size() < size_t(kTile * k2))
        pairs.resize(size_t(kTile * k2));
    for (int64_t r = 0; r < rows; r += kTile) {
        const int m = int(std::min<int64_t>(kTile, rows - r));
        for (int i = 0; i < m; ++i)
            widenRow(a + (r + i) * lda, w.in, k2, pairs.data() + i * k2);
        byRows[m](w, pairs.data(), out + r * ldo, ldo, fromRow(rq, r * ldo), ob, oe);
    }
}

EFFSCOPE_AVX2 int64_t quantizeAvx2(const float *x, int64_t count, float invScale, int zero, uint8_t *out)
{
    const __m256 inv = _mm256_set1_ps(invScale), z = _mm256_set1_ps(float(zero)), lo = _mm256_setzero_ps(),
                 hi = _mm256_set1_ps(255.0f);
    int64_t i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m256 t = _mm256_min_ps(_mm256_max_ps(_mm256_fmadd_ps(_mm256_loadu_ps(x + i), inv, z), lo), hi);
        const __m256i q = _mm256_cvtps_epi32(t); // round half to even, as nearbyint
        const __m128i words = _mm_packus_epi32(_mm256_castsi256_si128(q), _mm256_extracti128_si256(q, 1));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(words, words));
    }
    return i;
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

// Up to 8 float inputs, already in steps less the zero point.
EFFSCOPE_AVX2 inline __m256 input8(const float *p, int lanes, __m256i)
{
    if (lanes == 8)
        return _mm256_loadu_ps(p);
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(lanes), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    return _mm256_maskload_ps(p, mask);
}

// One block of 8 channels of one output row, as depthwiseRow512: where four neighbouring outputs
// lie inside the image, each input column they share is converted once per kernel row; the
// weights come from memory (sixteen ymm registers hold the inputs and accumulators, not K x K
// weights), the rest output by output. K = 0: any kernel size.
template <int K, int S, typename T>
EFFSCOPE_AVX2 void depthwiseRow256(const DepthwiseShape &s, const T *x, int inZero, const float *wts,
                                   uint8_t *out, const Requant &rq, int64_t row, int c0)
{
    const int k = K > 0 ? K : s.kernel;
    const int stride = K > 0 ? S : s.stride;
    const DepthwiseRow g = depthwiseRow(s, k, stride, row, c0);
    const int ky0 = g.ky0, ky1 = g.ky1, inside0 = g.inside0, inside1 = g.inside1;
    const int lanes = std::min(8, s.c - c0);
    const __m256i zero = _mm256_set1_epi32(inZero);
    const int64_t c = s.c, rowStride = g.rowStride;
    const T *rowBase = x + g.in;
    const float *w = wts + c0; // tap t's 8 weights at w + t * c (the array has 16 floats of slack)
    uint8_t *dst = out + g.out;
    const uint8_t *res = rq.residual ? rq.residual + g.out : nullptr;
    const __m256 scale = _mm256_loadu_ps(rq.scale + c0), bias = _mm256_loadu_ps(rq.bias + c0);
    int ox = 0;
    while (ox < s.ow) {
        const T *base = rowBase + (int64_t(ox) * stride - s.padLeft) * c;
        if (K > 0 && ox >= inside0 && ox + 4 <= inside1) {
            constexpr int kCols = K > 0 ? 3 * S + K : 1;
            __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
#pragma GCC unroll 5
            for (int ky = 0; ky < (K > 0 ? K : 1); ++ky) {
                if (ky < ky0 || ky >= ky1)
                    continue;
                const T *p = base + ky * rowStride;
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
            store8(a0, scale, bias, lanes, rq, res ? res + ox * c : nullptr, dst + ox * c);
            store8(a1, scale, bias, lanes, rq, res ? res + (ox + 1) * c : nullptr, dst + (ox + 1) * c);
            store8(a2, scale, bias, lanes, rq, res ? res + (ox + 2) * c : nullptr, dst + (ox + 2) * c);
            store8(a3, scale, bias, lanes, rq, res ? res + (ox + 3) * c : nullptr, dst + (ox + 3) * c);
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
        store8(acc, scale, bias, lanes, rq, res ? res + ox * c : nullptr, dst + ox * c);
        ++ox;
    }
}

struct Rows256
{
    static constexpr int kWidth = 8;
    template <int K, int S, typename T>
    EFFSCOPE_AVX2 static void row(const DepthwiseShape &s, const T *x, int inZero, const float *wts, uint8_t *out,
                       const Requant &rq, int64_t r, int c0)
    {
        depthwiseRow256<K, S, T>(s, x, inZero, wts, out, rq, r, c0);
    }
};

// The 3x3 and 5x5 depthwise on u8 inputs, row by row over [rb, re): each input row is converted
// to floats (less the zero point) once, all its channels in one contiguous pass, into a ring of K
// rows padded with zeros at both ends and laid out by block of 8 channels ([slot][block][column]
// [8]), so one block's K rows stay in L1 while its outputs are computed eight at a time (eight
// independent FMA chains, the FMAs reading the ring directly); then the next block of the same
// row, so a whole output row is written while it is in cache. (Converting
// once per kernel row and output block instead, as depthwiseRow256 does, made this kernel slower
// than oneDNN's fp32 one; and going block by block over all the rows read the input 8 bytes per
// pixel, every cache line once per block.) The products and their order are those of every other
// path (a padded tap adds a zero product, which changes no sum), so the bytes are the same.
template <int K, int S>
EFFSCOPE_AVX2 void depthwiseRingAvx2(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts,
                                     uint8_t *out, const Requant &rq, int64_t rb, int64_t re)
{
    constexpr int kOut = 8; // outputs at a time
    const int64_t c = s.c;
    const int64_t blocks = (c + 7) / 8;
    const int64_t owr = (int64_t(s.ow) + kOut - 1) / kOut * kOut;
    const int64_t wp = (owr - 1) * S + K; // ring columns, from -padLeft
    const int64_t slotFloats = blocks * wp * 8;
    thread_local std::vector<float> ring;
    if (ring.size() < size_t(K * slotFloats))
        ring.resize(size_t(K * slotFloats));
    const __m256i zero = _mm256_set1_epi32(inZero);
    int64_t held[K]; // the input row (n * h + y) each slot holds
    std::fill(held, held + K, int64_t(-1));
    for (int64_t row = rb; row < re; ++row) {
        const int64_t n = row / s.oh;
        const int oy = int(row % s.oh);
        int ky0, ky1;
        tapRange(oy, S, s.padTop, K, s.h, ky0, ky1);
        const float *rows[K] = {};
        for (int ky = ky0; ky < ky1; ++ky) {
            const int iy = oy * S - s.padTop + ky;
            const int slot = iy % K;
            float *slotBase = ring.data() + slot * slotFloats;
            if (held[slot] != n * s.h + iy) {
                held[slot] = n * s.h + iy;
                const uint8_t *src = x + (n * s.h + iy) * s.w * c;
                for (int64_t col = 0; col < wp; ++col) {
                    const int64_t ix = col - s.padLeft;
                    float *dst = slotBase + col * 8;
                    if (ix < 0 || ix >= s.w) {
                        for (int64_t b = 0; b < blocks; ++b)
                            _mm256_storeu_ps(dst + b * wp * 8, _mm256_setzero_ps());
                        continue;
                    }
                    const uint8_t *px = src + ix * c;
                    for (int64_t b = 0; b < blocks; ++b)
                        _mm256_storeu_ps(dst + b * wp * 8, input8(px + b * 8, int(std::min<int64_t>(8, c - b * 8)), zero));
                }
            }
            rows[ky] = slotBase;
        }
        uint8_t *dstRow = out + row * s.ow * c;
        const uint8_t *resRow = rq.residual ? rq.residual + row * s.ow * c : nullptr;
        for (int64_t b = 0; b < blocks; ++b) {
            const int c0 = int(b * 8);
            const int lanes = int(std::min<int64_t>(8, c - c0));
            const __m256 scale = _mm256_loadu_ps(rq.scale + c0), bias = _mm256_loadu_ps(rq.bias + c0);
            uint8_t *dst = dstRow + c0;
            const uint8_t *res = resRow ? resRow + c0 : nullptr;
            for (int ox = 0; ox < s.ow; ox += kOut) {
                __m256 a[kOut];
#pragma GCC unroll 8
                for (int i = 0; i < kOut; ++i)
                    a[i] = _mm256_setzero_ps();
#pragma GCC unroll 5
                for (int ky = 0; ky < K; ++ky) {
                    if (ky < ky0 || ky >= ky1)
                        continue;
                    const float *p = rows[ky] + (b * wp + int64_t(ox) * S) * 8;
#pragma GCC unroll 5
                    for (int kx = 0; kx < K; ++kx) {
                        const __m256 wk = _mm256_loadu_ps(wts + int64_t(ky * K + kx) * c + c0);
#pragma GCC unroll 8
                        for (int i = 0; i < kOut; ++i)
                            a[i] = _mm256_fmadd_ps(_mm256_loadu_ps(p + (i * S + kx) * 8), wk, a[i]);
                    }
                }
                const int outputs = std::min(kOut, s.ow - ox);
                for (int i = 0; i < outputs; ++i)
                    store8(a[i], scale, bias, lanes, rq, res ? res + (ox + i) * c : nullptr, dst + (ox + i) * c);
            }
        }
    }
}

void depthwiseAvx2(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
                 const Requant &rq, int64_t rb, int64_t re)
{
    byKernelShape(s, [&](auto k, auto stride) {
        if constexpr (decltype(k)::value > 0)
            depthwiseRingAvx2<decltype(k)::value, decltype(stride)::value>(s, x, inZero, wts, out, rq, rb, re);
        else
            depthwiseRows<Rows256>(s, x, inZero, wts, out, rq, rb, re);
    });
}

void depthwiseFloatAvx2(const DepthwiseShape &s, const float *x, const float *wts, uint8_t *out, const Requant &rq,
                      int64_t rb, int64_t re)
{
    depthwiseRows<Rows256>(s, x, 0, wts, out, rq, rb, re);
}

} // namespace effscope::core::int8detail
#endif
