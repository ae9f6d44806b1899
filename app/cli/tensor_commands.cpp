// SPDX-License-Identifier: MIT
// effscope-cli forward: the engine on preprocessed tensors (.npy in, .npy out), with no image
// decoding, so it runs in every build (the CUDA build on a machine without OpenCV too). Logits in
// the requested precision and, optionally, a class activation map per input: what a script or
// a parity check compares against another implementation.
#include "commands.h"

#include "common/cam_method.h"
#include "common/error.h"
#include "common/npy.h"
#include "common/paths.h"
#include "explain/cam.h"
#include "infer/engine.h"
#include "weights/registry.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int cmdForward(const Args &a)
{
    if (!a.has("model"))
        throw UsageError("forward needs --model M");
    if (!a.has("input"))
        throw UsageError("forward needs --input x.npy (float32 [N, 3, H, W])");
    if (!a.has("out") && !a.flags.count("json"))
        throw UsageError("forward needs --out logits.npy (or --json)");
    if (a.has("cam") != a.has("cam-out"))
        throw UsageError("--cam METHOD and --cam-out maps.npy go together");
    const std::string dtype = a.get("dtype", "fp32"); // fp32, bf16 or fp16 (the parser's choices)
    CamOptions co;
    if (a.has("cam")) {
        co.method = parseCamMethod(a.get("cam"));
        co.layer = a.get("layer");
        if (a.has("class"))
            co.targetClass = toInt("class", a.get("class"), 0, 1000000);
    }

    const NpyArray in = readNpy(a.get("input"));
    if (in.shape.size() != 4 || in.shape[1] != 3 || in.shape[0] < 1 || in.shape[2] < 16 || in.shape[3] < 16)
        throw Error(ErrorCategory::ShapeMismatch, "--input must hold float32 [N, 3, H, W] with H, W >= 16");

    ModelRequest req;
    req.model = a.get("model");
    req.weightsPath = a.get("weights");
    req.allowNonFinite = a.flags.count("allow-nonfinite") > 0;
    req.device = a.get("device", "cpu");
    req.precision = dtype;
    const auto t0 = std::chrono::steady_clock::now();
    ModelHandle h = loadModel(req, loadRegistry(resourcePath("weights.json")));
    const double loadMs = msSince(t0);
    warnIfUnreliable(h);
    if (!h.pretrained)
        std::fprintf(stderr, "warning: %s runs untrained (random init): pass --weights FILE\n", h.config.name.c_str());
    if (!co.layer.empty())
        checkLayer(h.net->spec(), co.layer);

    const at::Tensor x = at::from_blob(const_cast<float *>(in.data.data()), in.shape, at::kFloat).clone();
    at::Tensor logits;
    double forwardMs = 0;
    {
        c10::InferenceMode guard;
        const auto t1 = std::chrono::steady_clock::now();
        logits = h.classifyForward(x).to(at::kCPU, at::kFloat).contiguous();
        forwardMs = msSince(t1);
    }
    if (a.has("out"))
        writeNpy(a.get("out"), {logits.size(0), logits.size(1)}, logits.data_ptr<float>());

    json cams = json::array();
    if (a.has("cam")) {
        std::vector<at::Tensor> maps;
        for (int64_t i = 0; i < x.size(0); ++i) {
            const auto t2 = std::chrono::steady_clock::now();
            const CamResult r = computeCam(h, x.slice(0, i, i + 1), co);
            const double camMs = msSince(t2);
            maps.push_back(r.map.to(at::kCPU, at::kFloat).contiguous());
            cams.push_back({{"class", r.targetClass}, {"layer", r.layer}, {"logit", r.targetLogit},
                            {"probability", r.targetProbability}, {"closed_form", r.closedForm}, {"ms", camMs}});
        }
        const at::Tensor stacked = at::stack(maps).contiguous();
        writeNpy(a.get("cam-out"), {stacked.size(0), stacked.size(1), stacked.size(2)}, stacked.data_ptr<float>());
    }

    const at::Tensor top1 = logits.argmax(1);
    json tops = json::array();
    for (int64_t i = 0; i < top1.size(0); ++i)
        tops.push_back(top1[i].item<int64_t>());
    const json j = {{"model", h.config.name}, {"weights", h.weightsLabel}, {"device", h.device},
                    {"dtype", dtype}, {"engine", h.engineName()}, {"shape", in.shape}, {"top1", tops},
                    {"load_ms", loadMs}, {"forward_ms", forwardMs}, {"cams", cams}};
    if (a.flags.count("json"))
        std::cout << j.dump(1) << "\n";
    else
        std::printf("%s on %s (%s, %s): %lld inputs, load %.0f ms, forward %.1f ms\n", h.config.name.c_str(),
                    h.device.c_str(), dtype.c_str(), h.engineName(), (long long)in.shape[0], loadMs, forwardMs);
    return 0;
}

} // namespace effscope::cli
