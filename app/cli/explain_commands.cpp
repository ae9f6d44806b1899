// SPDX-License-Identifier: MIT
#include "explain_commands.h"

#include "arch/presets.h"
#include "common/error.h"
#include "common/paths.h"
#include "explain/activations.h"
#include "explain/cam.h"
#include "explain/faithfulness.h"
#include "explain/importance.h"
#include "infer/engine.h"
#include "weights/registry.h"
#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/explain_photo.h"
#include "vision/heatmap.h"
#include "vision/image.h"
#endif

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <unistd.h>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

#ifdef EFFSCOPE_WITH_VISION // the photo commands use these
double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// A class given as an index or as one of the model's labels (ImageNet's, or the user's own for
// a fine-tuned model; case-insensitive, the whole label or part of it).
int parseClass(const std::string &v, const ModelHandle &h)
{
    if (!v.empty() && std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); })) {
        const long n = std::strtol(v.c_str(), nullptr, 10);
        if (n < 0 || n >= long(h.classCount()))
            throw UsageError("--class " + v + " is out of range (0.."
                             + std::to_string(h.classCount() - 1) + ")");
        return int(n);
    }
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    const std::string want = lower(v);
    std::vector<std::string> near;
    for (int i = 0; i < h.classCount(); ++i) {
        const std::string label = lower(h.className(i));
        if (label == want)
            return i;
        if (label.find(want) != std::string::npos && near.size() < 5)
            near.push_back(h.className(i) + " (" + std::to_string(i) + ")");
    }
    std::string hint;
    for (const std::string &n : near)
        hint += (hint.empty() ? "; did you mean: " : ", ") + n;
    throw UsageError(std::string(h.ownClasses.empty() ? "no ImageNet class" : "no class of these weights")
                     + " is called '" + v + "'" + hint);
}

json mapJson(const std::vector<float> &m, int height, int width)
{
    json rows = json::array();
    for (int i = 0; i < height; ++i)
        rows.push_back(std::vector<float>(m.begin() + ptrdiff_t(i) * width, m.begin() + ptrdiff_t(i + 1) * width));
    return rows;
}
#endif

} // namespace

int cmdLayers(const Args &a)
{
    if (!a.has("model"))
        throw UsageError("layers needs --model M");
    const ResolvedModel m = resolve(preset(a.get("model")));
    const int res = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : m.resolution;
    const std::string def = defaultCamLayer(m);
    const Output format = outputOf(a);
    json out = json::array();
    for (const LayerInfo &l : explainableLayers(m, res, res)) {
        out.push_back({{"path", l.path}, {"kind", l.kind}, {"shape", {l.channels, l.height, l.width}},
                       {"default_cam", l.path == def}});
        if (format == Output::Table)
            std::printf("%-26s %-10s %5lld x %3lld x %3lld%s\n", l.path.c_str(), l.kind.c_str(), (long long)l.channels,
                        (long long)l.height, (long long)l.width, l.path == def ? "   <- default CAM layer" : "");
    }
    if (format == Output::Json)
        std::cout << json{{"model", m.name}, {"resolution", res}, {"layers", out}}.dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(out, {"path", "kind", "shape", "default_cam"});
    return 0;
}

