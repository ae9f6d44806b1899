// SPDX-License-Identifier: MIT
#include "custom_scale.h"

#include "arch/presets.h"
#include "arch/profiler.h"

#include <algorithm>
#include <exception>

namespace effscope {

core::ModelConfig customScaleConfig(const CustomScale &scale)
{
    core::ModelConfig c = core::preset(scale.lite ? "lite0" : "b0");
    c.name = scale.name.toStdString();
    c.scaling.width = scale.width;
    c.scaling.depth = scale.depth;
    c.scaling.resolution = scale.resolution;
    c.scaling.stageWidth.assign(scale.stageWidth.begin(), scale.stageWidth.end());
    c.scaling.stageDepth.assign(scale.stageDepth.begin(), scale.stageDepth.end());
    return c;
}

std::optional<CustomScale> findCustomScale(const QVector<CustomScale> &scales, const QString &name)
{
    for (const CustomScale &c : scales)
        if (c.name == name)
            return c;
    return std::nullopt;
}

std::vector<std::pair<int64_t, int>> cheapestFirst(const QStringList &names, const QVector<CustomScale> &custom,
                                                   QVector<QString> *errors)
{
    std::vector<std::pair<int64_t, int>> order;
    if (errors)
        *errors = QVector<QString>(names.size());
    for (int i = 0; i < names.size(); ++i) {
        int64_t macs = 0;
        try {
            const auto c = findCustomScale(custom, names[i]);
            macs = core::profileModel(core::resolve(c ? customScaleConfig(*c) : core::preset(names[i].toStdString()))).macs;
        } catch (const std::exception &e) {
            if (errors)
                (*errors)[i] = QString::fromUtf8(e.what());
        }
        order.emplace_back(macs, i);
    }
    std::stable_sort(order.begin(), order.end());
    return order;
}

} // namespace effscope
