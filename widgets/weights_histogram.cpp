// SPDX-License-Identifier: MIT
#include "weights_histogram.h"

#include "plot_style.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace effscope {

namespace {
QCPBars *barsOf(QCustomPlot *plot)
{
    return plot->plottableCount() ? qobject_cast<QCPBars *>(plot->plottable(0)) : nullptr;
}
} // namespace

WeightsHistogram::WeightsHistogram(QWidget *parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setAccessibleName(tr("Histogram of the layer's weights"));
    m_plot->setMinimumSize(240, 160);
    m_plot->xAxis->setLabel(tr("weight value"));
    m_plot->yAxis->setLabel(tr("weights"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_plot, 1);
    stylePlot(m_plot, palette());
}

void WeightsHistogram::setActivations(const ActivationView &v)
{
    m_plot->clearPlottables();
    if (v.weightCount == 0 || v.weightBins.isEmpty()) {
        m_text->setText(v.layer.isEmpty() ? QString()
                                          : tr("%1 has no convolution weights of its own (squeeze-excite "
                                               "gates and pools are not shown here).")
                                                .arg(v.layer));
        m_plot->replot();
        return;
    }
    const int n = int(v.weightBins.size());
    const double width = (v.weightMax - v.weightMin) / n;
    QVector<double> x, y;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        x << v.weightMin + (i + 0.5) * width;
        y << v.weightBins[i];
        top = std::max(top, double(v.weightBins[i]));
    }
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setWidth(width);
    bars->setData(x, y, true);
    bars->setPen(Qt::NoPen);
    bars->setBrush(palette().color(QPalette::Highlight));
    m_plot->xAxis->setRange(v.weightMin - width, v.weightMax + width);
    m_plot->yAxis->setRange(0, top * 1.05);
    m_text->setText(tr("%1: %2 weights in %3, from %4 to %5, mean %6, standard deviation %7")
                        .arg(v.layer)
                        .arg(v.weightCount)
                        .arg(tr("%n convolutions", nullptr, int(v.weightTensors)))
                        .arg(v.weightMin, 0, 'g', 4)
                        .arg(v.weightMax, 0, 'g', 4)
                        .arg(v.weightMean, 0, 'g', 4)
                        .arg(v.weightStd, 0, 'g', 4));
    m_plot->replot();
}

QString WeightsHistogram::text() const
{
    return m_text->text();
}

int WeightsHistogram::barCount() const
{
    const QCPBars *bars = barsOf(m_plot);
    return bars ? bars->dataCount() : 0;
}

qint64 WeightsHistogram::barTotal() const
{
    qint64 total = 0;
    if (const QCPBars *bars = barsOf(m_plot))
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += qint64(it->value);
    return total;
}

void WeightsHistogram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        stylePlot(m_plot, palette());
        if (QCPBars *bars = barsOf(m_plot))
            bars->setBrush(palette().color(QPalette::Highlight));
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace effscope