int cmdCam(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; cam is unavailable");
#else
    if (a.positional.size() != 1)
        throw UsageError("cam needs exactly one IMAGE");
    if (!a.has("out") && !a.flags.count("json"))
        throw UsageError("cam needs --out overlay.png (or --json)");
    CamOptions o;
    o.method = parseCamMethod(a.get("method", "gradcam"));
    o.layer = a.get("layer");
    if (a.has("batch"))
        o.batchSize = toInt("batch", a.get("batch"), 1, 1024);
    const std::string smooth = a.get("smooth", "none");
    if (smooth == "aug" || smooth == "aug,eigen" || smooth == "eigen,aug")
        o.augSmooth = true;
    if (smooth == "eigen" || smooth == "aug,eigen" || smooth == "eigen,aug")
        o.eigenSmooth = true;
    const Colormap colormap = parseColormap(a.get("colormap", "jet"));
    const double opacity = a.has("opacity") ? toDouble("opacity", a.get("opacity")) : 0.5;
    const std::string out = a.get("out"), raw = a.get("raw");
    if (!raw.empty())
        checkFloatMapPath(raw);

    ModelHandle h = modelFromArgs(a, "explanations mean");
    if (h.int8 && !a.flags.count("json"))
        std::fprintf(stderr, "note: an int8 model has no gradients; the map comes from the float model (its weights "
                             "before quantization), the prediction from int8\n");
    if (!o.layer.empty())
        checkLayer(h.net->spec(), o.layer);
    if (a.has("class"))
        o.targetClass = parseClass(a.get("class"), h);
    const DecodedImage img = decodeImageFile(a.positional[0]);

    const bool tty = !a.flags.count("json") && isatty(2);
    const ProgressFn progress = [tty](double f) {
        if (tty)
            std::fprintf(stderr, "\r%3d%%", int(f * 100));
        return true;
    };
    const int repeat = a.has("repeat") ? toInt("repeat", a.get("repeat"), 1, 10000) : 1;
    ExplainOptions eo;
    eo.cam = o;
    eo.metrics = !a.flags.count("no-metrics");
    const PhotoExplanation r = explainPhoto(h, img, eo, progress);
    double camMs = r.camMs;
    if (tty)
        std::fprintf(stderr, "\r    \r");
    json timing = nullptr;
    if (repeat > 1) {
        // steady state: the first call above built the plans; alternate CAMs and plain forwards
        const at::Tensor x = photoInput(h, img);
        std::vector<double> cams, forwards;
        for (int i = 0; i < repeat; ++i) {
            auto t0 = std::chrono::steady_clock::now();
            computeCam(h, x, o);
            cams.push_back(msSince(t0));
            c10::InferenceMode guard;
            t0 = std::chrono::steady_clock::now();
            h.forward(x);
            forwards.push_back(msSince(t0));
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
        };
        camMs = median(cams);
        timing = {{"repeat", repeat}, {"cam_ms_median", camMs}, {"forward_ms_median", median(forwards)},
                  {"cam_over_forward", camMs / median(forwards)}, {"engine", h.engineName()}};
    }
    const HeatOnImage onImage = heatOnPhoto(r);
    if (!out.empty())
        writePng(out, overlayHeat(img.rgb, onImage, colormap, opacity));
    if (!raw.empty())
        writeFloatMap(raw, onImage.heat);

    json metrics = nullptr;
    if (r.hasMetrics) {
        const Faithfulness &f = r.metrics;
        metrics = {{"probability", f.probability},  {"masked_probability", f.maskedProbability},
                   {"average_drop", f.averageDrop}, {"increase_in_confidence", f.increase},
                   {"deletion_auc", f.deletionAuc}, {"insertion_auc", f.insertionAuc},
                   {"fractions", f.fractions},      {"deletion", f.deletion},
                   {"insertion", f.insertion}};
    }
    const std::string label = h.className(r.targetClass);
    if (a.flags.count("json")) {
        std::cout << json{{"image", a.positional[0]},
                          {"model", h.config.name},
                          {"weights", h.weightsLabel},
                          {"method", camMethodName(o.method)},
                          {"layer", r.layer},
                          {"layer_channels", r.layerChannels},
                          {"map_shape", {r.mapHeight, r.mapWidth}},
                          {"map", mapJson(r.map, r.mapHeight, r.mapWidth)},
                          {"class", r.targetClass},
                          {"label", label},
                          {"logit", r.targetLogit},
                          {"probability", r.targetProbability},
                          {"aug_smooth", o.augSmooth},
                          {"eigen_smooth", o.eigenSmooth},
                          {"closed_form_gradient", r.closedForm},
                          {"cam_ms", camMs},
                          {"timing", timing},
                          {"covered", {onImage.covered.x, onImage.covered.y, onImage.covered.width,
                                       onImage.covered.height}},
                          {"out", out},
                          {"raw", raw},
                          {"metrics", metrics}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%s: %s on %s (%lldx%lld), class %d %s (p = %.3f), %.0f ms%s%s\n", a.positional[0].c_str(),
                    camMethodName(o.method), r.layer.c_str(), (long long)r.mapHeight, (long long)r.mapWidth,
                    r.targetClass, label.c_str(), r.targetProbability, camMs, out.empty() ? "" : " -> ",
                    out.c_str());
        if (!metrics.is_null())
            std::printf("  average drop %.1f%%, increase in confidence %s, deletion AUC %.3f, insertion AUC %.3f\n",
                        metrics["average_drop"].get<double>(), metrics["increase_in_confidence"].get<bool>() ? "yes" : "no",
                        metrics["deletion_auc"].get<double>(), metrics["insertion_auc"].get<double>());
    }
    return 0;
#endif
}

