// SPDX-License-Identifier: MIT
#include "exports.h"

#include "pipeline/explain_photo.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace effscope {

QString writeOverlayPng(const Explanation &e, const QVector<QRgb> &lut, double opacity, const QString &path)
{
    if (e.heat.isEmpty() || e.image.isNull() || e.heatSize <= 0 || lut.size() != 256)
        return QCoreApplication::translate("effscope", "there is no heat map to export");
    const QImage photo(reinterpret_cast<const uchar *>(e.image.pixels.constData()), e.image.width, e.image.height,
                       e.image.width * 3, QImage::Format_RGB888);
    QImage heat(e.heatSize, e.heatSize, QImage::Format_RGB32);
    for (int y = 0; y < e.heatSize; ++y) {
        auto *line = reinterpret_cast<QRgb *>(heat.scanLine(y));
        for (int x = 0; x < e.heatSize; ++x)
            line[x] = lut[std::clamp(int(std::lround(std::clamp(e.heat[y * e.heatSize + x], 0.0f, 1.0f) * 255.0f)), 0, 255)];
    }
    // the photo at its own size (the decoded one may be smaller): the overlay's geometry is in
    // the original's pixels
    const QSize size = e.imageSize.isValid() ? e.imageSize : photo.size();
    QImage out(size, QImage::Format_RGB32);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF all(QPointF(0, 0), QSizeF(size));
        p.drawImage(all, photo);
        QPainterPath outside, inside;
        outside.addRect(all);
        inside.addRect(QRectF(e.covered));
        p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110));
        p.setOpacity(std::clamp(opacity, 0.0, 1.0));
        p.drawImage(QRectF(e.covered), heat);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !out.save(&f, "PNG") || !f.commit())
        return QCoreApplication::translate("effscope", "cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString writeRawHeat(const Explanation &e, const QString &path)
{
    if (e.heat.isEmpty())
        return QCoreApplication::translate("effscope", "there is no heat map to export yet");
    try {
        const std::string file = QFile::encodeName(path).toStdString();
        core::checkFloatMapPath(file);
        const core::CropGeometry g{e.placement.resizedWidth, e.placement.resizedHeight, e.placement.left,
                                   e.placement.top, e.placement.size};
        const std::vector<float> heat(e.heat.begin(), e.heat.end());
        core::writeFloatMap(file, core::heatOnPhoto(heat, e.heatSize, g, e.imageSize.width(), e.imageSize.height()).heat);
    } catch (const std::exception &ex) {
        return QString::fromUtf8(ex.what());
    }
    return {};
}

QString fileNamePart(const QString &text, int most)
{
    QString out;
    for (const QChar c : text)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'.') ? c : QChar(u'_');
    return out.left(most);
}

} // namespace effscope
