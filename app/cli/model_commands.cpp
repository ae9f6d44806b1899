// SPDX-License-Identifier: MIT
// effscope-cli presets | info | scale: the architecture as data (analytic, no tensors).
#include "commands.h"

#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

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

} // namespace

int cmdPresets(const Args &a)
{
    const Output format = outputOf(a);
    json out = json::array();
    for (const std::string &n : presetNames()) {
        const ResolvedModel m = resolve(preset(n));
        const ModelProfile p = profileModel(m);
        out.push_back({{"model", n}, {"resolution", m.resolution}, {"params", p.params}, {"macs", p.macs}});
        if (format == Output::Table)
            std::printf("%-6s %4d px %11lld params %8.3f GMACs\n", n.c_str(), m.resolution, (long long)p.params,
                        p.macs / 1e9);
    }
    if (format == Output::Json)
        std::cout << out.dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(out, {"model", "resolution", "params", "macs"});
    return 0;
}

int cmdInfo(const Args &a)
{
    if (a.positional.size() != 1)
        throw UsageError("info needs exactly one MODEL (one of the presets)");
    const ModelConfig c = preset(a.positional[0]);
    const ResolvedModel m = resolve(c);
    const int res = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : m.resolution;
    const ModelProfile p = profileModel(m, res, res);
    const Output format = outputOf(a);
    if (format == Output::Json)
        std::cout << profileJson(c.name, p).dump(1) << "\n";
    else if (format == Output::Csv)
        printCsv(profileJson(c.name, p)["layers"], {"name", "kind", "in_shape", "out_shape", "params", "macs",
                                                    "elementwise_ops", "activation_bytes"});
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
                throw UsageError(std::string("compound scaling needs --") + k
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
        throw UsageError("scale needs --alpha --beta --gamma --phi, or --width and --depth");
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
    if (a.flags.count("csv")) { // the stage table; with per-stage factors, the uniform scale's beside it
        std::vector<std::string> columns{"stage", "out_channels", "repeats", "kernel", "stride", "expand"};
        if (!uniform.is_null()) {
            for (size_t st = 0; st < stages.size(); ++st) {
                stages[st]["uniform_out_channels"] = uniform["stages"][st]["out_channels"];
                stages[st]["uniform_repeats"] = uniform["stages"][st]["repeats"];
            }
            columns.insert(columns.end(), {"uniform_out_channels", "uniform_repeats"});
        }
        printCsv(stages, columns);
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

} // namespace effscope::cli
