// SPDX-License-Identifier: MIT
#include "scale_labels.h"

#include <QCoreApplication>

namespace effscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ScaleLabels", text);
}
} // namespace

QString weightsAvailabilityWord(const WeightsAvailabilityMap &states, const QString &model)
{
    switch (states.value(model, WeightsAvailability::Untrained)) {
    case WeightsAvailability::Cached: return tr("pretrained");
    case WeightsAvailability::Downloadable: return tr("downloadable");
    case WeightsAvailability::Untrained: break;
    }
    return tr("untrained");
}

QString scaleLabel(const QString &model, const WeightsAvailabilityMap &states)
{
    //: a scale and what it would load, e.g. "B0 (pretrained)"
    return tr("%1 (%2)").arg(displayName(model), weightsAvailabilityWord(states, model));
}

QString scaleToolTip(const QString &model, const WeightsAvailabilityMap &states)
{
    switch (states.value(model, WeightsAvailability::Untrained)) {
    case WeightsAvailability::Cached:
        return tr("%1 runs with its pretrained ImageNet weights from the cache.").arg(displayName(model));
    case WeightsAvailability::Downloadable:
        return tr("%1 has pretrained weights that File > Weights can download; until then it runs untrained "
                  "(random init) and its results mean nothing.")
            .arg(displayName(model));
    case WeightsAvailability::Untrained: break;
    }
    return tr("%1 has no pretrained weights: it runs untrained (random init) and its results mean nothing.")
        .arg(displayName(model));
}

} // namespace effscope
