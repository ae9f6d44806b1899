// SPDX-License-Identifier: MIT
#include "compare_view.h"

#include "heatmap_view.h"
#include "scale_labels.h"

#include <QListWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace effscope {

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
    m_target = new QLabel(this);
    m_target->setWordWrap(true);
    m_cardsHost = new QWidget(this);
    m_cards = new QGridLayout(m_cardsHost);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cardsHost);
    auto *header = new QHBoxLayout;
    header->addLayout(presetRow, 1);
    header->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_target);
    layout->addWidget(scroll, 1);
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
    const int columns = models.size() <= 4 ? std::max(1, int(models.size())) : 4;
    for (int i = 0; i < models.size(); ++i) {
        Card c;
        c.box = new QWidget(m_cardsHost);
        auto *v = new QVBoxLayout(c.box);
        c.title = new QLabel(QStringLiteral("<b>%1</b>").arg(displayName(models[i])), c.box);
        c.heat = new HeatmapView(c.box);
        c.heat->setMinimumWidth(220);
        c.heat->setFixedHeight(210);
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
        m_cards->addWidget(c.box, i / columns, i % columns);
        m_slots << c;
    }
}

void CompareView::setCard(int slot, const CompareItem &r)
{
    if (slot < 0 || slot >= m_slots.size())
        return;
    Card &c = m_slots[slot];
    c.done = true;
    ++m_results;
    if (!r.error.isEmpty()) {
        c.text->setText(tr("<b>failed:</b> %1").arg(r.error.toHtmlEscaped()));
        return;
    }
    c.title->setText(tr("<b>%1</b> · %2 px · %3 GMACs · %4")
                         .arg(displayName(r.model))
                         .arg(r.inputSize)
                         .arg(r.macs / 1e9, 0, 'f', 2)
                         .arg(r.pretrained ? r.weightsLabel.toHtmlEscaped() : tr("<b>untrained</b>")));
    c.heat->setExplanation(r);
    QString text = tr("%1 ms classify, %2 ms CAM on %3 (%4 x %5)<br>")
                       .arg(r.latencyMs, 0, 'f', 1)
                       .arg(r.ms, 0, 'f', 0)
                       .arg(r.layer)
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
    // the cards' host at its full size (not just the scrolled part), under the target line
    m_cardsHost->adjustSize();
    const QSize cards = m_cardsHost->size();
    const int head = m_target->heightForWidth(cards.width()) > 0 ? m_target->heightForWidth(cards.width()) + 8 : 0;
    QImage out(QSize(cards.width(), cards.height() + head) * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(devicePixelRatioF());
    out.fill(palette().color(QPalette::Window));
    QPainter p(&out);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(4, 0, cards.width() - 8, head), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               QTextDocumentFragment::fromHtml(m_target->text()).toPlainText());
    m_cardsHost->render(&p, QPoint(0, head));
    p.end();
    return out;
}

} // namespace effscope
