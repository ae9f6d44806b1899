// SPDX-License-Identifier: MIT
#pragma once
// The photo with a class activation map laid over the part the model saw: colour map and
// opacity change instantly (no worker round trip), the wheel zooms about the cursor, dragging
// pans, and hovering reports the heat value under the cursor.
#include "types.h"

#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QRect>
#include <QVector>
#include <QWidget>

namespace effscope {

class HeatmapView : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);

    /// The photo (possibly downscaled for display) and the size of the original it stands for.
    void setPhoto(const QImage &photo, QSize originalSize);
    /// size x size heat values in [0, 1] (row-major) covering `covered` (original pixels).
    void setHeat(const QVector<float> &heat, int size, QRect covered);
    void clearHeat();
    /// An explanation's photo and heat together (the heat-map view, each compare card).
    void setExplanation(const Explanation &explanation);
    /// 256 colours from cold to hot.
    void setColormap(const QVector<QRgb> &lut);
    void setOpacity(double opacity);
    double opacity() const { return m_opacity; }
    /// What is shown no longer answers the controls (a new one is being computed, or the model
    /// changed): drawn washed out with `note` over it, until setStale(false).
    void setStale(bool stale, const QString &note = QString());
    bool isStale() const { return m_stale; }
    void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
    double zoom() const { return m_zoom; }
    /// Heat under a widget position, or -1 where there is none (outside the crop or the photo).
    double heatAt(QPointF widgetPos) const;
    /// Where a point of the original photo is drawn (widget coordinates).
    QPointF toWidget(QPointF original) const;
    QSize sizeHint() const override { return {560, 420}; }
    /// The photo at its own size with the overlay as shown (colour map, opacity, dimmed outside
    /// the crop), without zoom or pan: what File > Export > Overlay writes.
    QImage renderOverlay() const;

Q_SIGNALS:
    void hovered(double heat);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF photoRect() const; // where the whole photo is drawn
    void paintPhoto(QPainter &p, const QRectF &r) const;
    void rebuildOverlay();

    QImage m_photo;
    QSize m_original;
    QVector<float> m_heat;
    int m_heatSize = 0;
    QRect m_covered;
    QVector<QRgb> m_lut;
    QImage m_overlay;
    double m_opacity = 0.5;
    double m_zoom = 1.0;
    QPointF m_pan;
    QPointF m_dragFrom;
    bool m_dragging = false;
    bool m_stale = false;
    QString m_staleNote;
};

} // namespace effscope
