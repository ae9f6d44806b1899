// SPDX-License-Identifier: MIT
// How many int8 multiply-adds per second AVX2 can do on this CPU, one thread, with each way of
// forming int8 dot products that an AVX2 kernel can use, against the fp32 FMA that the float
// path runs on. Products per second (one product = one multiply-add), best of 5 runs.
//
//   g++ -O3 -mavx2 -mfma bench/avx2_int8_units.cpp -o /tmp/avx2_int8_units && /tmp/avx2_int8_units
//
//   fma      vfmadd231ps: 8 products per instruction (fp32)
//   madd16   vpmaddwd + vpaddd: 16 exact products of s16 pairs (what effscope's AVX2 kernel does
//            with u8 activations and s8 weights widened to 16 bits)
//   maddubs  vpmaddubsw + vpmaddwd(ones) + vpaddd: 32 products of u8 x s8, exact only when each
//            pair's sum fits in 16 bits (weights within +-64: 7-bit weights)
//   maddubs2 two vpmaddubsw summed in 16 bits (vpaddw) before one vpmaddwd(ones) + vpaddd: 64
//            products, exact only with 7-bit activations and 7-bit weights
#include <immintrin.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {
constexpr int kChains = 6; // accumulators + inputs + weights within the 16 ymm registers
constexpr long kIters = 20'000'000;

// Hides the inputs' values from the compiler each iteration (no instruction), so every chain's
// products are computed every time.
template <class V> inline void opaque(V (&v)[kChains])
{
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        __asm__ volatile("" : "+x"(v[i]));
}

template <class F> double best(F f)
{
    double b = 0;
    for (int r = 0; r < 5; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const double products = f();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        b = std::max(b, products / s);
    }
    return b;
}

// Eight accumulators (the FMA's latency of 4 cycles times two pipes), four inputs.
__attribute__((noinline)) double fma()
{
    __m256 acc[8], a[4], b = _mm256_set1_ps(0.9999f);
    _Pragma("GCC unroll 8") for (int i = 0; i < 8; ++i)
        acc[i] = _mm256_set1_ps(float(i));
    _Pragma("GCC unroll 4") for (int i = 0; i < 4; ++i)
        a[i] = _mm256_set1_ps(1.0f + 1e-4f * float(i));
    for (long k = 0; k < kIters; ++k) {
        _Pragma("GCC unroll 4") for (int i = 0; i < 4; ++i)
            __asm__ volatile("" : "+x"(a[i]));
        _Pragma("GCC unroll 8") for (int i = 0; i < 8; ++i)
            acc[i] = _mm256_fmadd_ps(a[i & 3], b, acc[i]);
    }
    __m256 s = acc[0];
    for (int i = 1; i < 8; ++i)
        s = _mm256_add_ps(s, acc[i]);
    volatile float sink = _mm256_cvtss_f32(s);
    (void)sink;
    return double(kIters) * 8 * 8;
}

__attribute__((noinline)) double madd16()
{
    __m256i acc[kChains];
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        acc[i] = _mm256_set1_epi32(i);
    __m256i a[kChains], w = _mm256_set1_epi16(-5);
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        a[i] = _mm256_set1_epi16(short(3 + i));
    for (long k = 0; k < kIters; ++k) {
        opaque(a);
        _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
            acc[i] = _mm256_add_epi32(acc[i], _mm256_madd_epi16(a[i], w));
    }
    __m256i s = acc[0];
    for (int i = 1; i < kChains; ++i)
        s = _mm256_add_epi32(s, acc[i]);
    volatile int sink = _mm256_extract_epi32(s, 0);
    (void)sink;
    return double(kIters) * kChains * 16;
}

__attribute__((noinline)) double maddubs()
{
    __m256i acc[kChains];
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        acc[i] = _mm256_set1_epi32(i);
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i a[kChains], w = _mm256_set1_epi8(-60);
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        a[i] = _mm256_set1_epi8(char(200 + i));
    for (long k = 0; k < kIters; ++k) {
        opaque(a);
        _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
            acc[i] = _mm256_add_epi32(acc[i], _mm256_madd_epi16(_mm256_maddubs_epi16(a[i], w), ones));
    }
    __m256i s = acc[0];
    for (int i = 1; i < kChains; ++i)
        s = _mm256_add_epi32(s, acc[i]);
    volatile int sink = _mm256_extract_epi32(s, 0);
    (void)sink;
    return double(kIters) * kChains * 32;
}

__attribute__((noinline)) double maddubs2()
{
    __m256i acc[kChains];
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        acc[i] = _mm256_set1_epi32(i);
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i a[kChains], w = _mm256_set1_epi8(-60), w2 = _mm256_set1_epi8(50);
    _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i)
        a[i] = _mm256_set1_epi8(char(100 + i));
    for (long k = 0; k < kIters; ++k) {
        opaque(a);
        _Pragma("GCC unroll 6") for (int i = 0; i < kChains; ++i) {
            const __m256i p = _mm256_add_epi16(_mm256_maddubs_epi16(a[i], w), _mm256_maddubs_epi16(a[i], w2));
            acc[i] = _mm256_add_epi32(acc[i], _mm256_madd_epi16(p, ones));
        }
    }
    __m256i s = acc[0];
    for (int i = 1; i < kChains; ++i)
        s = _mm256_add_epi32(s, acc[i]);
    volatile int sink = _mm256_extract_epi32(s, 0);
    (void)sink;
    return double(kIters) * kChains * 64;
}
} // namespace

int main()
{
    const double f = best(fma);
    std::printf("%-9s %7.1f G products/s  (1.00 x fma)\n", "fma", f / 1e9);
    const struct { const char *name; double (*fn)(); } rows[] = {{"madd16", madd16}, {"maddubs", maddubs},
                                                                 {"maddubs2", maddubs2}};
    for (const auto &r : rows) {
        const double v = best(r.fn);
        std::printf("%-9s %7.1f G products/s  (%.2f x fma)\n", r.name, v / 1e9, v / f);
    }
    return 0;
}
