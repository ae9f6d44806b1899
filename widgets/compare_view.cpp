// SPDX-License-Identifier: MIT
#include "compare_view.h"

#include "heatmap_view.h"
#include "scale_labels.h"

#include <QListWidget>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace effscope {

namespace {
constexpr int kCardWidth = 300;  // a card: the heat map and its text at this width
constexpr int kHeatHeight = 210;
constexpr int kExportColumns = 4;

// rich text laid out at `width`, as a card shows it
std::unique_ptr<QTextDocument> cardDocument(const QString &html, const QFont &font, int width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}
} // namespace

CompareView::CompareView(QWidget *parent) : QWidget(parent)
{
    // the scales as a wrapping list of check boxes: as many per row as the width allows
    m_scales = new ScaleChecklist(this);
    m_scales->setAccessibleName(tr("Scales to compare"));
    m_scales->setResizeMode(QListView::Adjust);
    m_scales->setSpacing(2);
    m_scales->setMaximumHeight(3 * m_scales->fontMetrics().height() + 28);
    m_scales->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Scales:"), this), 0, Qt::AlignTop);
    presetRow->addWidget(m_scales, 1);
    m_run = new QPushButton(tr("&Compare"), this);
    m_run->setAccessibleName(tr("Compare the ticked scales on the current photo"));
    m_run->setToolTip(tr("Run every ticked scale on the current photo: its top classes, heat map and time"));
    m_methods = new QPushButton(tr("All CAM &methods"), this);
    m_methods->setToolTip(tr("Every CAM method side by side on the current photo, with the loaded model"));
    connect(m_methods, &QPushButton::clicked, this, &CompareView::methodsRequested);
    m_target = new QLabel(this);
    m_target->setWordWrap(true);
    m_cardsHost = new QWidget(this);
    m_cards = new QGridLayout(m_cardsHost);
    m_cards->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint = new QLabel(tr("Tick the scales to compare and press <b>Compare</b>: each one classifies the current "
                           "photo at its own resolution and explains the same class with the heat map's method, "
                           "so their top-5, heat maps, faithfulness and speed sit side by side."),
                        m_cardsHost);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setEnabled(false); // the placeholder look
    m_cards->addWidget(m_hint, 0, 0);
    // only vertical scrolling: cards wrap to the width (reflow on resize)
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_cardsHost);
    m_scroll->viewport()->installEventFilter(this);
    auto *header = new QHBoxLayout;
    header->addLayout(presetRow, 1);
    header->addWidget(m_run);
    header->addWidget(m_methods);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_target);
    layout->addWidget(m_scroll, 1);
    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(checkedPresets()); });
}

void CompareView::setPresets(const QStringList &presets, const QStringList &checked)
{
    m_scales->setScales(presets, checked);
}

void CompareView::setWeightsAvailability(const WeightsAvailabilityMap &states)
{
    m_scales->setWeightsAvailability(states);
}

QListWidgetItem *CompareView::presetItem(const QString &preset) const
{
    return m_scales->scaleItem(preset);
}

QStringList CompareView::checkedPresets() const
{
    return m_scales->checkedScales();
}

void CompareView::setChecked(const QStringList &presets)
{
    m_scales->setChecked(presets);
}

void CompareView::setTargetText(const QString &text)
{
    m_target->setText(text);
}

void CompareView::begin(const QStringList &models)
{
    for (Card &c : m_slots)
        delete c.box;
    m_slots.clear();
    m_results = 0;
    m_hint->hide();
    for (int i = 0; i < models.size(); ++i) {
        Card c;
        c.box = new QWidget(m_cardsHost);
        c.box->setFixedWidth(kCardWidth);
        auto *v = new QVBoxLayout(c.box);
        c.title = new QLabel(QStringLiteral("<b>%1</b>").arg(displayName(models[i]).toHtmlEscaped()), c.box);
        c.title->setWordWrap(true);
        c.heat = new HeatmapView(c.box);
        c.heat->setFixedHeight(kHeatHeight);
        c.heat->setColormap(m_lut);
        c.heat->setOpacity(m_opacity);
        c.heat->setAccessibleName(tr("%1 heat map").arg(displayName(models[i])));
        c.text = new QLabel(tr("waiting..."), c.box);
        c.text->setWordWrap(true);
        c.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        c.text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        v->addWidget(c.title);
        v->addWidget(c.heat);
        v->addWidget(c.text);
        v->addStretch(1);
        m_slots << c;
    }
    m_columns = 0;
    reflow();
}

