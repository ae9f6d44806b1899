// SPDX-License-Identifier: MIT
#include "exports.h"

#include "pipeline/explain_photo.h"

#include <QCoreApplication>
#include <QFile>

namespace effscope {

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

} // namespace effscope
