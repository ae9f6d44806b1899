// SPDX-License-Identifier: MIT
#pragma once
// Training data from the user's own labelled images: a deterministic train / validation split,
// and batches made on a thread pool, each training image augmented (random resized crop,
// horizontal flip) from a seed of (run seed, epoch, image) alone, so a batch is the same
// whichever thread made it and however often the run was stopped and resumed. Validation
// images get the model's own evaluation preprocessing at the training resolution.
#include "arch/preprocess.h"
#include "common/dataset.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace effscope::core {

struct DataSplit
{
    std::vector<LabelledImage> train;
    std::vector<LabelledImage> validation;
};

/// Per class, the images in path order are shuffled by `seed` (the same on every platform) and
/// round(fraction x n) of them go to validation: at least one when the class has two or more,
/// never all. Throws InvalidInput for a fraction outside [0, 1).
DataSplit splitTrainValidation(const std::vector<LabelledImage> &images, double validationFraction, uint64_t seed);

struct TrainingData
{
    std::vector<std::string> classes;
    DataSplit split;
    bool givenSplit = false; ///< the folder had train/ and val/ subfolders
};

/// A labelled folder or CSV with the user's own classes (common/dataset.h's listOwnClasses),
/// split by splitTrainValidation; a folder holding `train` and `val` (or `validation`)
/// subfolders is split as given, and both must name the same classes.
TrainingData loadTrainingData(const std::string &dirOrCsv, double validationFraction, uint64_t seed);

/// The order of `n` samples in an epoch: 0..n-1 shuffled from (seed, epoch).
std::vector<int64_t> epochOrder(size_t n, uint64_t seed, int64_t epoch);

struct Augmentation
{
    bool randomResizedCrop = true;   ///< torchvision's RandomResizedCrop; else the eval crop
    double minScale = 0.08, maxScale = 1.0;
    double minRatio = 3.0 / 4.0, maxRatio = 4.0 / 3.0;
    bool horizontalFlip = true;      ///< with probability 1/2
};

struct Batch
{
    at::Tensor images; ///< float [N, 3, r, r], normalised as the model expects
    at::Tensor labels; ///< int64 [N]
};

class BatchMaker
{
public:
    /// `preprocess`: the model's evaluation preprocessing (its mean, std and interpolation; its
    /// resize-to-crop ratio is kept at `resolution`). `threads` decode and augment (0: every
    /// logical CPU). Decoded images are kept, downscaled to a shorter side of 2 x resolution,
    /// up to `cacheBytes`.
    BatchMaker(const Preprocess &preprocess, int resolution, Augmentation augmentation, uint64_t seed, int threads = 0,
               size_t cacheBytes = size_t(1) << 30);
    ~BatchMaker();
    BatchMaker(const BatchMaker &) = delete;
    BatchMaker &operator=(const BatchMaker &) = delete;

    /// Decodes every image once (filling the cache), calling progress(done, total); returning
    /// false stops with Error(Cancelled). Throws InvalidInput naming up to three files that
    /// cannot be decoded.
    void prepare(const std::vector<LabelledImage> &images, const std::function<bool(size_t, size_t)> &progress = {});

    /// Training images `indices` of `images`, augmented for `epoch`.
    Batch trainBatch(const std::vector<LabelledImage> &images, const std::vector<int64_t> &indices, int64_t epoch);
    /// Validation images [first, first + count) with the evaluation preprocessing.
    Batch evalBatch(const std::vector<LabelledImage> &images, size_t first, size_t count);

    int resolution() const { return m_resolution; }
    const Preprocess &evalPreprocess() const { return m_eval; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Preprocess m_eval;
    int m_resolution;
    Augmentation m_augmentation;
    uint64_t m_seed;
};

} // namespace effscope::core