int CompareView::columnsFor(int width) const
{
    const int spacing = std::max(0, m_cards->horizontalSpacing());
    const QMargins m = m_cards->contentsMargins();
    return std::max(1, (width - m.left() - m.right() + spacing) / (kCardWidth + spacing));
}

void CompareView::reflow()
{
    const int columns = std::min(columnsFor(m_scroll->viewport()->width()), std::max(1, int(m_slots.size())));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Card &c : m_slots)
        m_cards->removeWidget(c.box);
    for (int i = 0; i < m_slots.size(); ++i)
        m_cards->addWidget(m_slots[i].box, i / columns, i % columns);
}

int CompareView::columnCount() const
{
    return m_slots.isEmpty() ? 0 : m_columns;
}

bool CompareView::hintShown() const
{
    return !m_hint->isHidden();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow();
    return QWidget::eventFilter(watched, event);
}

void CompareView::setCard(int slot, const CompareItem &r)
{
    if (slot < 0 || slot >= m_slots.size())
        return;
    Card &c = m_slots[slot];
    c.done = true;
    ++m_results;
    m_byMethod = r.byMethod;
    if (!r.error.isEmpty()) {
        c.text->setText(tr("<b>failed:</b> %1").arg(r.error.toHtmlEscaped()));
        return;
    }
    c.title->setText(tr("<b>%1</b> · %2 px · %3 GMACs · %4")
                         .arg(r.byMethod ? QStringLiteral("%1</b> of <b>%2").arg(QString::fromLatin1(core::camMethodLabel(r.method)),
                                                                                displayName(r.model))
                                         : displayName(r.model))
                         .arg(r.inputSize)
                         .arg(r.macs / 1e9, 0, 'f', 2)
                         .arg(r.pretrained ? r.weightsLabel.toHtmlEscaped() : tr("<b>untrained</b>")));
    c.heat->setExplanation(r);
    c.title->setText(c.title->text() + unreliableHtml(r.unreliable));
    // <nobr>: a layer name or a size is never split across lines ("features.<br>8")
    QString text = tr("Forward pass %1 ms (median of %2 warm runs)<br>CAM %3 ms on <nobr>%4</nobr> (<nobr>%5 x %6</nobr>)<br>")
                       .arg(r.latencyMs, 0, 'f', 1)
                       .arg(r.latencyRuns)
                       .arg(r.ms, 0, 'f', 0)
                       .arg(r.layer.toHtmlEscaped())
                       .arg(r.layerSize.width())
                       .arg(r.layerSize.height());
    text += tr("CAM of \"%1\" (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%<br>")
                .arg(r.label.toHtmlEscaped())
                .arg(r.probability, 0, 'f', 3)
                .arg(r.deletionAuc, 0, 'f', 3)
                .arg(r.insertionAuc, 0, 'f', 3)
                .arg(r.averageDrop, 0, 'f', 1);
    QStringList lines;
    for (const ClassScore &t : r.top)
        lines << QStringLiteral("%1  %2%").arg(t.label.toHtmlEscaped()).arg(100.0 * t.probability, 0, 'f', 1);
    text += lines.join(QStringLiteral("<br>"));
    c.text->setText(text);
}

void CompareView::finish(bool cancelled)
{
    for (Card &c : m_slots)
        if (!c.done)
            c.text->setText(cancelled ? tr("cancelled") : tr("not run"));
}

