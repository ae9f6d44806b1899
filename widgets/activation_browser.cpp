// SPDX-License-Identifier: MIT
#include "activation_browser.h"

#include "plot_style.h"
#include "weights_histogram.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

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
    if (l.kind == QLatin1String("block") && parts.size() >= 3) {
        // the block's type as the paper writes it: MBConv6, plus SE when it has one
        if (l.expandRatio > 0)
            return ActivationBrowser::tr("Block %1.%2 · MBConv%3%4")
                .arg(parts[1], parts[2])
                .arg(QString::number(l.expandRatio, 'g', 3))
                .arg(l.se ? ActivationBrowser::tr(", SE") : QString());
        return ActivationBrowser::tr("Block %1.%2").arg(parts[1], parts[2]);
    }
    return kindLabel(l.kind);
}

QString kernelText(const LayerRow &l)
{
    if (l.kernel <= 0)
        return QString();
    return QStringLiteral("%1x%1 /%2").arg(l.kernel).arg(std::max(1, l.stride));
}

QString paramsText(qint64 params)
{
    return params >= 1'000'000 ? QStringLiteral("%1 M").arg(params / 1e6, 0, 'f', 2)
         : params >= 1000      ? QStringLiteral("%1 k").arg(params / 1e3, 0, 'f', 1)
                               : QString::number(params);
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
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Layer"), tr("Output"), tr("Kernel"), tr("Params"), tr("MACs")});
    m_tree->headerItem()->setToolTip(1, tr("channels x height x width"));
    m_tree->headerItem()->setToolTip(2, tr("kernel size / stride (a block's: its depthwise convolution's)"));
    m_tree->headerItem()->setToolTip(3, tr("parameters of the layer, or of everything in a block or stage"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Model layers"));
    m_tree->setMinimumWidth(340);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search layers: features.4, depthwise, SE..."));
    m_search->setClearButtonEnabled(true);
    for (QAbstractButton *b : m_search->findChildren<QAbstractButton *>())
        b->setAccessibleName(tr("Clear the search"));
    m_search->setAccessibleName(tr("Search the layers"));
    m_search->setToolTip(tr("Shows the layers whose path, kind or name contains this text (features.4, depthwise, "
                            "SE, project...)"));
    connect(m_search, &QLineEdit::textChanged, this, &ActivationBrowser::setFilter);
    m_shared = new QCheckBox(tr("Same scale for all channels"), this);
    m_shared->setToolTip(tr("Colour every cell on the layer's range instead of each on its own: a constant "
                            "channel then shows its level instead of looking dead"));
    connect(m_shared, &QCheckBox::toggled, this, [this] {
        updateStats();
        renderGrid();
    });
    m_grid = new QListWidget(this);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kCell, kCell));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    // room under each cell for its number and mark ("#290 constant")
    m_grid->setGridSize(QSize(std::max(kCell, m_grid->fontMetrics().horizontalAdvance(QStringLiteral("#2559 constant")) + 8),
                              kCell + m_grid->fontMetrics().height() + 8));
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
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        m_hover->setText(hoverTextAt(e->pos()));
    });
    m_hover = new QLabel(this);
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *placeholder = new QLabel(tr("Click a channel in the grid to see it here at full resolution."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_enlargedStack = new QStackedWidget(this);
    m_enlargedStack->addWidget(placeholder);
    m_enlargedStack->addWidget(m_plot);

    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_stats);
    rightColumn->addWidget(m_shared);
    rightColumn->addWidget(m_grid, 3);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_channelTitle, 1);
    titleRow->addWidget(m_hover, 1);
    rightColumn->addLayout(titleRow);
    // the layer's weights beside its channel: a histogram of its convolution weights
    m_weights = new WeightsHistogram(this);
    auto *lowerTabs = new QTabWidget(this);
    lowerTabs->setAccessibleName(tr("The chosen channel, and the layer's weights"));
    lowerTabs->addTab(m_enlargedStack, tr("C&hannel"));
    lowerTabs->addTab(m_weights, tr("&Weights"));
    rightColumn->addWidget(lowerTabs, 2);
    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_search);
    leftColumn->addWidget(m_tree);
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("activationSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    // the tree starts wide enough for a block's name ("Block 2.0 · MBConv6, SE") beside its four
    // number columns; narrower windows squeeze it to its minimum
    split->setSizes({460, 740});
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
        item->setText(2, kernelText(l));
        item->setText(3, l.params > 0 ? paramsText(l.params) : QString());
        item->setText(4, macsText(l.macs));
        for (int c : {2, 3, 4})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, l.path);
        item->setData(0, Qt::UserRole + 1, QStringLiteral("%1 %2 %3").arg(l.path, l.kind, item->text(0)));
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
    if (QTreeWidgetItem *item = itemFor(previous))
        m_tree->setCurrentItem(item);
    setFilter(m_search->text());
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
    m_hover->clear();
    m_enlarged = -1;
    m_map->data()->clear();
    m_enlargedStack->setCurrentIndex(0);
    m_plot->replot();
    m_weights->setActivations(m_data);
}

