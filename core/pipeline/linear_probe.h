// SPDX-License-Identifier: MIT
#pragma once
// Linear probe: how well a scale's frozen features separate the user's classes. Each image's
// pooled head features (the classifier's input) are computed once, in eval mode, with the
// model's evaluation preprocessing at its own resolution; a softmax regression is then trained
// on the training split's features (standardised with the training mean and spread) and
// scored on the validation split. Cheap: one forward pass per image, then seconds of training.
#include "pipeline/train_data.h"
#include "nn/efficientnet.h"

#include <functional>
#include <string>
#include <vector>

namespace effscope::core {

struct ProbeOptions
{
    int epochs = 100;          ///< passes over the training features
    int batchSize = 64;
    double lr = 0.1;           ///< SGD with momentum 0.9 at a constant rate
    double weightDecay = 1e-4; ///< on the weights, not the bias
    uint64_t seed = 0;
};

struct ProbeResult
{
    double valAccuracy = 0.0;
    double trainAccuracy = 0.0;
    int64_t featureDim = 0;
    int64_t trainImages = 0, valImages = 0;
    double featureSeconds = 0.0; ///< forward passes
    double fitSeconds = 0.0;     ///< the regression
};

/// Pooled features [N, C] of `images` (eval mode, inference only), batch by batch;
/// progress(done, total) returning false stops with Error(Cancelled).
at::Tensor poolFeatures(EfficientNet &net, BatchMaker &maker, const std::vector<LabelledImage> &images, int batchSize,
                        const std::function<bool(size_t, size_t)> &progress = {});

/// Trains the probe on data.split.train and scores it on data.split.validation. The maker must
/// run at the model's resolution without augmentation (evalBatch is used for both splits).
ProbeResult linearProbe(EfficientNet &net, BatchMaker &maker, const TrainingData &data, const ProbeOptions &options,
                        const std::function<bool(size_t, size_t)> &progress = {});

} // namespace effscope::core
