// SPDX-License-Identifier: MIT
#include "network_diagram.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace effscope {

NetworkDiagram::NetworkDiagram(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Network diagram: stages as columns of blocks"));
    setMinimumHeight(160);
}

void NetworkDiagram::setModel(const core::ResolvedModel &model)
{
    m_model = model;
    update();
}

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_model.blocks.empty())
        return;
    const int stages = int(m_model.stageRepeats.size());
    int maxRepeats = 1, maxChannels = m_model.headChannels;
    for (int r : m_model.stageRepeats)
        maxRepeats = std::max(maxRepeats, r);
    for (const core::ResolvedBlock &b : m_model.blocks)
        maxChannels = std::max(maxChannels, b.outChannels);
    const double margin = 8, labelH = fontMetrics().height() + 4;
    const double h = height() - 2 * margin - 2 * labelH;
    // input square: side proportional to resolution (1024 px fills the height)
    const double side = std::max(6.0, h * std::min(1.0, m_model.resolution / 1024.0));
    double x = margin;
    const double baseY = margin + labelH + h; // blocks stand on this line
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRect(QRectF(x, baseY - side, side, side));
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(x - 4, baseY + 2, std::max(side, 60.0), labelH), Qt::AlignLeft | Qt::AlignTop,
               tr("%1 px").arg(m_model.resolution));
    x += std::max(side, 60.0) + margin;
    // the stages share the remaining width in proportion to their repeats (+ the head)
    const double unit = (width() - x - margin - 24) / double(maxRepeats * 0 + m_model.blocks.size() + 1);
    const double blockW = std::max(2.0, unit * 0.8);
    const QColor fill = pal.color(QPalette::Highlight);
    size_t b = 0;
    for (int s = 0; s < stages; ++s) {
        const double stageX = x;
        for (int j = 0; j < m_model.stageRepeats[size_t(s)]; ++j, ++b) {
            // square-root heights: B7's 640-channel stage and its 16-channel first stage both stay visible
            const double bh = std::max(2.0, h * std::sqrt(m_model.blocks[b].outChannels / double(maxChannels)));
            QColor c = fill;
            c.setAlpha(s % 2 ? 150 : 230); // alternate shades tell neighbouring stages apart
            p.fillRect(QRectF(x, baseY - bh, blockW, bh), c);
            x += unit;
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(stageX, margin, std::max(unit * m_model.stageRepeats[size_t(s)], 20.0), labelH),
                   Qt::AlignLeft | Qt::AlignTop, QString::number(s + 1));
        p.drawText(QRectF(stageX, baseY + 2, std::max(unit * m_model.stageRepeats[size_t(s)], 20.0), labelH),
                   Qt::AlignLeft | Qt::AlignTop, QStringLiteral("x%1").arg(m_model.stageRepeats[size_t(s)]));
    }
    const double hh = h * std::sqrt(m_model.headChannels / double(maxChannels));
    p.fillRect(QRectF(x, baseY - hh, blockW, hh), pal.color(QPalette::WindowText));
    p.drawText(QRectF(x, margin, 40, labelH), Qt::AlignLeft | Qt::AlignTop, tr("head"));
}

} // namespace effscope
