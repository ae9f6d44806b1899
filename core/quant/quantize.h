// SPDX-License-Identifier: MIT
#pragma once
// Post-training static quantization of an EfficientNet-Lite: BatchNorm folded (in double), then
// every convolution's weights to s8 with one symmetric scale per output channel, and every
// activation to u8 with a scale from the calibration record. After ReLU6 (zero point 0) the range
// is [0, min(hi, 6)]; a signed tensor (the input, a projection, a residual sum; zero point 128)
// gets [-128, 127] steps of hi / 127. hi is the observed maximum of |x| ("minmax": nothing
// clips) or its 99.99th percentile ("percentile": rare outliers clip, every other value gets
// finer steps). The input is the exception where its normalisation allows: when every channel
// is (pixel - z) / d for the same integer z and d (Lite: (p - 127) / 128), its steps are 1 / d
// with zero point z, and the 8-bit pixels quantize without loss. The classifier stays float.
#include "arch/preprocess.h"
#include "nn/efficientnet.h"
#include "weights/calibration_record.h"
#include "weights/int8_model.h"

#include <optional>
#include <string>

namespace effscope::core {

/// "minmax" and "percentile".
bool isRangeMethod(const std::string &method);

/// The int8 model of `reference` (a Lite preset, named `preset`, its input normalised by
/// `preprocess`) with the activation ranges of `record`, which must have been made with this
/// model (every activation present). Throws InvalidInput for a model that is not Lite, a record
/// of another model or an unknown method.
Int8Model quantizeModel(EfficientNetImpl &reference, const std::string &preset, const Preprocess &preprocess,
                        const CalibrationRecord &record, const std::string &method);

/// The input's quantization on the pixels' own grid (see above), if `preprocess` has one.
std::optional<ActQuant> pixelGridQuant(const Preprocess &preprocess);

} // namespace effscope::core