void ActivationBrowser::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    // a layer shows when it matches, or when something under it does (its stage and block)
    std::function<bool(QTreeWidgetItem *)> apply = [&](QTreeWidgetItem *item) {
        bool any = false;
        for (int i = 0; i < item->childCount(); ++i)
            any |= apply(item->child(i));
        const bool self = needle.isEmpty() || item->data(0, Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!(self || any));
        if (!needle.isEmpty() && any)
            item->setExpanded(true);
        return self || any;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        apply(m_tree->topLevelItem(i));
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
    m_hover->clear();
    m_map->data()->clear();
    m_enlargedStack->setCurrentIndex(0);
    m_plot->replot();
    updateStats();
    m_weights->setActivations(m_data);
    renderGrid();
}

QString ActivationBrowser::weightsText() const
{
    return m_weights->text();
}

int ActivationBrowser::weightBarCount() const
{
    return m_weights->barCount();
}

qint64 ActivationBrowser::weightBarTotal() const
{
    return m_weights->barTotal();
}

QString ActivationBrowser::channelMark(int c) const
{
    const float lo = m_data.min.value(c), hi = m_data.max.value(c);
    if (hi <= 0.0f)
        return tr("dead"); // never above zero on this photo
    if (hi - lo <= 1e-6f * std::max(1.0f, std::abs(hi)))
        return tr("constant");
    return QString();
}

void ActivationBrowser::updateStats()
{
    int dead = 0, constant = 0;
    double zero = 0, negative = 0;
    float lo = 0, hi = 0;
    for (int c = 0; c < m_data.channels; ++c) {
        const QString mark = channelMark(c);
        dead += mark == tr("dead");
        constant += mark == tr("constant");
        zero += m_data.fractionZero.value(c);
        negative += m_data.fractionNegative.value(c);
        lo = c == 0 ? m_data.min.value(c) : std::min(lo, m_data.min.value(c));
        hi = c == 0 ? m_data.max.value(c) : std::max(hi, m_data.max.value(c));
    }
    if (m_data.channels == 0)
        return;
    const int top = m_data.order.isEmpty() ? 0 : m_data.order.front();
    m_stats->setText(tr("<b>%1</b>: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). "
                        "%8 channels dead (never above 0), %9 constant; %10% of values exactly zero, %11% negative. %12")
                         .arg(m_data.layer)
                         .arg(m_data.channels)
                         .arg(m_data.width)
                         .arg(m_data.height)
                         .arg(top)
                         .arg(m_data.mean.value(top), 0, 'g', 4)
                         .arg(m_data.max.value(top), 0, 'g', 4)
                         .arg(dead)
                         .arg(constant)
                         .arg(100.0 * zero / m_data.channels, 0, 'f', 1)
                         .arg(100.0 * negative / m_data.channels, 0, 'f', 1)
                         .arg(sharedScale() ? tr("Every cell on the layer's range, %1 to %2.")
                                                  .arg(lo, 0, 'g', 4)
                                                  .arg(hi, 0, 'g', 4)
                                            : tr("Each cell on its own channel's range.")));
}

void ActivationBrowser::setSharedScale(bool shared)
{
    m_shared->setChecked(shared);
}

bool ActivationBrowser::sharedScale() const
{
    return m_shared->isChecked();
}

QString ActivationBrowser::gridText(int row) const
{
    const QListWidgetItem *item = m_grid->item(row);
    return item ? item->text() : QString();
}

