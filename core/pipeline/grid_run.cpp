// SPDX-License-Identifier: MIT
#include "pipeline/grid_run.h"

#include "common/error.h"
#include "common/file_io.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

namespace effscope::core {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

constexpr const char *kFormat = "effscope-grid-search-1";

std::string gridFile(const std::string &dir)
{
    return (fs::path(dir) / "grid.json").string();
}

std::string checkpointFile(const std::string &dir, size_t index)
{
    return (fs::path(dir) / ("candidate-" + std::to_string(index) + ".safetensors")).string();
}

// What must match for a resumed search to be the same search: the candidates (coefficients and
// the networks they round to), the data (classes, images in split order), recipe and budget.
std::string fingerprint(const std::vector<GridCandidate> &candidates, const TrainingData &data, const GridRunOptions &o)
{
    std::ostringstream s;
    s.precision(17);
    for (const GridCandidate &c : candidates)
        s << c.config.name << ' ' << c.alpha << ' ' << c.beta << ' ' << c.gamma << ' ' << c.config.scaling.resolution
          << ' ' << c.macs << ' ' << c.params << ';';
    s << "|classes";
    for (const std::string &c : data.classes)
        s << ' ' << c;
    uint64_t h = 1469598103934665603ull; // FNV-1a of the split: paths and labels in order
    auto mix = [&](const std::string &text) {
        for (unsigned char ch : text)
            h = (h ^ ch) * 1099511628211ull;
    };
    for (const auto *part : {&data.split.train, &data.split.validation})
        for (const LabelledImage &i : *part)
            mix(i.path + "\t" + std::to_string(i.label) + "\n");
    s << "|data " << data.split.train.size() << ' ' << data.split.validation.size() << ' ' << std::hex << h << std::dec;
    const TrainConfig &r = o.recipe;
    s << "|recipe " << int(r.optimizer.kind) << ' ' << r.optimizer.momentum << ' ' << r.optimizer.weightDecay << ' '
      << r.schedule.base << ' ' << r.schedule.warmupSteps << ' ' << r.schedule.decayRate << ' ' << r.schedule.decaySteps
      << ' ' << r.labelSmoothing << ' ' << r.bnMomentum << ' ' << r.dropout << ' ' << r.stochasticDepth << ' '
      << r.clipNorm << ' ' << r.amp << ' ' << r.seed;
    const TrainRunOptions &b = o.budget;
    s << "|budget " << b.batchSize << ' ' << b.steps << ' ' << b.epochs << ' ' << b.minutes << ' ' << b.evalEvery;
    const Augmentation &a = o.augmentation;
    s << "|augmentation " << a.randomResizedCrop << ' ' << a.minScale << ' ' << a.maxScale << ' ' << a.minRatio << ' '
      << a.maxRatio << ' ' << a.horizontalFlip;
    return s.str();
}

json resultJson(const GridRunResult &r)
{
    const GridCandidate &c = r.candidate;
    json j{{"alpha", c.alpha},           {"beta", c.beta},
           {"gamma", c.gamma},           {"constraint", c.constraint},
           {"resolution", c.config.scaling.resolution},
           {"macs", c.macs},             {"params", c.params},
           {"realised_growth", c.realisedGrowth},
           {"paper_point", c.paperPoint}, {"done", r.done}};
    if (r.done) {
        j["val_accuracy"] = r.valAccuracy;
        j["best_val_accuracy"] = r.bestValAccuracy;
        j["val_loss"] = std::isnan(r.valLoss) ? json(nullptr) : json(r.valLoss);
        j["steps"] = r.steps;
        j["seconds"] = r.seconds;
        j["latency_ms"] = std::isnan(r.latencyMs) ? json(nullptr) : json(r.latencyMs);
        j["rank"] = r.rank;
    }
    return j;
}

double numberOr(const json &j, const char *key, double fallback)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

// The finished candidates recorded in `dir`'s grid.json, into `results`; refuses another search's.
void readRecorded(const std::string &dir, const std::string &expected, std::vector<GridRunResult> &results)
{
    const std::string path = gridFile(dir);
    std::error_code ec;
    if (!fs::exists(path, ec))
        return;
    const auto text = readWholeFile(path, size_t(64) << 20, "grid search record");
    json j;
    try {
        j = json::parse(*text);
    } catch (const json::exception &e) {
        throw Error(ErrorCategory::InvalidInput, path + " is not a grid search record (" + e.what() + ")");
    }
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw Error(ErrorCategory::InvalidInput, path + " is not an effscope grid search record");
    if (j.value("fingerprint", "") != expected)
        throw Error(ErrorCategory::InvalidInput, dir + " holds another grid search (other candidates, data, recipe or "
                                                       "budget): choose another folder or start afresh");
    const json &list = j["candidates"];
    if (!list.is_array() || list.size() != results.size())
        throw Error(ErrorCategory::InvalidInput, path + ": its candidate list does not match the search");
    for (size_t i = 0; i < results.size(); ++i) {
        const json &c = list[i];
        if (!c.is_object() || !c.value("done", false))
            continue;
        GridRunResult &r = results[i];
        r.done = true;
        r.valAccuracy = numberOr(c, "val_accuracy", -1.0);
        r.bestValAccuracy = numberOr(c, "best_val_accuracy", -1.0);
        r.valLoss = numberOr(c, "val_loss", std::nan(""));
        r.steps = int64_t(numberOr(c, "steps", 0.0));
        r.seconds = numberOr(c, "seconds", 0.0);
        r.latencyMs = numberOr(c, "latency_ms", std::nan(""));
    }
}

double measureLatency(EfficientNet &net, int resolution, int iterations, c10::Device device)
{
    if (iterations <= 0)
        return std::nan("");
    net->eval();
    c10::InferenceMode guard;
    const at::Tensor x = at::zeros({1, 3, resolution, resolution}, at::TensorOptions().device(device));
    std::vector<double> ms;
    for (int i = 0; i < iterations + 2; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        (void)net->forward(x).sum().item<double>(); // reading it back waits for a GPU
        if (i >= 2)
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

void rankGridResults(std::vector<GridRunResult> &results)
{
    std::vector<size_t> order;
    for (size_t i = 0; i < results.size(); ++i) {
        results[i].rank = 0;
        if (results[i].done)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const GridRunResult &x = results[a], &y = results[b];
        return std::make_tuple(-x.valAccuracy, -x.bestValAccuracy, x.candidate.macs)
               < std::make_tuple(-y.valAccuracy, -y.bestValAccuracy, y.candidate.macs);
    });
    for (size_t k = 0; k < order.size(); ++k)
        results[order[k]].rank = int(k) + 1;
}

std::string gridResultsJson(const std::vector<GridRunResult> &results, const std::string &fp)
{
    json list = json::array();
    for (const GridRunResult &r : results)
        list.push_back(resultJson(r));
    json j{{"format", kFormat}, {"candidates", list}};
    if (!fp.empty())
        j["fingerprint"] = fp;
    return j.dump(1) + "\n";
}

std::vector<GridRunResult> runGridSearch(const std::vector<GridCandidate> &candidates, const TrainingData &data,
                                         const Preprocess &preprocess, const GridRunOptions &o, const GridProgress &progress,
                                         const GridRecorded &recorded)
{
    if (candidates.empty())
        throw Error(ErrorCategory::InvalidInput, "the grid search has no candidates");
    if (o.resume && o.directory.empty())
        throw Error(ErrorCategory::InvalidInput, "resuming a grid search needs the folder it was recorded in");
    std::vector<GridRunResult> results(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i)
        results[i].candidate = candidates[i];
    const std::string fp = fingerprint(candidates, data, o);
    auto record = [&] {
        rankGridResults(results);
        if (!o.directory.empty())
            writeFileAtomic(gridFile(o.directory), gridResultsJson(results, fp));
        if (recorded)
            recorded(results);
    };
    if (!o.directory.empty()) {
        std::error_code ec;
        fs::create_directories(o.directory, ec);
        if (ec)
            throw Error(ErrorCategory::Io, "cannot create " + o.directory + ": " + ec.message());
        if (o.resume)
            readRecorded(o.directory, fp, results);
        else
            for (size_t i = 0; i < candidates.size(); ++i)
                fs::remove(checkpointFile(o.directory, i), ec);
    }
    record();

    const int classes = int(data.classes.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
        GridRunResult &r = results[i];
        if (r.done)
            continue;
        const GridCandidate &c = candidates[i];
        const int resolution = c.config.scaling.resolution;
        // from scratch, every candidate from the same seed (the paper trained each anew)
        at::manual_seed(o.recipe.seed);
        ResolvedModel spec = resolve(c.config);
        spec.numClasses = classes;
        EfficientNet net(spec);
        net->to(o.device);
        Trainer trainer(net, o.recipe);
        BatchMaker maker(preprocess, resolution, o.augmentation, o.recipe.seed);
        maker.prepare(data.split.train);

        TrainRunOptions run = o.budget;
        run.checkpoint = o.directory.empty() ? std::string() : checkpointFile(o.directory, i);
        run.resume = o.resume;
        run.bestWeights.clear();
        const TrainOutcome out = runTraining(trainer, maker, data, run, [&](const TrainPoint &p, const TrainOutcome &s) {
            return !progress || progress(i, p, s);
        });
        r.done = true;
        r.valAccuracy = out.finalValAccuracy;
        r.bestValAccuracy = out.bestValAccuracy;
        r.valLoss = out.finalValLoss;
        r.steps = out.steps;
        r.seconds = out.resumedSeconds + out.seconds;
        r.latencyMs = measureLatency(net, resolution, o.latencyIterations, o.device);
        record();
        if (!run.checkpoint.empty()) {
            std::error_code ec;
            fs::remove(run.checkpoint, ec);
        }
    }
    rankGridResults(results);
    return results;
}

} // namespace effscope::core
