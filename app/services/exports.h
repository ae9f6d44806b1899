// SPDX-License-Identifier: MIT
#pragma once
// Exports that need the engine's own writers (no torch): the raw heat map laid back on the
// photo, the same array `effscope-cli cam --raw` writes (core::heatOnPhoto + writeFloatMap).
#include "types.h"

#include <QString>

namespace effscope {

/// Writes the explanation's heat at the photo's own size (0 outside the part the model saw) as
/// .npy (float32), .tif/.tiff (32-bit float) or .exr; atomically. "" or the reason it failed.
QString writeRawHeat(const Explanation &explanation, const QString &path);

} // namespace effscope
