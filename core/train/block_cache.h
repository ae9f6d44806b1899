// SPDX-License-Identifier: MIT
#pragma once
// Keeping a training step's large CPU blocks for the next step.
//
// A training step allocates and frees the same few hundred activation and gradient tensors
// every time, many of them tens of MB. glibc serves blocks above its mmap threshold (32 MB at
// most) with fresh mappings and hands trimmed heap back to the kernel, so each step pays for
// hundreds of thousands of page faults on memory it had a moment ago: B0 at 224 px, batch 16,
// took 1.66 million minor faults in five steps here, PyTorch's Python process half as many
// (a heap kept in place by chance). The cache replaces LibTorch's CPU allocator with one that,
// while a CpuBlockCacheScope is alive, keeps freed blocks of 1 MiB and more by size class and
// hands them back on the next request of that class; such blocks of 2 MiB and more are 2 MiB
// aligned and advised for transparent huge pages. Smaller blocks, and every block while no scope
// is alive, come from the C library as LibTorch's own allocator gets them (inference is as before).
//
// This header has no Torch types, so the GUI's main can install the allocator.
#include <cstddef>
#include <cstdint>

namespace effscope::core {

/// Makes the caching allocator LibTorch's CPU allocator. Idempotent; call it from main before
/// other threads allocate tensors (LibTorch's allocator slot is a plain pointer). Trainer calls
/// it too, for programs that did not.
void installCpuBlockCache();

/// While at least one scope lives, freed large blocks are kept for reuse (up to a quarter of
/// the machine's memory); when the last one ends, the kept blocks are freed.
class CpuBlockCacheScope
{
public:
    CpuBlockCacheScope();
    ~CpuBlockCacheScope();
    CpuBlockCacheScope(const CpuBlockCacheScope &) = delete;
    CpuBlockCacheScope &operator=(const CpuBlockCacheScope &) = delete;
};

struct CpuBlockCacheStats
{
    bool installed = false;
    int scopes = 0;
    size_t keptBytes = 0;   ///< freed blocks held for reuse now
    size_t limitBytes = 0;  ///< the most it keeps
    uint64_t reused = 0;    ///< requests served from kept blocks, since the process started
    uint64_t fresh = 0;     ///< large requests that needed a new block
};

CpuBlockCacheStats cpuBlockCacheStats();

} // namespace effscope::core
