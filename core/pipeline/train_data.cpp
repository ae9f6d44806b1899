// SPDX-License-Identifier: MIT
#include "pipeline/train_data.h"

#include "common/error.h"
#include "infer/engine.h"
#include "vision/image.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace effscope::core {

namespace fs = std::filesystem;

namespace {

// splitmix64: small, seedable from any tuple, and the same everywhere (std::shuffle and the
// standard distributions are not)
struct Rng
{
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed) {}
    Rng(uint64_t seed, uint64_t a, uint64_t b) : state(seed)
    {
        state = next() ^ (a * 0xd1b54a32d192ed03ULL);
        state = next() ^ (b * 0x8cb92ba72f3d8dd7ULL);
    }
    uint64_t next()
    {
        uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } ///< [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int64_t below(int64_t n) { return n <= 1 ? 0 : int64_t(next() % uint64_t(n)); } ///< [0, n)
};

template <typename T>
void shuffle(std::vector<T> &v, Rng &rng)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[size_t(rng.below(int64_t(i)))]);
}

// A fixed set of threads running index ranges; the calling thread works too.
class Pool
{
public:
    explicit Pool(int threads)
    {
        for (int i = 1; i < threads; ++i)
            m_workers.emplace_back([this] { work(); });
    }
    ~Pool()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_workers)
            t.join();
    }
    // fn(i) for i in [0, n), spread over the pool; rethrows the first exception
    void run(size_t n, const std::function<void(size_t)> &fn)
    {
        std::atomic<size_t> next{0};
        std::exception_ptr error;
        std::mutex errorMutex;
        auto drain = [&] {
            for (size_t i; (i = next.fetch_add(1)) < n;) {
                try {
                    fn(i);
                } catch (...) {
                    std::lock_guard<std::mutex> lock(errorMutex);
                    if (!error)
                        error = std::current_exception();
                }
            }
        };
        std::atomic<size_t> pending{m_workers.size()};
        std::mutex doneMutex;
        std::condition_variable done;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            for (size_t w = 0; w < m_workers.size(); ++w)
                m_jobs.push_back([&] {
                    drain();
                    std::lock_guard<std::mutex> l(doneMutex);
                    if (--pending == 0)
                        done.notify_all();
                });
        }
        m_wake.notify_all();
        drain();
        std::unique_lock<std::mutex> lock(doneMutex);
        done.wait(lock, [&] { return pending == 0; });
        if (error)
            std::rethrow_exception(error);
    }

private:
    void work()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_stop && m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    std::vector<std::thread> m_workers;
    std::deque<std::function<void()>> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace

DataSplit splitTrainValidation(const std::vector<LabelledImage> &images, double validationFraction, uint64_t seed)
{
    if (!(validationFraction >= 0.0 && validationFraction < 1.0))
        throw Error(ErrorCategory::InvalidInput,
                    "the validation fraction must be in [0, 1), got " + std::to_string(validationFraction));
    std::map<int, std::vector<LabelledImage>> byClass;
    for (const LabelledImage &i : images)
        byClass[i.label].push_back(i);
    DataSplit split;
    for (auto &[label, members] : byClass) {
        std::sort(members.begin(), members.end(),
                  [](const LabelledImage &a, const LabelledImage &b) { return a.path < b.path; });
        Rng rng(seed, uint64_t(label), 0x5b1e);
        shuffle(members, rng);
        const size_t n = members.size();
        size_t held = size_t(std::lround(validationFraction * double(n)));
        if (validationFraction > 0.0 && n >= 2)
            held = std::clamp<size_t>(held, 1, n - 1);
        held = std::min(held, n > 0 ? n - 1 : 0);
        split.validation.insert(split.validation.end(), members.begin(), members.begin() + long(held));
        split.train.insert(split.train.end(), members.begin() + long(held), members.end());
    }
    return split;
}

TrainingData loadTrainingData(const std::string &dirOrCsv, double validationFraction, uint64_t seed)
{
    TrainingData data;
    std::error_code ec;
    const fs::path root(dirOrCsv);
    fs::path val;
    for (const char *name : {"val", "validation"})
        if (fs::is_directory(root / name, ec))
            val = root / name;
    if (fs::is_directory(root / "train", ec) && !val.empty()) {
        const ClassSet train = listOwnClasses((root / "train").string());
        const ClassSet validation = listOwnClasses(val.string());
        if (train.classes != validation.classes)
            throw Error(ErrorCategory::InvalidInput, "'" + (root / "train").string() + "' and '" + val.string()
                                                         + "' name different classes (" + std::to_string(train.classes.size())
                                                         + " and " + std::to_string(validation.classes.size())
                                                         + "); both need one folder per class, the same names");
        data.classes = train.classes;
        data.split.train = train.images;
        data.split.validation = validation.images;
        data.givenSplit = true;
    } else {
        const ClassSet all = listOwnClasses(dirOrCsv);
        data.classes = all.classes;
        data.split = splitTrainValidation(all.images, validationFraction, seed);
    }
    if (data.classes.size() < 2)
        throw Error(ErrorCategory::InvalidInput, "'" + dirOrCsv + "' has " + std::to_string(data.classes.size())
                                                     + " class; training a classifier needs at least two");
    if (data.split.train.size() < 2)
        throw Error(ErrorCategory::InvalidInput, "'" + dirOrCsv + "' leaves fewer than two training images");
    return data;
}

