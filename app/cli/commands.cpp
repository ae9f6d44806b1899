// SPDX-License-Identifier: MIT
#include "commands.h"

#include "cli_support.h"
#include "explain_commands.h"

#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "common/error.h"
#include "common/paths.h"
#include "infer/benchmark.h"
#include "infer/engine.h"
#include "infer/evaluate.h"
#ifdef EFFSCOPE_HAVE_DNNL
#include "infer/fast_engine.h"
#endif
#include "weights/registry.h"
#ifdef EFFSCOPE_WITH_VISION
#include "vision/image.h"
#endif

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <set>
#include <sstream>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

const char *kUsage = R"(effscope-cli — the effscope EfficientNet engine from scripts

usage:
  effscope-cli info MODEL [--resolution N] [--json]
      Per-layer table (module path, kind, shapes, params, MACs, element-wise ops,
      activation bytes) and totals for a preset (b0..b7, lite0..lite4).
      --resolution N   square input size (default: the preset's resolution)
  effscope-cli scale (--alpha A --beta B --gamma G --phi P | --width W --depth D)
                     [--resolution N] [--dropout P] [--lite] [--stage-width LIST] [--stage-depth LIST] [--json]
      A custom scale of B0. From compound coefficients: d = alpha^phi, w = beta^phi,
      r = 224 * gamma^phi rounded to the nearest multiple of 8, unless --resolution is
      given. Reports alpha*beta^2*gamma^2 (the paper targets 2), the FLOPs growth 2^phi
      it implies, and the actual MACs ratio to B0 at 224.
      --lite   apply the Lite rules (ReLU6, no SE, fixed stem/head and first/last depth)
      --stage-width / --stage-depth   seven comma-separated factors, one per stage, on top
               of the global width and depth (non-uniform scaling); the output then also
               shows the uniform compound scale with the same MACs, stage by stage
  effscope-cli classify --model M [--weights FILE] [--topk K] [--device cpu|cuda] [--json] IMAGE...
      Top-k ImageNet classes. Without --weights, the registry's cached pretrained file
      for M is used; with none cached the model runs untrained and says so.
  effscope-cli eval --model M [--weights FILE] [--device cpu|cuda] --dir D [--resume FILE] [--csv|--json]
      Top-1 / top-5 on a labelled set: D is a folder with one subfolder per class (named by
      WordNet id like n02123045, by class name, or by index) or a CSV of path,label lines.
      --csv prints timm's validate columns; --resume FILE keeps finished images in FILE so an
      interrupted run continues where it stopped. Per-class accuracy and the most confused
      pairs in the default and JSON output.
  effscope-cli bench --model M [--resolution N] [--batch B] [--threads T] [--iters N] [--warmup N]
                     [--device cpu|cuda] [--dtype fp32|bf16|fp16] [--engine fast|reference]
                     [--weights FILE] [--csv|--json]
      Latency of one forward pass (random weights, random input): step time median and
      p90, samples/s, params, GMACs, peak RSS. fp32 on the CPU runs the fast oneDNN path.
      load_ms / first_run_ms: model switch (build, load --weights, fold) and the first
      run at this shape (plan build).
  effscope-cli profile --model M [--resolution N] [--batch B] [--threads T] [--iters N] [--json]
      Measured time of every layer of the fast path next to its analytic MACs, grouped by
      kind (stem, expand, depthwise, se, project, head, pool, classifier).
  effscope-cli memory [--models b0,b1,...] [--json]
      Loads the models one after another, all kept loaded, each with its fast-path plan
      built at its crop size; reports the resident memory after each (default B0..B7).
  effscope-cli layers --model M [--resolution N] [--json]
      Every layer that can be explained or shown (stem, block ops, blocks, stages, head)
      with its output shape; marks the default CAM layer (the head).
  effscope-cli cam --model M [--weights FILE] [--method NAME] [--layer PATH] [--class C]
                   [--smooth aug|eigen|aug,eigen] [--colormap jet|viridis|inferno|turbo]
                   [--opacity 0.5] [--batch N] --out overlay.png [--raw heat.npy|.exr|.tiff]
                   [--no-metrics] [--repeat N] [--json] IMAGE
      Class activation map on the photo: methods cam, gradcam (default), gradcam++,
      xgradcam, hirescam, layercam, eigencam, scorecam, ablationcam. --class takes an
      index or an ImageNet label (default: the top-1 class). The heat map is laid back
      on the original photo (crop and resize undone); --raw writes it as floats in
      [0, 1]. Reports Average Drop, Increase in Confidence and deletion/insertion AUC
      (curves in --json) unless --no-metrics. --repeat N times N more CAMs and N plain
      forwards, interleaved, and reports their medians (steady state, plans built).
  effscope-cli activations --model M [--weights FILE] --layer PATH [--top K] [--sort mean|index]
                           [--columns N] [--cell PX] [--colormap NAME] --out grid.png [--json] IMAGE
      A layer's feature maps as a tiled channel grid (each tile min-max scaled), with
      per-channel mean, min, max, fraction of zeros and of negatives in --json.
  effscope-cli importance --model M [--weights FILE] [--device cpu|cuda] [--json] IMAGE
      Channel importance on the photo: for the stem, every block's depthwise op and the head,
      the mean |BN scale| of its channels, the share of weak ones (|gamma| below 5% of the
      layer's largest), of dead ones (never above 0 on the photo) and of activations <= 0; then
      per stage, weighted by channels, and the share that could shrink (weak or dead).
  effscope-cli study --budget GMACS [--base b0|lite0] [--points N] [--dimensions LIST]
                     [--iters N] [--rounds R] [--csv|--json]
      The single-dimension scaling study on this machine: the base scaled by width only,
      depth only, resolution only and by the compound rule (1.2, 1.1, 1.15), N networks each
      from the base up to the MACs budget (largest multiplier under each of N targets spaced
      geometrically in MACs), random weights, each timed at batch 1. Rounds interleave the
      networks (every network once per round); the median of the rounds is reported.
      --dimensions   comma-separated subset of width,depth,resolution,compound
  effscope-cli presets [--json]
  effscope-cli --help | --version

MACs are multiply-accumulates of convolutions and the classifier (the paper's "FLOPS");
FLOPs = 2 x MACs. Element-wise work (BN, activations, pooling, SE gating, residual adds) is
listed separately. Errors go to stderr with a non-zero exit code.
)";

json shapeJson(const std::array<int64_t, 4> &s)
{
    return json::array({s[0], s[1], s[2], s[3]});
}

std::string shapeText(const std::array<int64_t, 4> &s)
{
    return std::to_string(s[1]) + "x" + std::to_string(s[2]) + "x" + std::to_string(s[3]);
}

json profileJson(const std::string &name, const ModelProfile &p)
{
    json layers = json::array();
    for (const LayerProfile &l : p.layers)
        layers.push_back({{"name", l.name}, {"kind", layerKindName(l.kind)}, {"in_shape", shapeJson(l.inShape)},
                          {"out_shape", shapeJson(l.outShape)}, {"params", l.params}, {"macs", l.macs},
                          {"elementwise_ops", l.elementwiseOps}, {"activation_bytes", l.activationBytes}});
    return {{"model", name}, {"resolution", p.height}, {"params", p.params}, {"macs", p.macs},
            {"flops", p.flops()}, {"elementwise_ops", p.elementwiseOps},
            {"activation_bytes", p.activationBytes}, {"layers", layers}};
}

void printProfile(const std::string &name, const ModelProfile &p)
{
    std::printf("%-24s %-10s %-14s %-14s %12s %14s %14s %12s\n", "layer", "kind", "in (CxHxW)", "out (CxHxW)",
                "params", "MACs", "elementwise", "act bytes");
    for (const LayerProfile &l : p.layers)
        std::printf("%-24s %-10s %-14s %-14s %12lld %14lld %14lld %12lld\n", l.name.c_str(), layerKindName(l.kind),
                    shapeText(l.inShape).c_str(), shapeText(l.outShape).c_str(), (long long)l.params,
                    (long long)l.macs, (long long)l.elementwiseOps, (long long)l.activationBytes);
    std::printf("\n%s at %dx%d: %lld params, %.3f GMACs (%.3f GFLOPs = 2 x MACs), %.3f G element-wise ops "
                "(not in MACs), %.1f MB fp32 activations\n",
                name.c_str(), p.width, p.height, (long long)p.params, p.macs / 1e9, p.flops() / 1e9,
                p.elementwiseOps / 1e9, p.activationBytes / 1e6);
}

int cmdPresets(const Args &a)
{
    json out = json::array();
    for (const std::string &n : presetNames()) {
        const ResolvedModel m = resolve(preset(n));
        const ModelProfile p = profileModel(m);
        out.push_back({{"model", n}, {"resolution", m.resolution}, {"params", p.params}, {"macs", p.macs}});
        if (!a.flags.count("json"))
            std::printf("%-6s %4d px %11lld params %8.3f GMACs\n", n.c_str(), m.resolution, (long long)p.params,
                        p.macs / 1e9);
    }
    if (a.flags.count("json"))
        std::cout << out.dump(1) << "\n";
    return 0;
}

int cmdInfo(const Args &a)
{
    if (a.positional.size() != 1)
        throw Error(ErrorCategory::InvalidInput, "info needs exactly one MODEL (one of the presets)");
    const ModelConfig c = preset(a.positional[0]);
    const ResolvedModel m = resolve(c);
    const int res = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : m.resolution;
    const ModelProfile p = profileModel(m, res, res);
    if (a.flags.count("json"))
        std::cout << profileJson(c.name, p).dump(1) << "\n";
    else
        printProfile(c.name, p);
    return 0;
}

int cmdScale(const Args &a)
{
    ModelConfig c = preset(a.flags.count("lite") ? "lite0" : "b0");
    c.name = "custom";
    const double dropout = a.has("dropout") ? toDouble("dropout", a.get("dropout")) : 0.2;
    json coeffs = nullptr;
    const bool compound = a.has("alpha") || a.has("beta") || a.has("gamma") || a.has("phi");
    if (compound) {
        for (const char *k : {"alpha", "beta", "gamma", "phi"})
            if (!a.has(k))
                throw Error(ErrorCategory::InvalidInput, std::string("compound scaling needs --") + k
                                                             + " (all of --alpha --beta --gamma --phi)");
        CompoundCoefficients cc;
        cc.alpha = toDouble("alpha", a.get("alpha"));
        cc.beta = toDouble("beta", a.get("beta"));
        cc.gamma = toDouble("gamma", a.get("gamma"));
        cc.phi = toDouble("phi", a.get("phi"));
        c.scaling = cc.toScaling(dropout);
        coeffs = {{"alpha", cc.alpha}, {"beta", cc.beta}, {"gamma", cc.gamma}, {"phi", cc.phi},
                  {"constraint", cc.flopsConstraint()}, {"flops_growth", std::pow(2.0, cc.phi)},
                  {"resolution_exact", 224.0 * std::pow(cc.gamma, cc.phi)}};
    } else if (a.has("width") && a.has("depth")) {
        c.scaling.width = toDouble("width", a.get("width"));
        c.scaling.depth = toDouble("depth", a.get("depth"));
        c.scaling.dropout = dropout;
    } else {
        throw Error(ErrorCategory::InvalidInput, "scale needs --alpha --beta --gamma --phi, or --width and --depth");
    }
    if (a.has("resolution"))
        c.scaling.resolution = toInt("resolution", a.get("resolution"), 16, 4096);
    auto factors = [&a](const char *key) {
        std::vector<double> v;
        std::stringstream list(a.get(key));
        for (std::string x; std::getline(list, x, ',');)
            v.push_back(toDouble(key, x));
        return v;
    };
    c.scaling.stageWidth = factors("stage-width");
    c.scaling.stageDepth = factors("stage-depth");
    const ResolvedModel m = resolve(c);
    const ModelProfile p = profileModel(m);
    const ModelConfig baseConfig = preset(a.flags.count("lite") ? "lite0" : "b0");
    const ModelProfile base = profileModel(resolve(baseConfig));
    json uniform = nullptr;
    if (!c.scaling.uniform()) {
        // the uniform compound scale (paper coefficients) with the same MACs, stage by stage
        const StudyStep u = matchCompound(baseConfig, p.macs);
        const ResolvedModel um = resolve(scaledConfig(baseConfig, ScalingDimension::Compound, u.multiplier));
        json ustages = json::array();
        for (size_t st = 0; st < um.stageRepeats.size(); ++st) {
            int out = 0;
            for (const ResolvedBlock &b : um.blocks)
                if (b.stage == int(st))
                    out = b.outChannels;
            ustages.push_back({{"stage", st + 1}, {"out_channels", out}, {"repeats", um.stageRepeats[st]}});
        }
        uniform = {{"phi", u.multiplier}, {"width", u.width}, {"depth", u.depth}, {"resolution", u.resolution},
                   {"params", u.params}, {"macs", u.macs}, {"stages", ustages}};
    }
    json stages = json::array();
    for (size_t s = 0; s < m.stageRepeats.size(); ++s) {
        int out = 0, kernel = 0, stride = 0, expand = 0;
        for (const ResolvedBlock &b : m.blocks)
            if (b.stage == int(s) && b.index == 0) {
                out = b.outChannels;
                kernel = b.kernel;
                stride = b.stride;
                expand = b.expandedChannels / b.inChannels;
            }
        stages.push_back({{"stage", s + 1}, {"out_channels", out}, {"repeats", m.stageRepeats[s]},
                          {"kernel", kernel}, {"stride", stride}, {"expand", expand}});
    }
    const double ratio = double(p.macs) / base.macs;
    json out = {{"model", "custom"}, {"width", c.scaling.width}, {"depth", c.scaling.depth},
                {"resolution", m.resolution}, {"dropout", c.scaling.dropout}, {"stem", m.stemChannels},
                {"head", m.headChannels}, {"stages", stages}, {"params", p.params}, {"macs", p.macs},
                {"flops", p.flops()}, {"macs_ratio_vs_base", ratio}, {"compound", coeffs},
                {"stage_width", c.scaling.stageWidth}, {"stage_depth", c.scaling.stageDepth},
                {"uniform_at_equal_macs", uniform}};
    if (a.flags.count("json")) {
        std::cout << out.dump(1) << "\n";
        return 0;
    }
    if (compound)
        std::printf("d = alpha^phi = %.4f, w = beta^phi = %.4f, r = 224 * gamma^phi = %.2f -> %d px\n"
                    "alpha * beta^2 * gamma^2 = %.4f (paper target 2); FLOPs growth implied 2^phi = %.3f\n",
                    c.scaling.depth, c.scaling.width, coeffs["resolution_exact"].get<double>(), m.resolution,
                    coeffs["constraint"].get<double>(), coeffs["flops_growth"].get<double>());
    else
        std::printf("w = %.4f, d = %.4f, r = %d px\n", c.scaling.width, c.scaling.depth, m.resolution);
    std::printf("stem %d, head %d\nstage  out  repeats  kernel  stride  expand\n", m.stemChannels, m.headChannels);
    for (const auto &s : stages)
        std::printf("%5d %4d %8d %7d %7d %7d\n", s["stage"].get<int>(), s["out_channels"].get<int>(),
                    s["repeats"].get<int>(), s["kernel"].get<int>(), s["stride"].get<int>(), s["expand"].get<int>());
    std::printf("%lld params, %.3f GMACs (%.3f GFLOPs), %.3f x the MACs of %s at 224\n", (long long)p.params,
                p.macs / 1e9, p.flops() / 1e9, ratio, a.flags.count("lite") ? "Lite0" : "B0");
    if (!uniform.is_null()) {
        std::printf("uniform compound scaling at equal MACs: phi %.3f (w %.3f, d %.3f, %d px), %lld params, %.3f GMACs\n"
                    "stage  out  repeats   (uniform)\n",
                    uniform["phi"].get<double>(), uniform["width"].get<double>(), uniform["depth"].get<double>(),
                    uniform["resolution"].get<int>(), (long long)uniform["params"].get<int64_t>(),
                    uniform["macs"].get<int64_t>() / 1e9);
        for (size_t st = 0; st < stages.size(); ++st)
            std::printf("%5d %4d %8d   %4d %4d\n", stages[st]["stage"].get<int>(), stages[st]["out_channels"].get<int>(),
                        stages[st]["repeats"].get<int>(), uniform["stages"][st]["out_channels"].get<int>(),
                        uniform["stages"][st]["repeats"].get<int>());
    }
    return 0;
}

int cmdClassify(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; classify is unavailable");
#else
    if (!a.has("model"))
        throw Error(ErrorCategory::InvalidInput, "classify needs --model M");
    if (a.positional.empty())
        throw Error(ErrorCategory::InvalidInput, "classify needs at least one IMAGE");
    const int topk = a.has("topk") ? toInt("topk", a.get("topk"), 1, 1000) : 5;
    ModelRequest req;
    req.model = a.get("model");
    req.weightsPath = a.get("weights");
    req.device = a.get("device", "cpu");
    const auto registry = loadRegistry(resourcePath("weights.json"));
    ModelHandle h = loadModel(req, registry);
    const auto &classes = imagenetClasses();
    if (!h.pretrained)
        std::fprintf(stderr, "warning: no pretrained weights for %s are cached; the model is untrained "
                             "(random init) and its predictions mean nothing\n", h.config.name.c_str());
    json results = json::array();
    int failures = 0;
    for (const std::string &path : a.positional) {
        try {
            const DecodedImage img = decodeImageFile(path);
            const auto planes = preprocessImage(img.rgb, h.preprocess);
            const auto preds = classify(h, inputTensor(planes, h.preprocess.cropSize), topk).front();
            json top = json::array();
            for (const Prediction &p : preds)
                top.push_back({{"index", p.index}, {"label", classes[p.index]}, {"prob", p.probability}});
            results.push_back({{"image", path}, {"model", h.config.name}, {"weights", h.weightsLabel}, {"top", top}});
            if (!a.flags.count("json")) {
                std::printf("%s  (%s, weights: %s)\n", path.c_str(), h.config.name.c_str(), h.weightsLabel.c_str());
                for (const Prediction &p : preds)
                    std::printf("  %6.2f%%  %4d  %s\n", 100.0 * p.probability, p.index, classes[p.index].c_str());
            }
        } catch (const Error &e) {
            ++failures;
            std::fprintf(stderr, "error: %s\n", e.what());
        }
    }
    if (a.flags.count("json"))
        std::cout << results.dump(1) << "\n";
    return failures ? 1 : 0;
#endif
}

int cmdEval(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; eval is unavailable");
#else
    if (!a.has("model") || !a.has("dir"))
        throw Error(ErrorCategory::InvalidInput, "eval needs --model M and --dir FOLDER_OR_CSV");
    const std::vector<LabelledImage> images = listLabelledImages(a.get("dir"));
    ModelHandle h = modelFromArgs(a, "accuracy means");
    EvalOptions o;
    o.resumeFile = a.get("resume");
    const EvalResult r = evaluate(h, images, [&h](const std::string &path) {
        return preprocessImage(decodeImageFile(path).rgb, h.preprocess);
    }, o);
    const auto &classes = imagenetClasses();
    if (a.flags.count("csv")) {
        std::printf("%s\n%s\n", evalCsvHeader().c_str(), evalCsvRow(r).c_str());
    } else if (a.flags.count("json")) {
        json perClass = json::array(), confused = json::array(), failed = json::array();
        for (const ClassAccuracy &c : r.perClass)
            perClass.push_back({{"label", c.label}, {"name", classes[size_t(c.label)]}, {"count", c.count}, {"top1", c.top1}});
        for (const Confusion &c : r.confused)
            confused.push_back({{"label", c.label}, {"predicted", c.predicted}, {"count", c.count}});
        for (const EvalSample &s : r.samples)
            if (!s.error.empty())
                failed.push_back({{"path", s.path}, {"error", s.error}});
        std::cout << json{{"model", r.model}, {"weights", h.weightsLabel}, {"img_size", r.imageSize},
                          {"crop_pct", r.cropPct}, {"interpolation", r.interpolation}, {"param_count", r.params},
                          {"images", images.size()}, {"evaluated", r.evaluated}, {"failed", r.failed},
                          {"resumed", r.resumed}, {"top1", r.top1}, {"top5", r.top5}, {"per_class", perClass},
                          {"confused", confused}, {"errors", failed}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%s (%s) on %s: %d images, top-1 %.3f%%, top-5 %.3f%%", r.model.c_str(), h.weightsLabel.c_str(),
                    a.get("dir").c_str(), r.evaluated, r.top1, r.top5);
        std::printf(r.failed ? ", %d failed\n" : "\n", r.failed);
        for (const ClassAccuracy &c : r.perClass)
            std::printf("  %4d %-30s %3d/%d\n", c.label, classes[size_t(c.label)].c_str(), c.top1, c.count);
        for (const Confusion &c : r.confused)
            std::printf("  confused: %s -> %s (%d)\n", classes[size_t(c.label)].c_str(), classes[size_t(c.predicted)].c_str(), c.count);
        for (const EvalSample &s : r.samples)
            if (!s.error.empty())
                std::fprintf(stderr, "error: %s\n", s.error.c_str());
    }
    return r.failed ? 1 : 0;
#endif
}

int cmdStudy(const Args &a)
{
    if (!a.has("budget"))
        throw Error(ErrorCategory::InvalidInput, "study needs --budget GMACS");
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
        std::printf("base,dimension,multiplier,width,depth,resolution,macs,params,median_ms,engine\n");
    else if (!a.flags.count("json"))
        std::printf("%-10s %10s %7s %7s %5s %9s %9s %9s\n", "dimension", "multiplier", "width", "depth", "res", "GMACs",
                    "M params", "ms");
    for (size_t i = 0; i < steps.size(); ++i) {
        std::vector<double> v = ms[i];
        std::sort(v.begin(), v.end());
        const double median = v[v.size() / 2];
        const StudyStep &s = steps[i];
        const char *dim = dimensionName(s.dimension);
        if (a.flags.count("csv"))
            std::printf("%s,%s,%.6g,%.6g,%.6g,%d,%lld,%lld,%.4f,%s\n", base.c_str(), dim, s.multiplier, s.width, s.depth,
                        s.resolution, (long long)s.macs, (long long)s.params, median, engines[i].c_str());
        else if (a.flags.count("json"))
            rows.push_back({{"base", base}, {"dimension", dim}, {"multiplier", s.multiplier}, {"width", s.width},
                            {"depth", s.depth}, {"resolution", s.resolution}, {"macs", s.macs}, {"params", s.params},
                            {"median_ms", median}, {"rounds_ms", ms[i]}, {"engine", engines[i]}});
        else
            std::printf("%-10s %10.3f %7.3f %7.3f %5d %9.3f %9.2f %9.2f\n", dim, s.multiplier, s.width, s.depth, s.resolution,
                        s.macs / 1e9, s.params / 1e6, median);
    }
    if (a.flags.count("json"))
        std::cout << json{{"base", base}, {"budget_gmacs", budget}, {"points", points}, {"iters", iters},
                          {"rounds", rounds}, {"threads", at::get_num_threads()}, {"steps", rows}}
                         .dump(1)
                  << "\n";
    return 0;
}

std::string fastLayout(const ModelHandle &h)
{
#ifdef EFFSCOPE_HAVE_DNNL
    if (h.fast)
        return h.fast->layoutName();
#endif
    return "libtorch";
}

ModelHandle benchModel(const Args &a, bool fast)
{
    if (!a.has("model"))
        throw Error(ErrorCategory::InvalidInput, a.command + " needs --model M");
    ModelRequest req;
    req.model = a.get("model");
    req.device = a.get("device", "cpu");
    req.weightsPath = a.get("weights");
    req.pretrained = !req.weightsPath.empty(); // timing does not depend on the weights' values
    req.fastPath = fast;
    return loadModel(req, {});
}

int cmdBench(const Args &a)
{
    const std::string engine = a.get("engine", "fast");
    if (engine != "fast" && engine != "reference")
        throw Error(ErrorCategory::InvalidInput, "--engine must be fast or reference");
    BenchOptions o;
    if (a.has("resolution")) o.resolution = toInt("resolution", a.get("resolution"), 16, 4096);
    if (a.has("batch")) o.batch = toInt("batch", a.get("batch"), 1, 1024);
    if (a.has("threads")) o.threads = toInt("threads", a.get("threads"), 1, 1024);
    if (a.has("iters")) o.iters = toInt("iters", a.get("iters"), 1, 100000);
    if (a.has("warmup")) o.warmup = toInt("warmup", a.get("warmup"), 0, 100000);
    o.dtype = a.get("dtype", "fp32");
    // Model switch: build + load weights (+ fold for the fast path), then the first run, which
    // builds the oneDNN plan for this input shape.
    const auto t0 = std::chrono::steady_clock::now();
    ModelHandle h = benchModel(a, engine == "fast");
    const double loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    double firstRunMs = 0;
    {
        c10::InferenceMode guard;
        const int size = o.resolution > 0 ? o.resolution : h.preprocess.cropSize;
        if (o.threads > 0)
            useThreads(o.threads);
        const auto t1 = std::chrono::steady_clock::now();
        h.forward(at::zeros({o.batch, 3, size, size}));
        firstRunMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
    }
    const BenchResult r = runBenchmark(h, o);
    const json j = {{"model", r.model}, {"img_size", r.imgSize}, {"batch", r.batch},
                    {"samples_per_sec", r.samplesPerSec}, {"step_ms_median", r.stepMsMedian},
                    {"step_ms_p90", r.stepMsP90}, {"step_ms_mean", r.stepMsMean}, {"step_ms_min", r.stepMsMin},
                    {"params", r.params}, {"gmacs", r.macs / 1e9}, {"peak_rss_mb", r.peakRssBytes / 1048576.0},
                    {"device", r.device}, {"threads", r.threads}, {"dtype", r.dtype}, {"engine", r.engine},
                    {"iters", r.iters}, {"libtorch", r.libtorchVersion}, {"load_ms", loadMs},
                    {"first_run_ms", firstRunMs}, {"weights", h.pretrained ? h.weightsPath : "random init"},
                    {"layout", fastLayout(h)}};
    if (a.flags.count("json")) {
        std::cout << j.dump(1) << "\n";
    } else if (a.flags.count("csv")) {
        std::string header, row;
        for (auto it = j.begin(); it != j.end(); ++it) {
            header += (header.empty() ? "" : ",") + it.key();
            row += (row.empty() ? "" : ",") + (it->is_string() ? it->get<std::string>() : it->dump());
        }
        std::cout << header << "\n" << row << "\n";
    } else {
        std::printf("%s %dx%d batch %d, %s, %d threads, %s (%s): median %.2f ms, p90 %.2f ms, %.1f samples/s, "
                    "%lld params, %.3f GMACs, peak RSS %.0f MB, LibTorch %s; model ready in %.0f ms, first run "
                    "%.0f ms\n",
                    r.model.c_str(), r.imgSize, r.imgSize, r.batch, r.device.c_str(), r.threads, r.dtype.c_str(),
                    r.engine.c_str(), r.stepMsMedian, r.stepMsP90, r.samplesPerSec, (long long)r.params,
                    r.macs / 1e9, r.peakRssBytes / 1048576.0, r.libtorchVersion.c_str(), loadMs, firstRunMs);
    }
    return 0;
}

int cmdProfile(const Args &a)
{
#ifndef EFFSCOPE_HAVE_DNNL
    throw Error(ErrorCategory::UnsupportedFormat, "this build has no oneDNN fast path to profile");
#else
    ModelHandle h = benchModel(a, true);
    const int size = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : h.preprocess.cropSize;
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 1, 1024) : 1;
    const int iters = a.has("iters") ? toInt("iters", a.get("iters"), 1, 100000) : 20;
    if (a.has("threads"))
        useThreads(toInt("threads", a.get("threads"), 1, 1024));
    const ModelProfile prof = profileModel(h.net->spec(), size, size);
    std::map<std::string, int64_t> macsByName;
    std::map<std::string, std::pair<double, int64_t>> byKind; // ms, MACs
    for (const LayerProfile &l : prof.layers) {
        macsByName[l.name] = l.macs * batch;
        byKind[layerKindName(l.kind)].second += l.macs * batch;
    }
    c10::InferenceMode guard;
    const auto steps = h.fast->profile(at::randn({batch, 3, size, size}), iters);
    double total = 0;
    json layers = json::array();
    std::map<std::string, std::string> kindByName;
    for (const LayerProfile &l : prof.layers)
        kindByName[l.name] = layerKindName(l.kind);
    for (const StepTiming &s : steps) {
        total += s.ms;
        byKind[s.kind].first += s.ms;
        // a fused step ("expand + depthwise") is charged the MACs of every layer it runs
        json macs = nullptr;
        for (size_t from = 0; from <= s.name.size();) {
            const size_t to = std::min(s.name.find(" + ", from), s.name.size());
            const std::string part = s.name.substr(from, to - from);
            if (const auto m = macsByName.find(part); m != macsByName.end()) {
                macs = (macs.is_null() ? 0 : macs.get<int64_t>()) + m->second;
                if (s.name.find(" + ") != std::string::npos) { // charge the fused kind
                    byKind[kindByName[part]].second -= m->second;
                    byKind[s.kind].second += m->second;
                }
            }
            from = to + 3;
        }
        layers.push_back({{"name", s.name}, {"kind", s.kind}, {"impl", s.impl}, {"ms", s.ms}, {"macs", macs}});
    }
    json kinds = json::array();
    for (const char *k :
         {"stem", "expand", "expand+dw", "depthwise", "se", "project", "residual", "head", "pool", "classifier"}) {
        auto it = byKind.find(k);
        if (it == byKind.end())
            continue;
        const auto [ms, macs] = it->second;
        kinds.push_back({{"kind", k}, {"ms", ms}, {"share", total > 0 ? ms / total : 0}, {"macs", macs},
                         {"macs_share", double(macs) / (prof.macs * batch)},
                         {"gmacs_per_sec", ms > 0 ? macs / ms / 1e6 : 0}});
    }
    if (a.flags.count("json")) {
        std::cout << json{{"model", h.config.name}, {"img_size", size}, {"batch", batch},
                          {"threads", at::get_num_threads()}, {"total_ms", total}, {"kinds", kinds},
                          {"layers", layers}}.dump(1) << "\n";
        return 0;
    }
    std::printf("%s %dx%d batch %d, %d threads: %.2f ms summed over %zu primitives (%d runs each)\n\n",
                h.config.name.c_str(), size, size, batch, at::get_num_threads(), total, steps.size(), iters);
    std::printf("%-11s %9s %7s %10s %7s %10s\n", "kind", "ms", "time", "MMACs", "MACs", "GMAC/s");
    for (const auto &k : kinds)
        std::printf("%-11s %9.3f %6.1f%% %10.1f %6.1f%% %10.1f\n", k["kind"].get<std::string>().c_str(),
                    k["ms"].get<double>(), 100 * k["share"].get<double>(), k["macs"].get<int64_t>() / 1e6,
                    100 * k["macs_share"].get<double>(), k["gmacs_per_sec"].get<double>());
    std::printf("\n%-28s %-11s %-24s %9s %10s\n", "layer", "kind", "oneDNN impl", "ms", "MMACs");
    for (const auto &l : layers)
        std::printf("%-28s %-11s %-24s %9.3f %10s\n", l["name"].get<std::string>().c_str(),
                    l["kind"].get<std::string>().c_str(), l["impl"].get<std::string>().c_str(), l["ms"].get<double>(),
                    l["macs"].is_null() ? "" : std::to_string(l["macs"].get<int64_t>() / 1000000).c_str());
    return 0;
#endif
}

int cmdMemory(const Args &a)
{
    std::vector<std::string> names;
    std::string list = a.get("models", "b0,b1,b2,b3,b4,b5,b6,b7");
    for (size_t start = 0; start <= list.size();) {
        const size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start)
            names.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    if (names.empty())
        throw Error(ErrorCategory::InvalidInput, "--models needs at least one preset");
    std::vector<ModelHandle> loaded;
    json rows = json::array();
    const int64_t base = currentRssBytes();
    c10::InferenceMode guard;
    for (const std::string &n : names) {
        ModelRequest req;
        req.model = n;
        req.pretrained = false;
        loaded.push_back(loadModel(req, {}));
        const int size = loaded.back().preprocess.cropSize;
        loaded.back().forward(at::zeros({1, 3, size, size})); // builds the plan and its buffers
        rows.push_back({{"model", n}, {"img_size", size}, {"rss_mb", currentRssBytes() / 1048576.0}});
        if (!a.flags.count("json"))
            std::printf("%-6s loaded (plan at %d px): RSS %.0f MB\n", n.c_str(), size, currentRssBytes() / 1048576.0);
    }
    const json out = {{"start_rss_mb", base / 1048576.0}, {"models", rows},
                      {"rss_mb", currentRssBytes() / 1048576.0}, {"peak_rss_mb", peakRssBytes() / 1048576.0}};
    if (a.flags.count("json"))
        std::cout << out.dump(1) << "\n";
    else
        std::printf("all %zu loaded: RSS %.0f MB, peak %.0f MB (process start %.0f MB)\n", names.size(),
                    currentRssBytes() / 1048576.0, peakRssBytes() / 1048576.0, base / 1048576.0);
    return 0;
}

} // namespace

