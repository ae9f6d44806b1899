// SPDX-License-Identifier: MIT
#pragma once
// Colours of a QCustomPlot taken from a widget palette (light or dark): background, axes,
// tick labels, grid and legend. Internal to effscope_widgets.
class QCPAxis;
class QCustomPlot;
class QPalette;

namespace effscope {

void stylePlot(QCustomPlot *plot, const QPalette &palette);
/// A logarithmic axis labelled at 1, 2 and 5 of every decade (1 only over more than three
/// decades), with unlabelled ticks at the other integers: "0.5  1  2  5  10", not "1  10".
void setLogAxis(QCPAxis *axis);
/// Ticks on whole pixels only (1, 2, 5, 10... apart) and only over pixels 0..pixels-1, so an axis
/// padded to keep square pixels labels no column or row the picture does not have.
void setPixelAxis(QCPAxis *axis, int pixels);

} // namespace effscope
