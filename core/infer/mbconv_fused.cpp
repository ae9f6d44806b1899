// SPDX-License-Identifier: MIT
#include "infer/mbconv_fused.h"

#include "infer/parallel_pass.h"
#include "quant/int8_kernels.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#define EFFSCOPE_FUSED_X86 1
// GCC 12 warns inside its own AVX-512 headers wherever they are inlined (see int8_kernels_avx512.cpp)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>
#endif

namespace effscope::core {

namespace {

int64_t ceilDiv(int64_t a, int64_t b)
{
    return (a + b - 1) / b;
}

// Columns of a ring row: the depthwise's left padding, the row, and enough on the right for
// the last window; the padding columns hold zeros.
int64_t ringWidth(const FusedMbconv &b, const FusedShape &s)
{
    return std::max(s.w + s.padLeft, (s.ow - 1) * b.stride + b.kernel);
}

// Group g of `groups` near-equal runs of `count` items (the larger runs first): [begin, end).
void evenRun(int64_t count, int64_t groups, int64_t g, int64_t &begin, int64_t &end)
{
    const int64_t base = count / groups, extra = count % groups;
    begin = g * base + std::min(g, extra);
    end = begin + base + (g < extra ? 1 : 0);
}

enum Act : int { kNone, kSiLU, kReLU6 };

} // namespace

bool fusedMbconvAvailable()
{
#ifdef EFFSCOPE_FUSED_X86
    return int8Isa() == Int8Isa::Avx512Vnni;
#else
    return false;
#endif
}

bool fusedMbconvSupports(int kernel, int stride)
{
    return (kernel == 3 || kernel == 5) && (stride == 1 || stride == 2);
}

FusedMbconv packFusedMbconv(const float *expandWeight, const float *expandBias, const float *dwWeight,
                            const float *dwBias, const float *projectWeight, const float *projectBias, int in,
                            int expanded, int out, int kernel, int stride, Activation activation)
{
    FusedMbconv b;
    b.in = in;
    b.expanded = expanded;
    b.out = out;
    b.kernel = kernel;
    b.stride = stride;
    b.activation = activation;
    b.expandedBlocks = ceilDiv(expanded, 16);
    b.outBlocks = ceilDiv(out, 16);
    const int64_t ep = b.expandedBlocks * 16, taps = int64_t(kernel) * kernel;
    b.expandWeight.assign(size_t(ep * in), 0.0f);
    b.expandBias.assign(size_t(ep), 0.0f);
    b.dwWeight.assign(size_t(ep * taps), 0.0f);
    b.dwBias.assign(size_t(ep), 0.0f);
    for (int64_t c = 0; c < expanded; ++c) {
        const int64_t blk = c / 16, lane = c % 16;
        for (int64_t k = 0; k < in; ++k)
            b.expandWeight[size_t((blk * in + k) * 16 + lane)] = expandWeight[c * in + k];
        for (int64_t t = 0; t < taps; ++t)
            b.dwWeight[size_t((blk * taps + t) * 16 + lane)] = dwWeight[c * taps + t];
        b.expandBias[size_t(c)] = expandBias[c];
        b.dwBias[size_t(c)] = dwBias[c];
    }
    b.projectWeight.assign(size_t(b.outBlocks * ep * 16), 0.0f);
    b.projectBias.assign(size_t(b.outBlocks * 16), 0.0f);
    for (int64_t o = 0; o < out; ++o) {
        const int64_t blk = o / 16, lane = o % 16;
        for (int64_t k = 0; k < expanded; ++k)
            b.projectWeight[size_t((blk * ep + k) * 16 + lane)] = projectWeight[o * expanded + k];
        b.projectBias[size_t(o)] = projectBias[o];
    }
    return b;
}

void planFusedMbconv(const FusedMbconv &b, FusedShape &s, int threads)
{
    const int64_t t = std::max(1, threads);
    // groups of about four expanded blocks (one tile's width); strips of output rows when there
    // are too few (image, group) tasks to share out evenly. A strip recomputes the k - stride
    // input rows above it, so strips keep at least 4 x that many rows (at most a quarter more).
    s.groups = ceilDiv(b.expandedBlocks, 4);
    const int64_t halo = std::max<int64_t>(1, ceilDiv(b.kernel - b.stride, b.stride));
    const int64_t maxStrips = std::max<int64_t>(1, s.oh / (4 * halo));
    s.strips = 1;
    double best = 0.0;
    for (int64_t k = 1; k <= maxStrips; ++k) {
        const int64_t tasks = s.batch * s.groups * k;
        const double balance = double(tasks) / double(t * ceilDiv(tasks, t)); // equal tasks, static rounds
        if (balance > best + 1e-9) {
            best = balance;
            s.strips = k;
        }
        if (balance == 1.0 && tasks >= 2 * t)
            break;
    }
    // input rows per product: at least 48 pixels, so a row of 7 or 14 pixels is not a tile of
    // 6 and a remainder
    s.rowsPerExpand = std::max<int64_t>(1, ceilDiv(48, s.w));
    s.ringRows = b.kernel + s.rowsPerExpand * b.stride;
    s.ringFloats = s.ringRows * ceilDiv(b.expandedBlocks, s.groups) * ringWidth(b, s) * 16;
}

int64_t fusedRingFloats(const FusedMbconv &b, const FusedShape &s)
{
    // every task's ring, then one row of zeros for the rows above and below the map
    return s.batch * s.strips * s.groups * s.ringFloats + ringWidth(b, s) * 16;
}

int64_t fusedGatedWeightFloats(const FusedMbconv &b, const FusedShape &s)
{
    return s.oh * s.ow > b.out ? s.batch * b.outBlocks * b.expandedBlocks * 256 : 0;
}

#ifdef EFFSCOPE_FUSED_X86
namespace {

#define EFFSCOPE_F512 __attribute__((target("avx512f,avx2,fma")))
#define EFFSCOPE_F512_INLINE inline __attribute__((always_inline, target("avx512f,avx2,fma")))

// exp on 16 lanes: x = n ln2 + r with |r| <= ln2 / 2, e^r by Cephes' expf polynomial (relative
// error near 1e-7, as exp8 in squeeze_excite.cpp), then scaled by 2^n with vscalefps, which
// gives 0 for n far below the float range; x is capped at 88.3 so e^x stays finite.
EFFSCOPE_F512_INLINE __m512 exp16(__m512 x)
{
    x = _mm512_min_ps(x, _mm512_set1_ps(88.3f));
    const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                          _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    __m512 p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_fmadd_ps(p, _mm512_mul_ps(r, r), _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_scalef_ps(p, n);
}

template <int A>
EFFSCOPE_F512_INLINE __m512 activate(__m512 t)
{
    if constexpr (A == kSiLU) { // t * sigmoid(t) = t / (1 + e^-t): a 14-bit reciprocal and one
                                // Newton step in place of a division (which issues far slower)
        const __m512 one = _mm512_set1_ps(1.0f);
        const __m512 d = _mm512_add_ps(one, exp16(_mm512_sub_ps(_mm512_setzero_ps(), t)));
        __m512 r = _mm512_rcp14_ps(d);
        r = _mm512_fmadd_ps(r, _mm512_fnmadd_ps(d, r, one), r);
        return _mm512_mul_ps(t, r);
    } else if constexpr (A == kReLU6) {
        return _mm512_min_ps(_mm512_max_ps(t, _mm512_setzero_ps()), _mm512_set1_ps(6.0f));
    } else {
        return t;
    }
}

// One 1x1 convolution over maps stored as 16-channel blocks: out[v][p] = act(bias[v] +
// sum_k a[k][p] w[v][k]) (+ out[v][p] when residual), each [p] a vector of 16 channels.
struct Gemm
{
    const float *a = nullptr;
    int64_t aBlock = 0; // floats from one 16-channel block of a to the next
    int k = 0;          // input channels
    const float *w = nullptr;
    int64_t wBlock = 0; // floats from one block of 16 outputs' weights to the next ([k][16] each)
    const float *bias = nullptr;
    float *out = nullptr;
    int64_t outBlock = 0;
    // where output pixel p lies: out + p * 16, or (rows of `rowPixels` pixels laid out apart,
    // as in the rings) out + offset(p)
    int64_t rowPixels = 0;   // 0: contiguous
    int64_t firstRow = 0;    // the row of pixel 0 (rows go round the ring)
    int64_t ringRows = 1;
    int64_t rowFloats = 0;   // floats from one ring row to the next
    bool residual = false;

    int64_t offset(int64_t p) const
    {
        if (rowPixels == 0)
            return p * 16;
        const int64_t row = firstRow + p / rowPixels;
        return (row % ringRows) * rowFloats + (p % rowPixels) * 16;
    }
};

// P pixels x V blocks of 16 outputs from pixel p0 and block v0, over input channels [k0, k1):
// P x V accumulators in registers, per input channel V weight vectors loaded and each pixel's
// value broadcast. The first part of the input channels starts from the bias (and the
// residual); a later part from what the earlier ones stored in out; the last applies the
// activation.
template <int P, int V, int A>
EFFSCOPE_F512 void tile(const Gemm &g, int64_t p0, int64_t v0, int k0, int k1)
{
    const float *a = g.a + p0 * 16;
    const float *w = g.w + v0 * g.wBlock;
    float *out = g.out + v0 * g.outBlock;
    int64_t at[P];
#pragma GCC unroll 24
    for (int p = 0; p < P; ++p)
        at[p] = g.offset(p0 + p);
    __m512 acc[P][V];
    if (k0 == 0) {
#pragma GCC unroll 4
        for (int v = 0; v < V; ++v) {
            const __m512 b = _mm512_loadu_ps(g.bias + (v0 + v) * 16);
#pragma GCC unroll 24
            for (int p = 0; p < P; ++p)
                acc[p][v] = g.residual ? _mm512_add_ps(b, _mm512_loadu_ps(out + v * g.outBlock + at[p])) : b;
        }
    } else {
#pragma GCC unroll 4
        for (int v = 0; v < V; ++v)
#pragma GCC unroll 24
            for (int p = 0; p < P; ++p)
                acc[p][v] = _mm512_loadu_ps(out + v * g.outBlock + at[p]);
    }
    for (int kb = k0; kb < k1; kb += 16) {
        const float *ab = a + (kb / 16) * g.aBlock;
        const float *wk = w + int64_t(kb) * 16;
        const int kn = std::min(16, k1 - kb);
        for (int kk = 0; kk < kn; ++kk) {
            __m512 wv[V];
#pragma GCC unroll 4
            for (int v = 0; v < V; ++v)
                wv[v] = _mm512_loadu_ps(wk + v * g.wBlock + kk * 16);
#pragma GCC unroll 24
            for (int p = 0; p < P; ++p) {
                const __m512 x = _mm512_set1_ps(ab[p * 16 + kk]);
#pragma GCC unroll 4
                for (int v = 0; v < V; ++v)
                    acc[p][v] = _mm512_fmadd_ps(x, wv[v], acc[p][v]);
            }
        }
    }
    const bool last = k1 == g.k;
#pragma GCC unroll 4
    for (int v = 0; v < V; ++v)
#pragma GCC unroll 24
        for (int p = 0; p < P; ++p)
            _mm512_storeu_ps(out + v * g.outBlock + at[p], last ? activate<A>(acc[p][v]) : acc[p][v]);
}

using TileFn = void (*)(const Gemm &, int64_t, int64_t, int, int);

// Pixels per tile for V output blocks: P x V near 24 accumulators (of 32 registers).
constexpr int maxPixels(int v)
{
    return v == 4 ? 6 : v == 3 ? 8 : 12;
}

template <int V, int A, size_t... P>
constexpr std::array<TileFn, sizeof...(P)> tiles(std::index_sequence<P...>)
{
    return {&tile<int(P) + 1, V, A>...};
}

template <int A>
struct TileTable
{
    static constexpr std::array<TileFn, maxPixels(1)> v1 = tiles<1, A>(std::make_index_sequence<maxPixels(1)>{});
    static constexpr std::array<TileFn, maxPixels(2)> v2 = tiles<2, A>(std::make_index_sequence<maxPixels(2)>{});
    static constexpr std::array<TileFn, maxPixels(3)> v3 = tiles<3, A>(std::make_index_sequence<maxPixels(3)>{});
    static constexpr std::array<TileFn, maxPixels(4)> v4 = tiles<4, A>(std::make_index_sequence<maxPixels(4)>{});
};

// Input channels per pass over a run of pixels: a pass's weights for four output blocks (64 x
// 64 floats, 16 KB) stay in the L1 cache while every tile of the run reads them.
constexpr int kDepthPart = 64;

// Pixels [p0, p1) x output blocks [v0, v1), four blocks at a time.
template <int A>
void gemm(const Gemm &g, int64_t p0, int64_t p1, int64_t v0, int64_t v1)
{
    using T = TileTable<A>;
    for (int64_t v = v0; v < v1; v += 4) {
        const int nv = int(std::min<int64_t>(4, v1 - v));
        const TileFn *table = nv == 4 ? T::v4.data() : nv == 3 ? T::v3.data() : nv == 2 ? T::v2.data() : T::v1.data();
        const int step = maxPixels(nv);
        for (int k0 = 0; k0 < g.k; k0 += kDepthPart) {
            const int k1 = std::min(g.k, k0 + kDepthPart);
            for (int64_t p = p0; p < p1; p += step)
                table[std::min<int64_t>(step, p1 - p) - 1](g, p, v, k0, k1);
        }
    }
}

void gemmAct(Act a, const Gemm &g, int64_t p0, int64_t p1, int64_t v0, int64_t v1)
{
    if (a == kSiLU)
        gemm<kSiLU>(g, p0, p1, v0, v1);
    else if (a == kReLU6)
        gemm<kReLU6>(g, p0, p1, v0, v1);
    else
        gemm<kNone>(g, p0, p1, v0, v1);
}

// X neighbouring outputs of one depthwise row for one block of 16 channels (X independent sums,
// so the k x k multiply-adds of one output do not wait on each other), from the ring rows
// `rows` (each at its first, padding, column); returns the sum of what it stored.
template <int K, int S, int A, int X>
EFFSCOPE_F512_INLINE __m512 dwOutputs(const float *const *rows, const float *w, __m512 bias, int64_t ox, float *out)
{
    __m512 acc[X];
#pragma GCC unroll 8
    for (int x = 0; x < X; ++x)
        acc[x] = bias;
#pragma GCC unroll 5
    for (int ky = 0; ky < K; ++ky) {
        const float *r = rows[ky] + ox * S * 16;
#pragma GCC unroll 5
        for (int kx = 0; kx < K; ++kx) {
            const __m512 wv = _mm512_loadu_ps(w + (ky * K + kx) * 16);
#pragma GCC unroll 8
            for (int x = 0; x < X; ++x)
                acc[x] = _mm512_fmadd_ps(_mm512_loadu_ps(r + (x * S + kx) * 16), wv, acc[x]);
        }
    }
    __m512 sum = _mm512_setzero_ps();
#pragma GCC unroll 8
    for (int x = 0; x < X; ++x) {
        const __m512 t = activate<A>(acc[x]);
        _mm512_storeu_ps(out + (ox + x) * 16, t);
        sum = _mm512_add_ps(sum, t);
    }
    return sum;
}

template <int K, int S, int A>
EFFSCOPE_F512 void dwRow(const float *const *rows, const float *w, const float *bias, int64_t ow, float *out,
                         double *sums)
{
    const __m512 b = _mm512_loadu_ps(bias);
    __m512 sum = _mm512_setzero_ps();
    int64_t ox = 0;
    for (; ox + 8 <= ow; ox += 8)
        sum = _mm512_add_ps(sum, dwOutputs<K, S, A, 8>(rows, w, b, ox, out));
    for (; ox < ow; ++ox)
        sum = _mm512_add_ps(sum, dwOutputs<K, S, A, 1>(rows, w, b, ox, out));
    // a row's sum in floats (a few hundred values), the rows in doubles
    const __m512d lo = _mm512_cvtps_pd(_mm512_castps512_ps256(sum));
    const __m512d hi = _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(sum), 1)));
    _mm512_storeu_pd(sums, _mm512_add_pd(_mm512_loadu_pd(sums), lo));
    _mm512_storeu_pd(sums + 8, _mm512_add_pd(_mm512_loadu_pd(sums + 8), hi));
}

