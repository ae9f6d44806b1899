// SPDX-License-Identifier: MIT
#include "image_util.h"

namespace effscope {

QImage toQImage(const RgbImage &image)
{
    if (image.isNull())
        return {};
    auto *keep = new QByteArray(image.pixels); // shares the pixels; released with the QImage
    return QImage(reinterpret_cast<const uchar *>(keep->constData()), image.width, image.height, image.width * 3,
                  QImage::Format_RGB888, [](void *p) { delete static_cast<QByteArray *>(p); }, keep);
}

} // namespace effscope
