// SPDX-License-Identifier: MIT
#include "color_bar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {
constexpr int kStripWidth = 14;
}

ColorBar::ColorBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Colour key"));
    for (int i = 0; i < 256; ++i)
        m_lut << qRgb(i, i, i);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void ColorBar::setColormap(const QVector<QRgb> &lut)
{
    if (lut.size() != 256)
        return;
    m_lut = lut;
    update();
}

void ColorBar::setLabels(const QString &high, const QString &low, const QString &quantity)
{
    m_high = high;
    m_low = low;
    m_quantity = quantity;
    setToolTip(tr("%1: %2 at the top, %3 at the bottom").arg(quantity, high, low));
    updateGeometry();
    update();
}

QRgb ColorBar::colorAt(double value) const
{
    return m_lut[int(std::lround(std::clamp(value, 0.0, 1.0) * 255.0))];
}

QRect ColorBar::stripRect() const
{
    const int line = fontMetrics().height();
    // the quantity runs up the left side; the end labels sit above and below the strip
    return QRect(line + 4, line + 2, kStripWidth, std::max(10, height() - 2 * line - 4));
}

int ColorBar::yFor(double value) const
{
    const QRect r = stripRect();
    return r.bottom() - int(std::lround(std::clamp(value, 0.0, 1.0) * (r.height() - 1)));
}

QSize ColorBar::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int labels = std::max(fm.horizontalAdvance(m_high), fm.horizontalAdvance(m_low));
    return {std::max(fm.height() + 4 + kStripWidth + 4, labels + 4), 200};
}

QSize ColorBar::minimumSizeHint() const
{
    return {sizeHint().width(), 4 * fontMetrics().height()};
}

void ColorBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = stripRect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const double v = double(r.bottom() - y) / std::max(1, r.height() - 1);
        p.setPen(QColor(colorAt(v)));
        p.drawLine(r.left(), y, r.right(), y);
    }
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const int line = fontMetrics().height();
    p.drawText(QRect(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_high);
    p.drawText(QRect(0, height() - line, width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_low);
    p.save();
    p.translate(0, r.center().y());
    p.rotate(-90);
    p.drawText(QRect(-r.height() / 2, 0, r.height(), line), Qt::AlignCenter,
               fontMetrics().elidedText(m_quantity, Qt::ElideRight, r.height()));
    p.restore();
}

} // namespace effscope
