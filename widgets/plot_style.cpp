// SPDX-License-Identifier: MIT
#include "plot_style.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

// 1-2-5 labels per decade; the other integers of the decade as sub-ticks
class DecadeTicker : public QCPAxisTickerLog
{
protected:
    QVector<double> createTickVector(double, const QCPRange &range) override
    {
        QVector<double> ticks;
        if (range.lower <= 0 || range.upper <= range.lower)
            return ticks;
        const int first = int(std::floor(std::log10(range.lower))), last = int(std::ceil(std::log10(range.upper)));
        const bool dense = last - first <= 3;
        for (int e = first - 1; e <= last; ++e)
            for (double m : {1.0, 2.0, 5.0}) {
                if (!dense && m != 1.0)
                    continue;
                ticks << m * std::pow(10.0, e);
            }
        return ticks;
    }
    QVector<double> createSubTickVector(int, const QVector<double> &ticks) override
    {
        QVector<double> sub;
        if (ticks.isEmpty())
            return sub;
        const int first = int(std::floor(std::log10(ticks.first()))), last = int(std::ceil(std::log10(ticks.last())));
        for (int e = first; e <= last; ++e)
            for (int m = 2; m <= 9; ++m) {
                const double v = m * std::pow(10.0, e);
                if (v > ticks.first() && v < ticks.last() && !ticks.contains(v))
                    sub << v;
            }
        return sub;
    }
};

// whole-pixel ticks, clipped to the picture's own extent
class PixelTicker : public QCPAxisTickerFixed
{
public:
    explicit PixelTicker(int pixels) : m_last(pixels - 1)
    {
        setTickStep(1.0);
        setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    }

protected:
    QVector<double> createTickVector(double step, const QCPRange &range) override
    {
        QVector<double> ticks = QCPAxisTickerFixed::createTickVector(step, range);
        ticks.erase(std::remove_if(ticks.begin(), ticks.end(), [this](double t) { return t < 0 || t > m_last; }),
                    ticks.end());
        return ticks;
    }

private:
    int m_last;
};

} // namespace

void setPixelAxis(QCPAxis *axis, int pixels)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new PixelTicker(pixels)));
    axis->setSubTicks(false);
}

void setLogAxis(QCPAxis *axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new DecadeTicker));
    axis->setNumberFormat(QStringLiteral("g"));
    axis->setNumberPrecision(6);
}

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
