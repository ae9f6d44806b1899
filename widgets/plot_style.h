// SPDX-License-Identifier: MIT
#pragma once
// Colours of a QCustomPlot taken from a widget palette (light or dark): background, axes,
// tick labels, grid and legend. Internal to effscope_widgets.
class QCustomPlot;
class QPalette;

namespace effscope {

void stylePlot(QCustomPlot *plot, const QPalette &palette);

} // namespace effscope
