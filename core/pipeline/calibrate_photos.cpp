// SPDX-License-Identifier: MIT
#include "pipeline/calibrate_photos.h"

#include "common/error.h"
#include "common/file_io.h"
#include "vision/image.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace effscope::core {

namespace {

constexpr const char *kFormat = "effscope-calibration-1";
using json = nlohmann::json;

} // namespace

CalibrationRecord calibratePhotos(ModelHandle &model, const std::vector<std::string> &photos, int batch,
                                  const std::function<bool(int, int)> &progress)
{
    if (photos.empty())
        throw Error(ErrorCategory::InvalidInput, "calibration needs at least one photo");
    if (batch < 1)
        throw Error(ErrorCategory::InvalidInput, "the calibration batch must hold at least one photo");
    const int crop = model.preprocess.cropSize;
    Calibrator calibrator(*model.net);
    const c10::Device device = model.net->parameters().empty() ? c10::Device(c10::kCPU)
                                                               : model.net->parameters().front().device();
    const int total = int(photos.size());
    for (int from = 0; from < total; from += batch) {
        const int n = std::min(batch, total - from);
        at::Tensor x = at::empty({n, 3, crop, crop}, at::kFloat);
        for (int i = 0; i < n; ++i) {
            const std::string &path = photos[size_t(from + i)];
            std::vector<float> planes;
            try {
                planes = preprocessImage(decodeImageFile(path).rgb, model.preprocess);
            } catch (const Error &e) {
                throw Error(ErrorCategory::InvalidInput, "cannot calibrate on '" + path + "': " + e.what());
            }
            std::copy(planes.begin(), planes.end(), x[i].data_ptr<float>());
        }
        calibrator.observe(x.to(device));
        if (progress && !progress(from + n, total))
            throw Error(ErrorCategory::Cancelled, "calibration cancelled");
    }
    CalibrationRecord r;
    r.model = model.config.name;
    r.weights = model.weightsPath;
    r.resolution = crop;
    r.photos = photos;
    r.ranges = calibrator.ranges();
    return r;
}

void writeCalibration(const std::string &path, const CalibrationRecord &r)
{
    json ranges = json::object();
    for (const auto &[name, a] : r.ranges)
        ranges[name] = {{"min", a.min}, {"max", a.max}, {"p99.9", a.p999}, {"p99.99", a.p9999},
                        {"p99.999", a.p99999}, {"count", a.count}};
    const json out{{"format", kFormat}, {"model", r.model}, {"weights", r.weights}, {"resolution", r.resolution},
                   {"photos", r.photos}, {"ranges", ranges}};
    writeFileAtomic(path, out.dump(1) + "\n");
}

CalibrationRecord readCalibration(const std::string &path)
{
    const FileBytes bytes = readFileBytes(path);
    json in;
    try {
        in = json::parse(*bytes);
    } catch (const json::exception &) {
        throw Error(ErrorCategory::UnsupportedFormat, path + " is not JSON");
    }
    if (!in.is_object() || in.value("format", std::string()) != kFormat)
        throw Error(ErrorCategory::UnsupportedFormat, path + " is not an effscope calibration record (no '"
                                                          + kFormat + "' format tag)");
    CalibrationRecord r;
    try {
        r.model = in.at("model").get<std::string>();
        r.weights = in.at("weights").get<std::string>();
        r.resolution = in.at("resolution").get<int>();
        r.photos = in.at("photos").get<std::vector<std::string>>();
        for (const auto &[name, a] : in.at("ranges").items()) {
            ActivationRange v;
            v.min = a.at("min").get<double>();
            v.max = a.at("max").get<double>();
            v.p999 = a.at("p99.9").get<double>();
            v.p9999 = a.at("p99.99").get<double>();
            v.p99999 = a.at("p99.999").get<double>();
            v.count = a.at("count").get<int64_t>();
            const double top = std::max(std::abs(v.min), std::abs(v.max));
            for (double d : {v.min, v.max, v.p999, v.p9999, v.p99999})
                if (!std::isfinite(d))
                    throw Error(ErrorCategory::Damaged, path + ": the range of '" + name + "' is not finite");
            if (v.min > v.max || v.count < 1 || v.p999 < 0 || v.p999 > v.p9999 || v.p9999 > v.p99999 || v.p99999 > top)
                throw Error(ErrorCategory::Damaged, path + ": the range of '" + name + "' is inconsistent");
            r.ranges[name] = v;
        }
    } catch (const json::exception &e) {
        throw Error(ErrorCategory::UnsupportedFormat, path + ": " + e.what());
    }
    if (r.resolution < 1 || r.ranges.empty())
        throw Error(ErrorCategory::Damaged, path + " holds no ranges");
    return r;
}

} // namespace effscope::core
