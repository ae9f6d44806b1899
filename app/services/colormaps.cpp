// SPDX-License-Identifier: MIT
#include "colormaps.h"

#include "vision/heatmap.h"

namespace effscope {

QStringList colormapNames()
{
    return {QStringLiteral("jet"), QStringLiteral("viridis"), QStringLiteral("inferno"), QStringLiteral("turbo")};
}

QVector<QRgb> colormapLut(const QString &name)
{
    core::Colormap map = core::Colormap::Jet;
    try {
        map = core::parseColormap(name.toStdString());
    } catch (const std::exception &) {
    }
    cv::Mat ramp(1, 256, CV_32F);
    for (int i = 0; i < 256; ++i)
        ramp.at<float>(0, i) = i / 255.0f;
    const cv::Mat rgb = core::colorize(ramp, map);
    QVector<QRgb> lut(256);
    for (int i = 0; i < 256; ++i) {
        const cv::Vec3b c = rgb.at<cv::Vec3b>(0, i);
        lut[i] = qRgb(c[0], c[1], c[2]);
    }
    return lut;
}

} // namespace effscope
