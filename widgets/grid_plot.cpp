// SPDX-License-Identifier: MIT
#include "grid_plot.h"

#include "plot_style.h"
#include "record_table.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

// viridis, sampled: dark for the least accurate candidate, yellow for the most
QCPColorGradient accuracyGradient()
{
    QCPColorGradient g;
    g.setColorStops({{0.0, QColor(0x44, 0x01, 0x54)},
                     {0.25, QColor(0x3b, 0x52, 0x8b)},
                     {0.5, QColor(0x21, 0x91, 0x8c)},
                     {0.75, QColor(0x5e, 0xc9, 0x62)},
                     {1.0, QColor(0xfd, 0xe7, 0x25)}});
    return g;
}

QString percent(const QVariant &v)
{
    const double x = v.toDouble();
    return x < 0 ? QString() : QStringLiteral("%1%").arg(100.0 * x, 0, 'f', 1);
}

} // namespace

GridPlot::GridPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setAccessibleName(tr("Grid search"));
    m_plot->setMinimumSize(240, 180);
    m_plot->xAxis->setLabel(tr("alpha (depth)"));
    m_plot->yAxis->setLabel(tr("beta (width)"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto fixed = [](int d) { return RecordTable::fixed(d); };
    m_table = new RecordTable({{tr("Rank"), {QStringLiteral("rank")}, [](const QVariant &v) {
                                   return v.toInt() > 0 ? QString::number(v.toInt()) : QString();
                               }},
                               {tr("alpha"), {QStringLiteral("alpha")}, fixed(2)},
                               {tr("beta"), {QStringLiteral("beta")}, fixed(2)},
                               {tr("gamma"), {QStringLiteral("gamma")}, fixed(2)},
                               {tr("alpha*beta^2*gamma^2"), {QStringLiteral("constraint")}, fixed(3)},
                               {tr("Input"), {QStringLiteral("resolution")}, [](const QVariant &v) {
                                    return tr("%1 px").arg(v.toInt());
                                }},
                               {tr("MACs"), {QStringLiteral("macs")}, RecordTable::count()},
                               {tr("Realised growth"), {QStringLiteral("realised_growth")}, [](const QVariant &v) {
                                    return QStringLiteral("x%1").arg(v.toDouble(), 0, 'f', 3);
                                }},
                               {tr("Params"), {QStringLiteral("params")}, RecordTable::count()},
                               {tr("Latency"), {QStringLiteral("latency_ms")}, [](const QVariant &v) {
                                    return v.isNull() || std::isnan(v.toDouble()) ? QString() : tr("%1 ms").arg(v.toDouble(), 0, 'f', 2);
                                }},
                               {tr("Validation accuracy"), {QStringLiteral("val_accuracy")}, percent},
                               {tr("Best"), {QStringLiteral("best_val_accuracy")}, percent},
                               {tr("Steps"), {QStringLiteral("steps")}},
                               {tr("Training"), {QStringLiteral("seconds")}, [](const QVariant &v) {
                                    return v.toDouble() > 0 ? tr("%1 s").arg(v.toDouble(), 0, 'f', 1) : QString();
                                }}},
                              this);
    m_view = new QTableView(this);
    m_view->setModel(m_table);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Grid candidates, ranked"));
    m_use = new QPushButton(tr("&Use this in the Explorer"), this);
    m_use->setToolTip(tr("Scale the base with the chosen row's alpha, beta and gamma in the scaling explorer "
                         "(the winner when no row is chosen), then grow it with phi"));
    m_use->setEnabled(false);
    connect(m_use, &QPushButton::clicked, this, [this] {
        const int i = chosenIndex();
        if (i >= 0) {
            const GridPoint &p = m_state.points[i];
            Q_EMIT useRequested(m_state.base, p.alpha, p.beta, p.gamma);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_use->setEnabled(chosenIndex() >= 0); });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_plot, 1);
    topLayout->addWidget(m_summary);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    bottomLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    rebuild();
}

void GridPlot::setState(const GridState &state)
{
    m_state = state;
    rebuild();
}

void GridPlot::clear()
{
    m_state = GridState();
    rebuild();
}

int GridPlot::rowOf(int index) const
{
    return int(m_rowToIndex.indexOf(index));
}

int GridPlot::chosenIndex() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (!rows.isEmpty()) {
        const int i = m_rowToIndex.value(rows.front().row(), -1);
        if (i >= 0 && m_state.points[i].done)
            return i;
    }
    for (int i = 0; i < m_state.points.size(); ++i)
        if (m_state.points[i].done && m_state.points[i].rank == 1)
            return i;
    return -1;
}

QPoint GridPlot::pointPosition(int index) const
{
    if (index < 0 || index >= m_state.points.size())
        return {-1, -1};
    const GridPoint &p = m_state.points[index];
    const QPointF px(m_plot->xAxis->coordToPixel(p.alpha), m_plot->yAxis->coordToPixel(p.beta));
    return m_plot->mapTo(const_cast<GridPlot *>(this), px.toPoint());
}

QColor GridPlot::pointColor(int index) const
{
    return m_colors.value(index);
}

QString GridPlot::summary() const
{
    return m_summary->text();
}

