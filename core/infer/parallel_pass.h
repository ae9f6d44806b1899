// SPDX-License-Identifier: MIT
#pragma once
// at::parallel_for for effscope's own CPU passes (squeeze_excite.h, mbconv_fused.h), except under
// ThreadSanitizer: libgomp is not built with it, so TSan cannot see an OpenMP region's fork and
// join, and the region's accesses (and later reuse of the stack they read) report as races it
// cannot match to a suppression. There the passes run on the calling thread and stay checked.
#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cstdint>

namespace effscope::core {

template <typename F>
void parallelPass(int64_t begin, int64_t end, int64_t grain, const F &f)
{
#ifdef __SANITIZE_THREAD__
    (void)grain;
    f(begin, end);
#else
    at::parallel_for(begin, end, grain, f);
#endif
}

/// f(t) for every task t in [0, count), handed out one at a time to whichever thread is free:
/// for tasks of unequal cost, which a static split over the threads would leave unbalanced.
template <typename F>
void parallelTasks(int64_t count, const F &f)
{
#ifdef __SANITIZE_THREAD__
    for (int64_t t = 0; t < count; ++t)
        f(t);
#else
    std::atomic<int64_t> next{0};
    const int64_t workers = std::max<int64_t>(1, std::min<int64_t>(count, at::get_num_threads()));
    at::parallel_for(0, workers, 1, [&](int64_t, int64_t) {
        for (int64_t t = next.fetch_add(1, std::memory_order_relaxed); t < count;
             t = next.fetch_add(1, std::memory_order_relaxed))
            f(t);
    });
#endif
}

} // namespace effscope::core
