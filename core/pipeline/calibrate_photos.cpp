// SPDX-License-Identifier: MIT
#include "pipeline/calibrate_photos.h"

#include "common/error.h"
#include "vision/image.h"

#include <algorithm>

namespace effscope::core {

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
    r.inputMeans = calibrator.inputMeans();
    return r;
}

} // namespace effscope::core
