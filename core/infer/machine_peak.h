// SPDX-License-Identifier: MIT
#pragma once
// What this machine can do at most, measured: the fp32 FMA throughput of its widest vector unit
// (independent FMA chains in registers, nothing loaded or stored) and the memory bandwidth of a
// triad over arrays far larger than any cache. The profile and bench commands set achieved
// GFLOP/s and GB/s beside these, so the distance to the physical limit is a number.
#include <string>

namespace effscope::core {

struct MachinePeak
{
    std::string isa;            ///< the vector FMA the loop ran: "avx512f", "avx2+fma" or "scalar"
    int threads = 0;
    double gflops = 0.0;        ///< fp32, 2 flops per FMA lane, all threads together
    double gflopsPerThread = 0.0; ///< one thread alone
    double bandwidthGBs = 0.0;  ///< triad a = b + s c, three streams of 4-byte floats counted
    /// The int8 kernels' multiply-add in a loop like the FMA one (2 ops per product), all threads:
    /// "avx512-vnni" (vpdpbusd) or "avx2" (vpmaddwd + vpaddd); "" and 0 on other CPUs.
    std::string int8Isa;
    double int8Gops = 0.0;
};

/// Measures with `threads` threads (0: LibTorch's intra-op count) for about a second in all.
MachinePeak measureMachinePeak(int threads = 0);

/// The FMA loop alone on one thread with `isa` ("avx512f", "avx2+fma", "scalar"), in GFLOP/s;
/// throws InvalidInput when this CPU lacks it. For tests that compare the loops.
double fmaLoopGflops(const std::string &isa);

/// The widest vector FMA this CPU offers, as measureMachinePeak names it (no wider than
/// EFFSCOPE_MAX_CPU_ISA=avx2|scalar allows, which caps the int8 loop and kernels too).
std::string widestFmaIsa();

/// The instruction set oneDNN's kernels (the fast path's) run with on this CPU, e.g.
/// "avx512_core_vnni" or "avx2"; "" in a build without oneDNN.
std::string dnnlCpuIsa();

} // namespace effscope::core
