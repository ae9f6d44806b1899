// SPDX-License-Identifier: MIT
#include "infer/evaluate.h"

#include "arch/profiler.h"
#include "common/error.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

namespace effscope::core {

namespace {

// resume file: one line per finished image: label \t top1 top2 ... \t error \t path
std::string resumeLine(const EvalSample &s)
{
    std::ostringstream o;
    o << s.label << '\t';
    for (size_t i = 0; i < s.top.size(); ++i)
        o << (i ? " " : "") << s.top[i];
    std::string err = s.error;
    std::replace(err.begin(), err.end(), '\t', ' ');
    std::replace(err.begin(), err.end(), '\n', ' ');
    o << '\t' << err << '\t' << s.path << '\n';
    return o.str();
}

std::unordered_map<std::string, EvalSample> readResume(const std::string &file)
{
    std::unordered_map<std::string, EvalSample> done;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> f;
        std::string cur;
        std::istringstream ls(line);
        while (std::getline(ls, cur, '\t'))
            f.push_back(cur);
        if (f.size() != 4 || line.empty())
            continue; // a line cut by an interruption: that image runs again
        EvalSample s;
        try {
            s.label = std::stoi(f[0]);
            std::istringstream ts(f[1]);
            for (int v; ts >> v;)
                s.top.push_back(v);
        } catch (const std::exception &) {
            continue;
        }
        s.error = f[2];
        s.path = f[3];
        done[s.path] = s;
    }
    return done;
}

// Images in shard `index` of `count` over a list of `total`: positions index, index + count, ...
int64_t shardSize(int64_t total, int64_t index, int64_t count)
{
    return total > index ? (total - index + count - 1) / count : 0;
}

} // namespace

EvalResult evaluate(ModelHandle &model, const std::vector<LabelledImage> &images, const ImageLoader &load,
                    const EvalOptions &options)
{
    if (options.shardCount < 1 || options.shardIndex < 0 || options.shardIndex >= options.shardCount)
        throw Error(ErrorCategory::InvalidInput, "shard " + std::to_string(options.shardIndex) + " of " +
                                                     std::to_string(options.shardCount) + " does not exist");
    EvalResult r;
    r.model = model.config.name;
    r.imageSize = model.preprocess.cropSize;
    r.cropPct = double(model.preprocess.cropSize) / model.preprocess.resizeShorter;
    r.interpolation = interpolationName(model.preprocess.interpolation);
    r.params = profileModel(model.net->spec(), r.imageSize, r.imageSize).params;
    std::unordered_map<std::string, EvalSample> done;
    std::ofstream resume;
    if (!options.resumeFile.empty()) {
        done = readResume(options.resumeFile);
        resume.open(options.resumeFile, std::ios::app);
        if (!resume)
            throw Error(ErrorCategory::Io, "cannot write the resume file '" + options.resumeFile + "'");
    }
    r.shardIndex = options.shardIndex;
    r.shardCount = options.shardCount;
    r.totalImages = int64_t(images.size());
    const size_t first = size_t(options.shardIndex), step = size_t(options.shardCount);
    r.images = shardSize(int64_t(images.size()), options.shardIndex, options.shardCount);
    for (size_t i = first, j = 0; i < images.size(); i += step, ++j) {
        if (options.progress && !options.progress(double(j) / double(r.images))) {
            r.cancelled = true;
            break;
        }
        const LabelledImage &img = images[i];
        if (auto it = done.find(img.path); it != done.end() && it->second.label == img.label) {
            r.samples.push_back(it->second);
            r.samples.back().index = int64_t(i);
            ++r.resumed;
            continue;
        }
        EvalSample s;
        s.index = int64_t(i);
        s.path = img.path;
        s.label = img.label;
        try {
            const std::vector<float> planes = load(img.path);
            const auto predictions = classify(model, inputTensor(planes, r.imageSize), 5); // keep it alive
            for (const Prediction &p : predictions.front())
                s.top.push_back(p.index);
        } catch (const std::exception &e) {
            s.error = e.what();
        }
        if (resume.is_open()) {
            resume << resumeLine(s);
            resume.flush();
        }
        r.samples.push_back(std::move(s));
    }
    if (options.progress && !r.cancelled)
        options.progress(1.0);
    summarizeEval(r);
    return r;
}

void summarizeEval(EvalResult &r)
{
    r.evaluated = r.failed = 0;
    r.top1 = r.top5 = 0.0;
    r.perClass.clear();
    r.confused.clear();
    std::map<int, ClassAccuracy> perClass;
    std::map<std::pair<int, int>, int> confusions;
    int top1 = 0, top5 = 0;
    for (const EvalSample &s : r.samples) {
        if (s.top.empty()) {
            ++r.failed;
            continue;
        }
        ++r.evaluated;
        ClassAccuracy &c = perClass[s.label];
        c.label = s.label;
        ++c.count;
        if (s.top.front() == s.label) {
            ++top1;
            ++c.top1;
        } else {
            ++confusions[{s.label, s.top.front()}];
        }
        if (std::find(s.top.begin(), s.top.end(), s.label) != s.top.end())
            ++top5;
    }
    if (r.evaluated) {
        r.top1 = 100.0 * top1 / r.evaluated;
        r.top5 = 100.0 * top5 / r.evaluated;
    }
    for (const auto &[label, c] : perClass)
        r.perClass.push_back(c);
    for (const auto &[pair, n] : confusions)
        r.confused.push_back({pair.first, pair.second, n});
    std::stable_sort(r.confused.begin(), r.confused.end(),
                     [](const Confusion &a, const Confusion &b) { return a.count > b.count; });
    if (r.confused.size() > 20)
        r.confused.resize(20);
}

