// SPDX-License-Identifier: MIT
#pragma once
// Colour-map lookup tables for the GUI's overlays, made by OpenCV (no torch): 256 colours from
// cold to hot, so the heat map view can recolour instantly on the GUI thread.
#include <QRgb>
#include <QStringList>
#include <QVector>

namespace effscope {

QStringList colormapNames(); ///< jet, viridis, inferno, turbo
/// Throws nothing: an unknown name gives the jet table.
QVector<QRgb> colormapLut(const QString &name);

} // namespace effscope
