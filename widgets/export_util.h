// SPDX-License-Identifier: MIT
#pragma once
// The one way a plot leaves the app: PNG, SVG or PDF chosen by the file name's suffix, written
// atomically (nothing half-written under the final name). Tables leave as CSV through
// RecordTable::saveCsv.
#include <QString>

class QCustomPlot;

namespace effscope {

/// The plot at width x height (pixels for PNG, points for PDF, the view box for SVG) with
/// `title` drawn above it and in the document's metadata. "" or the reason it failed (including an unknown suffix).
QString savePlot(QCustomPlot *plot, const QString &path, int width, int height, const QString &title);
/// The file-dialog filter for savePlot's formats.
QString plotFileFilter();
/// `path` with the suffix of the file dialog's chosen filter ("PNG image (*.png)") when the
/// name typed has none; otherwise as it is.
QString withFilterSuffix(const QString &path, const QString &selectedFilter);

} // namespace effscope