void GridPlot::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    for (int i = m_plot->plotLayout()->elementCount() - 1; i >= 0; --i)
        if (auto *scale = qobject_cast<QCPColorScale *>(m_plot->plotLayout()->elementAt(i)))
            m_plot->plotLayout()->remove(scale);
    m_plot->plotLayout()->simplify();
    m_colors = QVector<QColor>(m_state.points.size());
    m_trainedDrawn = m_untrainedDrawn = 0;

    double lo = 1.0, hi = 0.0;
    for (const GridPoint &p : m_state.points)
        if (p.done) {
            lo = std::min(lo, p.valAccuracy);
            hi = std::max(hi, p.valAccuracy);
        }
    const bool anyTrained = hi >= lo;
    QCPColorGradient gradient = accuracyGradient(); // color() is not const
    const QCPRange accuracyRange(100.0 * lo, 100.0 * std::max(hi, lo + 1e-9));
    const QColor fg = palette().color(QPalette::WindowText);

    auto *untrained = m_plot->addGraph();
    untrained->setName(tr("not trained yet"));
    untrained->setLineStyle(QCPGraph::lsNone);
    untrained->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, palette().color(QPalette::Mid), 9));
    QVector<double> ux, uy;
    double xLo = 1.0, xHi = 1.3, yLo = 1.0, yHi = 1.2;
    for (int i = 0; i < m_state.points.size(); ++i) {
        const GridPoint &p = m_state.points[i];
        xLo = std::min(xLo, p.alpha);
        xHi = std::max(xHi, p.alpha);
        yLo = std::min(yLo, p.beta);
        yHi = std::max(yHi, p.beta);
        if (!p.done) {
            ux << p.alpha;
            uy << p.beta;
            ++m_untrainedDrawn;
            continue;
        }
        const QColor c = QColor::fromRgb(gradient.color(100.0 * p.valAccuracy, accuracyRange));
        m_colors[i] = c;
        auto *g = m_plot->addGraph();
        g->removeFromLegend();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(p.rank == 1 ? QCPScatterStyle::ssStar : QCPScatterStyle::ssDisc, c, c,
                                           p.rank == 1 ? 20 : 14));
        g->setData({p.alpha}, {p.beta});
        ++m_trainedDrawn;
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(p.alpha, p.beta);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(8, 0, 0, 4));
        label->setColor(fg);
        label->setText(QStringLiteral("%1%").arg(100.0 * p.valAccuracy, 0, 'f', 1));
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
    }
    untrained->setData(ux, uy);
    if (m_untrainedDrawn == 0)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(untrained));

    // the paper's point, ringed and named, whether or not this grid holds it
    auto *paper = m_plot->addGraph();
    paper->setName(tr("the paper's point (gamma 1.15)"));
    paper->setLineStyle(QCPGraph::lsNone);
    paper->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(214, 39, 40), 2.5), Qt::NoBrush, 26));
    paper->setData({1.2}, {1.1});
    xHi = std::max(xHi, 1.2);
    yHi = std::max(yHi, 1.1);
    m_plot->xAxis->setRange(xLo - 0.05, xHi + 0.12);
    m_plot->yAxis->setRange(yLo - 0.03, yHi + 0.05);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    if (anyTrained) {
        auto *scale = new QCPColorScale(m_plot);
        scale->setType(QCPAxis::atRight);
        scale->setGradient(gradient);
        scale->setDataRange(accuracyRange);
        scale->axis()->setLabel(tr("validation accuracy (%)"));
        m_plot->plotLayout()->addElement(0, 1, scale);
        auto *margins = new QCPMarginGroup(m_plot);
        m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
        scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    }
    stylePlot(m_plot, palette());
    m_plot->replot();

    // the table: ranked first, then the untrained in grid order
    m_rowToIndex.clear();
    QVector<int> order(m_state.points.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = m_state.points[a].rank > 0 ? m_state.points[a].rank : 1 << 20;
        const int rb = m_state.points[b].rank > 0 ? m_state.points[b].rank : 1 << 20;
        return ra < rb;
    });
    QVector<QVariantList> rows;
    for (int i : order) {
        const GridPoint &p = m_state.points[i];
        m_rowToIndex << i;
        rows.push_back({p.rank, p.alpha, p.beta, p.gamma, p.constraint, p.resolution, p.macs, p.realisedGrowth, p.params,
                        p.done ? QVariant(p.latencyMs) : QVariant(), p.done ? p.valAccuracy : -1.0,
                        p.done ? p.bestValAccuracy : -1.0, p.steps, p.seconds});
    }
    m_table->setRows(rows);

    // the summary line
    int trained = 0, paperRank = 0;
    bool paperInGrid = false;
    for (const GridPoint &p : m_state.points) {
        trained += p.done ? 1 : 0;
        if (p.paperPoint) {
            paperInGrid = true;
            paperRank = p.rank;
        }
    }
    QString text;
    if (m_state.points.isEmpty()) {
        text = tr("Choose a base, a FLOPs target and your labelled images, then run the grid search.");
    } else {
        text = tr("%1 of %2 candidates of %3 at %4 px trained (target x%5; each point's gamma follows from "
                  "alpha*beta^2*gamma^2, see the table).")
                   .arg(trained)
                   .arg(m_state.points.size())
                   .arg(m_state.base)
                   .arg(m_state.baseResolution)
                   .arg(m_state.target);
        if (const GridPoint *w = m_state.winner())
            text += QLatin1Char(' ')
                  + tr("Most accurate: alpha %1, beta %2, gamma %3 with %4% (realised growth x%5).")
                        .arg(w->alpha, 0, 'f', 2)
                        .arg(w->beta, 0, 'f', 2)
                        .arg(w->gamma, 0, 'f', 2)
                        .arg(100.0 * w->valAccuracy, 0, 'f', 1)
                        .arg(w->realisedGrowth, 0, 'f', 3);
        text += QLatin1Char(' ')
              + (!paperInGrid  ? tr("The paper's point is not in this grid.")
                 : paperRank > 0 ? tr("The paper's point ranks %1.").arg(paperRank)
                                 : tr("The paper's point is not trained yet."));
    }
    m_summary->setText(text);
    m_use->setEnabled(chosenIndex() >= 0);
}

void GridPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace effscope
