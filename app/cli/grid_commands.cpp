// SPDX-License-Identifier: MIT
// effscope-cli grid: compound scaling's step 1 on the user's own images. The grid of alpha,
// beta, gamma around a FLOPs target (arch/grid_search.h), listed with each network's exact MACs,
// or trained candidate by candidate from scratch under one budget and ranked
// (pipeline/grid_run.h), resumable from its folder after a stop or Ctrl+C.
#include "commands.h"
#include "train_support.h"

#include "arch/grid_search.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "infer/devices.h"

#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/grid_run.h"
#endif

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace effscope::cli {

using namespace core;
using json = nlohmann::json;

namespace {

// --base (a preset) with --width / --depth on top for a custom scale, at --resolution
ModelConfig gridBase(const Args &a)
{
    const std::string name = a.get("base", "b0");
    ModelConfig c = preset(name);
    if (a.has("width"))
        c.scaling.width *= toDouble("width", a.get("width"));
    if (a.has("depth"))
        c.scaling.depth *= toDouble("depth", a.get("depth"));
    if (a.has("resolution"))
        c.scaling.resolution = toInt("resolution", a.get("resolution"), 16, 4096);
    if (a.has("width") || a.has("depth") || a.has("resolution"))
        c.name = name + "-custom";
    return c;
}

// --candidates "a,b,g;a,b,g" picks points; else the grid around --target, --limit nearest it
std::vector<GridCandidate> gridFromArgs(const Args &a, const ModelConfig &base)
{
    if (a.has("candidates")) {
        std::vector<GridCandidate> out;
        std::stringstream list(a.get("candidates"));
        for (std::string item; std::getline(list, item, ';');) {
            if (item.empty())
                continue;
            std::vector<double> v;
            std::stringstream parts(item);
            for (std::string x; std::getline(parts, x, ',');)
                v.push_back(toDouble("candidates", x));
            if (v.size() != 3)
                throw UsageError("--candidates takes alpha,beta,gamma triples separated by ';', got '"
                                 + item + "'");
            out.push_back(gridCandidate(base, v[0], v[1], v[2]));
        }
        if (out.empty())
            throw UsageError("--candidates names no candidate");
        return out;
    }
    GridOptions g;
    if (a.has("target"))
        g.target = toDouble("target", a.get("target"));
    if (a.has("tolerance"))
        g.tolerance = toDouble("tolerance", a.get("tolerance"));
    if (a.has("step"))
        g.step = toDouble("step", a.get("step"));
    if (a.has("max"))
        g.maxCoefficient = toDouble("max", a.get("max"));
    std::vector<GridCandidate> out = enumerateGrid(base, g);
    if (a.has("limit"))
        out = nearestCandidates(out, size_t(toInt("limit", a.get("limit"), 1, 100000)));
    if (out.empty())
        throw UsageError("no grid point lies within the tolerance of the target: "
                         "widen --tolerance or refine --step");
    return out;
}

json candidateJson(const GridCandidate &c)
{
    return {{"alpha", c.alpha},
            {"beta", c.beta},
            {"gamma", c.gamma},
            {"constraint", c.constraint},
            {"resolution", c.config.scaling.resolution},
            {"macs", c.macs},
            {"params", c.params},
            {"realised_growth", c.realisedGrowth},
            {"paper_point", c.paperPoint}};
}

std::vector<std::string> candidateColumns()
{
    return {"alpha", "beta", "gamma", "constraint", "resolution", "macs", "params", "realised_growth", "paper_point"};
}

} // namespace

int cmdGrid(const Args &a)
{
    const ModelConfig base = gridBase(a);
    const std::vector<GridCandidate> grid = gridFromArgs(a, base);
    const int64_t baseMacs = profileModel(resolve(base)).macs;
    const double target = a.has("target") ? toDouble("target", a.get("target")) : 2.0;
    if (a.flags.count("list") || !a.has("data")) {
        if (!a.flags.count("list"))
            throw UsageError("grid needs --data FOLDER_OR_CSV to train the candidates (or --list)");
        json rows = json::array();
        for (const GridCandidate &c : grid)
            rows.push_back(candidateJson(c));
        if (a.flags.count("csv")) {
            printCsv(rows, candidateColumns());
        } else if (a.flags.count("json")) {
            std::cout << json{{"base", base.name}, {"base_resolution", base.scaling.resolution}, {"base_macs", baseMacs},
                              {"target", target}, {"candidates", rows}}
                             .dump(1)
                      << "\n";
        } else {
            std::printf("%zu candidates of %s at %d px (%.3f GMACs), target x%.3g:\n", grid.size(), base.name.c_str(),
                        base.scaling.resolution, double(baseMacs) / 1e9, target);
            std::printf("%6s %6s %6s %10s %6s %8s %9s %9s\n", "alpha", "beta", "gamma", "a*b^2*g^2", "px", "GMACs",
                        "realised", "params M");
            for (const GridCandidate &c : grid)
                std::printf("%6.2f %6.2f %6.2f %10.4f %6d %8.3f %8.3fx %9.2f%s\n", c.alpha, c.beta, c.gamma, c.constraint,
                            c.config.scaling.resolution, double(c.macs) / 1e9, c.realisedGrowth, double(c.params) / 1e6,
                            c.paperPoint ? "  (the paper's)" : "");
        }
        return 0;
    }
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; grid training is unavailable");
#else
    const uint64_t seed = uint64_t(toInt("seed", a.get("seed", "0"), 0, 1 << 30));
    const double valFraction = a.has("val-fraction") ? toDouble("val-fraction", a.get("val-fraction")) : 0.2;
    const TrainingData data = loadTrainingData(a.get("data"), valFraction, seed);
    GridRunOptions o;
    o.recipe = recipeFromArgs(a, true, seed);
    o.budget = budgetFromArgs(a);
    if (!a.has("steps") && !a.has("epochs") && !a.has("minutes"))
        throw UsageError("grid needs a budget per candidate: --steps N, --epochs E or --minutes M");
    if (a.has("min-scale"))
        o.augmentation.minScale = toDouble("min-scale", a.get("min-scale"));
    o.directory = a.get("dir");
    o.resume = a.flags.count("resume") > 0;
    if (o.resume && o.directory.empty())
        throw UsageError("--resume needs --dir FOLDER");
    o.latencyIterations = a.has("latency-iters") ? toInt("latency-iters", a.get("latency-iters"), 0, 100000) : 10;
    o.device = torchDevice(canonicalDevice(a.get("device", "cpu")));
    Preprocess pre = presetPreprocess(a.get("base", "b0"));
    std::fprintf(stderr, "%zu candidates of %s, %zu classes, %zu training and %zu validation images\n", grid.size(),
                 base.name.c_str(), data.classes.size(), data.split.train.size(), data.split.validation.size());
    const CancelOnInterrupt interrupt;
    size_t current = size_t(-1);
    std::vector<GridRunResult> results;
    try {
        results = runGridSearch(grid, data, pre, o, [&](size_t index, const TrainPoint &p, const TrainOutcome &s) {
            if (index != current) {
                current = index;
                const GridCandidate &c = grid[index];
                std::fprintf(stderr, "candidate %zu/%zu: alpha %.2f beta %.2f gamma %.2f (%d px, %.3f GMACs)%s\n",
                             index + 1, grid.size(), c.alpha, c.beta, c.gamma, c.config.scaling.resolution,
                             double(c.macs) / 1e9, s.resumedFrom > 0 ? " resumed" : "");
            }
            if (!std::isnan(p.valAccuracy))
                std::fprintf(stderr, "  step %lld/%lld: loss %.4f, validation accuracy %.4f, %.1f s\n", (long long)p.step,
                             (long long)s.totalSteps, p.loss, p.valAccuracy, p.seconds);
            return !interrupt.requested();
        });
    } catch (const Error &e) {
        if (e.category() == ErrorCategory::Cancelled && !o.directory.empty())
            throw Error(ErrorCategory::Cancelled, std::string(e.what()) + "; continue with the same options and --resume");
        throw;
    }
    json rows = json::array();
    for (const GridRunResult &r : results) {
        json row = candidateJson(r.candidate);
        row.update({{"val_accuracy", r.valAccuracy}, {"best_val_accuracy", r.bestValAccuracy}, {"steps", r.steps},
                    {"seconds", r.seconds}, {"latency_ms", std::isnan(r.latencyMs) ? json(nullptr) : json(r.latencyMs)},
                    {"rank", r.rank}});
        rows.push_back(row);
    }
    if (a.flags.count("csv")) {
        std::vector<std::string> columns{"rank"};
        for (const std::string &c : candidateColumns())
            columns.push_back(c);
        for (const char *c : {"val_accuracy", "best_val_accuracy", "steps", "seconds", "latency_ms"})
            columns.push_back(c);
        printCsv(rows, columns);
    } else if (a.flags.count("json")) {
        std::cout << json{{"base", base.name}, {"base_resolution", base.scaling.resolution}, {"base_macs", baseMacs},
                          {"target", target}, {"classes", data.classes}, {"train_images", data.split.train.size()},
                          {"val_images", data.split.validation.size()}, {"seed", seed}, {"dir", o.directory},
                          {"candidates", rows}}
                         .dump(1)
                  << "\n";
    } else {
        std::vector<const GridRunResult *> ranked;
        for (const GridRunResult &r : results)
            ranked.push_back(&r);
        std::sort(ranked.begin(), ranked.end(), [](auto *x, auto *y) { return x->rank < y->rank; });
        std::printf("%4s %6s %6s %6s %6s %8s %9s %8s %10s %8s\n", "rank", "alpha", "beta", "gamma", "px", "GMACs",
                    "realised", "val acc", "latency ms", "seconds");
        for (const GridRunResult *r : ranked) {
            const GridCandidate &c = r->candidate;
            std::printf("%4d %6.2f %6.2f %6.2f %6d %8.3f %8.3fx %8.4f %10.2f %8.1f%s\n", r->rank, c.alpha, c.beta, c.gamma,
                        c.config.scaling.resolution, double(c.macs) / 1e9, c.realisedGrowth, r->valAccuracy, r->latencyMs,
                        r->seconds, c.paperPoint ? "  (the paper's)" : "");
        }
    }
    return 0;
#endif
}

} // namespace effscope::cli