using DwRowFn = void (*)(const float *const *, const float *, const float *, int64_t, float *, double *);

template <int A>
DwRowFn dwRowFor(int kernel, int stride)
{
    if (kernel == 3)
        return stride == 1 ? &dwRow<3, 1, A> : &dwRow<3, 2, A>;
    return stride == 1 ? &dwRow<5, 1, A> : &dwRow<5, 2, A>;
}

// Step 1 for image n, output rows [oy0, oy1) and expanded blocks [b0, b1), with its own ring
// of s.ringRows input rows (row y in slot y % ringRows), each [block][column][16].
void expandDepthwiseTask(const FusedMbconv &b, const FusedShape &s, const float *x, float *dw, double *sums,
                         float *ring, const float *zeros, int64_t n, int64_t oy0, int64_t oy1, int64_t b0,
                         int64_t b1, Act act, DwRowFn row)
{
    const int64_t nb = b1 - b0, wp = ringWidth(b, s), k = b.kernel, rowFloats = wp * 16;
    const int64_t inBlocks = ceilDiv(b.in, 16), hw = s.h * s.w;
    for (int64_t i = 0; i < s.ringRows * nb; ++i) { // the padding columns; expand writes the rest
        float *line = ring + i * rowFloats;
        std::fill(line, line + s.padLeft * 16, 0.0f);
        std::fill(line + (s.padLeft + s.w) * 16, line + rowFloats, 0.0f);
    }
    Gemm e;
    e.aBlock = hw * 16;
    e.k = b.in;
    e.w = b.expandWeight.data() + b0 * b.in * 16;
    e.wBlock = int64_t(b.in) * 16;
    e.bias = b.expandBias.data() + b0 * 16;
    e.out = ring + s.padLeft * 16;
    e.outBlock = rowFloats;
    e.rowPixels = s.w;
    e.ringRows = s.ringRows;
    e.rowFloats = nb * rowFloats;
    const float *rows[5];
    int64_t next = std::max<int64_t>(0, oy0 * b.stride - s.padTop); // the next input row to expand
    for (int64_t oy = oy0; oy < oy1; ++oy) {
        const int64_t top = oy * b.stride - s.padTop, last = std::min(s.h, top + k);
        if (next < last) { // this row's window and the next few, in one product
            const int64_t end = std::min({s.h, std::max(last, next + s.rowsPerExpand * b.stride),
                                          std::max<int64_t>(0, top) + s.ringRows});
            e.a = x + n * inBlocks * hw * 16 + next * s.w * 16;
            e.firstRow = next;
            gemmAct(act, e, 0, (end - next) * s.w, 0, nb);
            next = end;
        }
        for (int64_t j = 0; j < nb; ++j) {
            for (int64_t ky = 0; ky < k; ++ky) {
                const int64_t y = top + ky;
                rows[ky] = y >= 0 && y < s.h ? ring + ((y % s.ringRows) * nb + j) * rowFloats : zeros;
            }
            row(rows, b.dwWeight.data() + (b0 + j) * k * k * 16, b.dwBias.data() + (b0 + j) * 16, s.ow,
                dw + ((n * b.expandedBlocks + b0 + j) * s.oh + oy) * s.ow * 16, sums + j * 16);
        }
    }
}

} // namespace

