// SPDX-License-Identifier: MIT
#pragma once
// The worker's RgbImage as a QImage, without copying the pixels (the QImage keeps the shared
// byte array alive).
#include "types.h"

#include <QImage>

namespace effscope {

QImage toQImage(const RgbImage &image);

} // namespace effscope
