// SPDX-License-Identifier: MIT
// effscope-cli classify | study: a model on photos, and the single-dimension scaling study.
#include "commands.h"

#include "explain_commands.h"

#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "common/error.h"
#include "common/paths.h"
#include "infer/benchmark.h"
#include "infer/engine.h"
#include "infer/evaluate.h"
#include "weights/registry.h"
#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/evaluate_photos.h"
#include "pipeline/explain_photo.h"
#include "vision/image.h"
#endif

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

int cmdClassify(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; classify is unavailable");
#else
    if (!a.has("model"))
        throw UsageError("classify needs --model M");
    if (a.positional.empty())
        throw UsageError("classify needs at least one IMAGE");
    const int topk = a.has("topk") ? toInt("topk", a.get("topk"), 1, 1000) : 5;
    ModelRequest req;
    req.model = a.get("model");
    req.weightsPath = a.get("weights");
    req.allowNonFinite = a.flags.count("allow-nonfinite") > 0;
    req.device = a.get("device", "cpu");
    req.precision = a.get("dtype", "fp32");
    req.int8Path = a.get("int8");
    const auto registry = loadRegistry(resourcePath("weights.json"));
    ModelHandle h = loadModel(req, registry);
    warnIfUnreliable(h);
    if (!h.pretrained)
        std::fprintf(stderr, "warning: no pretrained weights for %s are cached; the model is untrained "
                             "(random init) and its predictions mean nothing\n", h.config.name.c_str());
    const Output format = outputOf(a);
    json results = json::array(), rows = json::array();
    int failures = 0;
    for (const std::string &path : a.positional) {
        try {
            const auto preds = classify(h, photoInput(h, decodeImageFile(path)), topk).front();
            json top = json::array();
            for (const Prediction &p : preds)
                top.push_back({{"index", p.index}, {"label", h.className(p.index)}, {"prob", p.probability}});
            results.push_back({{"image", path}, {"model", h.config.name}, {"weights", h.weightsLabel},
                               {"dtype", h.precision}, {"engine", h.engineName()}, {"top", top}});
            if (h.report.unreliable())
                results.back()["unreliable"] = h.unreliable();
            for (size_t k = 0; k < preds.size(); ++k)
                rows.push_back({{"image", path}, {"rank", k + 1}, {"index", preds[k].index},
                                {"label", h.className(preds[k].index)}, {"prob", preds[k].probability},
                                {"model", h.config.name}, {"weights", h.weightsLabel}, {"dtype", h.precision}});
            if (format == Output::Table) {
                std::printf("%s  (%s, weights: %s, %s)\n", path.c_str(), h.config.name.c_str(), h.weightsLabel.c_str(),
                            h.precision.c_str());
                for (const Prediction &p : preds)
                    std::printf("  %6.2f%%  %4d  %s\n", 100.0 * p.probability, p.index, h.className(p.index).c_str());
            }
        } catch (const Error &e) {
            ++failures;
            std::fprintf(stderr, "error: %s\n", e.what());
        }
    }
    if (format == Output::Json)
        std::cout << results.dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(rows, {"image", "rank", "index", "label", "prob", "model", "weights", "dtype"});
    return failures ? kPartial : kOk;
#endif
}

int cmdStudy(const Args &a)
{
    if (!a.has("budget"))
        throw UsageError("study needs --budget GMACS");
    const std::string base = a.get("base", "b0");
    const ModelConfig baseConfig = preset(base);
    const double budget = toDouble("budget", a.get("budget"));
    const int points = a.has("points") ? toInt("points", a.get("points"), 2, 64) : 5;
    const int iters = a.has("iters") ? toInt("iters", a.get("iters"), 1, 100000) : 10;
    const int rounds = a.has("rounds") ? toInt("rounds", a.get("rounds"), 1, 1000) : 3;
    std::vector<ScalingDimension> dims;
    std::stringstream list(a.get("dimensions", "width,depth,resolution,compound"));
    for (std::string d; std::getline(list, d, ',');)
        dims.push_back(parseDimension(d));
    std::vector<StudyStep> steps;
    for (ScalingDimension d : dims)
        for (const StudyStep &s : scalingStudy(baseConfig, d, int64_t(budget * 1e9), points))
            steps.push_back(s);
    std::vector<std::vector<double>> ms(steps.size());
    std::vector<std::string> engines(steps.size());
    for (int r = 0; r < rounds; ++r)
        for (size_t i = 0; i < steps.size(); ++i) {
            ModelConfig config = scaledConfig(baseConfig, steps[i].dimension, steps[i].multiplier);
            config.name = base + "-" + dimensionName(steps[i].dimension);
            BenchOptions o;
            o.warmup = 2;
            o.iters = iters;
            const BenchResult b = benchmarkConfig(config, a.get("device", "cpu"), o);
            ms[i].push_back(b.stepMsMedian);
            engines[i] = b.engine;
        }
    json rows = json::array();
    if (a.flags.count("csv"))
        std::printf("base,dimension,multiplier,phi,width,depth,resolution,macs,params,median_ms,engine\n");
    else if (!a.flags.count("json"))
        std::printf("%-10s %10s %7s %7s %7s %5s %9s %9s %9s\n", "dimension", "multiplier", "phi", "width", "depth", "res",
                    "GMACs", "M params", "ms");
    for (size_t i = 0; i < steps.size(); ++i) {
        std::vector<double> v = ms[i];
        std::sort(v.begin(), v.end());
        const double median = v[v.size() / 2];
        const StudyStep &s = steps[i];
        const char *dim = dimensionName(s.dimension);
        // a single dimension's factor and the compound rule's phi are different quantities: each
        // in its own column, empty (null) where it does not apply
        const bool compound = s.dimension == ScalingDimension::Compound;
        char multiplier[32] = "", phi[32] = "", multiplierText[32] = "", phiText[32] = "";
        std::snprintf(compound ? phi : multiplier, sizeof phi, "%.6g", s.multiplier);
        std::snprintf(compound ? phiText : multiplierText, sizeof phiText, "%.3f", s.multiplier);
        if (a.flags.count("csv")) {
            std::printf("%s,%s,%s,%s,%.6g,%.6g,%d,%lld,%lld,%.4f,%s\n", base.c_str(), dim, multiplier, phi, s.width, s.depth,
                        s.resolution, (long long)s.macs, (long long)s.params, median, engines[i].c_str());
        } else if (a.flags.count("json")) {
            rows.push_back({{"base", base}, {"dimension", dim}, {"multiplier", compound ? json() : json(s.multiplier)},
                            {"phi", compound ? json(s.multiplier) : json()}, {"width", s.width}, {"depth", s.depth},
                            {"resolution", s.resolution}, {"macs", s.macs}, {"params", s.params}, {"median_ms", median},
                            {"rounds_ms", ms[i]}, {"engine", engines[i]}});
        } else {
            std::printf("%-10s %10s %7s %7.3f %7.3f %5d %9.3f %9.2f %9.2f\n", dim, multiplierText, phiText, s.width,
                        s.depth, s.resolution, s.macs / 1e9, s.params / 1e6, median);
        }
    }
    if (a.flags.count("json"))
        std::cout << json{{"base", base}, {"budget_gmacs", budget}, {"points", points}, {"iters", iters},
                          {"rounds", rounds}, {"threads", at::get_num_threads()}, {"steps", rows}}
                         .dump(1)
                  << "\n";
    return 0;
}

} // namespace effscope::cli