void parseShard(const std::string &option, const std::string &text, int &index, int &count)
{
    const size_t slash = text.find('/');
    const auto number = [&](const std::string &part, int &out) {
        if (part.empty() || part.size() > 6 || part.find_first_not_of("0123456789") != std::string::npos)
            return false;
        out = std::stoi(part);
        return true;
    };
    if (slash == std::string::npos || !number(text.substr(0, slash), index) || !number(text.substr(slash + 1), count)
        || count < 1 || count > 100000 || index >= count)
        throw Error(ErrorCategory::InvalidInput, "--" + option + " takes I/N with 0 <= I < N <= 100000 (shard I of N, "
                                                                  "counted from 0), not '" + text + "'");
}

EvalResult mergeEvalShards(std::vector<EvalResult> shards)
{
    if (shards.empty())
        throw Error(ErrorCategory::InvalidInput, "no shard results to merge");
    const EvalResult &first = shards.front();
    const int n = first.shardCount;
    std::vector<int> seen(size_t(std::max(n, 1)), 0);
    for (const EvalResult &s : shards) {
        const auto differs = [&](const std::string &what, const std::string &a, const std::string &b) {
            throw Error(ErrorCategory::InvalidInput, "the shards are not of one evaluation: " + what + " '" + a +
                                                         "' in shard " + std::to_string(first.shardIndex) + ", '" + b +
                                                         "' in shard " + std::to_string(s.shardIndex));
        };
        if (s.shardCount != n)
            differs("shard count", std::to_string(n), std::to_string(s.shardCount));
        if (s.model != first.model)
            differs("model", first.model, s.model);
        if (s.imageSize != first.imageSize || s.cropPct != first.cropPct || s.interpolation != first.interpolation)
            differs("preprocessing", std::to_string(first.imageSize) + " " + first.interpolation,
                    std::to_string(s.imageSize) + " " + s.interpolation);
        if (s.params != first.params)
            differs("parameter count", std::to_string(first.params), std::to_string(s.params));
        if (s.totalImages != first.totalImages)
            differs("image list size", std::to_string(first.totalImages), std::to_string(s.totalImages));
        if (s.shardIndex < 0 || s.shardIndex >= n)
            throw Error(ErrorCategory::InvalidInput, "shard " + std::to_string(s.shardIndex) + " of " +
                                                         std::to_string(n) + " does not exist");
        if (seen[size_t(s.shardIndex)]++)
            throw Error(ErrorCategory::InvalidInput, "shard " + std::to_string(s.shardIndex) + " of " +
                                                         std::to_string(n) + " is given twice");
        const int64_t expected = shardSize(s.totalImages, s.shardIndex, n);
        if (s.cancelled || int64_t(s.samples.size()) != expected)
            throw Error(ErrorCategory::InvalidInput,
                        "shard " + std::to_string(s.shardIndex) + " of " + std::to_string(n) + " is incomplete: " +
                            std::to_string(s.samples.size()) + " of its " + std::to_string(expected) + " images");
        for (const EvalSample &x : s.samples)
            if (x.index < 0 || x.index >= s.totalImages || x.index % n != s.shardIndex)
                throw Error(ErrorCategory::InvalidInput, "shard " + std::to_string(s.shardIndex) + " holds image " +
                                                             std::to_string(x.index) + ", which is not in it");
    }
    for (int i = 0; i < n; ++i)
        if (!seen[size_t(i)])
            throw Error(ErrorCategory::InvalidInput,
                        "shard " + std::to_string(i) + " of " + std::to_string(n) + " is missing");
    EvalResult r = first;
    r.shardIndex = 0;
    r.shardCount = 1;
    r.images = first.totalImages;
    r.resumed = 0;
    r.samples.clear();
    for (EvalResult &s : shards) {
        r.resumed += s.resumed;
        for (EvalSample &x : s.samples)
            r.samples.push_back(std::move(x));
    }
    std::sort(r.samples.begin(), r.samples.end(), [](const EvalSample &a, const EvalSample &b) { return a.index < b.index; });
    for (size_t i = 0; i < r.samples.size(); ++i)
        if (r.samples[i].index != int64_t(i))
            throw Error(ErrorCategory::InvalidInput, "image " + std::to_string(i) + " is in no shard");
    summarizeEval(r);
    return r;
}

std::string evalCsvHeader()
{
    return "model,img_size,top1,top1_err,top5,top5_err,param_count,crop_pct,interpolation";
}

std::string evalCsvRow(const EvalResult &r)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s,%d,%.3f,%.3f,%.3f,%.3f,%.2f,%.3f,%s", r.model.c_str(), r.imageSize, r.top1,
                  100.0 - r.top1, r.top5, 100.0 - r.top5, r.params / 1e6, r.cropPct, r.interpolation.c_str());
    return buf;
}

} // namespace effscope::core
