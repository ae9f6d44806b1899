// SPDX-License-Identifier: MIT
#pragma once
// The record of a calibration (the activation ranges an int8 model is quantized with), as saved
// next to the weights it belongs to: JSON with its format tag, what it was made from, and per
// activation min, max and high percentiles of |x|. Torch-free, so the reader is fuzzed with the
// weight readers; a record from disk is untrusted and checked value by value.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

/// What calibration keeps of one activation.
struct ActivationRange
{
    double min = 0.0, max = 0.0;
    double p999 = 0.0, p9999 = 0.0, p99999 = 0.0; ///< percentiles 99.9, 99.99, 99.999 of |x|
    int64_t count = 0;
};

struct CalibrationRecord
{
    std::string model;   ///< the preset or scale it was made for
    std::string weights; ///< the weights file, or "" for random ones
    int resolution = 0;  ///< the crop size the photos were preprocessed to
    std::vector<std::string> photos;
    std::map<std::string, ActivationRange> ranges;
    /// Per convolution unit (and "classifier.1"): the mean of each channel of its input over the
    /// photos (bias correction removes the shift that rounding the weights adds: -(Wq - W) mean).
    std::map<std::string, std::vector<double>> inputMeans;
};

/// The record as JSON text.
std::string calibrationJson(const CalibrationRecord &record);
/// calibrationJson, written atomically.
void writeCalibration(const std::string &path, const CalibrationRecord &record);
/// Reads a record written by writeCalibration; anything else (not JSON, another format, a
/// range that is not finite, whose min exceeds its max or whose percentiles are out of order)
/// is refused with what is wrong: UnsupportedFormat or Damaged.
CalibrationRecord readCalibration(const std::string &path);
/// The same from bytes already read; `name` says where they came from in messages.
CalibrationRecord parseCalibration(const std::string &bytes, const std::string &name);

} // namespace effscope::core
