// SPDX-License-Identifier: MIT
#include "faithfulness_plot.h"
#include "plot_style.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

namespace effscope {

FaithfulnessPlot::FaithfulnessPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setAccessibleName(tr("Deletion and insertion curves"));
    m_plot->addGraph(); // deletion
    m_plot->addGraph(); // insertion
    m_plot->xAxis->setLabel(tr("fraction of pixels, hottest first"));
    m_plot->yAxis->setLabel(tr("probability"));
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);
    // the legend in a row of its own above the data, so it never hides a curve
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setMargins(QMargins(4, 1, 4, 1));
    applyPalette();
    clear();
}

void FaithfulnessPlot::setCurves(const QVector<double> &fractions, const QVector<double> &deletion,
                                 const QVector<double> &insertion, double deletionAuc, double insertionAuc)
{
    m_plot->graph(0)->setData(fractions, deletion, true);
    m_plot->graph(1)->setData(fractions, insertion, true);
    m_plot->graph(0)->setName(tr("deletion (AUC %1)").arg(deletionAuc, 0, 'f', 3));
    m_plot->graph(1)->setName(tr("insertion (AUC %1)").arg(insertionAuc, 0, 'f', 3));
    double top = 0.05;
    for (double v : deletion + insertion)
        top = std::max(top, v);
    m_plot->yAxis->setRange(0, std::min(1.0, top * 1.1));
    m_stale = false;
    applyPalette();
}

void FaithfulnessPlot::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    applyPalette();
}

QRect FaithfulnessPlot::legendRect() const
{
    return m_plot->legend->outerRect();
}

QRect FaithfulnessPlot::dataRect() const
{
    return m_plot->axisRect()->rect();
}

int FaithfulnessPlot::pointCount(int curve) const
{
    return m_plot->graph(curve)->dataCount();
}

QString FaithfulnessPlot::curveName(int curve) const
{
    return m_plot->graph(curve)->name();
}

double FaithfulnessPlot::valueAt(int curve, int index) const
{
    return m_plot->graph(curve)->data()->at(index)->value;
}

void FaithfulnessPlot::clear()
{
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->graph(0)->setName(tr("deletion"));
    m_plot->graph(1)->setName(tr("insertion"));
    m_stale = false;
    applyPalette();
}

void FaithfulnessPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void FaithfulnessPlot::applyPalette()
{
    const QPalette pal = palette();
    stylePlot(m_plot, pal);
    // deletion should fall fast, insertion rise fast: red and the palette's highlight
    const QColor grey = pal.color(QPalette::Disabled, QPalette::WindowText);
    m_plot->graph(0)->setPen(QPen(m_stale ? grey : QColor(220, 60, 50), 2));
    m_plot->graph(1)->setPen(QPen(m_stale ? grey : pal.color(QPalette::Highlight), 2, m_stale ? Qt::DashLine : Qt::SolidLine));
    m_plot->replot();
}

} // namespace effscope
