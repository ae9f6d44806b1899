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
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
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
    m_plot->replot();
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
    m_plot->replot();
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
    m_plot->graph(0)->setPen(QPen(QColor(220, 60, 50), 2));
    m_plot->graph(1)->setPen(QPen(pal.color(QPalette::Highlight), 2));
    m_plot->replot();
}

} // namespace effscope
