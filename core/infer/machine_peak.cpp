// SPDX-License-Identifier: MIT
#include "infer/machine_peak.h"

#include "common/error.h"
#include "quant/int8_kernels.h"

#include <ATen/Parallel.h>
#ifdef EFFSCOPE_HAVE_DNNL
#include <oneapi/dnnl/dnnl.hpp>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define EFFSCOPE_X86 1
#endif

namespace effscope::core {

namespace {

// Twelve independent chains per loop: an FMA's latency (4 cycles) times two FMA ports, with
// room to spare, so the loop is bound by issue rate, not by dependencies. x = x m + c with
// m < 1 settles on a fixed point and never reaches denormals.
constexpr int kChains = 12;

// The chains are named variables, not an array, so that they stay in registers at any
// optimisation level (an array would go through memory in a -O1 sanitizer build).
#define EFFSCOPE_CHAINS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11)

template <size_t N>
float sumOf(const float (&lanes)[N])
{
    float out = 0.0f;
    for (float v : lanes)
        out += v;
    return out;
}

#ifdef EFFSCOPE_X86
__attribute__((target("avx512f"))) float loop512(int64_t iters)
{
#define EFFSCOPE_INIT(k) __m512 x##k = _mm512_set1_ps(1.0f + 0.01f * float(k));
#define EFFSCOPE_STEP(k) x##k = _mm512_fmadd_ps(x##k, m, c);
#define EFFSCOPE_SUM(k) sum = _mm512_add_ps(sum, x##k);
    EFFSCOPE_CHAINS(EFFSCOPE_INIT)
    const __m512 m = _mm512_set1_ps(0.9999f), c = _mm512_set1_ps(1e-4f);
    for (int64_t i = 0; i < iters; ++i) {
        EFFSCOPE_CHAINS(EFFSCOPE_STEP)
    }
    __m512 sum = _mm512_setzero_ps();
    EFFSCOPE_CHAINS(EFFSCOPE_SUM)
#undef EFFSCOPE_INIT
#undef EFFSCOPE_STEP
#undef EFFSCOPE_SUM
    alignas(64) float lanes[16];
    _mm512_store_ps(lanes, sum);
    return sumOf(lanes);
}

__attribute__((target("avx2,fma"))) float loop256(int64_t iters)
{
#define EFFSCOPE_INIT(k) __m256 x##k = _mm256_set1_ps(1.0f + 0.01f * float(k));
#define EFFSCOPE_STEP(k) x##k = _mm256_fmadd_ps(x##k, m, c);
#define EFFSCOPE_SUM(k) sum = _mm256_add_ps(sum, x##k);
    EFFSCOPE_CHAINS(EFFSCOPE_INIT)
    const __m256 m = _mm256_set1_ps(0.9999f), c = _mm256_set1_ps(1e-4f);
    for (int64_t i = 0; i < iters; ++i) {
        EFFSCOPE_CHAINS(EFFSCOPE_STEP)
    }
    __m256 sum = _mm256_setzero_ps();
    EFFSCOPE_CHAINS(EFFSCOPE_SUM)
#undef EFFSCOPE_INIT
#undef EFFSCOPE_STEP
#undef EFFSCOPE_SUM
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, sum);
    return sumOf(lanes);
}

// The int8 products the int8 kernels (quant/int8_kernels) are built on. VNNI: vpdpbusd, 64
// u8 x s8 products summed into 16 int32 lanes per instruction. AVX2: vpmaddwd (16 s16 x s16
// products into 8 pairs) and the vpaddd that accumulates them. The values wrap harmlessly.
// Twelve chains as for the FMA loop (vpdpbusd's latency is 4-5 cycles).
__attribute__((target("avx512f,avx512vnni"))) float loopVnni(int64_t iters)
{
#define EFFSCOPE_INIT(k) __m512i x##k = _mm512_set1_epi32(k);
#define EFFSCOPE_STEP(k) x##k = _mm512_dpbusd_epi32(x##k, a, b);
#define EFFSCOPE_SUM(k) sum = _mm512_add_epi32(sum, x##k);
    EFFSCOPE_CHAINS(EFFSCOPE_INIT)
    const __m512i a = _mm512_set1_epi8(3), b = _mm512_set1_epi8(-5);
    for (int64_t i = 0; i < iters; ++i) {
        EFFSCOPE_CHAINS(EFFSCOPE_STEP)
    }
    __m512i sum = _mm512_setzero_si512();
    EFFSCOPE_CHAINS(EFFSCOPE_SUM)
#undef EFFSCOPE_INIT
#undef EFFSCOPE_STEP
#undef EFFSCOPE_SUM
    alignas(64) int32_t lanes[16];
    _mm512_store_si512(lanes, sum);
    float out = 0.0f;
    for (int32_t v : lanes)
        out += float(v);
    return out;
}

__attribute__((target("avx2"))) float loopMaddwd(int64_t iters)
{
    // as the kernel accumulates: acc += vpmaddwd(a, w), the products independent of the sums.
    // kChains (12) products per step into six accumulators, each weight vector meeting two
    // moving inputs, so that accumulators, weights and inputs fit the 16 ymm registers. Twelve
    // accumulators with the weights read from memory spilled accumulators to the stack every
    // step and measured half this rate (47 against 80-90 G products/s per Zen 4 core).
#define EFFSCOPE_SIX(X) X(0) X(1) X(2) X(3) X(4) X(5)
    alignas(32) int16_t w[6][16];
    for (int k = 0; k < 6; ++k)
        for (int i = 0; i < 16; ++i)
            w[k][i] = int16_t(k * 16 + i - 100);
#define EFFSCOPE_INIT(k) __m256i x##k = _mm256_setzero_si256();
#define EFFSCOPE_STEP(k)                                                                  \
    {                                                                                     \
        const __m256i wk = _mm256_load_si256(reinterpret_cast<const __m256i *>(w[k]));   \
        x##k = _mm256_add_epi32(x##k, _mm256_madd_epi16(a, wk));                          \
        x##k = _mm256_add_epi32(x##k, _mm256_madd_epi16(b, wk));                          \
    }
#define EFFSCOPE_SUM(k) sum = _mm256_add_epi32(sum, x##k);
    static_assert(kChains == 12, "two products per accumulator and step");
    EFFSCOPE_SIX(EFFSCOPE_INIT)
    __m256i a = _mm256_set1_epi16(3), b = _mm256_set1_epi16(-7);
    const __m256i one = _mm256_set1_epi16(1);
    for (int64_t i = 0; i < iters; ++i) {
        EFFSCOPE_SIX(EFFSCOPE_STEP)
        a = _mm256_add_epi16(a, one);
        b = _mm256_sub_epi16(b, one);
    }
    __m256i sum = _mm256_setzero_si256();
    EFFSCOPE_SIX(EFFSCOPE_SUM)
#undef EFFSCOPE_SIX
#undef EFFSCOPE_INIT
#undef EFFSCOPE_STEP
#undef EFFSCOPE_SUM
    alignas(32) int32_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), sum);
    float out = 0.0f;
    for (int32_t v : lanes)
        out += float(v);
    return out;
}
#endif

