// SPDX-License-Identifier: MIT
#pragma once
// Exports that need the engine's own writers (no torch): the raw heat map laid back on the
// photo, the same array `effscope-cli cam --raw` writes (core::heatOnPhoto + writeFloatMap); and
// the one rule for text that becomes part of a file name.
#include "types.h"

#include <QRgb>
#include <QString>
#include <QVector>

namespace effscope {

/// The photo at its own size with the heat laid over the part the model saw (`lut`: 256 colours,
/// blended at `opacity`; the rest dimmed), as the heat map view draws it; PNG, atomically.
/// "" or the reason it failed.
QString writeOverlayPng(const Explanation &explanation, const QVector<QRgb> &lut, double opacity, const QString &path);

/// Writes the explanation's heat at the photo's own size (0 outside the part the model saw) as
/// .npy (float32), .tif/.tiff (32-bit float) or .exr; atomically. "" or the reason it failed.
QString writeRawHeat(const Explanation &explanation, const QString &path);

/// `text` safe inside a file name on every system: letters, digits, '-' and '.' kept, anything
/// else '_', at most `most` characters.
QString fileNamePart(const QString &text, int most = 60);

} // namespace effscope
