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

} // namespace

EvalResult evaluate(ModelHandle &model, const std::vector<LabelledImage> &images, const ImageLoader &load,
                    const EvalOptions &options)
{
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
    for (size_t i = 0; i < images.size(); ++i) {
        if (options.progress && !options.progress(double(i) / images.size())) {
            r.cancelled = true;
            break;
        }
        const LabelledImage &img = images[i];
        if (auto it = done.find(img.path); it != done.end() && it->second.label == img.label) {
            r.samples.push_back(it->second);
            ++r.resumed;
            continue;
        }
        EvalSample s;
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
