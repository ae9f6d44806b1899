// SPDX-License-Identifier: MIT
#pragma once
// One photo explained, the single path the heat-map view, the compare view and
// `effscope-cli cam` share: the decoded photo -> the weights' preprocessing -> (top-k) -> a CAM
// at the chosen layer -> that map scaled to the model's input -> (faithfulness). The result is a
// plain struct (no tensors): the map over the model's input, the geometry that places the input
// on the photo, and the numbers. heatOnPhoto() lays the map back on the photo; it is what the
// CLI's --raw and the app's raw heat-map export write, so both give the same array.
#include "explain/cam.h"
#include "explain/faithfulness.h"
#include "vision/heatmap.h"
#include "vision/image.h"

#include <string>
#include <vector>

namespace effscope::core {

struct ExplainOptions
{
    CamOptions cam;
    /// Predictions of the unmodified photo to report (0: none). They are timed on their own
    /// (preprocessing + one forward), before the CAM.
    int topk = 0;
    bool metrics = true;            ///< Average Drop, Increase in Confidence, deletion / insertion
    FaithfulnessOptions faithfulness;
};

struct PhotoExplanation
{
    std::string model, weightsLabel, engine;
    bool pretrained = false;
    int inputSize = 0;              ///< the crop the model sees (square)

    std::vector<Prediction> top;    ///< options.topk best classes, best first
    double classifyMs = 0.0;        ///< preprocessing + one forward, when topk > 0

    CamMethod method = CamMethod::GradCam;
    std::string layer;
    int64_t layerChannels = 0;
    int layerHeight = 0, layerWidth = 0; ///< the layer's spatial size
    int mapHeight = 0, mapWidth = 0;     ///< the map's: the layer's, or the input's when smoothed
    std::vector<float> map;         ///< mapHeight x mapWidth, the raw CAM (>= 0, not normalised)
    int targetClass = 0;
    float targetLogit = 0.0f, targetProbability = 0.0f;
    bool closedForm = false;        ///< fast-path activations with the closed-form head gradient
    double camMs = 0.0;

    std::vector<float> heat;        ///< inputSize x inputSize, row-major, in [0, 1]
    CropGeometry geometry;          ///< how the photo became the model's input
    int photoWidth = 0, photoHeight = 0;

    bool hasMetrics = false;
    Faithfulness metrics;
};

/// The whole pipeline on the model's device. `progress` covers it all (fraction in [0, 1]);
/// returning false stops it with Error(Cancelled). Throws what computeCam and
/// measureFaithfulness throw (bad layer, class, method).
PhotoExplanation explainPhoto(ModelHandle &model, const DecodedImage &photo, const ExplainOptions &options,
                              const ProgressFn &progress = {});

/// The model's input as a [1, 3, crop, crop] tensor: the weights' preprocessing of the photo.
at::Tensor photoInput(const ModelHandle &model, const DecodedImage &photo);

/// The explanation's heat laid back on the photo (the centre crop and the resize undone):
/// photo-sized CV_32F, 0 outside the part the model saw.
HeatOnImage heatOnPhoto(const std::vector<float> &heat, int inputSize, const CropGeometry &geometry, int photoWidth,
                        int photoHeight);
HeatOnImage heatOnPhoto(const PhotoExplanation &explanation);

} // namespace effscope::core
