// SPDX-License-Identifier: MIT
#pragma once
// Shows a photo scaled to fit, keeping its aspect ratio.
#include <QImage>
#include <QWidget>

namespace effscope {

class ImageView : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    void setPlaceholder(const QString &text);
    const QImage &image() const { return m_image; }
    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace effscope