int cmdActivations(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; activations is unavailable");
#else
    if (a.positional.size() != 1)
        throw UsageError("activations needs exactly one IMAGE");
    if (!a.has("layer"))
        throw UsageError("activations needs --layer PATH (`effscope-cli layers --model M` lists them)");
    if (!a.has("out") && !a.flags.count("json") && !a.flags.count("csv"))
        throw UsageError("activations needs --out grid.png (or --json or --csv)");
    const int top = a.has("top") ? toInt("top", a.get("top"), 1, 100000) : 0;
    const int cell = a.has("cell") ? toInt("cell", a.get("cell"), 4, 1024) : 48;
    const std::string sort = a.get("sort", "mean");
    const Colormap colormap = parseColormap(a.get("colormap", "viridis"));
    ModelHandle h = modelFromArgs(a, "explanations mean");
    const std::string layer = a.get("layer");
    checkLayer(h.net->spec(), layer);
    const DecodedImage img = decodeImageFile(a.positional[0]);
    const at::Tensor x = photoInput(h, img);
    const auto t0 = std::chrono::steady_clock::now();
    const at::Tensor maps = layerActivations(h, x, layer).contiguous();
    const double ms = msSince(t0);
    const std::vector<ChannelStats> stats = channelStats(maps);
    std::vector<int> order = channelsByMean(stats, top);
    if (sort == "index")
        std::sort(order.begin(), order.end());
    const int c = int(maps.size(0)), mh = int(maps.size(1)), mw = int(maps.size(2));
    const int columns = a.has("columns") ? toInt("columns", a.get("columns"), 1, 4096)
                                         : std::max(1, int(std::ceil(std::sqrt(double(order.size())))));
    const std::string out = a.get("out");
    if (!out.empty())
        writePng(out, channelGrid(maps.data_ptr<float>(), c, mh, mw, order, columns, cell, colormap));
    if (a.flags.count("json") || a.flags.count("csv")) {
        json channels = json::array();
        for (const ChannelStats &s : stats)
            channels.push_back({{"channel", s.channel}, {"mean", s.mean}, {"min", s.min}, {"max", s.max},
                                {"fraction_zero", s.fractionZero}, {"fraction_negative", s.fractionNegative}});
        if (a.flags.count("csv")) {
            printCsv(channels, {"channel", "mean", "min", "max", "fraction_zero", "fraction_negative"});
            return 0;
        }
        std::cout << json{{"image", a.positional[0]}, {"model", h.config.name}, {"weights", h.weightsLabel},
                          {"layer", layer}, {"shape", {c, mh, mw}}, {"ms", ms}, {"shown", order},
                          {"columns", columns}, {"out", out}, {"channels", channels}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%s: %s %dx%dx%d (%.0f ms)%s%s\n  top channels by mean:", a.positional[0].c_str(), layer.c_str(), c,
                    mh, mw, ms, out.empty() ? "" : " -> ", out.c_str());
        for (int i : channelsByMean(stats, 8))
            std::printf(" %d (%.3f)", i, stats[size_t(i)].mean);
        std::printf("\n");
    }
    return 0;
#endif
}

ModelHandle modelFromArgs(const Args &a, const char *meaning)
{
    if (!a.has("model"))
        throw UsageError(a.command + " needs --model M");
    ModelRequest req;
    req.model = a.get("model");
    req.weightsPath = a.get("weights");
    req.allowNonFinite = a.flags.count("allow-nonfinite") > 0;
    req.device = a.get("device", "cpu");
    req.precision = a.get("dtype", "fp32");
    req.int8Path = a.get("int8");
    ModelHandle h = loadModel(req, loadRegistry(resourcePath("weights.json")));
    warnIfUnreliable(h);
    if (!h.pretrained)
        std::fprintf(stderr, "warning: no pretrained weights for %s are cached; the model is untrained (random "
                             "init) and its %s nothing\n", h.config.name.c_str(), meaning);
    return h;
}