// a multiply and an add per chain and step, as the compiler emits them for this target
float loopScalar(int64_t iters)
{
    volatile float seed = 1.0f;
    const float start = seed;
#define EFFSCOPE_INIT(k) float x##k = start + 0.01f * float(k);
#define EFFSCOPE_STEP(k) x##k = x##k * 0.9999f + 1e-4f;
#define EFFSCOPE_SUM(k) sum += x##k;
    EFFSCOPE_CHAINS(EFFSCOPE_INIT)
    for (int64_t i = 0; i < iters; ++i) {
        EFFSCOPE_CHAINS(EFFSCOPE_STEP)
    }
    float sum = 0.0f;
    EFFSCOPE_CHAINS(EFFSCOPE_SUM)
#undef EFFSCOPE_INIT
#undef EFFSCOPE_STEP
#undef EFFSCOPE_SUM
    return sum;
}
#undef EFFSCOPE_CHAINS

struct Loop
{
    float (*run)(int64_t);
    int lanes; ///< multiply-adds per chain and step
};

// the int8 loop of the widest int8 path (no wider than cpuIsaCap() at this call); lanes 0 where
// there is none
Loop int8Loop(std::string &isa)
{
#ifdef EFFSCOPE_X86
    if (cpuIsaCap() == "scalar") {
        isa = "";
        return {nullptr, 0};
    }
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vnni") && cpuIsaCap() != "avx2") {
        isa = "avx512-vnni";
        return {loopVnni, 64};
    }
    if (__builtin_cpu_supports("avx2")) {
        isa = "avx2";
        return {loopMaddwd, 16};
    }
#endif
    isa = "";
    return {nullptr, 0};
}

