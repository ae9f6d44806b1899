// SPDX-License-Identifier: MIT
#include "jobs/explanation.h"

#include "worker_state.h"

namespace effscope {

void fillExplanation(Explanation &out, const core::PhotoExplanation &e, const RgbImage &photo, const core::ModelHandle &model)
{
    out.method = e.method;
    out.layer = QString::fromStdString(e.layer);
    out.layerChannels = int(e.layerChannels);
    out.layerSize = QSize(e.layerWidth, e.layerHeight);
    out.classIndex = e.targetClass;
    out.label = QString::fromStdString(model.className(e.targetClass));
    out.probability = e.targetProbability;
    out.closedForm = e.closedForm;
    out.ms = e.camMs;
    out.heat = QVector<float>(e.heat.begin(), e.heat.end());
    out.heatSize = e.inputSize;
    const cv::Rect c = core::cropRectOnPhoto(e.geometry, e.photoWidth, e.photoHeight);
    out.covered = QRect(c.x, c.y, c.width, c.height);
    out.placement = {e.geometry.resizedWidth, e.geometry.resizedHeight, e.geometry.left, e.geometry.top, e.geometry.size};
    out.imageSize = QSize(e.photoWidth, e.photoHeight);
    out.image = photo;
    out.hasMetrics = e.hasMetrics;
    if (e.hasMetrics) {
        const core::Faithfulness &f = e.metrics;
        out.averageDrop = f.averageDrop;
        out.increase = f.increase;
        out.deletionAuc = f.deletionAuc;
        out.insertionAuc = f.insertionAuc;
        out.fractions = QVector<double>(f.fractions.begin(), f.fractions.end());
        out.deletion = QVector<double>(f.deletion.begin(), f.deletion.end());
        out.insertion = QVector<double>(f.insertion.begin(), f.insertion.end());
    }
}

} // namespace effscope
