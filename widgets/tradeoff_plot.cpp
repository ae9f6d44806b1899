// SPDX-License-Identifier: MIT
#include "tradeoff_plot.h"

#include "plot_style.h"

#include "arch/presets.h"
#include "arch/profiler.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

// distinct hues that read on light and dark backgrounds
const QColor kColours[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),  QColor(214, 39, 40),
                           QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
                           QColor(188, 189, 34),  QColor(23, 190, 207), QColor(255, 187, 120), QColor(152, 223, 138)};
const QCPScatterStyle::ScatterShape kShapes[] = {QCPScatterStyle::ssCircle,  QCPScatterStyle::ssSquare,
                                                 QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle,
                                                 QCPScatterStyle::ssCross,   QCPScatterStyle::ssPlus,
                                                 QCPScatterStyle::ssStar,    QCPScatterStyle::ssTriangleInverted};

} // namespace

QVector<TradeoffSeries> loadPublishedSeries(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 << 20), &pe);
    if (doc.isNull() || !doc.isObject()) {
        *error = QObject::tr("%1 is not valid JSON: %2").arg(path, pe.errorString());
        return {};
    }
    QVector<TradeoffSeries> out;
    for (const QJsonValue &sv : doc.object().value(QStringLiteral("series")).toArray()) {
        const QJsonObject so = sv.toObject();
        TradeoffSeries s;
        s.id = so.value(QStringLiteral("id")).toString();
        s.name = so.value(QStringLiteral("name")).toString();
        s.source = so.value(QStringLiteral("source")).toString();
        const QString precision = so.value(QStringLiteral("precision")).toString();
        for (const QJsonValue &pv : so.value(QStringLiteral("points")).toArray()) {
            const QJsonObject po = pv.toObject();
            TradeoffPoint p;
            p.label = po.value(QStringLiteral("label")).toString();
            // published.json gives billions of MACs and millions of parameters, as the papers do
            p.macs = po.value(QStringLiteral("macs")).toDouble(-1) * 1e9;
            p.params = po.value(QStringLiteral("params")).toDouble(-1) * 1e6;
            p.top1 = po.value(QStringLiteral("top1")).toDouble(-1);
            p.top5 = po.value(QStringLiteral("top5")).toDouble(-1);
            p.preset = po.value(QStringLiteral("preset")).toString();
            p.precision = precision;
            p.resolution = po.value(QStringLiteral("resolution")).toInt(0);
            if (p.macs <= 0 && !p.preset.isEmpty()) {
                try {
                    core::ModelConfig c = core::preset(p.preset.toStdString());
                    c.scaling.resolution = po.value(QStringLiteral("resolution")).toInt(c.scaling.resolution);
                    const core::ModelProfile prof = core::profileModel(core::resolve(c));
                    p.macs = double(prof.macs);
                    if (p.params <= 0)
                        p.params = double(prof.params);
                } catch (const std::exception &e) {
                    *error = QObject::tr("%1: point '%2' of '%3': %4").arg(path, p.label, s.id, QString::fromUtf8(e.what()));
                    return {};
                }
            }
            if (p.macs <= 0 || p.top1 <= 0 || p.top1 > 100) {
                *error = QObject::tr("%1: point '%2' of '%3' lacks MACs or a top-1 in (0, 100]").arg(path, p.label, s.id);
                return {};
            }
            s.points << p;
        }
        if (s.id.isEmpty() || s.points.isEmpty()) {
            *error = QObject::tr("%1: a series without an id or points").arg(path);
            return {};
        }
        out << s;
    }
    if (out.isEmpty())
        *error = QObject::tr("%1 lists no series").arg(path);
    return out;
}

