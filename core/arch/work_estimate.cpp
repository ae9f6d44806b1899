// SPDX-License-Identifier: MIT
#include "arch/work_estimate.h"

namespace effscope::core {

double camForwardPasses(const CamWork &w)
{
    // the activations (and the target's logit) of the photo, with a backward pass where needed
    double map = camUsesGradients(w.method) && !w.closedForm ? 3.0 : 1.0;
    if (w.method == CamMethod::ScoreCam)
        map += w.layerChannels; // one masked copy of the input per channel
    else if (w.method == CamMethod::AblationCam && !w.closedForm)
        map += w.layerChannels; // one forward per channel with that channel zeroed
    if (w.augSmooth)
        map *= 6.0; // horizontal flip x brightness 0.9 / 1 / 1.1
    double metrics = 0.0;
    if (w.metrics) {
        metrics = 1.0;
        if (w.curves)
            metrics += 2.0 * (w.curveSteps + 1);
    }
    return map + metrics;
}

} // namespace effscope::core
