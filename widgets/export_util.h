// SPDX-License-Identifier: MIT
#pragma once
// Exports shared by the views: a QCustomPlot as SVG, and a table as CSV (RFC 4180 quoting).
// Both write atomically and return "" or the reason they failed.
#include <QString>

class QCustomPlot;
class QTableWidget;

namespace effscope {

QString savePlotSvg(QCustomPlot *plot, const QString &path, int width, int height, const QString &title);
/// Header row from the horizontal header labels (and a first column from the vertical header
/// when it has labels), then every row as shown.
QString saveTableCsv(const QTableWidget *table, const QString &path);
/// One CSV field, quoted when it holds a comma, quote or line break.
QString csvField(const QString &text);

} // namespace effscope