TradeoffPlot::TradeoffPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    m_axisBox = new QComboBox(this);
    m_axisBox->addItem(tr("Top-1 vs MACs (log)"));
    m_axisBox->addItem(tr("Top-1 vs parameters (log)"));
    m_axisBox->addItem(tr("Top-1 vs latency measured here (log)"));
    m_axisBox->setAccessibleName(tr("Trade-off axis"));
    m_axisBox->setToolTip(tr("What accuracy is plotted against: compute (MACs), size (parameters) or the latency "
                             "measured on this machine"));
    m_hover = new QLabel(this);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setAccessibleName(tr("Hovered point"));
    // the label takes the room the row leaves, never asks for more (showHover elides into it)
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hover->setMinimumWidth(0);
    m_measure = new QPushButton(tr("&Measure latency here"), this);
    m_measure->setToolTip(tr("Time every preset at batch 1 on this machine (random weights; a few minutes for all "
                             "13 on two cores) and plot the published accuracies against it"));
    connect(m_measure, &QPushButton::clicked, this, &TradeoffPlot::measureRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_axisBox);
    top->addWidget(m_measure);
    top->addWidget(m_hover, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    setAccessibleName(tr("Accuracy against cost"));
    m_plot->setAccessibleName(tr("Trade-off plot"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->setInteractions(QCP::iSelectLegend);
    m_plot->yAxis->setLabel(tr("ImageNet top-1 (%)"));
    setLogAxis(m_plot->xAxis);
    connect(m_axisBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setAxis(i == 0 ? Axis::Macs : i == 1 ? Axis::Params : Axis::Latency); });
    // a click on a legend entry shows or hides its series
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        if (auto *pi = qobject_cast<QCPPlottableLegendItem *>(item))
            for (int i = 0; i < m_plot->graphCount(); ++i)
                if (m_plot->graph(i) == pi->plottable())
                    setSeriesVisible(i, !m_visible.value(i));
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        const QString text = pointTextAt(m_plot->mapTo(this, e->pos()));
        showHover(text);
        if (!text.isEmpty())
            QToolTip::showText(e->globalPosition().toPoint(), text, m_plot);
    });
    stylePlot(m_plot, palette());
}

QWidget *TradeoffPlot::plotWidget() const
{
    return m_plot;
}

void TradeoffPlot::showHover(const QString &text)
{
    m_hoverText = text;
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    m_hover->setText(m_hover->fontMetrics().elidedText(line, Qt::ElideRight, std::max(0, m_hover->width() - 4)));
    m_hover->setToolTip(text);
}

void TradeoffPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showHover(m_hoverText);
}

void TradeoffPlot::setSeries(const QVector<TradeoffSeries> &series)
{
    m_series = series;
    m_visible = QVector<bool>(series.size(), true);
    rebuild();
}

void TradeoffPlot::setAxis(Axis axis)
{
    m_axis = axis;
    {
        QSignalBlocker block(m_axisBox);
        m_axisBox->setCurrentIndex(axis == Axis::Macs ? 0 : axis == Axis::Params ? 1 : 2);
    }
    rebuild();
}

void TradeoffPlot::setCustomScale(const QString &name, qint64 macs, qint64 params)
{
    m_customName = name;
    m_customGmacs = macs / 1e9;
    m_customMparams = params / 1e6;
    rebuild();
}

void TradeoffPlot::clearCustomScale()
{
    m_customGmacs = m_customMparams = -1.0;
    m_customName.clear();
    rebuild();
}

namespace {
// the user's own measurements, drawn apart from the published results
bool isEvaluated(const TradeoffSeries &s)
{
    return s.id == QLatin1String("evaluated");
}
bool isProbe(const TradeoffSeries &s)
{
    return s.id == QLatin1String("probe");
}
} // namespace

