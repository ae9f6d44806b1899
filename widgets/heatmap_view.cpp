// SPDX-License-Identifier: MIT
#include "heatmap_view.h"

#include "image_util.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace effscope {

HeatmapView::HeatmapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Heat map on the photo"));
    setMinimumSize(200, 150);
    for (int i = 0; i < 256; ++i) // grey until a colour map is set
        m_lut << qRgb(i, i, i);
}

void HeatmapView::setPhoto(const QImage &photo, QSize originalSize)
{
    m_photo = photo;
    m_original = originalSize.isValid() ? originalSize : photo.size();
    m_zoom = 1.0;
    m_pan = {};
    update();
}

void HeatmapView::setHeat(const QVector<float> &heat, int size, QRect covered)
{
    if (size <= 0 || heat.size() != size * size) {
        clearHeat();
        return;
    }
    m_heat = heat;
    m_heatSize = size;
    m_covered = covered;
    rebuildOverlay();
}

void HeatmapView::setExplanation(const Explanation &e)
{
    setPhoto(toQImage(e.image), e.imageSize);
    setHeat(e.heat, e.heatSize, e.covered);
}

void HeatmapView::clearHeat()
{
    m_heat.clear();
    m_heatSize = 0;
    m_overlay = QImage();
    update();
}

void HeatmapView::setColormap(const QVector<QRgb> &lut)
{
    if (lut.size() != 256)
        return;
    m_lut = lut;
    rebuildOverlay();
}

void HeatmapView::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void HeatmapView::setStale(bool stale, const QString &note)
{
    if (stale == m_stale && note == m_staleNote)
        return;
    m_stale = stale;
    m_staleNote = stale ? note : QString();
    update();
}

void HeatmapView::rebuildOverlay()
{
    if (m_heatSize <= 0) {
        m_overlay = QImage();
        update();
        return;
    }
    m_overlay = QImage(m_heatSize, m_heatSize, QImage::Format_RGB32);
    for (int y = 0; y < m_heatSize; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_overlay.scanLine(y));
        for (int x = 0; x < m_heatSize; ++x) {
            const float v = std::clamp(m_heat[y * m_heatSize + x], 0.0f, 1.0f);
            line[x] = m_lut[int(std::lround(v * 255.0f))];
        }
    }
    update();
}

QRectF HeatmapView::photoRect() const
{
    if (!m_original.isValid() || m_original.isEmpty())
        return {};
    const double fit = std::min(width() / double(m_original.width()), height() / double(m_original.height()));
    const double s = fit * m_zoom;
    const QSizeF size(m_original.width() * s, m_original.height() * s);
    const QPointF topLeft((width() - size.width()) / 2 + m_pan.x(), (height() - size.height()) / 2 + m_pan.y());
    return QRectF(topLeft, size);
}

QPointF HeatmapView::toWidget(QPointF original) const
{
    const QRectF r = photoRect();
    if (r.isEmpty())
        return {};
    const double s = r.width() / m_original.width();
    return r.topLeft() + original * s;
}

double HeatmapView::heatAt(QPointF pos) const
{
    const QRectF r = photoRect();
    if (r.isEmpty() || m_heatSize <= 0 || m_covered.isEmpty())
        return -1;
    const double s = r.width() / m_original.width();
    const QPointF p = (pos - r.topLeft()) / s; // original pixels
    if (!QRectF(m_covered).contains(p))
        return -1;
    const int u = std::clamp(int((p.x() - m_covered.x()) / m_covered.width() * m_heatSize), 0, m_heatSize - 1);
    const int v = std::clamp(int((p.y() - m_covered.y()) / m_covered.height() * m_heatSize), 0, m_heatSize - 1);
    return m_heat[v * m_heatSize + u];
}

void HeatmapView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, 1.0, 16.0);
    if (anchor.x() < 0)
        anchor = QPointF(width() / 2.0, height() / 2.0);
    // keep the photo point under the anchor where it is
    const QRectF before = photoRect();
    const double ratio = zoom / m_zoom;
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF offset = anchor - (before.center());
    m_zoom = zoom;
    m_pan = anchor - centre - offset * ratio;
    if (m_zoom == 1.0)
        m_pan = {};
    update();
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF r = photoRect();
    if (m_photo.isNull() || r.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_stale && !m_staleNote.isEmpty() ? m_staleNote : tr("No heat map yet"));
        return;
    }
    paintPhoto(p, r);
    if (m_stale) {
        // washed out towards the window's colour, the note in a box at the top
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(150);
        p.fillRect(rect(), veil);
        if (!m_staleNote.isEmpty()) {
            const QFontMetrics fm = fontMetrics();
            const QString note = fm.elidedText(m_staleNote, Qt::ElideRight, width() - 24);
            const QRect box(QPoint(0, 0), QSize(fm.horizontalAdvance(note) + 16, fm.height() + 8));
            const QRect placed = box.translated((width() - box.width()) / 2, 8);
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(placed, 4, 4);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(placed, Qt::AlignCenter, note);
        }
    }
}

QImage HeatmapView::renderOverlay() const
{
    if (m_photo.isNull())
        return {};
    QImage out(m_photo.size(), QImage::Format_RGB32);
    QPainter p(&out);
    paintPhoto(p, QRectF(QPointF(0, 0), QSizeF(m_photo.size())));
    return out;
}

void HeatmapView::paintPhoto(QPainter &p, const QRectF &r) const
{
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(r, m_photo);
    if (m_overlay.isNull())
        return;
    const double s = r.width() / m_original.width();
    const QRectF covered(r.topLeft() + QPointF(m_covered.topLeft()) * s, QSizeF(m_covered.size()) * s);
    // dim what the model did not see, then blend the heat over what it did
    QPainterPath outside;
    outside.addRect(r);
    QPainterPath inside;
    inside.addRect(covered);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110));
    p.setOpacity(m_opacity);
    p.drawImage(covered, m_overlay);
}

void HeatmapView::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(1.25, steps), e->position());
    e->accept();
}

void HeatmapView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && m_zoom > 1.0) {
        m_dragging = true;
        m_dragFrom = e->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void HeatmapView::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragging) {
        m_pan += e->position() - m_dragFrom;
        m_dragFrom = e->position();
        update();
    }
    Q_EMIT hovered(heatAt(e->position()));
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
    }
}

} // namespace effscope
