// SPDX-License-Identifier: MIT
#include "plot_style.h"

#include <qcustomplot.h>

namespace effscope {

void stylePlot(QCustomPlot *plot, const QPalette &pal)
{
    const QColor fg = pal.color(QPalette::WindowText), bg = pal.color(QPalette::Base);
    plot->setBackground(bg);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(fg));
            axis->setTickPen(QPen(fg));
            axis->setSubTickPen(QPen(fg));
            axis->setTickLabelColor(fg);
            axis->setLabelColor(fg);
            axis->grid()->setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
        }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *scale = qobject_cast<QCPColorScale *>(plot->plotLayout()->elementAt(i))) {
            QCPAxis *axis = scale->axis();
            axis->setBasePen(QPen(fg));
            axis->setTickPen(QPen(fg));
            axis->setSubTickPen(QPen(fg));
            axis->setTickLabelColor(fg);
            axis->setLabelColor(fg);
        }
    plot->legend->setBrush(bg);
    plot->legend->setTextColor(fg);
    plot->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
}

} // namespace effscope
