// SPDX-License-Identifier: MIT
#include "workbench.h"

#include "colormaps.h"
#include "custom_scale.h"
#include "inference_worker.h"

#include "arch/presets.h"
#include "common/error.h"

#include <QFileInfo>

#include <algorithm>

namespace effscope {

Workbench::Workbench(InferenceWorker *worker, QObject *parent) : QObject(parent), m_worker(worker)
{
    connect(worker, &InferenceWorker::modelReady, this, &Workbench::onModelReady);
    connect(worker, &InferenceWorker::classified, this, &Workbench::onClassified);
    connect(worker, &InferenceWorker::failed, this, &Workbench::onFailed);
    setColormap(QStringLiteral("jet"));
}

// ---- the model and the photo ------------------------------------------------------------------

void Workbench::loadModel(const QString &model, const QString &device, const QString &weights, const QString &precision)
{
    m_requestedModel = model;
    m_requestedWeights = weights;
    m_modelLoaded = false;
    if (m_customScales.contains(model))
        m_lastLoadId = m_worker->requestBuildModel(m_customScales.value(model), device, precision);
    else
        m_lastLoadId = m_worker->requestLoadModel(model, device, weights, precision);
    // the worker runs loads first: this classification sees the new model
    if (!m_currentImage.isEmpty())
        m_lastClassifyId = m_worker->requestClassify(m_currentImage);
    Q_EMIT modelRequested(model);
}

void Workbench::showImage(const QString &path)
{
    m_currentImage = QFileInfo(path).absoluteFilePath();
    Q_EMIT imageChanged(m_currentImage);
    m_lastClassifyId = m_worker->requestClassify(m_currentImage);
}

void Workbench::onModelReady(const ModelInfo &info)
{
    if (info.requestId != m_lastLoadId)
        return; // superseded by a later choice
    m_modelInfo = info;
    m_modelLoaded = true;
    if (info.macs > 0 && info.forwardMs > 0)
        m_secondsPerGmac[info.device] = info.forwardMs / 1000.0 / (double(info.macs) / 1e9);
    if (info.params > 0 && info.buildMs > 0)
        m_buildSecondsPerMparam = info.buildMs / 1000.0 / (double(info.params) / 1e6);
    Q_EMIT modelReady(info);
}

void Workbench::onClassified(const ClassifyResult &r)
{
    if (r.requestId != m_lastClassifyId)
        return;
    m_lastResult = r;
    if (m_modelLoaded && r.model == m_modelInfo.model && m_modelInfo.macs > 0 && r.forwardMs > 0) {
        const double rate = r.forwardMs / 1000.0 / (double(m_modelInfo.macs) / 1e9);
        const double best = m_secondsPerGmac.value(m_modelInfo.device, 0.0);
        if (best <= 0 || rate < best)
            m_secondsPerGmac[m_modelInfo.device] = rate;
    }
    Q_EMIT classified(r);
}

void Workbench::onFailed(const TaskError &e)
{
    if (e.kind == JobKind::Load && e.requestId == m_lastLoadId) {
        const QString wanted = m_requestedModel;
        m_modelLoaded = !m_modelInfo.model.isEmpty(); // the worker keeps the previous model
        m_requestedModel = m_modelInfo.model;
        Q_EMIT modelFailed(e, wanted);
    } else if (e.kind == JobKind::Classify && e.requestId == m_lastClassifyId) {
        const QString failed = m_currentImage;
        m_currentImage = m_lastResult.imagePath; // the shown result's photo stays current
        Q_EMIT classifyFailed(e, failed);
    }
}

// ---- custom scales ----------------------------------------------------------------------------

void Workbench::addCustomScale(const CustomScale &scale)
{
    core::resolve(customScaleConfig(scale)); // throws naming what is wrong
    m_customScales.insert(scale.name, scale);
    m_unsaved = true;
    Q_EMIT customScalesChanged();
}

void Workbench::buildCustomScale(const CustomScale &scale)
{
    addCustomScale(scale);
    showMessage(tr("Building %1 (random init)...").arg(scale.name), 5000);
    Q_EMIT modelSelectionRequested(scale.name);
}

QVector<CustomScale> Workbench::customScaleList() const
{
    QVector<CustomScale> out(m_customScales.begin(), m_customScales.end());
    std::sort(out.begin(), out.end(), [](const CustomScale &a, const CustomScale &b) { return a.name < b.name; });
    return out;
}

QStringList Workbench::offeredScales() const
{
    QStringList offered;
    for (const std::string &p : core::presetNames())
        offered << QString::fromStdString(p);
    for (const CustomScale &c : customScaleList())
        offered << c.name;
    return offered;
}

core::ModelProfile Workbench::scaleProfile(const QString &model) const
{
    const auto custom = m_customScales.constFind(model);
    if (custom != m_customScales.constEnd())
        return core::profileModel(core::resolve(customScaleConfig(*custom)), custom->resolution, custom->resolution);
    const int size = core::presetPreprocess(model.toStdString()).cropSize;
    return core::profileModel(core::resolve(core::preset(model.toStdString())), size, size);
}

double Workbench::timingSeconds(const QVector<QPair<qint64, qint64>> &networks, int passes) const
{
    const double rate = secondsPerGmac(m_modelInfo.device);
    double seconds = 0;
    for (const auto &[macs, params] : networks)
        seconds += passes * double(macs) / 1e9 * rate + double(params) / 1e6 * m_buildSecondsPerMparam;
    return seconds;
}

void Workbench::setWeightsAvailability(const WeightsAvailabilityMap &states)
{
    if (states == m_weightsAvailability)
        return;
    m_weightsAvailability = states;
    Q_EMIT weightsAvailabilityChanged();
}

void Workbench::setExplorerScale(const QString &name, qint64 macs, qint64 params)
{
    m_explorerScale = {name, macs, params};
    Q_EMIT explorerScaleChanged(name, macs, params);
}

// ---- explanation target and colours -----------------------------------------------------------

int Workbench::camTarget() const
{
    if (m_camClass >= 0)
        return m_camClass;
    return m_lastResult.top.isEmpty() ? -1 : m_lastResult.top.front().index;
}

void Workbench::setColormap(const QString &name)
{
    m_colormapName = name;
    m_colormap = colormapLut(name);
    Q_EMIT colormapChanged(m_colormap);
}

void Workbench::setOpacity(double opacity)
{
    m_opacity = opacity;
    Q_EMIT opacityChanged(opacity);
}

// ---- the study --------------------------------------------------------------------------------

void Workbench::clearLatency()
{
    m_latency.clear();
    Q_EMIT latencyChanged();
}

void Workbench::addLatency(const LatencyItem &item)
{
    m_latency.push_back(item);
    m_unsaved = true;
    Q_EMIT latencyChanged();
}

void Workbench::clearSweep()
{
    m_sweep.clear();
    Q_EMIT sweepReset();
}

void Workbench::addSweepPoint(const SweepItem &item)
{
    m_sweep.push_back(item);
    m_unsaved = true;
    Q_EMIT sweepPointAdded(item);
}

void Workbench::addEvaluation(const EvalItem &item)
{
    auto same = [&item](const EvalItem &e) {
        return e.model == item.model && e.weightsLabel == item.weightsLabel && e.dataset == item.dataset;
    };
    if (auto it = std::find_if(m_evaluations.begin(), m_evaluations.end(), same); it != m_evaluations.end())
        *it = item;
    else
        m_evaluations.push_back(item);
    m_unsaved = true;
    Q_EMIT evaluationAdded(item);
}

void Workbench::clearProbe(const QString &dataset)
{
    m_probe.clear();
    m_probeDataset = dataset;
    Q_EMIT probeChanged();
}

void Workbench::addProbeItem(const ProbeItem &item)
{
    m_probe.push_back(item);
    m_unsaved = true;
    Q_EMIT probeChanged();
}

void Workbench::setGrid(const GridState &state)
{
    m_grid = state;
    m_unsaved = true;
    Q_EMIT gridChanged();
}

Session Workbench::session() const
{
    Session s;
    s.customScales = customScaleList();
    s.latency = m_latency;
    s.sweep = m_sweep;
    s.evaluations = m_evaluations;
    s.probe = m_probe;
    s.probeDataset = m_probeDataset;
    s.grid = m_grid;
    return s;
}

QString Workbench::loadSession(const QString &path, Session *loaded)
{
    Session s;
    QString error;
    if (!effscope::loadSession(path, &s, &error))
        return error; // nothing applied
    for (int i = 0; i < s.customScales.size(); ++i) {
        try {
            if (!s.customScales[i].name.startsWith(QLatin1String("custom")))
                throw std::invalid_argument("the name must start with \"custom\"");
            core::resolve(customScaleConfig(s.customScales[i]));
        } catch (const std::exception &e) {
            return tr("%1: custom_scales[%2]: %3").arg(QFileInfo(path).fileName()).arg(i).arg(QString::fromUtf8(e.what()));
        }
    }
    for (const CustomScale &c : s.customScales)
        m_customScales.insert(c.name, c);
    Q_EMIT customScalesChanged();
    m_latency = s.latency;
    Q_EMIT latencyChanged();
    m_sweep = s.sweep;
    Q_EMIT sweepReset();
    m_evaluations = s.evaluations;
    Q_EMIT evaluationsReset();
    m_probe = s.probe;
    m_probeDataset = s.probeDataset;
    Q_EMIT probeChanged();
    m_grid = s.grid;
    Q_EMIT gridChanged();
    m_unsaved = false;
    if (loaded)
        *loaded = s;
    return QString();
}

} // namespace effscope
