// SPDX-License-Identifier: MIT
#include "types.h"

namespace effscope {

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
}

} // namespace effscope
