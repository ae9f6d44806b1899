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
    b.expands = expandWeight != nullptr;
    if (b.expands) {
        b.expandWeight.assign(size_t(ep * in), 0.0f);
        b.expandBias.assign(size_t(ep), 0.0f);
    }
    b.dwWeight.assign(size_t(ep * taps), 0.0f);
    b.dwBias.assign(size_t(ep), 0.0f);
    for (int64_t c = 0; c < expanded; ++c) {
        const int64_t blk = c / 16, lane = c % 16;
        for (int64_t k = 0; k < in && b.expands; ++k)
            b.expandWeight[size_t((blk * in + k) * 16 + lane)] = expandWeight[c * in + k];
        for (int64_t t = 0; t < taps; ++t)
            b.dwWeight[size_t((blk * taps + t) * 16 + lane)] = dwWeight[c * taps + t];
        if (b.expands)
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

#ifdef EFFSCOPE_FUSED_X86
namespace {

#define EFFSCOPE_F512 __attribute__((target("avx512f,avx2,fma")))
#define EFFSCOPE_F512_INLINE inline __attribute__((always_inline, target("avx512f,avx2,fma")))

// SiLU on 16 lanes, t * sigmoid(t) = t / (1 + e^-t), in 16 instructions (it runs twice per
// expanded value, more often than the depthwise's multiply-adds): e^-t as 2^n e^r with
// n = round(-t log2 e) and r = -t - n ln2 = -u, u = t + n ln2 (one ln2 constant: r's error,
// n x 3e-8, is below the polynomial's for the |t| < 14 where sigmoid is not saturated), e^r by
// a degree-6 polynomial fitted for relative error on |r| <= ln2 / 2 (1.0e-7 evaluated in float;
// degree 5, 2.2e-7, took B7's logits to within 5% of the fast path's 1e-4 bound; Horner in u,
// so the odd coefficients carry the sign), scaled by 2^n with vscalefps; the
// reciprocal from vrcp14ps and one Newton step. t is floored at -87 so that e^-t stays finite.
EFFSCOPE_F512_INLINE __m512 silu16(__m512 t)
{
    const __m512 one = _mm512_set1_ps(1.0f);
    const __m512 tc = _mm512_max_ps(t, _mm512_set1_ps(-87.0f));
    const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(tc, _mm512_set1_ps(-1.44269504088896341f)),
                                          _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    const __m512 u = _mm512_fmadd_ps(n, _mm512_set1_ps(0.693147180559945f), tc);
    __m512 p = _mm512_set1_ps(1.3836778537e-03f);
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(-8.3748024391e-03f));
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(4.1668225879e-02f));
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(-1.6666420335e-01f));
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(4.9999992083e-01f));
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(-1.0000000363e+00f));
    p = _mm512_fmadd_ps(p, u, _mm512_set1_ps(1.0000000006e+00f));
    const __m512 d = _mm512_add_ps(one, _mm512_scalef_ps(p, n));
    __m512 r = _mm512_rcp14_ps(d);
    r = _mm512_fmadd_ps(r, _mm512_fnmadd_ps(d, r, one), r);
    return _mm512_mul_ps(t, r);
}

template <int A>
EFFSCOPE_F512_INLINE __m512 activate(__m512 t)
{
    if constexpr (A == kSiLU)
        return silu16(t);
    else if constexpr (A == kReLU6)
        return _mm512_min_ps(_mm512_max_ps(t, _mm512_setzero_ps()), _mm512_set1_ps(6.0f));
    else
        return t;
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
    const int64_t *offsets = nullptr; // where output pixel p lies: out + offsets[p], or out + p * 16
    const float *gate = nullptr;      // when set, weight row k is used times gate[k] (SE, folded in)
    bool residual = false;
};

// acc += w * (*x in every lane), the broadcast inside the multiply-add ({1to16}): as a separate
// vbroadcastss shared by V multiply-adds (what GCC makes of _mm512_set1_ps) it takes an issue
// slot of its own, a fifth more work per pixel with four blocks (measured: the project steps
// ran at 80% of oneDNN's speed with it).
EFFSCOPE_F512_INLINE void fmaBroadcast(__m512 &acc, __m512 w, const float *x)
{
    asm("vfmadd231ps %2%{1to16%}, %1, %0" : "+v"(acc) : "v"(w), "m"(*x));
}

