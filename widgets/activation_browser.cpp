// SPDX-License-Identifier: MIT
#include "activation_browser.h"

#include "plot_style.h"

#include <qcustomplot.h>

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

constexpr int kCell = 64; // grid icon size in pixels

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("expand"))
        return ActivationBrowser::tr("expand 1x1");
    if (kind == QLatin1String("depthwise"))
        return ActivationBrowser::tr("depthwise");
    if (kind == QLatin1String("se"))
        return ActivationBrowser::tr("squeeze-excite");
    if (kind == QLatin1String("project"))
        return ActivationBrowser::tr("project 1x1");
    return kind;
}

QString title(const LayerRow &l)
{
    const QStringList parts = l.path.split(QLatin1Char('.'));
    if (l.kind == QLatin1String("stem"))
        return ActivationBrowser::tr("Stem");
    if (l.kind == QLatin1String("head"))
        return ActivationBrowser::tr("Head");
    if (l.kind == QLatin1String("stage") && parts.size() >= 2)
        return ActivationBrowser::tr("Stage %1").arg(parts[1]);
    if (l.kind == QLatin1String("block") && parts.size() >= 3)
        return ActivationBrowser::tr("Block %1.%2").arg(parts[1], parts[2]);
    return kindLabel(l.kind);
}

QString macsText(qint64 macs)
{
    return macs >= 100'000'000 ? QStringLiteral("%1 G").arg(macs / 1e9, 0, 'f', 3)
                               : QStringLiteral("%1 M").arg(macs / 1e6, 0, 'f', 1);
}

} // namespace

ActivationBrowser::ActivationBrowser(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Layer"), tr("Output"), tr("MACs")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Model layers"));
    m_tree->setMinimumWidth(300);
    m_grid = new QListWidget(this);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kCell, kCell));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(2);
    m_grid->setAccessibleName(tr("Channels, strongest mean activation first"));
    m_stats = new QLabel(this);
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channelTitle = new QLabel(this);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(240, 200);
    m_plot->setAccessibleName(tr("Enlarged channel"));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_plot->yAxis->setRangeReversed(true); // row 0 at the top, as in the photo
    m_map->setInterpolate(false);

    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_stats);
    rightColumn->addWidget(m_grid, 3);
    rightColumn->addWidget(m_channelTitle);
    rightColumn->addWidget(m_plot, 2);
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("activationSplitter"));
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            Q_EMIT layerSelected(item->data(0, Qt::UserRole).toString());
    });
    auto request = [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT channelRequested(m_data.layer, item->data(Qt::UserRole).toInt());
    };
    connect(m_grid, &QListWidget::itemClicked, this, request);
    connect(m_grid, &QListWidget::itemActivated, this, request);
    stylePlot(m_plot, palette());
    clearActivations(tr("Choose a layer on the left."));
}

QTreeWidgetItem *ActivationBrowser::itemFor(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == path)
            return *it;
    return nullptr;
}

void ActivationBrowser::setLayers(const QVector<LayerRow> &layers)
{
    const QString previous = currentLayer();
    QSignalBlocker block(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    auto parentPath = [](const LayerRow &l) -> QString {
        if (l.kind == QLatin1String("block"))
            return l.path.section(QLatin1Char('.'), 0, 1);
        const int at = l.path.indexOf(QLatin1String(".block."));
        return at > 0 ? l.path.left(at) : QString();
    };
    // stages are listed after their blocks (a stage's output is its last block's): create
    // every item first, then attach
    QVector<QTreeWidgetItem *> order;
    for (const LayerRow &l : layers) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, title(l));
        item->setText(1, QStringLiteral("%1 x %2 x %3").arg(l.channels).arg(l.height).arg(l.width));
        item->setText(2, macsText(l.macs));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, l.path);
        item->setData(0, Qt::UserRole, l.path);
        items.insert(l.path, item);
        order << item;
    }
    QVector<QTreeWidgetItem *> top;
    for (int i = 0; i < layers.size(); ++i) {
        QTreeWidgetItem *parent = items.value(parentPath(layers[i]));
        if (parent)
            parent->addChild(order[i]);
        else
            top << order[i];
    }
    m_tree->addTopLevelItems(QList<QTreeWidgetItem *>(top.begin(), top.end()));
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    if (QTreeWidgetItem *item = itemFor(previous))
        m_tree->setCurrentItem(item);
    clearActivations(tr("Choose a layer on the left."));
}

bool ActivationBrowser::selectLayer(const QString &path)
{
    QTreeWidgetItem *item = itemFor(path);
    if (!item)
        return false;
    for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
        p->setExpanded(true);
    if (m_tree->currentItem() == item)
        Q_EMIT layerSelected(path);
    else
        m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return true;
}

QString ActivationBrowser::currentLayer() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void ActivationBrowser::clearActivations(const QString &message)
{
    m_data = ActivationView();
    ++m_generation;
    m_grid->clear();
    m_stats->setText(message);
    m_channelTitle->clear();
    m_enlarged = -1;
    m_map->data()->clear();
    m_plot->replot();
}

