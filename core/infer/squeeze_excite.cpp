// SPDX-License-Identifier: MIT
#include "infer/squeeze_excite.h"

#include "infer/parallel_pass.h"
#include "quant/int8_kernels.h"

#include <algorithm>
#include <cmath>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#define EFFSCOPE_SE_X86 1
#include <immintrin.h>
#endif

namespace effscope::core {

namespace {

#define EFFSCOPE_SE_INLINE inline __attribute__((always_inline))

// The mean of `Lanes` channels stored side by side over `pixels` pixels (nChw8c / nChw16c): four
// pixels at a time into four sets of float sums (independent additions, kept in registers), runs
// of 256 pixels added in doubles: a map of 160 x 160 pixels summed in floats alone loses about as
// much as the whole fast path's tolerance.
template <int Lanes>
EFFSCOPE_SE_INLINE void meanBlock(const float *src, int64_t pixels, int64_t stride, float *out)
{
    double total[Lanes] = {};
    for (int64_t p0 = 0; p0 < pixels; p0 += 256) {
        const int64_t p1 = std::min(pixels, p0 + 256);
        float part[4][Lanes] = {};
        int64_t p = p0;
        for (; p + 4 <= p1; p += 4)
            for (int u = 0; u < 4; ++u)
                for (int l = 0; l < Lanes; ++l)
                    part[u][l] += src[(p + u) * stride + l];
        for (; p < p1; ++p)
            for (int l = 0; l < Lanes; ++l)
                part[0][l] += src[p * stride + l];
        for (int l = 0; l < Lanes; ++l)
            total[l] += double(part[0][l] + part[1][l]) + double(part[2][l] + part[3][l]);
    }
    for (int l = 0; l < Lanes; ++l)
        out[l] = float(total[l] / double(pixels));
}

// The same for any number of channels side by side (NHWC: all of them), the sums in memory.
EFFSCOPE_SE_INLINE void meanWide(const float *__restrict src, int64_t pixels, int64_t stride, int64_t lanes,
                                 float *__restrict part, double *__restrict total, float *__restrict out)
{
    std::fill(total, total + lanes, 0.0);
    for (int64_t p0 = 0; p0 < pixels; p0 += 256) {
        std::fill(part, part + lanes, 0.0f);
        for (int64_t p = p0; p < std::min(pixels, p0 + 256); ++p)
            for (int64_t l = 0; l < lanes; ++l)
                part[l] += src[p * stride + l];
        for (int64_t l = 0; l < lanes; ++l)
            total[l] += part[l];
    }
    for (int64_t l = 0; l < lanes; ++l)
        out[l] = float(total[l] / double(pixels));
}

EFFSCOPE_SE_INLINE void meanAny(const float *src, int64_t pixels, int64_t stride, int64_t lanes, float *part,
                                double *total, float *out)
{
    if (lanes == 16)
        meanBlock<16>(src, pixels, stride, out);
    else if (lanes == 8)
        meanBlock<8>(src, pixels, stride, out);
    else
        meanWide(src, pixels, stride, lanes, part, total, out);
}

// Four dot products of rows `stride` apart with one vector x: four independent sums (one would
// wait on its own additions), x read once.
EFFSCOPE_SE_INLINE void dot4Any(const float *rows, int64_t stride, const float *x, int64_t n, float *out)
{
    const float *r0 = rows, *r1 = rows + stride, *r2 = rows + 2 * stride, *r3 = rows + 3 * stride;
    float s0 = 0.0f, s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
#pragma omp simd reduction(+ : s0, s1, s2, s3)
    for (int64_t k = 0; k < n; ++k) {
        s0 += r0[k] * x[k];
        s1 += r1[k] * x[k];
        s2 += r2[k] * x[k];
        s3 += r3[k] * x[k];
    }
    out[0] = s0, out[1] = s1, out[2] = s2, out[3] = s3;
}

// A dot product summed in vector lanes (the simd reduction lets the compiler reorder it).
EFFSCOPE_SE_INLINE float dotAny(const float *a, const float *b, int64_t n)
{
    float s = 0.0f;
#pragma omp simd reduction(+ : s)
    for (int64_t k = 0; k < n; ++k)
        s += a[k] * b[k];
    return s;
}

EFFSCOPE_SE_INLINE void axpyAny(float a, const float *x, float *y, int64_t n)
{
    for (int64_t k = 0; k < n; ++k)
        y[k] += a * x[k];
}

// The three loops compiled for each vector width; picked at run time like the int8 kernels.
struct Loops
{
    void (*mean)(const float *, int64_t, int64_t, int64_t, float *, double *, float *);
    float (*dot)(const float *, const float *, int64_t);
    void (*dot4)(const float *, int64_t, const float *, int64_t, float *);
    void (*axpy)(float, const float *, float *, int64_t);
    void (*sigmoid)(float *, int64_t); // in place; std::exp per value costs more than fc1 and fc2
};

void sigmoidScalar(float *v, int64_t n)
{
    for (int64_t k = 0; k < n; ++k)
        v[k] = 1.0f / (1.0f + std::exp(-v[k]));
}

#ifdef EFFSCOPE_SE_X86
// exp on eight lanes: x = n ln2 + r with |r| <= ln2 / 2, e^r by Cephes' expf polynomial (a
// relative error near 1e-7), 2^n built in the exponent bits; x clamped to [-87.3, 88.3], where
// 2^n stays a normal float.
__attribute__((target("avx2,fma"))) inline __m256 exp8(__m256 x)
{
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.3f)), _mm256_set1_ps(88.3f));
    const __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                                     _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    for (float k : {1.3981999507e-3f, 8.3334519073e-3f, 4.1665795894e-2f, 1.6666665459e-1f, 5.0000001201e-1f})
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(k));
    p = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
    const __m256i e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(p, _mm256_castsi256_ps(e));
}

