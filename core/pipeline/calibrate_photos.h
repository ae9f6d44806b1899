// SPDX-License-Identifier: MIT
#pragma once
// Calibrating a model on the user's photos (the first step of post-training int8 quantization):
// every photo decoded and preprocessed as classification does, run through the reference module
// in batches, every activation's range observed (quant/range_observer.h), kept as a
// CalibrationRecord (weights/calibration_record.h).
#include "infer/engine.h"
#include "quant/learned_rounding.h"
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

/// At most this many calibration photos feed learned rounding (every unit's input and output for
/// each of them is held in memory while it learns).
inline constexpr int kRoundingPhotos = 32;

/// Learns the rounding of `int8` (quantized from `model`) on `photos`: all of them when there are
/// at most kRoundingPhotos, else that many evenly spaced. Sets int8.rounding to "learned".
/// `progress(done, total)` per unit, false cancels (Cancelled, `int8` unchanged); a photo that
/// cannot be decoded is refused with its path.
RoundingReport learnRoundingOnPhotos(ModelHandle &model, Int8Model &int8, const std::vector<std::string> &photos,
                                     const RoundingOptions &options = {},
                                     const std::function<bool(int, int)> &progress = {});

class Int8EfficientNet;

/// How an int8 model's classifications compare with the float model's on photos.
struct Int8Agreement
{
    int compared = 0;       ///< photos run through both
    int agree = 0;          ///< with the same top-1
    double meanKl = 0.0;    ///< mean KL(fp32 || int8) of the probabilities, nats
};

/// Runs every photo through `model` (float) and `int8`; `progress(done, total)` after each,
/// returning false stops early (what was compared is kept). Decoding errors throw with the path.
Int8Agreement compareInt8(ModelHandle &model, Int8EfficientNet &int8, const std::vector<std::string> &photos,
                          const std::function<bool(int, int)> &progress = {});

} // namespace effscope::core