// P pixels x V blocks of 16 outputs from pixel p0 and block v0, over input channels [k0, k1):
// P x V accumulators in registers, per input channel V weight vectors loaded and each pixel's
// value broadcast. The first part of the input channels starts from the bias (and the
// residual); a later part from what the earlier ones stored in out; the last applies the
// activation.
template <int P, int V, int A>
EFFSCOPE_F512 void tile(const Gemm &g, int64_t p0, int64_t v0, int k0, int k1, const float *w, int64_t wBlock)
{
    const float *a = g.a + p0 * 16;
    float *out = g.out + v0 * g.outBlock;
    int64_t at[P];
#pragma GCC unroll 24
    for (int p = 0; p < P; ++p)
        at[p] = g.offsets ? g.offsets[p0 + p] : (p0 + p) * 16;
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
        const float *wk = w + int64_t(kb - k0) * 16;
        const int kn = std::min(16, k1 - kb);
        if (kb + 16 < g.k) // the next block's lines of these pixels, a block of multiply-adds ahead
#pragma GCC unroll 24
            for (int p = 0; p < P; ++p)
                _mm_prefetch(reinterpret_cast<const char *>(ab + g.aBlock + p * 16), _MM_HINT_T0);
        for (int kk = 0; kk < kn; ++kk) {
            __m512 wv[V];
#pragma GCC unroll 4
            for (int v = 0; v < V; ++v)
                wv[v] = _mm512_loadu_ps(wk + v * wBlock + kk * 16);
#pragma GCC unroll 24
            for (int p = 0; p < P; ++p)
#pragma GCC unroll 4
                for (int v = 0; v < V; ++v)
                    fmaBroadcast(acc[p][v], wv[v], ab + p * 16 + kk);
        }
    }
    const bool last = k1 == g.k;
#pragma GCC unroll 4
    for (int v = 0; v < V; ++v)
#pragma GCC unroll 24
        for (int p = 0; p < P; ++p)
            _mm512_storeu_ps(out + v * g.outBlock + at[p], last ? activate<A>(acc[p][v]) : acc[p][v]);
}

using TileFn = void (*)(const Gemm &, int64_t, int64_t, int, int, const float *, int64_t);

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

// Floats from one block's gated weights to the next in a pass's copy: a cache line more than
// the pass, so the four blocks' rows are not 4 KB apart (which made loads of them wait on the
// stores of the copy: 4K aliasing).
constexpr int64_t kPartBlock = kDepthPart * 16 + 16;

// Weights of nv blocks for input channels [k0, k1), each row scaled by its channel's gate, into
// `part` laid out [block][k1 - k0][16], kPartBlock floats per block.
EFFSCOPE_F512 void gatedPart(const Gemm &g, int64_t v, int nv, int k0, int k1, float *part)
{
    for (int j = 0; j < nv; ++j) {
        const float *src = g.w + (v + j) * g.wBlock + int64_t(k0) * 16;
        float *dst = part + j * kPartBlock;
        for (int k = 0; k < k1 - k0; ++k)
            _mm512_storeu_ps(dst + k * 16,
                             _mm512_mul_ps(_mm512_loadu_ps(src + k * 16), _mm512_set1_ps(g.gate[k0 + k])));
    }
}

// pixels x 16 channels of one block, each channel times its gate, in place.
EFFSCOPE_F512 void scaleBlock(float *m, int64_t pixels, const float *gate)
{
    const __m512 g = _mm512_loadu_ps(gate);
    for (int64_t p = 0; p < pixels; ++p)
        _mm512_storeu_ps(m + p * 16, _mm512_mul_ps(_mm512_loadu_ps(m + p * 16), g));
}