int run(const std::vector<std::string> &argv)
{
    try {
        if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
            std::fputs(kUsage, argv.empty() ? stderr : stdout);
            return argv.empty() ? 2 : 0;
        }
        if (argv[0] == "--version") {
            std::printf("effscope-cli %s\n", EFFSCOPE_VERSION);
            return 0;
        }
        const std::string &cmd = argv[0];
        useThreads(); // every logical CPU unless OMP_NUM_THREADS or --threads says otherwise
        if (cmd == "info")
            return cmdInfo(parse(argv, {"resolution"}, {"json"}));
        if (cmd == "scale")
            return cmdScale(parse(argv, {"alpha", "beta", "gamma", "phi", "width", "depth", "resolution", "dropout",
                                         "stage-width", "stage-depth"},
                                  {"json", "lite"}));
        if (cmd == "classify")
            return cmdClassify(parse(argv, {"model", "weights", "topk", "device"}, {"json"}));
        if (cmd == "eval")
            return cmdEval(parse(argv, {"model", "weights", "device", "dir", "resume"}, {"json", "csv"}));
        if (cmd == "bench")
            return cmdBench(parse(argv, {"model", "resolution", "batch", "threads", "iters", "warmup", "device", "dtype",
                                         "engine", "weights"},
                                  {"json", "csv"}));
        if (cmd == "profile")
            return cmdProfile(parse(argv, {"model", "resolution", "batch", "threads", "iters"}, {"json"}));
        if (cmd == "memory")
            return cmdMemory(parse(argv, {"models"}, {"json"}));
        if (cmd == "layers")
            return cmdLayers(parse(argv, {"model", "resolution"}, {"json"}));
        if (cmd == "cam")
            return cmdCam(parse(argv, {"model", "weights", "device", "method", "layer", "class", "smooth", "colormap",
                                       "opacity", "out", "raw", "batch", "repeat"},
                                {"json", "no-metrics"}));
        if (cmd == "activations")
            return cmdActivations(parse(argv, {"model", "weights", "device", "layer", "out", "top", "columns", "cell",
                                               "sort", "colormap"},
                                        {"json"}));
        if (cmd == "presets")
            return cmdPresets(parse(argv, {}, {"json"}));
        if (cmd == "importance")
            return cmdImportance(parse(argv, {"model", "weights", "device"}, {"json"}));
        if (cmd == "study")
            return cmdStudy(parse(argv, {"base", "budget", "points", "dimensions", "iters", "rounds", "device"},
                                  {"json", "csv"}));
        throw Error(ErrorCategory::InvalidInput, "unknown command '" + cmd + "' (try --help)");
    } catch (const Error &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 3;
    }
}

} // namespace effscope::cli