int cmdImportance(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; importance is unavailable");
#else
    if (a.positional.size() != 1)
        throw UsageError("importance needs exactly one IMAGE");
    ModelHandle h = modelFromArgs(a, "BN scales mean");
    const DecodedImage img = decodeImageFile(a.positional[0]);
    const at::Tensor x = photoInput(h, img);
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<LayerImportance> rows = channelImportance(h, x);
    const double ms = msSince(t0);
    // per stage, weighted by channels; "could shrink": the larger of weak and dead
    struct Stage
    {
        double channels = 0, gamma = 0, weak = 0, dead = 0, nonPositive = 0, shrink = 0;
    };
    std::map<int, Stage> stages;
    for (const LayerImportance &r : rows) {
        Stage &s = stages[r.stage];
        s.channels += r.channels;
        s.gamma += r.meanAbsGamma * r.channels;
        s.weak += r.weakFraction * r.channels;
        s.dead += r.deadFraction * r.channels;
        s.nonPositive += r.nonPositiveFraction * r.channels;
        s.shrink += std::max(r.weakFraction, r.deadFraction) * r.channels;
    }
    const int last = int(h.net->spec().stageRepeats.size()) + 1;
    auto stageName = [last](int st) { return st == 0 ? std::string("stem") : st == last ? std::string("head") : "stage " + std::to_string(st); };
    if (a.flags.count("json") || a.flags.count("csv")) {
        json layers = json::array(), summary = json::array();
        for (const LayerImportance &r : rows)
            layers.push_back({{"layer", r.layer}, {"stage", r.stage}, {"channels", r.channels},
                              {"mean_abs_gamma", r.meanAbsGamma}, {"weak_fraction", r.weakFraction},
                              {"dead_fraction", r.deadFraction}, {"non_positive_fraction", r.nonPositiveFraction}});
        for (const auto &[st, s] : stages)
            summary.push_back({{"stage", st}, {"name", stageName(st)}, {"channels", int(s.channels)},
                               {"mean_abs_gamma", s.gamma / s.channels}, {"weak_fraction", s.weak / s.channels},
                               {"dead_fraction", s.dead / s.channels}, {"non_positive_fraction", s.nonPositive / s.channels},
                               {"shrinkable_fraction", s.shrink / s.channels}});
        if (a.flags.count("csv")) { // the per-layer table; the stage summary follows from it
            printCsv(layers, {"layer", "stage", "channels", "mean_abs_gamma", "weak_fraction", "dead_fraction",
                              "non_positive_fraction"});
            return 0;
        }
        std::cout << json{{"image", a.positional[0]}, {"model", h.config.name}, {"weights", h.weightsLabel},
                          {"ms", ms}, {"layers", layers}, {"stages", summary}}
                         .dump(1)
                  << "\n";
        return 0;
    }
    std::printf("%s (%s) on %s, %.0f ms\n%-24s %8s %12s %8s %8s %8s\n", h.config.name.c_str(), h.weightsLabel.c_str(),
                a.positional[0].c_str(), ms, "layer", "channels", "mean|gamma|", "weak%", "dead%", "<=0%");
    for (const LayerImportance &r : rows)
        std::printf("%-24s %8d %12.3f %8.1f %8.1f %8.1f\n", r.layer.c_str(), r.channels, r.meanAbsGamma,
                    100 * r.weakFraction, 100 * r.deadFraction, 100 * r.nonPositiveFraction);
    std::printf("\n%-10s %8s %12s %8s %8s %8s %14s\n", "stage", "channels", "mean|gamma|", "weak%", "dead%", "<=0%",
                "could shrink%");
    for (const auto &[st, s] : stages)
        std::printf("%-10s %8d %12.3f %8.1f %8.1f %8.1f %14.1f\n", stageName(st).c_str(), int(s.channels),
                    s.gamma / s.channels, 100 * s.weak / s.channels, 100 * s.dead / s.channels,
                    100 * s.nonPositive / s.channels, 100 * s.shrink / s.channels);
    return 0;
#endif
}

} // namespace effscope::cli
