// SPDX-License-Identifier: MIT
// effscope-cli eval | eval-merge: accuracy on a labelled set, whole or as shards (I of N) that
// run anywhere (a Slurm array, a Kubernetes Indexed Job) and merge into exactly one run's result.
#include "commands.h"

#include "explain_commands.h"

#include "common/error.h"
#include "common/file_io.h"
#include "infer/engine.h"
#include "infer/evaluate.h"
#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/evaluate_photos.h"
#endif

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

namespace effscope::cli {

using namespace effscope::core;
using nlohmann::json;

namespace {

constexpr const char *kSamplesFormat = "effscope-eval-samples";
constexpr int kSamplesVersion = 1;

// What a printed result says beside the numbers: where they came from.
struct EvalRun
{
    EvalResult r;
    std::string weights, dtype, engine, set;
    std::map<int, std::string> classes; ///< names of every label and prediction in the samples

    std::string className(int label) const
    {
        const auto it = classes.find(label);
        return it == classes.end() ? std::to_string(label) : it->second;
    }
};

void print(const EvalRun &run, const Args &a)
{
    const EvalResult &r = run.r;
    if (a.flags.count("csv")) {
        std::printf("%s\n%s\n", evalCsvHeader().c_str(), evalCsvRow(r).c_str());
    } else if (a.flags.count("json")) {
        json perClass = json::array(), confused = json::array(), failed = json::array();
        for (const ClassAccuracy &c : r.perClass)
            perClass.push_back({{"label", c.label}, {"name", run.className(c.label)}, {"count", c.count}, {"top1", c.top1}});
        for (const Confusion &c : r.confused)
            confused.push_back({{"label", c.label}, {"predicted", c.predicted}, {"count", c.count}});
        for (const EvalSample &s : r.samples)
            if (!s.error.empty())
                failed.push_back({{"path", s.path}, {"error", s.error}});
        std::cout << json{{"model", r.model}, {"weights", run.weights}, {"dtype", run.dtype}, {"engine", run.engine},
                          {"img_size", r.imageSize}, {"crop_pct", r.cropPct}, {"interpolation", r.interpolation},
                          {"param_count", r.params}, {"images", r.images}, {"evaluated", r.evaluated},
                          {"failed", r.failed}, {"resumed", r.resumed}, {"complete", !r.cancelled}, {"top1", r.top1},
                          {"top5", r.top5}, {"per_class", perClass}, {"confused", confused}, {"errors", failed}}
                         .dump(1)
                  << "\n";
    } else {
        std::printf("%s (%s, %s) on %s: %d images, top-1 %.3f%%, top-5 %.3f%%", r.model.c_str(), run.weights.c_str(),
                    run.dtype.c_str(), run.set.c_str(), r.evaluated, r.top1, r.top5);
        std::printf(r.failed ? ", %d failed\n" : "\n", r.failed);
        for (const ClassAccuracy &c : r.perClass)
            std::printf("  %4d %-30s %3d/%d\n", c.label, run.className(c.label).c_str(), c.top1, c.count);
        for (const Confusion &c : r.confused)
            std::printf("  confused: %s -> %s (%d)\n", run.className(c.label).c_str(),
                        run.className(c.predicted).c_str(), c.count);
        for (const EvalSample &s : r.samples)
            if (!s.error.empty())
                std::fprintf(stderr, "error: %s\n", s.error.c_str());
    }
}

// The per-image record eval-merge reads: the run's identity, its shard, every sample.
json samplesJson(const EvalRun &run)
{
    const EvalResult &r = run.r;
    json samples = json::array(), classes = json::object();
    for (const EvalSample &s : r.samples)
        samples.push_back({{"index", s.index}, {"path", s.path}, {"label", s.label}, {"top", s.top}, {"error", s.error}});
    for (const auto &[label, name] : run.classes)
        classes[std::to_string(label)] = name;
    return {{"format", kSamplesFormat}, {"version", kSamplesVersion}, {"model", r.model}, {"weights", run.weights},
            {"dtype", run.dtype}, {"engine", run.engine}, {"set", run.set}, {"img_size", r.imageSize},
            {"crop_pct", r.cropPct}, {"interpolation", r.interpolation}, {"param_count", r.params},
            {"shard", {{"index", r.shardIndex}, {"count", r.shardCount}}}, {"total_images", r.totalImages},
            {"resumed", r.resumed}, {"complete", !r.cancelled}, {"classes", classes}, {"samples", samples}};
}

template <typename T>
T field(const json &j, const char *key, const std::string &file)
{
    if (!j.contains(key))
        throw Error(ErrorCategory::InvalidInput, "'" + file + "' has no \"" + key + "\": not a complete eval result file");
    try {
        return j.at(key).get<T>();
    } catch (const json::exception &) {
        throw Error(ErrorCategory::InvalidInput, "'" + file + "': \"" + key + "\" has the wrong type");
    }
}

EvalRun readSamples(const std::string &file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throw Error(ErrorCategory::Io, "cannot read '" + file + "'");
    if (size > (uint64_t(1) << 32))
        throw Error(ErrorCategory::InvalidInput, "'" + file + "' is over 4 GiB: not an eval result file");
    std::ifstream in(file, std::ios::binary);
    json j;
    try {
        j = json::parse(in);
    } catch (const json::exception &) {
        throw Error(ErrorCategory::InvalidInput, "'" + file + "' is not JSON: not an eval result file (eval --out)");
    }
    if (!j.is_object() || !j.contains("format") || j["format"] != kSamplesFormat)
        throw Error(ErrorCategory::InvalidInput, "'" + file + "' is not an eval result file (written by eval --out)");
    if (field<int>(j, "version", file) != kSamplesVersion)
        throw Error(ErrorCategory::UnsupportedFormat, "'" + file + "' is version " + j["version"].dump() +
                                                          " of the eval result format; this effscope-cli reads " +
                                                          std::to_string(kSamplesVersion));
    EvalRun run;
    EvalResult &r = run.r;
    r.model = field<std::string>(j, "model", file);
    run.weights = field<std::string>(j, "weights", file);
    run.dtype = field<std::string>(j, "dtype", file);
    run.engine = field<std::string>(j, "engine", file);
    run.set = field<std::string>(j, "set", file);
    r.imageSize = field<int>(j, "img_size", file);
    r.cropPct = field<double>(j, "crop_pct", file);
    r.interpolation = field<std::string>(j, "interpolation", file);
    r.params = field<int64_t>(j, "param_count", file);
    const json shard = field<json>(j, "shard", file);
    r.shardIndex = field<int>(shard, "index", file);
    r.shardCount = field<int>(shard, "count", file);
    r.totalImages = field<int64_t>(j, "total_images", file);
    r.resumed = field<int>(j, "resumed", file);
    r.cancelled = !field<bool>(j, "complete", file);
    if (r.shardCount < 1 || r.shardIndex < 0 || r.shardIndex >= r.shardCount || r.totalImages < 0)
        throw Error(ErrorCategory::InvalidInput, "'" + file + "' names shard " + std::to_string(r.shardIndex) + " of " +
                                                     std::to_string(r.shardCount) + ", which cannot exist");
    const json classes = field<json>(j, "classes", file), samples = field<json>(j, "samples", file);
    if (!classes.is_object() || !samples.is_array())
        throw Error(ErrorCategory::InvalidInput, "'" + file + "': \"classes\" or \"samples\" has the wrong type");
    for (const auto &[key, name] : classes.items()) {
        try {
            run.classes[std::stoi(key)] = name.get<std::string>();
        } catch (const std::exception &) {
            throw Error(ErrorCategory::InvalidInput, "'" + file + "': class '" + key + "' is not a label and a name");
        }
    }
    for (const json &s : samples) {
        EvalSample x;
        x.index = field<int64_t>(s, "index", file);
        x.path = field<std::string>(s, "path", file);
        x.label = field<int>(s, "label", file);
        x.top = field<std::vector<int>>(s, "top", file);
        x.error = field<std::string>(s, "error", file);
        if (x.top.size() > 5 || (x.top.empty() && x.error.empty()))
            throw Error(ErrorCategory::InvalidInput, "'" + file + "': image " + std::to_string(x.index) +
                                                         " has neither up to 5 predictions nor an error");
        r.samples.push_back(std::move(x));
    }
    r.images = int64_t(r.samples.size());
    return run;
}

} // namespace

int cmdEval(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; eval is unavailable");
#else
    if (!a.has("model") || !a.has("dir"))
        throw UsageError("eval needs --model M and --dir FOLDER_OR_CSV");
    EvalOptions o;
    if (a.has("shard")) {
        try {
            parseShard("shard", a.get("shard"), o.shardIndex, o.shardCount);
        } catch (const Error &e) {
            throw UsageError(e.what());
        }
    }
    o.resumeFile = a.get("resume");
    const CancelOnInterrupt interrupt; // Ctrl+C or SIGTERM: stop after the running image, keep --resume's file
    o.progress = [&](double) { return !interrupt.requested(); };
    ModelHandle h = modelFromArgs(a, "accuracy means");
    // a model trained on the user's classes is scored against those, by name
    const std::vector<LabelledImage> images = h.ownClasses.empty() ? listLabelledImages(a.get("dir"))
                                                                   : listLabelledFor(a.get("dir"), h.ownClasses);
    EvalRun run;
    run.r = evaluatePhotos(h, images, o);
    run.weights = h.weightsLabel;
    run.dtype = h.precision;
    run.engine = h.engineName();
    run.set = a.get("dir");
    for (const EvalSample &s : run.r.samples) {
        run.classes[s.label] = h.className(s.label);
        if (!s.top.empty())
            run.classes[s.top.front()] = h.className(s.top.front());
    }
    if (a.has("out"))
        writeFileAtomic(a.get("out"), samplesJson(run).dump(1) + "\n");
    print(run, a);
    if (run.r.cancelled) {
        std::fprintf(stderr, "interrupted after %d of %lld images%s\n", run.r.evaluated + run.r.failed,
                     (long long)run.r.images,
                     o.resumeFile.empty() ? "" : "; the same command continues from the --resume file");
        return kInterrupted;
    }
    return run.r.failed ? kPartial : kOk;
#endif
}

int cmdEvalMerge(const Args &a)
{
    if (a.positional.empty())
        throw UsageError("eval-merge needs the result files of every shard (eval --shard I/N --out FILE)");
    std::vector<EvalRun> runs;
    for (const std::string &file : a.positional)
        runs.push_back(readSamples(file));
    const EvalRun &first = runs.front();
    EvalRun merged;
    std::vector<EvalResult> shards;
    for (size_t i = 0; i < runs.size(); ++i) {
        const EvalRun &x = runs[i];
        const auto same = [&](const char *what, const std::string &a0, const std::string &b) {
            if (a0 != b)
                throw Error(ErrorCategory::InvalidInput, std::string("the shards are not of one evaluation: ") + what +
                                                             " '" + a0 + "' in " + a.positional[0] + ", '" + b + "' in " +
                                                             a.positional[i]);
        };
        same("weights", first.weights, x.weights);
        same("dtype", first.dtype, x.dtype);
        same("engine", first.engine, x.engine);
        same("labelled set", first.set, x.set);
        for (const auto &[label, name] : x.classes)
            merged.classes[label] = name;
        shards.push_back(x.r);
    }
    merged.r = mergeEvalShards(std::move(shards));
    merged.weights = first.weights;
    merged.dtype = first.dtype;
    merged.engine = first.engine;
    merged.set = first.set;
    if (a.has("out"))
        writeFileAtomic(a.get("out"), samplesJson(merged).dump(1) + "\n");
    print(merged, a);
    return merged.r.failed ? kPartial : kOk;
}

} // namespace effscope::cli
