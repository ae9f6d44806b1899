// SPDX-License-Identifier: MIT
#include "image_view.h"

#include <QPainter>

namespace effscope {

ImageView::ImageView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 150);
    setAccessibleName(tr("Image"));
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void ImageView::setPlaceholder(const QString &text)
{
    m_image = QImage();
    m_placeholder = text;
    update();
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_image);
}

} // namespace effscope