QRgb ActivationBrowser::gridPixel(int row, int x, int y) const
{
    const QListWidgetItem *item = m_grid->item(row);
    if (!item)
        return 0;
    return item->data(Qt::UserRole + 1).value<QImage>().pixel(x, y);
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
    // the layer's range, for the shared scale (the cells' own, area-averaged values)
    float layerLo = 0, layerHi = 0;
    if (sharedScale() && !m_data.cells.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(m_data.cells.constBegin(), m_data.cells.constEnd());
        layerLo = *lo;
        layerHi = *hi;
    }
    for (int i = from; i < to; ++i) {
        const int c = m_data.order[i];
        const float *v = m_data.cells.constData() + c * area;
        float lo = layerLo, hi = layerHi;
        if (!sharedScale()) {
            const auto [l, h] = std::minmax_element(v, v + area);
            lo = *l;
            hi = *h;
        }
        const float span = hi - lo;
        QImage img(cw, ch, QImage::Format_RGB32);
        for (int y = 0; y < ch; ++y) {
            auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
            for (int x = 0; x < cw; ++x) {
                const float t = span > 0 ? (v[y * cw + x] - lo) / span : 0.0f;
                line[x] = m_lut[std::clamp(int(t * 255.0f + 0.5f), 0, 255)];
            }
        }
        const QString mark = channelMark(c);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(img.scaled(kCell, kCell, Qt::KeepAspectRatio))),
                                         mark.isEmpty() ? QStringLiteral("#%1").arg(c)
                                                        : QStringLiteral("#%1 %2").arg(c).arg(mark),
                                         m_grid);
        item->setData(Qt::UserRole, c);
        item->setData(Qt::UserRole + 1, img);
        if (!mark.isEmpty())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(tr("channel %1: mean %2, min %3, max %4, %5% zero%6")
                             .arg(c)
                             .arg(m_data.mean.value(c), 0, 'g', 4)
                             .arg(m_data.min.value(c), 0, 'g', 4)
                             .arg(m_data.max.value(c), 0, 'g', 4)
                             .arg(100.0 * m_data.fractionZero.value(c), 0, 'f', 1)
                             .arg(mark == tr("dead")       ? tr("; dead: never above 0 on this photo")
                                  : mark == tr("constant") ? tr("; constant: the same value everywhere")
                                                           : QString()));
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
    m_enlargedWidth = width;
    m_enlargedHeight = height;
    m_enlargedStack->setCurrentIndex(1);
    m_map->data()->setSize(width, height);
    m_map->data()->setRange(QCPRange(0, width - 1), QCPRange(0, height - 1));
    setPixelAxis(m_plot->xAxis, width);
    setPixelAxis(m_plot->yAxis, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            m_map->data()->setCell(x, y, values[y * width + x]);
    m_map->rescaleDataRange(true);
    m_channelTitle->setText(tr("%1, channel %2 (%3 x %4, raw values)").arg(layer).arg(channel).arg(width).arg(height));
    fitEnlarged();
}

void ActivationBrowser::fitEnlarged()
{
    if (m_enlargedWidth <= 0 || m_enlargedHeight <= 0)
        return;
    // square pixels: the whole map in view, the longer side of the room padded. Twice: the new
    // ranges change the tick labels, hence the margins and the axis rect the ratio was set for
    for (int pass = 0; pass < 2; ++pass) {
        m_plot->xAxis->setRange(-0.5, m_enlargedWidth - 0.5);
        m_plot->yAxis->setRange(-0.5, m_enlargedHeight - 0.5);
        if (pass == 0)
            m_plot->replot(QCustomPlot::rpImmediateRefresh);
        const QRect r = m_plot->axisRect()->rect();
        if (r.width() > 0 && r.height() > 0) {
            if (double(r.width()) / r.height() > double(m_enlargedWidth) / m_enlargedHeight)
                m_plot->xAxis->setScaleRatio(m_plot->yAxis, 1.0);
            else
                m_plot->yAxis->setScaleRatio(m_plot->xAxis, 1.0);
        }
        m_plot->replot(QCustomPlot::rpImmediateRefresh);
    }
}

bool ActivationBrowser::enlargedShown() const
{
    return m_enlargedStack->currentIndex() == 1;
}

QPair<double, double> ActivationBrowser::enlargedScale() const
{
    const QRect r = m_plot->axisRect()->rect();
    return {r.width() / m_plot->xAxis->range().size(), r.height() / m_plot->yAxis->range().size()};
}

QVector<double> ActivationBrowser::enlargedTicks(Qt::Orientation axis) const
{
    return (axis == Qt::Horizontal ? m_plot->xAxis : m_plot->yAxis)->tickVector();
}

QString ActivationBrowser::hoverTextAt(const QPoint &pos) const
{
    if (m_enlarged < 0 || m_enlargedWidth <= 0)
        return QString();
    const int x = int(std::floor(m_plot->xAxis->pixelToCoord(pos.x()) + 0.5));
    const int y = int(std::floor(m_plot->yAxis->pixelToCoord(pos.y()) + 0.5));
    if (x < 0 || y < 0 || x >= m_enlargedWidth || y >= m_enlargedHeight)
        return QString();
    return tr("x %1, y %2: %3").arg(x).arg(y).arg(m_map->data()->cell(x, y), 0, 'g', 5);
}

QPoint ActivationBrowser::enlargedCellPosition(int x, int y) const
{
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(x))), int(std::lround(m_plot->yAxis->coordToPixel(y))));
}

QString ActivationBrowser::hoverText() const
{
    return m_hover->text();
}

bool ActivationBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ActivationBrowser::fitEnlarged);
    return QWidget::eventFilter(watched, event);
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