void TradeoffPlot::rebuild()
{
    m_plot->clearPlottables(); // the graphs and their interval bars
    m_plot->clearItems();
    const bool macs = m_axis == Axis::Macs;
    m_plot->xAxis->setLabel(macs                    ? tr("multiply-adds (billions, log scale)")
                            : m_axis == Axis::Params ? tr("parameters (millions, log scale)")
                                                     : tr("batch-1 latency on this machine (ms, log scale)"));
    // the accuracy range is the published results' (visible or not): a handful of the user's
    // images, with their wide intervals, never squashes them
    double lo = 1e9, hi = 0, yLo = 100, yHi = 0;
    bool published = false;
    for (const TradeoffSeries &s : m_series)
        if (!isEvaluated(s) && !isProbe(s))
            for (const TradeoffPoint &p : s.points)
                if (xValue(p) > 0) {
                    yLo = std::min(yLo, p.top1);
                    yHi = std::max(yHi, p.top1);
                    published = true;
                }
    if (!published)
        for (const TradeoffSeries &s : m_series)
            for (const TradeoffPoint &p : s.points)
                if (!isProbe(s) && xValue(p) > 0) {
                    yLo = std::min(yLo, p.top1);
                    yHi = std::max(yHi, p.top1);
                }
    if (yHi >= yLo) {
        m_yLo = std::max(0.0, std::floor(yLo - 1));
        m_yHi = std::min(100.0, std::ceil(yHi + 1.5));
    }
    // the linear probe's accuracy is on the user's classes, not ImageNet's: its own axis, on the
    // right, fitted to its points and their intervals
    double probeLo = 100, probeHi = 0;
    for (const TradeoffSeries &s : m_series)
        if (isProbe(s))
            for (const TradeoffPoint &p : s.points)
                if (xValue(p) > 0) {
                    const auto [l, h] = p.samples > 0 ? wilsonInterval(p.top1 / 100.0, p.samples)
                                                      : QPair<double, double>(p.top1 / 100.0, p.top1 / 100.0);
                    probeLo = std::min(probeLo, 100.0 * l);
                    probeHi = std::max(probeHi, 100.0 * h);
                }
    const bool probeAxis = probeHi >= probeLo;
    m_plot->yAxis2->setVisible(probeAxis);
    if (probeAxis) {
        m_plot->yAxis2->setLabel(tr("linear-probe accuracy on your classes (%)"));
        m_plot->yAxis2->setTickLabels(true);
        m_plot->yAxis2->setRange(std::max(0.0, std::floor(probeLo - 2)), std::min(100.0, std::ceil(probeHi + 2)));
    }
    for (int i = 0; i < m_series.size(); ++i) {
        const TradeoffSeries &s = m_series[i];
        QCPGraph *g = isProbe(s) ? m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2) : m_plot->addGraph();
        g->setName(s.name);
        const QColor c = kColours[i % 12];
        g->setPen(QPen(c, 1.5));
        g->setScatterStyle(QCPScatterStyle(kShapes[i % 8], c, c, 7));
        // single-dimension studies are separate experiments: points, no connecting line
        const bool evaluated = isEvaluated(s), probe = isProbe(s);
        g->setLineStyle(s.id.startsWith(QLatin1String("table")) || evaluated ? QCPGraph::lsNone : QCPGraph::lsLine);
        if (evaluated)
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, c, c, 12));
        if (probe) {
            g->setPen(QPen(c, 2.0, Qt::DashLine));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, c, c, 11));
        }
        QVector<double> x, y, below, above;
        for (const TradeoffPoint &p : s.points) {
            const double v = xValue(p);
            if (v <= 0)
                continue; // the source (or this machine, for latency) gives no value for this axis
            x << v;
            const double drawn = yDrawn(i, p);
            y << drawn;
            if (p.samples > 0) {
                // 95% Wilson interval of the top-1 on the user's n images, clipped to the range
                const auto [l, h] = wilsonInterval(p.top1 / 100.0, p.samples);
                const double lo = probe ? 0.0 : m_yLo, hi = probe ? 100.0 : m_yHi;
                below << std::max(0.0, drawn - std::max(100.0 * l, lo));
                above << std::max(0.0, std::min(100.0 * h, hi) - drawn);
            } else {
                below << 0.0;
                above << 0.0;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        g->setData(x, y, false);
        g->setVisible(m_visible.value(i, true));
        if ((evaluated || probe) && !x.isEmpty()) {
            auto *bars = new QCPErrorBars(m_plot->xAxis, probe ? m_plot->yAxis2 : m_plot->yAxis);
            bars->removeFromLegend();
            bars->setDataPlottable(g);
            bars->setData(below, above);
            bars->setPen(QPen(c, 1.2));
            bars->setWhiskerWidth(8);
            bars->setVisible(g->visible());
            bars->setObjectName(QStringLiteral("interval"));
        }
        if (x.isEmpty())
            m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(g));
    }
    const double custom = macs ? m_customGmacs : m_axis == Axis::Params ? m_customMparams : m_latency.value(m_customName, -1.0);
    if (custom > 0) {
        // a band 4% wide around the scale's cost, across every accuracy
        auto *band = new QCPItemRect(m_plot);
        band->topLeft->setType(QCPItemPosition::ptPlotCoords);
        band->bottomRight->setType(QCPItemPosition::ptPlotCoords);
        band->topLeft->setCoords(custom / 1.02, 1000);
        band->bottomRight->setCoords(custom * 1.02, -1000);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        band->setBrush(fill);
        band->setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setColor(palette().color(QPalette::WindowText));
        QString measured;
        for (const TradeoffSeries &s : m_series)
            if (isEvaluated(s))
                for (const TradeoffPoint &p : s.points)
                    if (p.label.startsWith(m_customName + QLatin1String(" on ")))
                        measured = tr("top-1 %1% on %2").arg(p.top1, 0, 'f', 1).arg(s.name);
        label->setText(tr("%1\n(%2)").arg(m_customName, measured.isEmpty() ? tr("accuracy not measured") : measured));
        lo = std::min(lo, custom);
        hi = std::max(hi, custom);
        label->position->setCoords(custom * 1.03, yHi + 0.5);
    }
    if (hi > 0) {
        m_plot->xAxis->setRange(lo / 1.5, hi * 1.5);
        m_plot->yAxis->setRange(m_yLo, m_yHi);
    }
    stylePlot(m_plot, palette());
    // a hidden series' legend entry is greyed (after the palette, which colours every entry)
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (QCPAbstractLegendItem *item = m_plot->legend->itemWithPlottable(m_plot->graph(i))) {
            const bool shown = m_visible.value(i, true);
            item->setTextColor(shown ? palette().color(QPalette::WindowText)
                                     : palette().color(QPalette::Disabled, QPalette::WindowText));
            QFont f = m_plot->legend->font();
            f.setItalic(!shown);
            item->setFont(f);
        }
    m_plot->replot();
}

