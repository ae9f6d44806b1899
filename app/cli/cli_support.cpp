// SPDX-License-Identifier: MIT
#include "cli_support.h"

#include "common/error.h"
#include "infer/engine.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace effscope::cli {

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

Output outputOf(const Args &a)
{
    return a.flags.count("json") ? Output::Json : a.flags.count("csv") ? Output::Csv : Output::Table;
}

namespace {
std::string csvField(const nlohmann::json &v)
{
    std::string s;
    if (v.is_null())
        return s;
    s = v.is_string() ? v.get<std::string>() : v.dump();
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}
} // namespace

void printCsv(const nlohmann::json &rows, const std::vector<std::string> &columns)
{
    std::string out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + columns[i];
    out += "\n";
    for (const nlohmann::json &row : rows) {
        for (size_t i = 0; i < columns.size(); ++i) {
            const auto it = row.find(columns[i]);
            out += (i ? "," : "") + (it == row.end() ? std::string() : csvField(*it));
        }
        out += "\n";
    }
    std::fputs(out.c_str(), stdout);
}

double toDouble(const std::string &name, const std::string &v)
{
    try {
        size_t used = 0;
        const double d = std::stod(v, &used);
        if (used == v.size() && std::isfinite(d))
            return d;
    } catch (...) {
    }
    throw UsageError("--" + name + " needs a number, got '" + v + "'");
}

int toInt(const std::string &name, const std::string &v, int lo, int hi)
{
    try {
        size_t used = 0;
        const long n = std::stol(v, &used);
        if (used == v.size() && n >= lo && n <= hi)
            return int(n);
    } catch (...) {
    }
    throw UsageError("--" + name + " needs an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "], got '"
                     + v + "'");
}

void warnIfUnreliable(const core::ModelHandle &h)
{
    const std::string why = h.unreliable();
    if (!why.empty())
        std::fprintf(stderr, "warning: %s; loaded because of --allow-nonfinite, so every result below is unreliable\n",
                     why.c_str());
}

CancelOnInterrupt::CancelOnInterrupt()
{
    g_interrupted = false;
    m_previousInt = std::signal(SIGINT, onInterrupt);
    m_previousTerm = std::signal(SIGTERM, onInterrupt);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

bool CancelOnInterrupt::requested() const
{
    return g_interrupted;
}

} // namespace effscope::cli
