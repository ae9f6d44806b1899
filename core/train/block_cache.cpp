// SPDX-License-Identifier: MIT
#include "train/block_cache.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace effscope::core {

namespace {

constexpr size_t kMinKept = size_t(1) << 20;  // below this, blocks are not worth keeping
constexpr size_t kHugePage = size_t(2) << 20;

// Requests are rounded up to a size class (at most 1/16 more than asked, 64 KiB steps at
// least) so that nearly equal tensors, such as a last, smaller batch's, share blocks.
size_t sizeClass(size_t n)
{
    size_t top = 1;
    while (top <= n / 2)
        top <<= 1;
    const size_t grain = std::max<size_t>(size_t(64) << 10, top / 16);
    return (n + grain - 1) / grain * grain;
}

class CachingCpuAllocator final : public c10::Allocator
{
public:
    static CachingCpuAllocator &instance()
    {
        static CachingCpuAllocator *self = new CachingCpuAllocator(); // outlives every tensor
        return *self;
    }

    c10::DataPtr allocate(size_t n) const override
    {
        void *p = const_cast<CachingCpuAllocator *>(this)->take(n);
        return {p, p, &release, c10::Device(c10::kCPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }

    void enter()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_scopes;
    }

    void leave()
    {
        std::vector<void *> drop;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (--m_scopes > 0)
                return;
            drop = takeKeptLocked();
        }
        for (void *p : drop)
            std::free(p);
    }

    CpuBlockCacheStats stats()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        CpuBlockCacheStats s;
        s.scopes = m_scopes;
        s.keptBytes = m_keptBytes;
        s.limitBytes = m_limit;
        s.reused = m_reused;
        s.fresh = m_fresh;
        return s;
    }

private:
    CachingCpuAllocator()
    {
        const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
        m_limit = pages > 0 && pageSize > 0 ? size_t(pages) * size_t(pageSize) / 4 : size_t(1) << 30;
    }

    // the context of a DataPtr is its data pointer, so raw_allocate works as well
    static void release(void *p) { instance().give(p); }

    void *take(size_t n)
    {
        if (n == 0)
            return nullptr;
        size_t size = 0; // a size class: the block is kept when freed
        if (n >= kMinKept) {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_scopes > 0) { // otherwise no training runs: blocks as LibTorch's own allocator makes them
                size = sizeClass(n);
                const auto it = m_kept.find(size);
                if (it != m_kept.end() && !it->second.empty()) {
                    void *p = it->second.back();
                    it->second.pop_back();
                    m_keptBytes -= size;
                    m_live[p] = size;
                    ++m_reused;
                    return p;
                }
                ++m_fresh;
            }
        }
        if (size == 0)
            return fresh(n, 64);
        void *p = fresh(size, size >= kHugePage ? kHugePage : 64);
        if (size >= kHugePage)
            madvise(p, size, MADV_HUGEPAGE); // a hint: refused or ignored, the block still works
        std::lock_guard<std::mutex> lock(m_mutex);
        m_live[p] = size;
        return p;
    }

    void *fresh(size_t n, size_t alignment)
    {
        void *p = nullptr;
        if (posix_memalign(&p, alignment, n) != 0) {
            // the kept blocks are the first thing to give up before refusing
            std::vector<void *> drop;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                drop = takeKeptLocked();
            }
            for (void *q : drop)
                std::free(q);
            p = nullptr;
            TORCH_CHECK(posix_memalign(&p, alignment, n) == 0, "effscope's CPU allocator: not enough memory for ", n,
                        " bytes");
        }
        return p;
    }

    void give(void *p)
    {
        if (!p)
            return;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const auto it = m_live.find(p);
            if (it != m_live.end()) {
                const size_t size = it->second;
                m_live.erase(it);
                if (m_scopes > 0 && m_keptBytes + size <= m_limit) {
                    m_kept[size].push_back(p);
                    m_keptBytes += size;
                    return;
                }
            }
        }
        std::free(p);
    }

    std::vector<void *> takeKeptLocked()
    {
        std::vector<void *> all;
        for (auto &[size, blocks] : m_kept)
            all.insert(all.end(), blocks.begin(), blocks.end());
        m_kept.clear();
        m_keptBytes = 0;
        return all;
    }

    std::mutex m_mutex;
    std::unordered_map<void *, size_t> m_live;        // large blocks in use, by size class
    std::map<size_t, std::vector<void *>> m_kept;     // freed large blocks, by size class
    size_t m_keptBytes = 0;
    size_t m_limit = 0;
    int m_scopes = 0;
    uint64_t m_reused = 0, m_fresh = 0;
};

std::once_flag g_installed;
std::atomic<bool> g_isInstalled{false};

} // namespace

void installCpuBlockCache()
{
    std::call_once(g_installed, [] {
        // priority 1: above LibTorch's default (0), so a later default registration does not undo it
        c10::SetCPUAllocator(&CachingCpuAllocator::instance(), 1);
        g_isInstalled = true;
    });
}

CpuBlockCacheScope::CpuBlockCacheScope()
{
    CachingCpuAllocator::instance().enter();
}

CpuBlockCacheScope::~CpuBlockCacheScope()
{
    CachingCpuAllocator::instance().leave();
}

CpuBlockCacheStats cpuBlockCacheStats()
{
    CpuBlockCacheStats s = CachingCpuAllocator::instance().stats();
    s.installed = g_isInstalled && c10::GetCPUAllocator() == &CachingCpuAllocator::instance();
    return s;
}

} // namespace effscope::core