double TradeoffPlot::yDrawn(int series, const TradeoffPoint &p) const
{
    if (series < 0 || series >= m_series.size() || !isEvaluated(m_series[series]))
        return p.top1;
    const double margin = (m_yHi - m_yLo) * 0.01;
    return std::clamp(p.top1, m_yLo + margin, m_yHi - margin);
}

QPair<double, double> wilsonInterval(double p, int n, double z)
{
    if (n < 1)
        return {0.0, 1.0};
    p = std::clamp(p, 0.0, 1.0);
    const double z2 = z * z, d = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / d;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / d;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

QStringList TradeoffPlot::xTickLabels() const
{
    return m_plot->xAxis->tickVectorLabels().toList();
}

QPair<double, double> TradeoffPlot::yRange() const
{
    return {m_plot->yAxis->range().lower, m_plot->yAxis->range().upper};
}

QPair<double, double> TradeoffPlot::probeRange() const
{
    if (!m_plot->yAxis2->visible())
        return {0.0, 0.0};
    return {m_plot->yAxis2->range().lower, m_plot->yAxis2->range().upper};
}

QColor TradeoffPlot::legendTextColor(int series) const
{
    if (series < 0 || series >= m_plot->graphCount())
        return {};
    QCPAbstractLegendItem *item = m_plot->legend->itemWithPlottable(m_plot->graph(series));
    return item ? item->textColor() : QColor();
}

QPair<double, double> TradeoffPlot::pointInterval(int series, int index) const
{
    if (series < 0 || series >= m_plot->graphCount())
        return {-1, -1};
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto *bars = qobject_cast<QCPErrorBars *>(m_plot->plottable(i)))
            if (bars->dataPlottable() == m_plot->graph(series) && index >= 0 && index < bars->dataCount()) {
                const double y = m_plot->graph(series)->data()->at(index)->value;
                const QCPErrorBarsData d = bars->data()->at(index);
                return {y - d.errorMinus, y + d.errorPlus};
            }
    return {-1, -1};
}

int TradeoffPlot::seriesCount() const
{
    return m_plot->graphCount();
}

QString TradeoffPlot::seriesName(int i) const
{
    return m_plot->graph(i)->name();
}

int TradeoffPlot::pointCount(int i) const
{
    return m_plot->graph(i)->dataCount();
}

bool TradeoffPlot::seriesVisible(int i) const
{
    return m_plot->graph(i)->visible();
}

void TradeoffPlot::setSeriesVisible(int i, bool visible)
{
    if (i < 0 || i >= m_visible.size())
        return;
    m_visible[i] = visible;
    rebuild();
}

QPoint TradeoffPlot::pointPosition(int series, int index) const
{
    const QCPGraph *g = series >= 0 && series < m_plot->graphCount() ? m_plot->graph(series) : nullptr;
    if (!g || index < 0 || index >= g->dataCount())
        return {-1, -1};
    const auto it = g->data()->at(index);
    const QPointF px = g->coordsToPixels(it->key, it->value);
    return m_plot->mapTo(const_cast<TradeoffPlot *>(this), px.toPoint());
}

