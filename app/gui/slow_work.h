// SPDX-License-Identifier: MIT
#pragma once
// Slow work announced before it starts: an estimate from the analytic work count and this
// machine's measured speed, and a question when it passes kSlowWorkSeconds (KDE's and GNOME's
// applications ask before an operation that will clearly take long, and say how long).
#include <QString>

class QWidget;

namespace effscope {

/// Work estimated above this asks first: 10 s, or EFFSCOPE_SLOW_WORK_SECONDS (window tests
/// raise it so that a loaded test machine's slower estimates change nothing they check).
double slowWorkSeconds();

/// "about 40 s", "about 3 min", "about 1.4 h".
QString durationText(double seconds);

/// Asks "<what> will take <duration> on this machine (<basis>). Start it?"; true to start.
/// Tests answer it through the message box (QApplication::activeModalWidget()).
bool confirmSlowWork(QWidget *parent, const QString &what, double seconds, const QString &basis);

} // namespace effscope