void fusedExpandDepthwise(const FusedMbconv &b, const FusedShape &s, const float *x, float *dw, float *sums,
                          float *ring)
{
    const Act act = b.activation == Activation::SiLU ? kSiLU : kReLU6;
    const DwRowFn row = act == kSiLU ? dwRowFor<kSiLU>(b.kernel, b.stride) : dwRowFor<kReLU6>(b.kernel, b.stride);
    const int64_t tasks = s.batch * s.strips * s.groups;
    float *zeros = ring + tasks * s.ringFloats;
    std::fill(zeros, zeros + ringWidth(b, s) * 16, 0.0f);
    // per task, its blocks' sums over its rows; added up per image after (in a fixed order, so
    // the means do not depend on which thread ran what)
    std::vector<double> partial(size_t(tasks * ceilDiv(b.expandedBlocks, s.groups) * 16), 0.0);
    const int64_t stride = ceilDiv(b.expandedBlocks, s.groups) * 16;
    parallelTasks(tasks, [&](int64_t t) {
        const int64_t n = t / (s.strips * s.groups), strip = t / s.groups % s.strips, g = t % s.groups;
        int64_t oy0, oy1, b0, b1;
        evenRun(s.oh, s.strips, strip, oy0, oy1);
        evenRun(b.expandedBlocks, s.groups, g, b0, b1);
        expandDepthwiseTask(b, s, x, dw, partial.data() + t * stride, ring + t * s.ringFloats, zeros, n, oy0, oy1, b0,
                            b1, act, row);
    });
    if (!sums)
        return;
    const double pixels = double(s.oh * s.ow);
    for (int64_t n = 0; n < s.batch; ++n)
        for (int64_t g = 0; g < s.groups; ++g) {
            int64_t b0, b1;
            evenRun(b.expandedBlocks, s.groups, g, b0, b1);
            for (int64_t i = 0; i < (b1 - b0) * 16; ++i) {
                double total = 0.0;
                for (int64_t strip = 0; strip < s.strips; ++strip)
                    total += partial[size_t(((n * s.strips + strip) * s.groups + g) * stride + i)];
                sums[n * b.expandedBlocks * 16 + b0 * 16 + i] = float(total / pixels);
            }
        }
}