__attribute__((target("avx2,fma"))) void sigmoidAvx2(float *v, int64_t n)
{
    const __m256 one = _mm256_set1_ps(1.0f);
    int64_t k = 0;
    for (; k + 8 <= n; k += 8) {
        const __m256 x = _mm256_loadu_ps(v + k);
        _mm256_storeu_ps(v + k, _mm256_div_ps(one, _mm256_add_ps(one, exp8(_mm256_sub_ps(_mm256_setzero_ps(), x)))));
    }
    sigmoidScalar(v + k, n - k);
}
#endif

#define EFFSCOPE_SE_LOOPS(name, attr, sigmoid)                                                                            \
    attr void name##Mean(const float *s, int64_t p, int64_t st, int64_t l, float *pa, double *t, float *o)         \
    {                                                                                                              \
        meanAny(s, p, st, l, pa, t, o);                                                                            \
    }                                                                                                              \
    attr float name##Dot(const float *a, const float *b, int64_t n) { return dotAny(a, b, n); }                    \
    attr void name##Dot4(const float *r, int64_t s, const float *x, int64_t n, float *o) { dot4Any(r, s, x, n, o); } \
    attr void name##Axpy(float a, const float *x, float *y, int64_t n) { axpyAny(a, x, y, n); }                     \
    const Loops name{name##Mean, name##Dot, name##Dot4, name##Axpy, sigmoid};

EFFSCOPE_SE_LOOPS(baseline, , sigmoidScalar)
#ifdef EFFSCOPE_SE_X86
EFFSCOPE_SE_LOOPS(avx2, __attribute__((target("avx2,fma"))), sigmoidAvx2)
EFFSCOPE_SE_LOOPS(avx512, __attribute__((target("avx512f,avx512vl,avx2,fma"))), sigmoidAvx2)
#endif

const Loops &loops()
{
#ifdef EFFSCOPE_SE_X86
    switch (int8Isa()) { // effscope's own kernels' ISA (EFFSCOPE_MAX_CPU_ISA caps it)
    case Int8Isa::Avx512Vnni: return avx512;
    case Int8Isa::Avx2: return avx2;
    default: break;
    }
#endif
    return baseline;
}

} // namespace