std::vector<int64_t> epochOrder(size_t n, uint64_t seed, int64_t epoch)
{
    std::vector<int64_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = int64_t(i);
    Rng rng(seed, uint64_t(epoch), 0x0de7);
    shuffle(order, rng);
    return order;
}

struct BatchMaker::Impl
{
    explicit Impl(int threads) : pool(threads) {}
    Pool pool;
    std::mutex mutex;
    std::unordered_map<std::string, cv::Mat> decoded;       ///< training images, downscaled
    std::unordered_map<std::string, std::vector<float>> eval; ///< preprocessed validation images
    size_t cachedBytes = 0;
    size_t cacheBytes = 0;
};

BatchMaker::BatchMaker(const Preprocess &preprocess, int resolution, Augmentation augmentation, uint64_t seed, int threads,
                       size_t cacheBytes)
    : m_eval(preprocess), m_resolution(resolution), m_augmentation(augmentation), m_seed(seed)
{
    if (resolution < 16 || resolution > 4096)
        throw Error(ErrorCategory::InvalidInput, "the training resolution must be 16-4096 px, got " + std::to_string(resolution));
    if (!(augmentation.minScale > 0 && augmentation.minScale <= augmentation.maxScale && augmentation.maxScale <= 1.0
          && augmentation.minRatio > 0 && augmentation.minRatio <= augmentation.maxRatio))
        throw Error(ErrorCategory::InvalidInput, "the crop scales must satisfy 0 < min <= max <= 1 and the ratios 0 < min <= max");
    // the evaluation crop at this resolution, resized in the weights' own proportion
    m_eval = atResolution(preprocess, resolution);
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    m_impl = std::make_unique<Impl>(threads);
    m_impl->cacheBytes = cacheBytes;
}

BatchMaker::~BatchMaker() = default;

namespace {

cv::Mat decodeForTraining(const std::string &path, int resolution)
{
    cv::Mat rgb = decodeImageFile(path).rgb;
    const int shorter = std::min(rgb.cols, rgb.rows), keep = 2 * resolution;
    if (shorter > keep) {
        const double s = double(keep) / shorter;
        rgb = resizeLikePillow(rgb, std::max(1, int(std::lround(rgb.cols * s))), std::max(1, int(std::lround(rgb.rows * s))),
                               Interpolation::Bilinear);
    }
    return rgb;
}

// torchvision's RandomResizedCrop.get_params on a width x height image
cv::Rect randomResizedCrop(int width, int height, const Augmentation &a, Rng &rng)
{
    const double area = double(width) * height;
    const double logLo = std::log(a.minRatio), logHi = std::log(a.maxRatio);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double target = area * rng.uniform(a.minScale, a.maxScale);
        const double aspect = std::exp(rng.uniform(logLo, logHi));
        const int w = int(std::lround(std::sqrt(target * aspect)));
        const int h = int(std::lround(std::sqrt(target / aspect)));
        if (w > 0 && w <= width && h > 0 && h <= height)
            return cv::Rect(int(rng.below(width - w + 1)), int(rng.below(height - h + 1)), w, h);
    }
    const double ratio = double(width) / height;
    int w = width, h = height;
    if (ratio < a.minRatio)
        h = std::max(1, int(std::lround(w / a.minRatio)));
    else if (ratio > a.maxRatio)
        w = std::max(1, int(std::lround(h * a.maxRatio)));
    return cv::Rect((width - w) / 2, (height - h) / 2, w, h);
}

void normaliseInto(const cv::Mat &rgb, const Preprocess &p, float *out)
{
    const int n = rgb.rows * rgb.cols;
    for (int y = 0; y < rgb.rows; ++y) {
        const uint8_t *row = rgb.ptr<uint8_t>(y);
        for (int x = 0; x < rgb.cols; ++x)
            for (int c = 0; c < 3; ++c)
                out[c * n + y * rgb.cols + x] = (float(row[3 * x + c]) / 255.0f - p.mean[size_t(c)]) / p.std[size_t(c)];
    }
}

} // namespace

