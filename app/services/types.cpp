// SPDX-License-Identifier: MIT
#include "types.h"

namespace effscope {

bool EvalItem::operator==(const EvalItem &o) const
{
    return model == o.model && weightsLabel == o.weightsLabel && dataset == o.dataset && pretrained == o.pretrained
        && imageSize == o.imageSize && cropPct == o.cropPct && interpolation == o.interpolation && params == o.params
        && macs == o.macs && images == o.images && evaluated == o.evaluated && failed == o.failed
        && resumed == o.resumed && top1 == o.top1 && top5 == o.top5 && perClass == o.perClass
        && confused == o.confused && errors == o.errors && cancelled == o.cancelled && error == o.error
        && csvRow == o.csvRow;
}

void registerMetaTypes()
{
    qRegisterMetaType<ModelInfo>();
    qRegisterMetaType<ClassifyResult>();
    qRegisterMetaType<TaskError>();
    qRegisterMetaType<CamView>();
    qRegisterMetaType<ActivationView>();
    qRegisterMetaType<ChannelView>();
    qRegisterMetaType<CompareItem>();
    qRegisterMetaType<LatencyItem>();
    qRegisterMetaType<EvalItem>();
    qRegisterMetaType<SweepItem>();
    qRegisterMetaType<ImportanceView>();
}

} // namespace effscope
