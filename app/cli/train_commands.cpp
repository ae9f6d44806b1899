// SPDX-License-Identifier: MIT
// effscope-cli train: fine-tune a pretrained scale on the user's labelled folder (a new head
// for its classes) or train one from scratch, with the paper's recipe as options.
#include "commands.h"
#include "explain_commands.h"
#include "train_support.h"

#include "common/error.h"
#include "common/paths.h"
#include "infer/devices.h"
#include "infer/engine.h"
#include "weights/registry.h"

#include "arch/presets.h"
#include "infer/benchmark.h"
#include "train/trainer.h"

#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/linear_probe.h"
#include "pipeline/train_run.h"
#endif

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace effscope::cli {

using namespace core;
using json = nlohmann::json;

TrainConfig recipeFromArgs(const Args &a, bool scratch, uint64_t seed)
{
    TrainConfig c;
    c.seed = seed;
    c.optimizer.kind = parseOptimizer(a.get("optimizer", scratch ? "rmsproptf" : "sgd"));
    c.schedule.base = a.has("lr") ? toDouble("lr", a.get("lr")) : c.optimizer.kind == OptimizerKind::Sgd ? 0.01 : 0.004;
    c.schedule.warmupSteps = a.has("warmup-steps") ? toInt("warmup-steps", a.get("warmup-steps"), 0, 1 << 30) : 0;
    if (a.has("decay-steps"))
        c.schedule.decaySteps = toDouble("decay-steps", a.get("decay-steps"));
    if (a.has("decay-rate"))
        c.schedule.decayRate = toDouble("decay-rate", a.get("decay-rate"));
    if (a.has("weight-decay"))
        c.optimizer.weightDecay = toDouble("weight-decay", a.get("weight-decay"));
    if (a.has("momentum"))
        c.optimizer.momentum = toDouble("momentum", a.get("momentum"));
    if (a.has("label-smoothing"))
        c.labelSmoothing = toDouble("label-smoothing", a.get("label-smoothing"));
    // short fine-tunes need BN statistics that follow the weights within tens of steps
    c.bnMomentum = a.has("bn-momentum") ? toDouble("bn-momentum", a.get("bn-momentum")) : 0.1;
    if (a.has("dropout"))
        c.dropout = toDouble("dropout", a.get("dropout"));
    if (a.has("stochastic-depth"))
        c.stochasticDepth = toDouble("stochastic-depth", a.get("stochastic-depth"));
    if (a.has("clip-norm"))
        c.clipNorm = toDouble("clip-norm", a.get("clip-norm"));
    c.amp = a.flags.count("amp") > 0;
    return c;
}

#ifdef EFFSCOPE_WITH_VISION
TrainRunOptions budgetFromArgs(const Args &a)
{
    TrainRunOptions o;
    o.batchSize = a.has("batch") ? toInt("batch", a.get("batch"), 2, 4096) : 32;
    if (a.has("steps"))
        o.steps = toInt("steps", a.get("steps"), 1, 1 << 30);
    if (a.has("epochs"))
        o.epochs = toDouble("epochs", a.get("epochs"));
    if (a.has("minutes"))
        o.minutes = toDouble("minutes", a.get("minutes"));
    if (a.has("eval-every"))
        o.evalEvery = toInt("eval-every", a.get("eval-every"), 1, 1 << 30);
    return o;
}
#endif

int cmdTrain(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; train is unavailable");
#else
    if (!a.has("data") || !a.has("model"))
        throw UsageError("train needs --data FOLDER_OR_CSV and --model M");
    const std::string mode = a.get("mode", "finetune"); // or scratch (the parser's choices)
    const uint64_t seed = uint64_t(toInt("seed", a.get("seed", "0"), 0, 1 << 30));
    const double valFraction = a.has("val-fraction") ? toDouble("val-fraction", a.get("val-fraction")) : 0.2;
    const TrainingData data = loadTrainingData(a.get("data"), valFraction, seed);

    const TrainConfig c = recipeFromArgs(a, mode == "scratch", seed);

    ModelHandle h = modelFromArgs(a, "fine-tuning starts from");
    if (mode == "finetune" && !h.pretrained)
        throw Error(ErrorCategory::InvalidInput, "fine-tuning needs pretrained weights for " + h.config.name
                                                     + " (download them, give --weights, or use --mode scratch)");
    if (mode == "scratch") {
        at::manual_seed(seed);
        ResolvedModel spec = resolve(h.config);
        spec.numClasses = int(data.classes.size());
        h.net = EfficientNet(spec);
        h.net->to(torchDevice(h.device));
    }
    EfficientNet net = mode == "scratch" ? h.net : withClasses(*h.net, int(data.classes.size()), seed);
    h.fast.reset(); // the inference plan holds a copy of the weights training does not need
    const int resolution = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : h.preprocess.cropSize;

    Augmentation aug;
    if (a.has("min-scale"))
        aug.minScale = toDouble("min-scale", a.get("min-scale"));
    BatchMaker maker(h.preprocess, resolution, aug, seed, useThreads());
    std::fprintf(stderr, "%zu classes, %zu training and %zu validation images%s; decoding...\n", data.classes.size(),
                 data.split.train.size(), data.split.validation.size(), data.givenSplit ? " (given split)" : "");
    maker.prepare(data.split.train);

    TrainRunOptions o = budgetFromArgs(a);
    o.checkpoint = a.get("checkpoint");
    o.resume = a.flags.count("resume") > 0;
    if (o.resume && o.checkpoint.empty())
        throw UsageError("--resume needs --checkpoint FILE");
    o.bestWeights = a.get("out");

    Trainer trainer(net, c);
    const CancelOnInterrupt interrupt;
    const TrainOutcome out = runTraining(trainer, maker, data, o, [&](const TrainPoint &p, const TrainOutcome &s) {
        if (interrupt.requested())
            return false;
        if (!std::isnan(p.valAccuracy))
            std::fprintf(stderr, "step %lld/%lld (epoch %.2f): loss %.4f, lr %.3g, validation accuracy %.4f, %.1f s\n",
                         (long long)p.step, (long long)s.totalSteps, p.epoch, p.loss, p.lr, p.valAccuracy, p.seconds);
        return true;
    });
    const double imagesPerSecond = out.seconds > 0 ? double(out.imagesSeen) / out.seconds : 0.0;
    if (a.flags.count("json")) {
        json curve = json::array();
        for (const TrainPoint &p : out.curve) {
            json point{{"step", p.step}, {"epoch", p.epoch}, {"loss", p.loss}, {"train_accuracy", p.trainAccuracy}, {"lr", p.lr}};
            if (!std::isnan(p.valAccuracy)) {
                point["val_accuracy"] = p.valAccuracy;
                point["val_loss"] = p.valLoss;
            }
            curve.push_back(point);
        }
        std::cout << json{{"model", h.config.name},
                          {"mode", mode},
                          {"weights", h.weightsLabel},
                          {"classes", data.classes},
                          {"train_images", data.split.train.size()},
                          {"val_images", data.split.validation.size()},
                          {"resolution", resolution},
                          {"optimizer", optimizerName(c.optimizer.kind)},
                          {"steps", out.steps},
                          {"resumed_from", out.resumedFrom},
                          {"best_val_accuracy", out.bestValAccuracy},
                          {"best_step", out.bestStep},
                          {"final_val_accuracy", out.finalValAccuracy},
                          {"budget_reached", out.budgetReached},
                          {"seconds", out.seconds},
                          {"images_per_second", imagesPerSecond},
                          {"checkpoint", o.checkpoint},
                          {"best_weights", o.bestWeights},
                          {"curve", curve}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%s (%s) on %s: %lld steps, validation accuracy %.4f (best %.4f at step %lld), %.1f images/s\n",
                    h.config.name.c_str(), mode.c_str(), a.get("data").c_str(), (long long)out.steps, out.finalValAccuracy,
                    out.bestValAccuracy, (long long)out.bestStep, imagesPerSecond);
        if (!o.bestWeights.empty())
            std::printf("best weights: %s\n", o.bestWeights.c_str());
    }
    if (interrupt.requested()) {
        std::fprintf(stderr, "interrupted at step %lld%s\n", (long long)out.steps,
                     o.checkpoint.empty() ? "" : "; the same command with --resume continues from the checkpoint");
        return kInterrupted;
    }
    return kOk;
#endif
}

int cmdProbe(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; probe is unavailable");
#else
    if (!a.has("data"))
        throw UsageError("probe needs --data FOLDER_OR_CSV");
    const uint64_t seed = uint64_t(toInt("seed", a.get("seed", "0"), 0, 1 << 30));
    const double valFraction = a.has("val-fraction") ? toDouble("val-fraction", a.get("val-fraction")) : 0.2;
    const TrainingData data = loadTrainingData(a.get("data"), valFraction, seed);
    ProbeOptions po;
    po.seed = seed;
    if (a.has("epochs"))
        po.epochs = toInt("epochs", a.get("epochs"), 1, 100000);
    BenchOptions bo;
    bo.iters = a.has("latency-iters") ? toInt("latency-iters", a.get("latency-iters"), 1, 100000) : 20;
    bo.warmup = 3;
    std::vector<std::string> models;
    std::stringstream list(a.get("models", "lite0"));
    for (std::string m; std::getline(list, m, ',');)
        if (!m.empty())
            models.push_back(m);
    const std::vector<WeightEntry> registry = loadRegistry(resourcePath("weights.json"));
    json rows = json::array();
    std::fprintf(stderr, "%zu classes, %zu training and %zu validation images\n", data.classes.size(),
                 data.split.train.size(), data.split.validation.size());
    for (const std::string &m : models) {
        ModelRequest req;
        req.model = m;
        req.device = a.get("device", "cpu");
        ModelHandle h = loadModel(req, registry);
        if (!h.pretrained)
            std::fprintf(stderr, "warning: %s has no pretrained weights cached: its features are random\n", m.c_str());
        BatchMaker maker(h.preprocess, h.preprocess.cropSize, Augmentation{}, seed, useThreads());
        const ProbeResult r = linearProbe(h.net, maker, data, po);
        const BenchResult lat = runBenchmark(h, bo);
        rows.push_back({{"model", m}, {"weights", h.weightsLabel}, {"pretrained", h.pretrained},
                        {"resolution", h.preprocess.cropSize}, {"params", lat.params}, {"macs", lat.macs},
                        {"val_accuracy", r.valAccuracy}, {"train_accuracy", r.trainAccuracy}, {"feature_dim", r.featureDim},
                        {"latency_ms", lat.stepMsMedian}, {"latency_engine", lat.engine},
                        {"feature_seconds", r.featureSeconds}, {"fit_seconds", r.fitSeconds}});
        std::fprintf(stderr, "%s: validation accuracy %.4f, %.2f ms per image (%s)\n", m.c_str(), r.valAccuracy,
                     lat.stepMsMedian, lat.engine.c_str());
    }
    if (a.flags.count("csv")) {
        printCsv(rows, {"model", "weights", "pretrained", "resolution", "params", "macs", "val_accuracy",
                        "train_accuracy", "feature_dim", "latency_ms", "latency_engine", "feature_seconds",
                        "fit_seconds"});
    } else if (a.flags.count("json")) {
        std::cout << json{{"data", a.get("data")}, {"classes", data.classes}, {"train_images", data.split.train.size()},
                          {"val_images", data.split.validation.size()}, {"seed", seed}, {"epochs", po.epochs},
                          {"models", rows}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%-10s %10s %8s %12s %10s\n", "model", "val acc", "GMACs", "latency ms", "pretrained");
        for (const json &r : rows)
            std::printf("%-10s %10.4f %8.3f %12.2f %10s\n", r["model"].get<std::string>().c_str(),
                        r["val_accuracy"].get<double>(), r["macs"].get<double>() / 1e9, r["latency_ms"].get<double>(),
                        r["pretrained"].get<bool>() ? "yes" : "no");
    }
    return 0;
#endif
}

int benchTrain(const Args &a)
{
    // training steps of a preset on random tensors (no data loading): the engine's training
    // throughput, to set beside PyTorch eager's (bench/train_throughput.py)
    if (!a.has("model"))
        throw UsageError("bench --train needs --model M");
    if (a.has("threads"))
        useThreads(toInt("threads", a.get("threads"), 1, 1024));
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 2, 1024) : 16;
    const int iters = a.has("iters") ? toInt("iters", a.get("iters"), 1, 100000) : 5;
    const int warmup = a.has("warmup") ? toInt("warmup", a.get("warmup"), 0, 100000) : 1;
    const std::string model = a.get("model"), device = canonicalDevice(a.get("device", "cpu"));
    const ModelConfig config = preset(model); // random weights: timing does not depend on their values
    at::manual_seed(0);
    EfficientNet net(resolve(config));
    net->to(torchDevice(device));
    const int r = a.has("resolution") ? toInt("resolution", a.get("resolution"), 16, 4096) : presetPreprocess(model).cropSize;
    TrainConfig c; // the paper's recipe: RMSProp, label smoothing, dropout, stochastic depth 0.2
    c.amp = a.flags.count("amp") > 0;
    Trainer trainer(net, c);
    const at::Tensor x = at::randn({batch, 3, r, r});
    const at::Tensor y = at::randint(0, net->spec().numClasses, {batch}, at::kLong);
    std::vector<double> ms, forward, backward, update;
    for (int i = 0; i < warmup + iters; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const StepResult s = trainer.step(x, y); // reads the loss back, so a GPU step has finished when it returns
        const double t = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (i >= warmup) {
            ms.push_back(t);
            forward.push_back(s.forwardMs);
            backward.push_back(s.backwardMs);
            update.push_back(s.updateMs);
        }
    }
    const auto medianOf = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double median = medianOf(ms);
    const json out{{"model", config.name}, {"device", device}, {"batch", batch}, {"resolution", r},
                   {"threads", at::get_num_threads()}, {"amp", c.amp}, {"step_ms_median", median}, {"steps_ms", ms},
                   {"forward_ms_median", medianOf(forward)}, {"backward_ms_median", medianOf(backward)},
                   {"update_ms_median", medianOf(update)},
                   {"images_per_second", 1000.0 * batch / median}, {"engine", "effscope-train (LibTorch eager autograd)"}};
    if (a.flags.count("json"))
        std::cout << out.dump(1) << "\n";
    else
        std::printf("%s training at %d px, batch %d: %.1f ms per step, %.2f images/s\n", config.name.c_str(), r, batch,
                    median, 1000.0 * batch / median);
    return 0;
}

} // namespace effscope::cli
