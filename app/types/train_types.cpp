// SPDX-License-Identifier: MIT
#include "train_types.h"

#include <tuple>

namespace effscope {

QString trainModeName(TrainMode mode)
{
    switch (mode) {
    case TrainMode::Probe: return QStringLiteral("probe");
    case TrainMode::FineTune: return QStringLiteral("finetune");
    case TrainMode::Grid: return QStringLiteral("grid");
    }
    return {};
}

bool ProbeItem::operator==(const ProbeItem &o) const
{
    return std::tie(model, weightsLabel, pretrained, resolution, params, macs, valAccuracy, trainAccuracy, valImages,
                    latencyMs, engine, error)
        == std::tie(o.model, o.weightsLabel, o.pretrained, o.resolution, o.params, o.macs, o.valAccuracy,
                    o.trainAccuracy, o.valImages, o.latencyMs, o.engine, o.error);
}

bool GridPoint::operator==(const GridPoint &o) const
{
    auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return std::tie(alpha, beta, gamma, constraint, resolution, macs, params, realisedGrowth, paperPoint, done,
                    valAccuracy, bestValAccuracy, steps, seconds, rank)
               == std::tie(o.alpha, o.beta, o.gamma, o.constraint, o.resolution, o.macs, o.params, o.realisedGrowth,
                           o.paperPoint, o.done, o.valAccuracy, o.bestValAccuracy, o.steps, o.seconds, o.rank)
        && same(latencyMs, o.latencyMs);
}

bool GridState::operator==(const GridState &o) const
{
    return base == o.base && dataset == o.dataset && baseResolution == o.baseResolution && baseMacs == o.baseMacs
        && target == o.target && points == o.points;
}

const GridPoint *GridState::winner() const
{
    for (const GridPoint &p : points)
        if (p.done && p.rank == 1)
            return &p;
    return nullptr;
}

} // namespace effscope