// Pixels [p0, p1) x output blocks [v0, v1), four blocks at a time, in runs of about 64 pixels:
// a run's partial sums (and its pixels' inputs for one pass) stay in L1 / L2 from one pass over
// the input channels to the next, which a pass over a thread's whole range did not (it sent
// them to L3 between passes, and two threads doing so ran at 1.3x one).
template <int A>
void gemm(const Gemm &g, int64_t p0, int64_t p1, int64_t v0, int64_t v1)
{
    using T = TileTable<A>;
    alignas(64) float part[4 * kPartBlock]; // gated weights of one pass (16 KB)
    for (int64_t v = v0; v < v1; v += 4) {
        const int nv = int(std::min<int64_t>(4, v1 - v));
        const TileFn *table = nv == 4 ? T::v4.data() : nv == 3 ? T::v3.data() : nv == 2 ? T::v2.data() : T::v1.data();
        const int step = maxPixels(nv);
        const int64_t run = step * ceilDiv(256, step);
        for (int64_t r0 = p0; r0 < p1; r0 += run) {
            const int64_t r1 = std::min(p1, r0 + run);
            for (int k0 = 0; k0 < g.k; k0 += kDepthPart) {
                const int k1 = std::min(g.k, k0 + kDepthPart);
                const float *w = g.w + v * g.wBlock + int64_t(k0) * 16;
                int64_t wBlock = g.wBlock;
                if (g.gate) {
                    gatedPart(g, v, nv, k0, k1, part);
                    w = part;
                    wBlock = kPartBlock;
                }
                for (int64_t p = r0; p < r1; p += step)
                    table[std::min<int64_t>(step, r1 - p) - 1](g, p, v, k0, k1, w, wBlock);
            }
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
    e.w = b.expands ? b.expandWeight.data() + b0 * b.in * 16 : nullptr;
    e.wBlock = int64_t(b.in) * 16;
    e.bias = b.expands ? b.expandBias.data() + b0 * 16 : nullptr;
    e.out = ring + s.padLeft * 16;
    e.outBlock = rowFloats;
    std::vector<int64_t> offsets(size_t(s.ringRows * s.w)); // pixel -> ring, for the rows of one product
    const float *rows[5];
    int64_t next = std::max<int64_t>(0, oy0 * b.stride - s.padTop); // the next input row to expand
    for (int64_t oy = oy0; oy < oy1; ++oy) {
        const int64_t top = oy * b.stride - s.padTop, last = std::min(s.h, top + k);
        if (next < last) { // this row's window and the next few, in one product
            const int64_t end = std::min({s.h, std::max(last, next + s.rowsPerExpand * b.stride),
                                          std::max<int64_t>(0, top) + s.ringRows});
            if (b.expands) {
                e.a = x + n * inBlocks * hw * 16 + next * s.w * 16;
                for (int64_t y = next, p = 0; y < end; ++y)
                    for (int64_t col = 0; col < s.w; ++col, ++p)
                        offsets[size_t(p)] = (y % s.ringRows) * nb * rowFloats + col * 16;
                e.offsets = offsets.data();
                gemmAct(act, e, 0, (end - next) * s.w, 0, nb);
            } else { // no expansion: the input's rows themselves, copied between the padding
                for (int64_t y = next; y < end; ++y)
                    for (int64_t j = 0; j < nb; ++j)
                        std::memcpy(ring + ((y % s.ringRows) * nb + j) * rowFloats + s.padLeft * 16,
                                    x + ((n * inBlocks + b0 + j) * s.h + y) * s.w * 16, size_t(s.w) * 16 * sizeof(float));
            }
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

void fusedProject(const FusedMbconv &b, const FusedShape &s, float *dw, const float *gate, bool residual, float *out)
{
    const int64_t pixels = s.oh * s.ow, eb = b.expandedBlocks, ep = eb * 16;
    // The gate goes into the weights as each thread reaches 64 of their rows, except on maps
    // with fewer pixels than the block has outputs (the last stages), where scaling the map
    // itself is the smaller work: a pass of its own before the product.
    const bool gateMap = gate && pixels < b.out;
    if (gateMap)
        parallelPass(0, s.batch * eb, 1, [&](int64_t begin, int64_t end) {
            for (int64_t t = begin; t < end; ++t)
                scaleBlock(dw + t * pixels * 16, pixels, gate + t * 16);
        });
    // The work as units of one tile each, (image, group of at most four output blocks, tile of
    // pixels) in that order, every unit about the same number of multiply-adds (a tile's pixels
    // x blocks is near 24); each thread takes an equal run of units, as oneDNN splits its own.
    const int64_t groups = ceilDiv(b.outBlocks, 4);
    std::vector<int64_t> tilesBefore(size_t(groups + 1), 0); // per image
    for (int64_t v = 0; v < groups; ++v) {
        int64_t v0, v1;
        evenRun(b.outBlocks, groups, v, v0, v1);
        tilesBefore[size_t(v + 1)] = tilesBefore[size_t(v)] + ceilDiv(pixels, maxPixels(int(v1 - v0)));
    }
    const int64_t perImage = tilesBefore.back(), units = s.batch * perImage;
    const int64_t threads = std::max<int64_t>(1, std::min<int64_t>(units, at::get_num_threads()));
    parallelPass(0, threads, 1, [&](int64_t t0, int64_t t1) {
        for (int64_t t = t0; t < t1; ++t) {
            int64_t u, uEnd;
            evenRun(units, threads, t, u, uEnd);
            while (u < uEnd) { // one (image, group) at a time
                const int64_t n = u / perImage, inImage = u % perImage;
                int64_t v = 0;
                while (tilesBefore[size_t(v + 1)] <= inImage)
                    ++v;
                int64_t v0, v1;
                evenRun(b.outBlocks, groups, v, v0, v1);
                const int64_t height = maxPixels(int(v1 - v0)), first = inImage - tilesBefore[size_t(v)];
                const int64_t count = std::min(uEnd - u, tilesBefore[size_t(v + 1)] - inImage);
                Gemm g;
                g.a = dw + n * ep * pixels;
                g.aBlock = pixels * 16;
                g.k = b.expanded;
                g.w = b.projectWeight.data();
                g.gate = gate && !gateMap ? gate + n * ep : nullptr;
                g.wBlock = ep * 16;
                g.bias = b.projectBias.data();
                g.out = out + n * b.outBlocks * pixels * 16;
                g.outBlock = pixels * 16;
                g.residual = residual;
                gemmAct(kNone, g, first * height, std::min(pixels, (first + count) * height), v0, v1);
                u += count;
            }
        }
    });
}

#else // no x86: fusedMbconvAvailable() is false and the plan never calls these

void fusedExpandDepthwise(const FusedMbconv &, const FusedShape &, const float *, float *, float *, float *) {}
void fusedProject(const FusedMbconv &, const FusedShape &, float *, const float *, bool, float *) {}

#endif

} // namespace effscope::core
