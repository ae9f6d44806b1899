// SPDX-License-Identifier: MIT
#pragma once
// Calibrating a model on the user's photos (the first step of post-training int8 quantization):
// every photo decoded and preprocessed as classification does, run through the reference module
// in batches, every activation's range observed (quant/range_observer.h). The record is saved as
// JSON next to the weights it belongs to, with what it was made from.
#include "infer/engine.h"
#include "quant/range_observer.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

struct CalibrationRecord
{
    std::string model;   ///< the preset or scale it was made for
    std::string weights; ///< the weights file, or "" for random ones
    int resolution = 0;  ///< the crop size the photos were preprocessed to
    std::vector<std::string> photos;
    std::map<std::string, ActivationRange> ranges;
};

/// Calibrates `model` on `photos` (files), `batch` at a time. `progress(done, total)` after each
/// batch; returning false cancels (Cancelled). A photo that cannot be decoded is refused with its
/// path (InvalidInput); nothing is skipped silently.
CalibrationRecord calibratePhotos(ModelHandle &model, const std::vector<std::string> &photos, int batch = 8,
                                  const std::function<bool(int, int)> &progress = {});

/// JSON, written atomically.
void writeCalibration(const std::string &path, const CalibrationRecord &record);
/// Reads a record written by writeCalibration; anything else (not JSON, another format, a
/// range that is not finite or whose min exceeds its max) is refused with what is wrong.
CalibrationRecord readCalibration(const std::string &path);

} // namespace effscope::core