void ActivationBrowser::setColormap(const QVector<QRgb> &lut)
{
    m_lut = lut;
    QCPColorGradient gradient;
    QMap<double, QColor> stops;
    for (int i = 0; i < 256; i += 15)
        stops.insert(i / 255.0, QColor(lut.value(i)));
    stops.insert(1.0, QColor(lut.value(255)));
    gradient.setColorStops(stops);
    m_map->setGradient(gradient);
    m_plot->replot();
    renderGrid();
}

void ActivationBrowser::setActivations(const ActivationView &view)
{
    m_data = view;
    m_enlarged = -1;
    m_channelTitle->setText(tr("Click a channel to enlarge it."));
    m_map->data()->clear();
    m_plot->replot();
    int dead = 0;
    double zero = 0, negative = 0;
    for (int c = 0; c < m_data.channels; ++c) {
        dead += m_data.max.value(c) <= 0.0f;
        zero += m_data.fractionZero.value(c);
        negative += m_data.fractionNegative.value(c);
    }
    const int top = m_data.order.isEmpty() ? 0 : m_data.order.front();
    m_stats->setText(tr("<b>%1</b>: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). "
                        "%8 channels never positive; %9% of values exactly zero, %10% negative. "
                        "Each cell is scaled to its own channel's range.")
                         .arg(m_data.layer)
                         .arg(m_data.channels)
                         .arg(m_data.width)
                         .arg(m_data.height)
                         .arg(top)
                         .arg(m_data.mean.value(top), 0, 'g', 4)
                         .arg(m_data.max.value(top), 0, 'g', 4)
                         .arg(dead)
                         .arg(m_data.channels ? 100.0 * zero / m_data.channels : 0.0, 0, 'f', 1)
                         .arg(m_data.channels ? 100.0 * negative / m_data.channels : 0.0, 0, 'f', 1));
    renderGrid();
}

void ActivationBrowser::renderGrid()
{
    // in slices of 64 cells per event-loop turn: B7's head has 2560 channels, and painting
    // them all at once would hold the GUI thread for ~100 ms
    m_grid->clear();
    ++m_generation;
    renderSlice(m_generation, 0);
}

void ActivationBrowser::renderSlice(quint64 generation, int from)
{
    if (generation != m_generation)
        return; // newer activations arrived
    const int cw = m_data.cellSize.width(), ch = m_data.cellSize.height();
    if (m_data.channels == 0 || cw == 0 || ch == 0 || m_lut.size() < 256)
        return;
    const qsizetype area = qsizetype(cw) * ch;
    const int to = std::min(int(m_data.order.size()), from + 64);
    for (int i = from; i < to; ++i) {
        const int c = m_data.order[i];
        const float *v = m_data.cells.constData() + c * area;
        const auto [lo, hi] = std::minmax_element(v, v + area);
        const float span = *hi - *lo;
        QImage img(cw, ch, QImage::Format_RGB32);
        for (int y = 0; y < ch; ++y) {
            auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
            for (int x = 0; x < cw; ++x) {
                const float t = span > 0 ? (v[y * cw + x] - *lo) / span : 0.0f;
                line[x] = m_lut[std::clamp(int(t * 255.0f + 0.5f), 0, 255)];
            }
        }
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(img.scaled(kCell, kCell, Qt::KeepAspectRatio))),
                                         QStringLiteral("#%1").arg(c), m_grid);
        item->setData(Qt::UserRole, c);
        item->setToolTip(tr("channel %1: mean %2, min %3, max %4, %5% zero")
                             .arg(c)
                             .arg(m_data.mean.value(c), 0, 'g', 4)
                             .arg(m_data.min.value(c), 0, 'g', 4)
                             .arg(m_data.max.value(c), 0, 'g', 4)
                             .arg(100.0 * m_data.fractionZero.value(c), 0, 'f', 1));
    }
    if (to < m_data.order.size())
        QTimer::singleShot(0, this, [this, generation, to] { renderSlice(generation, to); });
    else
        Q_EMIT gridComplete();
}

int ActivationBrowser::gridChannel(int row) const
{
    const QListWidgetItem *item = m_grid->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

QString ActivationBrowser::statsText() const
{
    return m_stats->text();
}

void ActivationBrowser::setChannel(const ChannelView &view)
{
    const QString &layer = view.layer;
    const int channel = view.channel, width = view.width, height = view.height;
    const QVector<float> &values = view.values;
    if (layer != m_data.layer || values.size() != qsizetype(width) * height)
        return;
    m_enlarged = channel;
    m_map->data()->setSize(width, height);
    m_map->data()->setRange(QCPRange(0, width - 1), QCPRange(0, height - 1));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            m_map->data()->setCell(x, y, values[y * width + x]);
    m_map->rescaleDataRange(true);
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(-0.5, width - 0.5);
    m_plot->yAxis->setRange(-0.5, height - 0.5);
    m_channelTitle->setText(tr("%1, channel %2 (%3 x %4, raw values)").arg(layer).arg(channel).arg(width).arg(height));
    m_plot->replot();
}

double ActivationBrowser::enlargedValue(int x, int y) const
{
    return m_map->data()->cell(x, y);
}

void ActivationBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        stylePlot(m_plot, palette());
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace effscope