void BatchMaker::prepare(const std::vector<LabelledImage> &images, const std::function<bool(size_t, size_t)> &progress)
{
    std::atomic<size_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex failMutex;
    std::vector<std::string> failed;
    const size_t chunk = 32; // progress and cancel between chunks
    for (size_t start = 0; start < images.size() && !stop; start += chunk) {
        const size_t n = std::min(chunk, images.size() - start);
        m_impl->pool.run(n, [&](size_t k) {
            const std::string &path = images[start + k].path;
            {
                std::lock_guard<std::mutex> lock(m_impl->mutex);
                if (m_impl->decoded.count(path))
                    return;
            }
            try {
                cv::Mat m = decodeForTraining(path, m_resolution);
                std::lock_guard<std::mutex> lock(m_impl->mutex);
                const size_t bytes = m.total() * m.elemSize();
                if (m_impl->cachedBytes + bytes <= m_impl->cacheBytes) {
                    m_impl->decoded.emplace(path, m);
                    m_impl->cachedBytes += bytes;
                }
            } catch (const Error &e) {
                std::lock_guard<std::mutex> lock(failMutex);
                failed.push_back(path + " (" + e.what() + ")");
            }
        });
        done += n;
        if (progress && !progress(done, images.size()))
            throw Error(ErrorCategory::Cancelled, "preparing the training images was cancelled");
    }
    if (!failed.empty()) {
        std::sort(failed.begin(), failed.end());
        std::string list;
        for (size_t i = 0; i < failed.size() && i < 3; ++i)
            list += (i ? "; " : "") + failed[i];
        throw Error(ErrorCategory::InvalidInput, std::to_string(failed.size()) + " of the training images cannot be read: "
                                                     + list + (failed.size() > 3 ? "; ..." : "")
                                                     + ". Remove or replace them and start again");
    }
}

Batch BatchMaker::trainBatch(const std::vector<LabelledImage> &images, const std::vector<int64_t> &indices, int64_t epoch)
{
    const int r = m_resolution;
    Batch b;
    b.images = at::empty({int64_t(indices.size()), 3, r, r}, at::kFloat);
    b.labels = at::empty({int64_t(indices.size())}, at::kLong);
    float *dst = b.images.data_ptr<float>();
    int64_t *labels = b.labels.data_ptr<int64_t>();
    m_impl->pool.run(indices.size(), [&](size_t k) {
        const int64_t index = indices[k];
        if (index < 0 || size_t(index) >= images.size())
            throw Error(ErrorCategory::InvalidInput, "training sample " + std::to_string(index) + " does not exist");
        const LabelledImage &item = images[size_t(index)];
        cv::Mat rgb;
        {
            std::lock_guard<std::mutex> lock(m_impl->mutex);
            const auto it = m_impl->decoded.find(item.path);
            if (it != m_impl->decoded.end())
                rgb = it->second;
        }
        if (rgb.empty())
            rgb = decodeForTraining(item.path, r);
        // everything random about this sample comes from (seed, epoch, sample)
        Rng rng(m_seed, uint64_t(epoch), uint64_t(index));
        cv::Mat crop;
        if (m_augmentation.randomResizedCrop) {
            crop = resizeLikePillow(rgb(randomResizedCrop(rgb.cols, rgb.rows, m_augmentation, rng)).clone(), r, r,
                                    Interpolation::Bilinear);
        } else {
            const CropGeometry g = cropGeometry(rgb.cols, rgb.rows, m_eval);
            crop = resizeLikePillow(rgb, g.resizedWidth, g.resizedHeight, m_eval.interpolation)(cv::Rect(g.left, g.top, g.size, g.size))
                       .clone();
        }
        if (m_augmentation.horizontalFlip && rng.uniform() < 0.5)
            cv::flip(crop, crop, 1);
        normaliseInto(crop, m_eval, dst + k * size_t(3 * r * r));
        labels[k] = item.label;
    });
    return b;
}

Batch BatchMaker::evalBatch(const std::vector<LabelledImage> &images, size_t first, size_t count)
{
    const int r = m_resolution;
    if (first > images.size() || count > images.size() - first)
        throw Error(ErrorCategory::InvalidInput, "validation batch out of range");
    Batch b;
    b.images = at::empty({int64_t(count), 3, r, r}, at::kFloat);
    b.labels = at::empty({int64_t(count)}, at::kLong);
    float *dst = b.images.data_ptr<float>();
    int64_t *labels = b.labels.data_ptr<int64_t>();
    m_impl->pool.run(count, [&](size_t k) {
        const LabelledImage &item = images[first + k];
        std::vector<float> planes;
        {
            std::lock_guard<std::mutex> lock(m_impl->mutex);
            const auto it = m_impl->eval.find(item.path);
            if (it != m_impl->eval.end())
                planes = it->second;
        }
        if (planes.empty()) {
            planes = preprocessImage(decodeImageFile(item.path).rgb, m_eval);
            std::lock_guard<std::mutex> lock(m_impl->mutex);
            const size_t bytes = planes.size() * sizeof(float);
            if (m_impl->cachedBytes + bytes <= m_impl->cacheBytes) {
                m_impl->eval.emplace(item.path, planes);
                m_impl->cachedBytes += bytes;
            }
        }
        std::memcpy(dst + k * size_t(3 * r * r), planes.data(), planes.size() * sizeof(float));
        labels[k] = item.label;
    });
    return b;
}

} // namespace effscope::core
