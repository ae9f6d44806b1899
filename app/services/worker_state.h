// SPDX-License-Identifier: MIT
#pragma once
// Everything the InferenceWorker's jobs share, touched only on the worker thread: the current
// model, a small cache of other scales (compare, evaluation), the weights registry, the last
// decoded photo and the last activations. Torch headers first (QT_NO_KEYWORDS is set too).
#include "infer/engine.h"
#include "vision/image.h"

#include "types.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace effscope {

struct WorkerState
{
    std::optional<core::ModelHandle> model;  ///< what the model panel loaded
    at::Tensor activations;                  ///< [C, h, w] of the last activation request
    QString activationsLayer;

    /// The current model; throws InvalidInput "no model is loaded yet" when there is none.
    core::ModelHandle &current();
    /// The current model's device, "cpu" before one is loaded.
    std::string device() const;
    const std::vector<core::WeightEntry> &registry();

    /// The photo at `path`, decoded once and kept while the file is unchanged (classify, then
    /// the CAMs and activations of the same photo reuse it). Throws what decoding throws.
    const core::DecodedImage &decode(const QString &path);
    /// The last decoded photo for display: upright RGB, at most 1024 px on its longer side.
    const RgbImage &photoImage() const { return m_photoImage; }

    /// Builds or loads a model: a preset with the registry's (or an explicit) weights, or a
    /// custom scale with random init.
    core::ModelHandle loadModel(const QString &name, const std::optional<CustomScale> &custom, const QString &device,
                                std::function<bool(double)> progress, const QString &weights = {},
                                const QString &precision = QStringLiteral("fp32"));
    /// The current model when it is `name` on `device`, else one of a few cached other scales,
    /// else a freshly loaded one (registry weights for presets, random init for custom scales).
    core::ModelHandle &scale(const QString &name, const std::optional<CustomScale> &custom, const QString &device,
                             std::function<bool(double)> progress);

    /// Drops every tensor (the worker calls this on its own thread before it stops).
    void clear();

private:
    std::map<std::string, core::ModelHandle> m_scales;
    std::vector<core::WeightEntry> m_registry;
    bool m_registryLoaded = false;
    QString m_photoPath;
    QDateTime m_photoModified;
    std::shared_ptr<const core::DecodedImage> m_photo;
    RgbImage m_photoImage;
};

/// An OpenCV RGB image as an RgbImage, downscaled (area averaging) to at most `longest` px.
RgbImage toRgbImage(const cv::Mat &rgb, int longest = 1024);

} // namespace effscope
