// SPDX-License-Identifier: MIT
#include "sweep_plot.h"

#include "record_table.h"
#include "plot_style.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

const char *const kDimensions[] = {"width", "depth", "resolution", "compound"};
const QColor kColours[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40)};
const QCPScatterStyle::ScatterShape kShapes[] = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                 QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle};

int dimensionIndex(const QString &d)
{
    for (int i = 0; i < 4; ++i)
        if (d == QLatin1String(kDimensions[i]))
            return i;
    return -1;
}

} // namespace

SweepPlot::SweepPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setAccessibleName(tr("Single-dimension scaling study"));
    m_base = new QComboBox(this);
    m_base->addItem(QStringLiteral("B0"), QStringLiteral("b0"));
    m_base->addItem(QStringLiteral("Lite0"), QStringLiteral("lite0"));
    m_base->setAccessibleName(tr("Base network"));
    m_base->setToolTip(tr("The network every point of the study grows from"));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.6, 40.0);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.5);
    m_budget->setValue(2.0);
    m_budget->setSuffix(tr(" GMACs"));
    m_budget->setAccessibleName(tr("MACs budget"));
    m_budget->setToolTip(tr("The largest network of each dimension: scaled until its MACs reach this"));
    m_count = new QSpinBox(this);
    m_count->setRange(2, 12);
    m_count->setValue(5);
    m_count->setAccessibleName(tr("Points per dimension"));
    m_count->setToolTip(tr("Networks built and timed per dimension, from the base up to the budget"));
    m_run = new QPushButton(tr("&Run study"), this);
    m_run->setToolTip(tr("Build the base scaled by width only, depth only, resolution only and by the compound rule "
                         "up to the budget (random weights) and time each at batch 1 on this machine"));
    connect(m_run, &QPushButton::clicked, this,
            [this] { Q_EMIT runRequested(m_base->currentData().toString(), budgetMacs(), m_count->value()); });
    m_hover = new QLabel(this);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // a hover never resizes the window: the label takes the room it is given, the tooltip the rest
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const auto fixed3 = RecordTable::fixed(3);
    m_table = new RecordTable({{tr("Dimension"), {QStringLiteral("dimension")}, {}, Qt::AlignLeft | Qt::AlignVCenter},
                               // a single dimension's factor, or the compound step's phi: two columns,
                               // each empty where it does not apply
                               {tr("Multiplier"), {QStringLiteral("multiplier")}, fixed3},
                               {tr("phi"), {QStringLiteral("phi")}, fixed3},
                               {tr("Width"), {QStringLiteral("width")}, fixed3},
                               {tr("Depth"), {QStringLiteral("depth")}, fixed3},
                               {tr("Resolution"), {QStringLiteral("resolution")}},
                               {tr("MACs (G)"), {QStringLiteral("macs")}, RecordTable::fixed(3, 1e-9)},
                               {tr("Params (M)"), {QStringLiteral("params")}, RecordTable::fixed(2, 1e-6)},
                               {tr("Latency (ms)"), {QStringLiteral("latency_ms")}, [this](const QVariant &v) {
                                    return v.typeId() == QMetaType::QString ? tr("failed: %1").arg(v.toString())
                                                                            : QString::number(v.toDouble(), 'f', 2);
                                }}},
                              this);
    auto *tableView = new QTableView(this);
    tableView->setModel(m_table);
    // columns as wide as their header or content (headers never cut), the spare room to the last
    tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableView->horizontalHeader()->setStretchLastSection(true);
    tableView->verticalHeader()->setVisible(false);
    tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableView->setAccessibleName(tr("Scaling study points"));
    m_plot->setAccessibleName(tr("MACs against measured latency"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->xAxis->setLabel(tr("multiply-adds (billions, log scale)"));
    m_plot->yAxis->setLabel(tr("batch-1 latency on this machine (ms, log scale)"));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        setLogAxis(axis);
    }
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        const QString text = pointTextAt(m_plot->mapTo(this, e->pos()));
        m_hover->setText(text);
        m_hover->setToolTip(text);
        if (!text.isEmpty())
            QToolTip::showText(e->globalPosition().toPoint(), text, m_plot);
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Base"), this));
    controls->addWidget(m_base);
    controls->addWidget(new QLabel(tr("up to"), this));
    controls->addWidget(m_budget);
    controls->addWidget(new QLabel(tr("points per dimension"), this));
    controls->addWidget(m_count);
    controls->addWidget(m_run);
    controls->addWidget(m_hover, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(tableView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    rebuild();
}

void SweepPlot::setStudy(const QString &base, qint64 budgetMacs, int points)
{
    m_base->setCurrentIndex(std::max(0, m_base->findData(base)));
    m_budget->setValue(budgetMacs / 1e9);
    m_count->setValue(points);
}

qint64 SweepPlot::budgetMacs() const
{
    return qint64(std::llround(m_budget->value() * 1e9));
}

int SweepPlot::pointsPerDimension() const
{
    return m_count->value();
}

QString SweepPlot::base() const
{
    return m_base->currentData().toString();
}

void SweepPlot::setRunning(bool running)
{
    m_run->setEnabled(!running);
}

void SweepPlot::addPoint(const SweepItem &p)
{
    m_points.push_back(p);
    const bool compound = p.dimension == QLatin1String("compound");
    m_table->appendRow({p.dimension, compound ? QVariant() : QVariant(p.multiplier), compound ? QVariant(p.multiplier) : QVariant(),
                        p.width, p.depth, p.resolution, p.macs, p.params,
                        p.error.isEmpty() ? QVariant(p.medianMs) : QVariant(p.error)});
    rebuild();
}

void SweepPlot::clear()
{
    m_points.clear();
    m_table->clear();
    rebuild();
}

int SweepPlot::seriesCount() const
{
    return m_plot->graphCount();
}

int SweepPlot::pointCount(const QString &dimension) const
{
    const int i = dimensionIndex(dimension);
    return i < 0 ? 0 : m_plot->graph(i)->dataCount();
}

void SweepPlot::rebuild()
{
    m_plot->clearGraphs();
    double xLo = 1e9, xHi = 0, yLo = 1e9, yHi = 0;
    for (int i = 0; i < 4; ++i) {
        QCPGraph *g = m_plot->addGraph();
        const QString d = QLatin1String(kDimensions[i]);
        g->setName(d == QLatin1String("compound") ? tr("compound (1.2, 1.1, 1.15)") : tr("%1 only").arg(d));
        g->setPen(QPen(kColours[i], 1.5));
        g->setScatterStyle(QCPScatterStyle(kShapes[i], kColours[i], kColours[i], 7));
        QVector<double> x, y;
        for (const SweepItem &p : m_points)
            if (p.dimension == d && p.error.isEmpty() && p.medianMs > 0) {
                const double gmacs = p.macs / 1e9;
                x << gmacs;
                y << p.medianMs;
                xLo = std::min(xLo, gmacs);
                xHi = std::max(xHi, gmacs);
                yLo = std::min(yLo, p.medianMs);
                yHi = std::max(yHi, p.medianMs);
            }
        g->setData(x, y); // sorted by MACs
    }
    if (xHi > 0) {
        m_plot->xAxis->setRange(xLo / 1.3, xHi * 1.3);
        m_plot->yAxis->setRange(yLo / 1.3, yHi * 1.3);
    } else {
        m_plot->xAxis->setRange(0.3, 3);
        m_plot->yAxis->setRange(1, 100);
    }
    stylePlot(m_plot, palette());
    m_plot->replot();
}

QPoint SweepPlot::pointPosition(const QString &dimension, int index) const
{
    const int d = dimensionIndex(dimension);
    const QCPGraph *g = d >= 0 ? m_plot->graph(d) : nullptr;
    if (!g || index < 0 || index >= g->dataCount())
        return {-1, -1};
    const auto it = g->data()->at(index);
    return m_plot->mapTo(const_cast<SweepPlot *>(this), g->coordsToPixels(it->key, it->value).toPoint());
}

QString SweepPlot::pointTextAt(const QPoint &pos) const
{
    const QPoint local = m_plot->mapFrom(const_cast<SweepPlot *>(this), pos);
    double best = 64.0;
    QString text;
    for (const SweepItem &p : m_points) {
        const int i = dimensionIndex(p.dimension);
        if (i < 0 || !p.error.isEmpty() || p.medianMs <= 0)
            continue;
        const QPointF px = m_plot->graph(i)->coordsToPixels(p.macs / 1e9, p.medianMs);
        const double d2 = std::pow(px.x() - local.x(), 2) + std::pow(px.y() - local.y(), 2);
        if (d2 <= best) {
            best = d2;
            text = tr("%1 %2: width %3, depth %4, %5 px; %6 GMACs, %7 M params, %8 ms")
                       .arg(p.dimension)
                       .arg(p.dimension == QLatin1String("compound") ? tr("phi %1").arg(p.multiplier, 0, 'f', 3)
                                                                     : tr("x%1").arg(p.multiplier, 0, 'f', 3))
                       .arg(p.width, 0, 'f', 3)
                       .arg(p.depth, 0, 'f', 3)
                       .arg(p.resolution)
                       .arg(p.macs / 1e9, 0, 'f', 3)
                       .arg(p.params / 1e6, 0, 'f', 2)
                       .arg(p.medianMs, 0, 'f', 2);
        }
    }
    return text;
}

void SweepPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace effscope