Loop loopFor(const std::string &isa)
{
#ifdef EFFSCOPE_X86
    if (isa == "avx512f") {
        if (!__builtin_cpu_supports("avx512f"))
            throw Error(ErrorCategory::InvalidInput, "this CPU has no AVX-512");
        return {loop512, 16};
    }
    if (isa == "avx2+fma") {
        if (!(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")))
            throw Error(ErrorCategory::InvalidInput, "this CPU has no AVX2 with FMA");
        return {loop256, 8};
    }
#endif
    if (isa == "scalar")
        return {loopScalar, 1};
    throw Error(ErrorCategory::InvalidInput, "no FMA loop for '" + isa + "' on this CPU");
}

double flopsOf(const Loop &loop, int64_t iters)
{
    return 2.0 * double(kChains) * double(loop.lanes) * double(iters);
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::atomic<float> g_sink{0.0f}; // the loops' results go somewhere, so they are not optimised away

// iterations for about `seconds` on one thread
int64_t calibrate(const Loop &loop, double seconds)
{
    int64_t iters = 1 << 14;
    for (;;) {
        const auto t0 = Clock::now();
        g_sink = g_sink + loop.run(iters);
        const double s = secondsSince(t0);
        if (s > 0.02 || iters > (int64_t(1) << 40))
            return std::max<int64_t>(1, int64_t(double(iters) * seconds / std::max(s, 1e-9)));
        iters *= 4;
    }
}

// the best of three runs of `work` on `threads` threads started together; seconds of the slowest
template <typename Work>
double bestOfThree(int threads, Work work)
{
    double best = 1e300;
    for (int round = 0; round < 3; ++round) {
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> pool;
        std::vector<double> took(size_t(threads), 0.0);
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                const auto t0 = Clock::now();
                work(t);
                took[size_t(t)] = secondsSince(t0);
            });
        while (ready.load() < threads)
            std::this_thread::yield();
        go = true;
        for (std::thread &th : pool)
            th.join();
        best = std::min(best, *std::max_element(took.begin(), took.end()));
    }
    return best;
}

double triadGBs(int threads)
{
    // 3 x 64 MiB: far beyond the last-level cache of any machine this runs on
    const size_t n = size_t(16) << 20;
    std::vector<float> a(n), b(n, 1.0f), c(n, 2.0f);
    const size_t chunk = (n + size_t(threads) - 1) / size_t(threads);
    const int reps = 4;
    const double s = bestOfThree(threads, [&](int t) {
        const size_t from = size_t(t) * chunk, to = std::min(n, from + chunk);
        for (int r = 0; r < reps; ++r) {
            const float k = 0.5f + 0.001f * float(r);
            for (size_t i = from; i < to; ++i)
                a[i] = b[i] + k * c[i];
        }
    });
    g_sink = g_sink + a[n / 2];
    return 3.0 * sizeof(float) * double(n) * reps / s / 1e9;
}

} // namespace

std::string widestFmaIsa()
{
#ifdef EFFSCOPE_X86
    if (cpuIsaCap() == "scalar")
        return "scalar";
    if (__builtin_cpu_supports("avx512f") && cpuIsaCap() != "avx2")
        return "avx512f";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "avx2+fma";
#endif
    return "scalar";
}

double fmaLoopGflops(const std::string &isa)
{
    const Loop loop = loopFor(isa);
    const int64_t iters = calibrate(loop, 0.1);
    const double s = bestOfThree(1, [&](int) { g_sink = g_sink + loop.run(iters); });
    return flopsOf(loop, iters) / s / 1e9;
}

std::string dnnlCpuIsa()
{
#ifdef EFFSCOPE_HAVE_DNNL
    switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::sse41: return "sse41";
    case dnnl::cpu_isa::avx: return "avx";
    case dnnl::cpu_isa::avx2: return "avx2";
    case dnnl::cpu_isa::avx2_vnni: return "avx2_vnni";
    case dnnl::cpu_isa::avx512_core: return "avx512_core";
    case dnnl::cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
    case dnnl::cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
    case dnnl::cpu_isa::avx512_core_amx: return "avx512_core_amx";
    default: return "other";
    }
#else
    return "";
#endif
}

MachinePeak measureMachinePeak(int threads)
{
    MachinePeak p;
    p.threads = threads > 0 ? threads : at::get_num_threads();
    p.isa = widestFmaIsa();
    const Loop loop = loopFor(p.isa);
    const int64_t iters = calibrate(loop, 0.1);
    p.gflopsPerThread = flopsOf(loop, iters) / bestOfThree(1, [&](int) { g_sink = g_sink + loop.run(iters); }) / 1e9;
    const double s = bestOfThree(p.threads, [&](int) { g_sink = g_sink + loop.run(iters); });
    p.gflops = flopsOf(loop, iters) * p.threads / s / 1e9;
    p.bandwidthGBs = triadGBs(p.threads);
    const Loop int8 = int8Loop(p.int8Isa);
    if (int8.run) {
        const int64_t n = calibrate(int8, 0.1);
        const double t = bestOfThree(p.threads, [&](int) { g_sink = g_sink + int8.run(n); });
        p.int8Gops = flopsOf(int8, n) * p.threads / t / 1e9;
    }
    return p;
}

} // namespace effscope::core
