// SPDX-License-Identifier: MIT
#include "worker_state.h"

#include "common/error.h"
#include "common/paths.h"

#include "custom_scale.h"
#include "weights_store.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

namespace effscope {

namespace {
constexpr size_t kScaleCache = 4; // other scales kept for compare and evaluation
} // namespace

core::ModelHandle &WorkerState::current()
{
    if (!model)
        throw core::Error(core::ErrorCategory::InvalidInput, "no model is loaded yet");
    return *model;
}

std::string WorkerState::device() const
{
    return model ? model->device : std::string("cpu");
}

const std::vector<core::WeightEntry> &WorkerState::registry()
{
    if (!m_registryLoaded) {
        m_registry = core::loadRegistry(core::resourcePath("weights.json"));
        m_registryLoaded = true;
    }
    return m_registry;
}

const core::DecodedImage &WorkerState::decode(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    if (!m_photo || path != m_photoPath || modified != m_photoModified) {
        m_photo.reset(); // a failed decode leaves nothing stale behind
        auto img = std::make_shared<core::DecodedImage>(core::decodeImageFile(QFile::encodeName(path).toStdString()));
        m_photoImage = toRgbImage(img->rgb);
        m_photo = std::move(img);
        m_photoPath = path;
        m_photoModified = modified;
    }
    return *m_photo;
}

core::ModelHandle WorkerState::loadModel(const QString &name, const std::optional<CustomScale> &custom,
                                         const QString &device, std::function<bool(double)> progress,
                                         const QString &weights, const QString &precision)
{
    core::ModelRequest req;
    if (custom)
        req.custom = customScaleConfig(*custom);
    req.model = name.toStdString();
    req.device = device.toStdString();
    req.precision = precision.toStdString();
    if (weights == QLatin1String("untrained"))
        req.pretrained = false;
    else if (!weights.isEmpty())
        req.weightsPath = QFile::encodeName(weights).toStdString();
    req.allowNonFinite = nonFiniteAllowed(weights); // imported with "Allow NaN/Inf" ticked
    req.progress = std::move(progress);
    return core::loadModel(req, registry());
}

core::ModelHandle &WorkerState::scale(const QString &name, const std::optional<CustomScale> &custom,
                                      const QString &device, std::function<bool(double)> progress)
{
    const std::string key = name.toStdString();
    if (model && model->config.name == key && model->device == device.toStdString())
        return *model;
    if (auto found = m_scales.find(key); found != m_scales.end())
        return found->second;
    if (m_scales.size() >= kScaleCache)
        m_scales.clear();
    core::ModelHandle loaded = loadModel(name, custom, device, std::move(progress));
    return m_scales.emplace(key, std::move(loaded)).first->second;
}

void WorkerState::clear()
{
    model.reset();
    m_scales.clear();
    activations = at::Tensor();
    activationsLayer.clear();
    m_photo.reset();
}

RgbImage toRgbImage(const cv::Mat &rgb, int longest)
{
    cv::Mat shown = rgb;
    const int side = std::max(rgb.cols, rgb.rows);
    if (side > longest) {
        const double s = double(longest) / side;
        cv::resize(rgb, shown, cv::Size(std::max(1, int(rgb.cols * s + 0.5)), std::max(1, int(rgb.rows * s + 0.5))), 0, 0,
                   cv::INTER_AREA);
    }
    RgbImage out;
    out.width = shown.cols;
    out.height = shown.rows;
    out.pixels.resize(qsizetype(shown.cols) * shown.rows * 3);
    for (int y = 0; y < shown.rows; ++y)
        std::memcpy(out.pixels.data() + qsizetype(y) * shown.cols * 3, shown.ptr(y), size_t(shown.cols) * 3);
    return out;
}

} // namespace effscope