void fusedProject(const FusedMbconv &b, const FusedShape &s, float *dw, const float *gate, bool residual, float *out,
                  float *gatedWeights)
{
    const int64_t pixels = s.oh * s.ow, eb = b.expandedBlocks, ep = eb * 16;
    const float *weights = b.projectWeight.data();
    int64_t perImage = 0;
    if (gate && fusedGatedWeightFloats(b, s) > 0) { // scale the weights' input rows, per image
        perImage = b.outBlocks * ep * 16;
        parallelPass(0, s.batch * b.outBlocks, 1, [&](int64_t begin, int64_t end) {
            for (int64_t t = begin; t < end; ++t) {
                const int64_t n = t / b.outBlocks, v = t % b.outBlocks;
                const float *src = weights + v * ep * 16, *g = gate + n * ep;
                float *dst = gatedWeights + n * perImage + v * ep * 16;
                for (int64_t k = 0; k < b.expanded; ++k)
                    for (int l = 0; l < 16; ++l)
                        dst[k * 16 + l] = src[k * 16 + l] * g[k];
            }
        });
        weights = gatedWeights;
    } else if (gate) { // few pixels: scale the map instead
        parallelPass(0, s.batch * eb, 1, [&](int64_t begin, int64_t end) {
            for (int64_t t = begin; t < end; ++t) {
                const int64_t n = t / eb, c0 = t % eb * 16;
                float *m = dw + n * ep * pixels + c0 * pixels;
                const float *g = gate + n * ep + c0;
                for (int64_t p = 0; p < pixels; ++p)
                    for (int l = 0; l < 16; ++l)
                        m[p * 16 + l] *= g[l];
            }
        });
    }
    // tasks: (image, run of pixels, group of at most four output blocks), at least four per
    // thread, handed out as threads come free; runs are whole 12-pixel tiles where they can be
    const int64_t threads = std::max(1, at::get_num_threads());
    const int64_t groups = ceilDiv(b.outBlocks, 4);
    const int64_t wanted = ceilDiv(4 * threads, s.batch * groups);
    const int64_t run = std::clamp<int64_t>(ceilDiv(ceilDiv(pixels, wanted), 12) * 12, 12, 192);
    const int64_t runs = ceilDiv(pixels, run);
    parallelTasks(s.batch * runs * groups, [&](int64_t t) {
            const int64_t n = t / (runs * groups), p = t / groups % runs, v = t % groups;
            int64_t v0, v1;
            evenRun(b.outBlocks, groups, v, v0, v1);
            Gemm g;
            g.a = dw + n * ep * pixels;
            g.aBlock = pixels * 16;
            g.k = b.expanded;
            g.w = weights + n * perImage;
            g.wBlock = ep * 16;
            g.bias = b.projectBias.data();
            g.out = out + n * b.outBlocks * pixels * 16;
            g.outBlock = pixels * 16;
            g.residual = residual;
            gemmAct(kNone, g, p * run, std::min(pixels, (p + 1) * run), v0, v1);
    });
}

#else // no x86: fusedMbconvAvailable() is false and the plan never calls these

void fusedExpandDepthwise(const FusedMbconv &, const FusedShape &, const float *, float *, float *, float *) {}
void fusedProject(const FusedMbconv &, const FusedShape &, float *, const float *, bool, float *, float *) {}

#endif

} // namespace effscope::core
