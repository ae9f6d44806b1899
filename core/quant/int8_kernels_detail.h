// SPDX-License-Identifier: MIT
#pragma once
// Inside the int8 kernels (int8_kernels.h): what the scalar dispatch (int8_kernels.cpp) and the
// per-ISA files (int8_kernels_avx512.cpp, int8_kernels_avx2.cpp) share. Not part of the API.
#include "quant/int8_kernels.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

#if defined(__x86_64__) || defined(__i386__)
#define EFFSCOPE_X86 1
#endif

namespace effscope::core::int8detail {

inline int32_t load32(const uint8_t *p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// The valid tap range along one axis for output position o: taps t with 0 <= o*stride - pad + t < size.
inline void tapRange(int o, int stride, int pad, int kernel, int size, int &t0, int &t1)
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

inline DepthwiseRow depthwiseRow(const DepthwiseShape &s, int k, int stride, int64_t row, int c0)
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

// The output rows [rb, re) of a depthwise convolution, block of channels by block, by one
// instruction set's row kernel. Rows gives the block width (kWidth) and the kernel as
// row<K, S, T>: specialised for 3x3 and 5x5 at stride 1 and 2, K = 0 for any other shape; T is
// the input element (uint8_t, or float for depthwiseFloat).
// Calls f(K, S) with the shape's kernel and stride as std::integral_constant where a kernel is
// specialised for them (3x3 and 5x5 at stride 1 and 2), else f(0, 1): any other shape.
template <typename F>
void byKernelShape(const DepthwiseShape &s, F &&f)
{
    using std::integral_constant;
    if (s.kernel == 3 && s.stride == 1)
        f(integral_constant<int, 3>{}, integral_constant<int, 1>{});
    else if (s.kernel == 3 && s.stride == 2)
        f(integral_constant<int, 3>{}, integral_constant<int, 2>{});
    else if (s.kernel == 5 && s.stride == 1)
        f(integral_constant<int, 5>{}, integral_constant<int, 1>{});
    else if (s.kernel == 5 && s.stride == 2)
        f(integral_constant<int, 5>{}, integral_constant<int, 2>{});
    else
        f(integral_constant<int, 0>{}, integral_constant<int, 1>{});
}

template <class Rows, typename T>
void depthwiseRows(const DepthwiseShape &s, const T *x, int inZero, const float *wts, uint8_t *out, const Requant &rq,
                   int64_t rb, int64_t re)
{
    using Row = void (*)(const DepthwiseShape &, const T *, int, const float *, uint8_t *, const Requant &, int64_t,
                         int);
    Row run = nullptr;
    byKernelShape(s, [&](auto k, auto stride) {
        run = Rows::template row<decltype(k)::value, decltype(stride)::value, T>;
    });
    for (int64_t row = rb; row < re; ++row)
        for (int c0 = 0; c0 < s.c; c0 += Rows::kWidth)
            run(s, x, inZero, wts, out, rq, row, c0);
}

// The requantization of rows [r, ...): the residual and float outputs move with the rows.
inline Requant fromRow(const Requant &rq, int64_t offset)
{
    Requant at = rq;
    if (at.residual)
        at.residual += offset;
    if (at.floatOut)
        at.floatOut += offset;
    return at;
}

#ifdef EFFSCOPE_X86
// AVX-512 VNNI (int8_kernels_avx512.cpp)
void pointwiseVnni(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
                   const Requant &rq, int ob, int oe);
void depthwiseAvx512(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
                     const Requant &rq, int64_t rb, int64_t re);
void depthwiseFloatAvx512(const DepthwiseShape &s, const float *x, const float *wts, uint8_t *out, const Requant &rq,
                          int64_t rb, int64_t re);
/// Whole vectors of 16; returns how many were done (the caller finishes the rest).
int64_t quantizeAvx512(const float *x, int64_t count, float invScale, int zero, uint8_t *out);
// AVX2 (int8_kernels_avx2.cpp)
void pointwiseAvx2(const PackedPointwise &w, const uint8_t *a, int64_t rows, int64_t lda, uint8_t *out, int64_t ldo,
                   const Requant &rq, int ob, int oe);
void depthwiseAvx2(const DepthwiseShape &s, const uint8_t *x, int inZero, const float *wts, uint8_t *out,
                   const Requant &rq, int64_t rb, int64_t re);
void depthwiseFloatAvx2(const DepthwiseShape &s, const float *x, const float *wts, uint8_t *out, const Requant &rq,
                        int64_t rb, int64_t re);
/// Whole vectors of 8; returns how many were done (the caller finishes the rest).
int64_t quantizeAvx2(const float *x, int64_t count, float invScale, int zero, uint8_t *out);
#endif

} // namespace effscope::core::int8detail