void squeezeExcite(const float *x, const MapGeometry &g, const SqueezeWeights &w, float *pooled, float *hidden,
                   float *gate)
{
    // Three passes, each split over the threads: even one image's work is spread, since the
    // threads idle between oneDNN's layers would otherwise spin beside this one. The grains keep
    // a task at a few thousand values or multiply-adds.
    const Loops &f = loops();
    const int64_t cp = g.paddedChannels(), blocks = cp / g.block;
    // the mean of every channel, one task per (image, channel block)
    parallelPass(0, g.batch * blocks, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, g.pixels * g.block)),
                     [&](int64_t begin, int64_t end) {
                         std::vector<float> part(static_cast<size_t>(g.block));
                         std::vector<double> total(static_cast<size_t>(g.block));
                         for (int64_t t = begin; t < end; ++t) {
                             const int64_t n = t / blocks, b = t % blocks;
                             f.mean(x + n * g.imageStride + b * g.blockStride, g.pixels, g.pixelStride, g.block,
                                    part.data(), total.data(), pooled + n * cp + b * g.block);
                         }
                     });
    excite(pooled, g, w, hidden, gate);
}

void excite(const float *pooled, const MapGeometry &g, const SqueezeWeights &w, float *hidden, float *gate)
{
    const Loops &f = loops();
    const int64_t cp = g.paddedChannels(), c = g.channels, hid = w.hidden;
    // fc1 before its activation, four hidden units per task
    const int64_t quads = (hid + 3) / 4;
    parallelPass(0, g.batch * quads, std::max<int64_t>(1, 2048 / std::max<int64_t>(1, 4 * c)),
                     [&](int64_t begin, int64_t end) {
                         for (int64_t t = begin; t < end; ++t) {
                             const int64_t n = t / quads, j0 = t % quads * 4;
                             const float *in = pooled + n * cp;
                             float *h = hidden + n * hid;
                             if (j0 + 4 <= hid)
                                 f.dot4(w.fc1 + j0 * c, c, in, c, h + j0);
                             else
                                 for (int64_t j = j0; j < hid; ++j)
                                     h[j] = f.dot(w.fc1 + j * c, in, c);
                             for (int64_t j = j0; j < std::min(hid, j0 + 4); ++j)
                                 h[j] += w.bias1[j];
                         }
                     });
    // the activation (each task redoes it for its own copy: at most a few hundred values), fc2
    // on a run of 64 channels as one scaled row of its transposed weights per hidden unit, the
    // sigmoid; padding lanes get zero so the multiply keeps the map's padding at zero
    const int64_t runs = (cp + 63) / 64;
    parallelPass(
        0, g.batch * runs, std::max<int64_t>(1, 2048 / std::max<int64_t>(1, 64 * hid)), [&](int64_t begin, int64_t end) {
            std::vector<float> act(static_cast<size_t>(hid)), sig(static_cast<size_t>(hid));
            int64_t image = -1;
            for (int64_t t = begin; t < end; ++t) {
                const int64_t n = t / runs, c0 = t % runs * 64;
                if (n != image) {
                    image = n;
                    std::copy(hidden + n * hid, hidden + (n + 1) * hid, act.begin());
                    if (w.activation == Activation::SiLU) { // x * sigmoid(x)
                        sig = act;
                        f.sigmoid(sig.data(), hid);
                        for (size_t j = 0; j < act.size(); ++j)
                            act[j] *= sig[j];
                    } else {
                        for (float &v : act)
                            v = std::clamp(v, 0.0f, 6.0f);
                    }
                }
                float *out = gate + n * cp;
                const int64_t c1 = std::min(c, c0 + 64);
                if (c0 < c1) {
                    std::copy(w.bias2 + c0, w.bias2 + c1, out + c0);
                    for (int64_t j = 0; j < hid; ++j)
                        f.axpy(act[size_t(j)], w.fc2t + j * c + c0, out + c0, c1 - c0);
                    f.sigmoid(out + c0, c1 - c0);
                }
                std::fill(out + std::max(c0, c1), out + std::min(cp, c0 + 64), 0.0f);
            }
        });
}

} // namespace effscope::core