void CompareView::setColormap(const QVector<QRgb> &lut)
{
    m_lut = lut;
    for (Card &c : m_slots)
        c.heat->setColormap(lut);
}

void CompareView::setOpacity(double opacity)
{
    m_opacity = opacity;
    for (Card &c : m_slots)
        c.heat->setOpacity(opacity);
}

int CompareView::cardCount() const
{
    return int(m_slots.size());
}

QString CompareView::cardText(int slot) const
{
    return slot >= 0 && slot < m_slots.size() ? m_slots[slot].title->text() + QLatin1Char('\n') + m_slots[slot].text->text()
                                              : QString();
}

HeatmapView *CompareView::cardHeatmap(int slot) const
{
    return slot >= 0 && slot < m_slots.size() ? m_slots[slot].heat : nullptr;
}

QImage CompareView::render()
{
    // laid out for the page, not the screen: up to four cards a row, each card whole (title,
    // heat map, every line of text), the target line above them
    if (m_slots.isEmpty())
        return {};
    const int columns = std::min(kExportColumns, int(m_slots.size()));
    const int margin = 12, gap = 12, inner = kCardWidth - 2 * margin;
    const int width = columns * kCardWidth + (columns - 1) * gap + 2 * margin;
    const QFont font = this->font();
    const auto head = cardDocument(m_target->text(), font, width - 2 * margin);
    struct Laid
    {
        std::unique_ptr<QTextDocument> title, text;
        QImage heat;
        int height = 0;
    };
    QVector<int> rowHeights((m_slots.size() + columns - 1) / columns, 0);
    std::vector<Laid> laid;
    for (int i = 0; i < m_slots.size(); ++i) {
        Laid l;
        l.title = cardDocument(m_slots[i].title->text(), font, inner);
        l.text = cardDocument(m_slots[i].text->text(), font, inner);
        const QImage overlay = m_slots[i].heat->renderOverlay();
        if (!overlay.isNull())
            l.heat = overlay.scaled(inner, kHeatHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        l.height = int(std::ceil(l.title->size().height())) + 6 + (l.heat.isNull() ? 0 : l.heat.height() + 6)
                 + int(std::ceil(l.text->size().height()));
        rowHeights[i / columns] = std::max(rowHeights[i / columns], l.height);
        laid.push_back(std::move(l));
    }
    // a card's frame reaches `pad` above and below its content; rows `gap` apart
    const int pad = 6;
    int height = margin + int(std::ceil(head->size().height())) + gap;
    for (int h : rowHeights)
        height += pad + h + pad + gap;
    height += margin - gap;

    const qreal dpr = devicePixelRatioF();
    QImage out(QSize(width, height) * dpr, QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(dpr);
    out.fill(palette().color(QPalette::Window));
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(margin, margin);
    head->drawContents(&p);
    p.resetTransform();
    int y = margin + int(std::ceil(head->size().height())) + gap + pad;
    for (int row = 0; row < rowHeights.size(); ++row) {
        for (int col = 0; col < columns; ++col) {
            const int i = row * columns + col;
            if (i >= int(laid.size()))
                break;
            const Laid &l = laid[size_t(i)];
            const int x = margin + col * (kCardWidth + gap);
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRect(QRectF(x + 0.5, y - pad + 0.5, kCardWidth - 1, rowHeights[row] + 2 * pad - 1));
            int cy = y;
            p.translate(x + margin, cy);
            l.title->drawContents(&p);
            p.resetTransform();
            cy += int(std::ceil(l.title->size().height())) + 6;
            if (!l.heat.isNull()) {
                p.drawImage(QPoint(x + margin + (inner - l.heat.width()) / 2, cy), l.heat);
                cy += l.heat.height() + 6;
            }
            p.translate(x + margin, cy);
            l.text->drawContents(&p);
            p.resetTransform();
        }
        y += rowHeights[row] + 2 * pad + gap;
    }
    p.end();
    return out;
}

} // namespace effscope
