// SPDX-License-Identifier: MIT
#pragma once
// Calibrating a model on the user's photos (the first step of post-training int8 quantization):
// every photo decoded and preprocessed as classification does, run through the reference module
// in batches, every activation's range observed (quant/range_observer.h), kept as a
// CalibrationRecord (weights/calibration_record.h).
#include "infer/engine.h"
#include "quant/range_observer.h"
#include "weights/calibration_record.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

/// Calibrates `model` on `photos` (files), `batch` at a time. `progress(done, total)` after each
/// batch; returning false cancels (Cancelled). A photo that cannot be decoded is refused with its
/// path (InvalidInput); nothing is skipped silently.
CalibrationRecord calibratePhotos(ModelHandle &model, const std::vector<std::string> &photos, int batch = 8,
                                  const std::function<bool(int, int)> &progress = {});

} // namespace effscope::core
