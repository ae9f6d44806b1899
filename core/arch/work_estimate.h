// SPDX-License-Identifier: MIT
#pragma once
// What a job costs before it runs, in forward passes of the whole model at its input size, so
// the application can say "about 20 minutes" before starting anything slow. Counts follow the
// algorithms in explain/cam.h and explain/faithfulness.h; seconds come from multiplying by a
// forward pass measured on this machine.
#include "common/cam_method.h"

namespace effscope::core {

struct CamWork
{
    CamMethod method = CamMethod::GradCam;
    int layerChannels = 0;   ///< channels of the explained layer
    bool closedForm = false; ///< the head on the CPU fast path: gradients and ablations in closed form
    bool augSmooth = false;  ///< test-time augmentation: the map computed for 6 variants of the input
    bool metrics = true;     ///< Average Drop / Increase (one forward)
    bool curves = true;      ///< deletion and insertion curves (steps + 1 forwards each)
    int curveSteps = 56;
};

/// Forward-pass equivalents of one explanation (a backward pass counts as two forwards).
double camForwardPasses(const CamWork &work);

} // namespace effscope::core
