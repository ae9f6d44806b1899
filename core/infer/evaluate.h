// SPDX-License-Identifier: MIT
#pragma once
// Top-1 / top-5 accuracy of a model on a labelled image set, with per-class accuracy and the
// most confused pairs. Images come through a caller-supplied loader (decode + preprocess), so
// this needs no image library. With a resume file every finished image is appended (and
// flushed) as it completes; a rerun with the same file skips those images, so an interrupted
// or cancelled evaluation keeps its partial results. A shard (I of N) evaluates the images whose
// position in the list is I modulo N; mergeEvalShards puts shards back together into exactly
// the result one run over the whole list gives (the aggregates come from the samples alone).
#include "common/dataset.h"
#include "infer/engine.h"

#include <functional>
#include <string>
#include <vector>

namespace effscope::core {

struct EvalSample
{
    int64_t index = 0;       ///< position in the whole image list
    std::string path;
    int label = 0;
    std::vector<int> top;    ///< up to 5 predicted classes, best first; empty when it failed
    std::string error;       ///< why the image could not be evaluated
};

struct ClassAccuracy
{
    int label = 0;
    int count = 0;
    int top1 = 0;            ///< correct at rank 1
};

struct Confusion
{
    int label = 0, predicted = 0, count = 0;
};

struct EvalResult
{
    std::string model;
    int imageSize = 0;
    double cropPct = 0.0;
    std::string interpolation;
    int64_t params = 0;
    int shardIndex = 0, shardCount = 1;
    int64_t totalImages = 0;  ///< the whole list's size (every shard's images together)
    int64_t images = 0;       ///< images this result covers: its shard's, or all of them
    int evaluated = 0, failed = 0, resumed = 0;
    double top1 = 0.0, top5 = 0.0;   ///< percent of the evaluated images
    std::vector<ClassAccuracy> perClass;  ///< classes present, by label
    std::vector<Confusion> confused;      ///< label != top-1, most frequent first (at most 20)
    std::vector<EvalSample> samples;      ///< in input order
    bool cancelled = false;
};

struct EvalOptions
{
    std::string resumeFile;                      ///< empty: no partial results on disk
    std::function<bool(double)> progress;        ///< false: stop (the result is partial, cancelled)
    int shardIndex = 0, shardCount = 1;          ///< evaluate images i with i % shardCount == shardIndex
};

using ImageLoader = std::function<std::vector<float>(const std::string &path)>;

EvalResult evaluate(ModelHandle &model, const std::vector<LabelledImage> &images, const ImageLoader &load,
                    const EvalOptions &options = {});

/// evaluated, failed, top1, top5, perClass and confused from r.samples (what evaluate() ends with).
void summarizeEval(EvalResult &r);

/// One result from the shards of one evaluation (any order): every shard 0..N-1 exactly once,
/// each complete, all of the same model, preprocessing and list; samples back in list order,
/// then summarizeEval. Throws InvalidInput saying what does not fit.
EvalResult mergeEvalShards(std::vector<EvalResult> shards);

/// Parses "I/N" (0 <= I < N <= 100000); throws InvalidInput naming `option`.
void parseShard(const std::string &option, const std::string &text, int &index, int &count);

/// timm's validate.py columns: model,img_size,top1,top1_err,top5,top5_err,param_count,
/// crop_pct,interpolation (param_count in millions, two decimals as timm writes it).
std::string evalCsvHeader();
std::string evalCsvRow(const EvalResult &r);

} // namespace effscope::core