QString TradeoffPlot::pointTextAt(const QPoint &pos) const
{
    const QPoint local = m_plot->mapFrom(const_cast<TradeoffPlot *>(this), pos);
    double best = 8.0 * 8.0;
    QString text;
    for (int i = 0; i < m_series.size() && i < m_plot->graphCount(); ++i) {
        if (!m_visible.value(i))
            continue;
        const QCPGraph *g = m_plot->graph(i);
        for (const TradeoffPoint &p : m_series[i].points) {
            const double v = xValue(p);
            if (v <= 0)
                continue;
            const QPointF px = g->coordsToPixels(v, yDrawn(i, p));
            const double d2 = std::pow(px.x() - local.x(), 2) + std::pow(px.y() - local.y(), 2);
            if (d2 <= best) {
                best = d2;
                text = tr("%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)")
                           .arg(m_series[i].name, p.label)
                           .arg(p.top1)
                           .arg(p.top5 > 0 ? tr(", top-5 %1%").arg(p.top5) : QString())
                           .arg(p.macs / 1e9)
                           .arg((p.params > 0 ? tr(", %1 M params").arg(p.params / 1e6) : QString())
                                + (xValue(p) > 0 && m_axis == Axis::Latency
                                       ? tr(", %1 ms here").arg(xValue(p), 0, 'f', 1)
                                       : QString()))
                           .arg(m_series[i].source);
                if (p.samples > 0) {
                    const auto [l, h] = wilsonInterval(p.top1 / 100.0, p.samples);
                    text += tr("\n%1 images: 95% interval %2 to %3% (Wilson)")
                                .arg(p.samples)
                                .arg(100.0 * l, 0, 'f', 1)
                                .arg(100.0 * h, 0, 'f', 1);
                    if (yDrawn(i, p) != p.top1)
                        text += tr("; outside the published range, drawn at its edge");
                }
            }
        }
    }
    return text;
}

double TradeoffPlot::xValue(const TradeoffPoint &p) const
{
    switch (m_axis) {
    case Axis::Macs: return p.macs / 1e9;   // the axis is in billions
    case Axis::Params: return p.params / 1e6; // and millions
    case Axis::Latency:
        if (p.latencyMs > 0)
            return p.latencyMs;
        // a point at another resolution than the one timed is not that latency
        const QString key = p.precision.isEmpty() ? p.preset : p.preset + QLatin1Char('/') + p.precision;
        if (p.resolution > 0 && m_latencySizes.value(key, p.resolution) != p.resolution)
            return -1.0;
        return m_latency.value(key, -1.0);
    }
    return -1.0;
}

void TradeoffPlot::setLatency(const QHash<QString, double> &msByPreset, const QHash<QString, int> &sizeByPreset)
{
    m_latency = msByPreset;
    m_latencySizes = sizeByPreset;
    rebuild();
}

QPair<double, double> TradeoffPlot::customBand() const
{
    const double c = m_axis == Axis::Macs ? m_customGmacs : m_axis == Axis::Params ? m_customMparams : m_latency.value(m_customName, -1.0);
    if (c <= 0)
        return {};
    return {c / 1.02, c * 1.02};
}

void TradeoffPlot::setEvaluations(const QString &name, const QVector<TradeoffPoint> &points)
{
    setUserSeries({QStringLiteral("evaluated"), name, tr("your evaluation on this machine"), points});
}

void TradeoffPlot::setProbe(const QString &name, const QVector<TradeoffPoint> &points)
{
    setUserSeries({QStringLiteral("probe"), name, tr("linear probe on your images, right-hand axis"), points});
}

void TradeoffPlot::setUserSeries(const TradeoffSeries &s)
{
    int at = -1;
    for (int i = 0; i < m_series.size(); ++i)
        if (m_series[i].id == s.id)
            at = i;
    if (s.points.isEmpty()) {
        if (at >= 0) {
            m_series.remove(at);
            m_visible.remove(at);
        }
    } else {
        if (at >= 0) {
            m_series[at] = s;
        } else {
            m_series.push_back(s);
            m_visible.push_back(true);
        }
    }
    rebuild();
}

void TradeoffPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace effscope
