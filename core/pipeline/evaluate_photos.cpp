// SPDX-License-Identifier: MIT
#include "pipeline/evaluate_photos.h"

#include "vision/image.h"

namespace effscope::core {

EvalResult evaluatePhotos(ModelHandle &model, const std::vector<LabelledImage> &images, const EvalOptions &options)
{
    const Preprocess preprocess = model.preprocess;
    return evaluate(model, images, [&preprocess](const std::string &path) {
        return preprocessImage(decodeImageFile(path).rgb, preprocess);
    }, options);
}

} // namespace effscope::core
