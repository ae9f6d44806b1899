// SPDX-License-Identifier: MIT
#include "infer/devices.h"

#include "common/error.h"

#include <cstdlib> // __GLIBC__
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace effscope::core {

namespace {

// A "Key:   N kB" field of a /proc file in bytes, -1 when absent.
int64_t procField(const char *file, const std::string &key)
{
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (line.compare(0, key.size() + 1, key + ":") == 0) {
            std::istringstream v(line.substr(key.size() + 1));
            int64_t kb = -1;
            v >> kb;
            return kb < 0 ? -1 : kb * 1024;
        }
    return -1;
}

int64_t meminfo(const std::string &key)
{
    return procField("/proc/meminfo", key);
}

// What a process limit (ulimit -d / -v) leaves: the limit less what this process already
// holds of that kind, less 15%: these limits count mappings when they are made, before their
// pages are touched, and LibTorch and oneDNN map ahead of use (B7 at 1200 px, batch 3, needed
// 1.35 GB of VmData for 1.08 GB of resident growth, estimated at 1.29 GB); -1 without a limit.
int64_t processLimitLeft(int resource, const char *statusKey)
{
    rlimit r{};
    if (getrlimit(resource, &r) != 0 || r.rlim_cur == RLIM_INFINITY)
        return -1;
    const int64_t used = procField("/proc/self/status", statusKey);
    return std::max<int64_t>(0, int64_t(double(int64_t(r.rlim_cur) - std::max<int64_t>(0, used)) * 0.85));
}

// A number in a cgroup file, -1 when absent or "max".
int64_t cgroupValue(const char *path)
{
    std::ifstream in(path);
    std::string v;
    if (!(in >> v) || v == "max")
        return -1;
    try {
        return std::stoll(v);
    } catch (const std::exception &) {
        return -1;
    }
}

DeviceInfo cpuInfo()
{
    DeviceInfo d;
    d.id = "cpu";
    std::ifstream cpuinfo("/proc/cpuinfo");
    for (std::string line; std::getline(cpuinfo, line);)
        if (line.compare(0, 10, "model name") == 0) {
            const size_t colon = line.find(':');
            d.name = colon == std::string::npos ? line : line.substr(line.find_first_not_of(' ', colon + 1));
            break;
        }
    if (d.name.empty())
        d.name = "CPU";
    d.totalBytes = meminfo("MemTotal");
    if (d.totalBytes < 0)
        d.totalBytes = int64_t(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGESIZE);
    d.availableBytes = meminfo("MemAvailable");
    if (d.availableBytes < 0)
        d.availableBytes = int64_t(sysconf(_SC_AVPHYS_PAGES)) * sysconf(_SC_PAGESIZE);
    // a container's or a systemd slice's limit: cgroup v2, else v1
    int64_t limit = cgroupValue("/sys/fs/cgroup/memory.max"), used = cgroupValue("/sys/fs/cgroup/memory.current");
    if (limit < 0) {
        limit = cgroupValue("/sys/fs/cgroup/memory/memory.limit_in_bytes");
        used = cgroupValue("/sys/fs/cgroup/memory/memory.usage_in_bytes");
    }
    if (limit > 0 && limit < d.totalBytes) {
        d.totalBytes = limit;
        d.availableBytes = std::min(d.availableBytes, std::max<int64_t>(0, limit - std::max<int64_t>(0, used)));
    }
    // this process's own limits: its heap and private mappings (RLIMIT_DATA), its address space
    for (const int64_t left : {processLimitLeft(RLIMIT_DATA, "VmData"), processLimitLeft(RLIMIT_AS, "VmSize")})
        if (left >= 0)
            d.availableBytes = std::min(d.availableBytes, left);
    return d;
}

std::string knownDevices()
{
    std::string out = "cpu";
    for (int i = 0; i < cudaDeviceCount(); ++i)
        out += ", cuda:" + std::to_string(i);
    return out;
}

} // namespace

int64_t availableBytes(const std::string &id)
{
    int64_t bytes = deviceInfo(id).availableBytes;
    if (const char *env = std::getenv("EFFSCOPE_MEMORY_LIMIT"); env && *env) {
        const std::string v = env;
        size_t used = 0;
        double n = -1;
        try {
            n = std::stod(v, &used);
        } catch (const std::exception &) {
        }
        const std::string unit = v.substr(used);
        const double scale = unit.empty() ? 1.0 : unit == "K" || unit == "k" ? 1024.0 : unit == "M" ? 1048576.0
                           : unit == "G" ? 1073741824.0 : -1.0;
        if (n <= 0 || scale < 0)
            throw Error(ErrorCategory::InvalidInput, "EFFSCOPE_MEMORY_LIMIT must be a size like 6G, 512M or 1000000 (got '"
                                                         + v + "')");
        bytes = std::min(bytes, int64_t(n * scale));
    }
    return bytes;
}

bool isCuda(const std::string &id)
{
    return id.compare(0, 4, "cuda") == 0;
}

std::string canonicalDevice(const std::string &id)
{
    if (id == "cpu")
        return id;
    int index = -1;
    if (id == "cuda") {
        index = 0;
    } else if (id.compare(0, 5, "cuda:") == 0 && id.size() > 5 && id.size() <= 8
               && std::all_of(id.begin() + 5, id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        index = std::stoi(id.substr(5));
    } else {
        throw Error(ErrorCategory::InvalidInput, "unknown device '" + id + "'; this machine has: " + knownDevices());
    }
    const int count = cudaDeviceCount();
    if (count == 0)
        throw Error(ErrorCategory::InvalidInput, "CUDA was requested ('" + id
                                                     + "') but this LibTorch build sees no CUDA device; this machine has: "
                                                     + knownDevices());
    if (index >= count)
        throw Error(ErrorCategory::InvalidInput, "unknown device '" + id + "'; this machine has: " + knownDevices());
    return "cuda:" + std::to_string(index);
}

c10::Device torchDevice(const std::string &id)
{
    const std::string c = canonicalDevice(id);
    if (c == "cpu")
        return c10::Device(c10::kCPU);
    return c10::Device(c10::kCUDA, c10::DeviceIndex(std::stoi(c.substr(5))));
}

DeviceInfo deviceInfo(const std::string &id)
{
    const std::string c = canonicalDevice(id);
    return c == "cpu" ? cpuInfo() : cudaDeviceInfo(std::stoi(c.substr(5)));
}

std::vector<DeviceInfo> listDevices()
{
    std::vector<DeviceInfo> out{cpuInfo()};
    for (int i = 0; i < cudaDeviceCount(); ++i)
        out.push_back(cudaDeviceInfo(i));
    return out;
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace effscope::core
