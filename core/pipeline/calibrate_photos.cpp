// SPDX-License-Identifier: MIT
#include "pipeline/calibrate_photos.h"

#include "common/error.h"
#include "pipeline/explain_photo.h"
#include "quant/int8_engine.h"
#include "vision/image.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>

namespace effscope::core {

namespace {

// Photos path(0) .. path(n - 1) decoded and preprocessed as classification does: [n, 3, crop, crop].
// One that cannot be read is refused with its path: "cannot <what> '<path>': why".
at::Tensor preprocessedPhotos(const ModelHandle &model, int64_t n, const std::function<const std::string &(int64_t)> &path,
                              const char *what)
{
    const int crop = model.preprocess.cropSize;
    at::Tensor x = at::empty({n, 3, crop, crop}, at::kFloat);
    for (int64_t i = 0; i < n; ++i) {
        std::vector<float> planes;
        try {
            planes = preprocessImage(decodeImageFile(path(i)).rgb, model.preprocess);
        } catch (const Error &e) {
            throw Error(ErrorCategory::InvalidInput, std::string("cannot ") + what + " '" + path(i) + "': " + e.what());
        }
        std::copy(planes.begin(), planes.end(), x[i].data_ptr<float>());
    }
    return x;
}

} // namespace

CalibrationRecord calibratePhotos(ModelHandle &model, const std::vector<std::string> &photos, int batch,
                                  const std::function<bool(int, int)> &progress)
{
    if (photos.empty())
        throw Error(ErrorCategory::InvalidInput, "calibration needs at least one photo");
    if (batch < 1)
        throw Error(ErrorCategory::InvalidInput, "the calibration batch must hold at least one photo");
    Calibrator calibrator(*model.net);
    const c10::Device device = model.net->parameters().empty() ? c10::Device(c10::kCPU)
                                                               : model.net->parameters().front().device();
    const int total = int(photos.size());
    for (int from = 0; from < total; from += batch) {
        const int n = std::min(batch, total - from);
        const at::Tensor x = preprocessedPhotos(model, n, [&](int64_t i) -> const std::string & { return photos[size_t(from + i)]; },
                                                "calibrate on");
        calibrator.observe(x.to(device));
        if (progress && !progress(from + n, total))
            throw Error(ErrorCategory::Cancelled, "calibration cancelled");
    }
    CalibrationRecord r;
    r.model = model.config.name;
    r.weights = model.weightsPath;
    r.resolution = model.preprocess.cropSize;
    r.photos = photos;
    r.ranges = calibrator.ranges();
    r.inputMeans = calibrator.inputMeans();
    return r;
}

RoundingReport learnRoundingOnPhotos(ModelHandle &model, Int8Model &int8, const std::vector<std::string> &photos,
                                     const RoundingOptions &options, const std::function<bool(int, int)> &progress)
{
    if (photos.empty())
        throw Error(ErrorCategory::InvalidInput, "learning the int8 rounding needs at least one calibration photo");
    const int64_t count = std::min<int64_t>(kRoundingPhotos, int64_t(photos.size()));
    const at::Tensor x = preprocessedPhotos(
        model, count, [&](int64_t i) -> const std::string & { return photos[size_t(i * int64_t(photos.size()) / count)]; },
        "learn the rounding on");
    const RoundingReport r = learnRounding(int8, *model.net, x, options, progress);
    int8.rounding = "learned";
    return r;
}

Int8Agreement compareInt8(ModelHandle &model, Int8EfficientNet &int8, const std::vector<std::string> &photos,
                          const std::function<bool(int, int)> &progress)
{
    Int8Agreement r;
    double kl = 0.0;
    c10::InferenceMode guard;
    for (const std::string &p : photos) {
        const at::Tensor x = photoInput(model, decodeImageFile(p));
        const at::Tensor ref = model.forward(x), got = int8.forward(x);
        r.agree += ref.argmax(1).item<int64_t>() == got.argmax(1).item<int64_t>();
        const at::Tensor lp = at::log_softmax(ref, 1), lq = at::log_softmax(got, 1);
        kl += (lp.exp() * (lp - lq)).sum().item<double>();
        ++r.compared;
        if (progress && !progress(r.compared, int(photos.size())))
            break;
    }
    r.meanKl = r.compared ? kl / r.compared : 0.0;
    return r;
}

} // namespace effscope::core
