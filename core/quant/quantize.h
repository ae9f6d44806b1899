// SPDX-License-Identifier: MIT
#pragma once
// Post-training static quantization of an EfficientNet-Lite: BatchNorm folded (in double), then
// every convolution's weights to s8 with one symmetric scale per output channel, and every
// activation to u8 with a scale from the calibration record. After ReLU6 (zero point 0) the range
// is [0, min(hi, 6)]; a signed tensor (the input, a projection, a residual sum; zero point 128)
// gets [-128, 127] steps of hi / 127. hi is the observed maximum of |x| ("minmax": nothing
// clips) or its 99.99th percentile ("percentile": rare outliers clip, every other value gets
// finer steps). The classifier stays float.
#include "nn/efficientnet.h"
#include "weights/calibration_record.h"
#include "weights/int8_model.h"

#include <string>

namespace effscope::core {

/// "minmax" and "percentile".
bool isRangeMethod(const std::string &method);

/// The int8 model of `reference` (a Lite preset, named `preset`) with the activation ranges of
/// `record`, which must have been made with this model (every activation present). Throws
/// InvalidInput for a model that is not Lite, a record of another model or an unknown method.
Int8Model quantizeModel(EfficientNetImpl &reference, const std::string &preset, const CalibrationRecord &record,
                        const std::string &method);

} // namespace effscope::core
