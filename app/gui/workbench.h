// SPDX-License-Identifier: MIT
#pragma once
// What the pages share, in one place: the worker, the current model and photo (loading and
// classifying them), the explorer's custom scales, the explanation target and colours, and the
// study so far (measured latencies, scaling-study points, evaluations) that a session saves.
// Pages read it and listen to its signals; none of them talks to another page.
#include "arch/profiler.h"
#include "common/cam_method.h"
#include "session.h"
#include "types.h"
#include "view.h"

#include <QHash>
#include <QObject>
#include <QRgb>
#include <QVector>

namespace effscope {

class InferenceWorker;

class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(InferenceWorker *worker, QObject *parent = nullptr);
    InferenceWorker *worker() const { return m_worker; }

    // ---- the model ------------------------------------------------------------------------
    /// Loads a preset (or builds a custom scale registered here) and re-classifies the photo.
    void loadModel(const QString &model, const QString &device, const QString &weights, const QString &precision);
    /// The model asked for last (loading, or loaded).
    QString requestedModel() const { return m_requestedModel; }
    /// The weights asked for with it: a file, "untrained", or empty for the default.
    QString requestedWeights() const { return m_requestedWeights; }
    bool modelLoaded() const { return m_modelLoaded; }
    const ModelInfo &modelInfo() const { return m_modelInfo; }

    // ---- the photo ------------------------------------------------------------------------
    /// Makes `path` the current photo and classifies it.
    void showImage(const QString &path);
    QString currentImage() const { return m_currentImage; }
    /// The current photo's classification (empty before one arrived).
    const ClassifyResult &lastResult() const { return m_lastResult; }
    /// This machine's speed for the current model: its warm forward pass at load, or a faster
    /// classification since, in seconds per GMAC; 0 before a model is loaded.
    double secondsPerGmac(const QString &device) const { return m_secondsPerGmac.value(device, 0.0); }
    /// Replaces the measured speed (tests of the estimates, which must not depend on the load
    /// of the machine running them).
    void setSecondsPerGmac(const QString &device, double seconds) { m_secondsPerGmac[device] = seconds; }
    /// Seconds to build a model and load its weights, per million parameters (the current
    /// model's load, warm-up excluded); 0 before a model is loaded.
    double buildSecondsPerMparam() const { return m_buildSecondsPerMparam; }
    /// Seconds for timing these networks (MACs, params) with `passes` forward passes each, at
    /// this machine's measured speeds; 0 when they are not known yet.
    double timingSeconds(const QVector<QPair<qint64, qint64>> &networks, int passes) const;

    // ---- custom scales --------------------------------------------------------------------
    /// Registers a scale (checked: throws core::Error naming what is wrong).
    void addCustomScale(const CustomScale &scale);
    /// addCustomScale, then asks for it to become the current model.
    void buildCustomScale(const CustomScale &scale);
    const QHash<QString, CustomScale> &customScales() const { return m_customScales; }
    QVector<CustomScale> customScaleList() const;
    /// The presets, then the custom scales by name.
    QStringList offeredScales() const;
    /// The analytic profile of a preset or a registered custom scale at its own input size;
    /// throws core::Error for a name that is neither.
    core::ModelProfile scaleProfile(const QString &model) const;
    /// What loading each model without naming a file gives (the weights store's view; custom
    /// scales and models it does not list: untrained).
    void setWeightsAvailability(const WeightsAvailabilityMap &states);
    const WeightsAvailabilityMap &weightsAvailability() const { return m_weightsAvailability; }
    /// The explorer's scale as it stands (for the trade-off plot's band).
    struct ScaleCost
    {
        QString name;
        qint64 macs = 0, params = 0;
    };
    void setExplorerScale(const QString &name, qint64 macs, qint64 params);
    const ScaleCost &explorerScale() const { return m_explorerScale; }

    // ---- what the heat maps explain and how they look ---------------------------------------
    core::CamMethod camMethod() const { return m_camMethod; }
    void setCamMethod(core::CamMethod method) { m_camMethod = method; }
    /// The class the user picked for the CAM, -1 for each model's own top-1.
    int camClass() const { return m_camClass; }
    void setCamClass(int index) { m_camClass = index; }
    /// The class a new explanation targets: the picked one, else the top-1 shown.
    int camTarget() const;
    /// Explain this class of the current photo (a click on a prediction).
    void explainClass(int index) { Q_EMIT explainRequested(index); }
    void setColormap(const QString &name);
    QString colormapName() const { return m_colormapName; }
    const QVector<QRgb> &colormap() const { return m_colormap; }
    void setOpacity(double opacity);
    double opacity() const { return m_opacity; }

    // ---- the study (what a session holds) ----------------------------------------------------
    void clearLatency();
    void addLatency(const LatencyItem &item);
    const QVector<LatencyItem> &latency() const { return m_latency; }
    void clearSweep();
    void addSweepPoint(const SweepItem &item);
    const QVector<SweepItem> &sweep() const { return m_sweep; }
    /// Adds an evaluation, replacing one of the same scale, weights and dataset.
    void addEvaluation(const EvalItem &item);
    const QVector<EvalItem> &evaluations() const { return m_evaluations; }
    /// The Train tab's linear probe of several scales on the user's images (your own trade-off).
    void clearProbe(const QString &dataset);
    void addProbeItem(const ProbeItem &item);
    const QVector<ProbeItem> &probe() const { return m_probe; }
    QString probeDataset() const { return m_probeDataset; }
    /// The Train tab's grid search as it stands.
    void setGrid(const GridState &state);
    const GridState &grid() const { return m_grid; }
    /// A grid candidate's coefficients for the explorer ("Use this").
    void offerCoefficients(const QString &base, double alpha, double beta, double gamma)
    {
        Q_EMIT coefficientsOffered(base, alpha, beta, gamma);
    }
    /// The study (the window adds its workspace).
    Session session() const;
    /// "" or the reason nothing was loaded (the file, a field, a custom scale that does not
    /// resolve). The study replaces this one; the whole file, workspace included, in *loaded.
    QString loadSession(const QString &path, Session *loaded = nullptr);
    /// Measurements, evaluations, training results or custom scales made since the last save or load of a session.
    bool hasUnsavedWork() const { return m_unsaved; }
    void setSaved() { m_unsaved = false; }

    // ---- the window -----------------------------------------------------------------------
    void showMessage(const QString &text, int timeoutMs = 8000) { Q_EMIT message(text, timeoutMs); }
    void showView(View view) { Q_EMIT viewRequested(view); }

Q_SIGNALS:
    /// A load was asked for (the status bar says "Loading ...").
    void modelRequested(const QString &model);
    /// The load asked for last finished.
    void modelReady(const effscope::ModelInfo &info);
    /// The load asked for last failed or was cancelled; the previous model (modelInfo()) stays.
    void modelFailed(const effscope::TaskError &error, const QString &wanted);
    /// A new current photo (its classification follows).
    void imageChanged(const QString &path);
    void classified(const effscope::ClassifyResult &result);
    /// The photo at `path` could not be classified; the previous photo and its result stay
    /// current (currentImage() is that photo again, empty when there was none).
    void classifyFailed(const effscope::TaskError &error, const QString &path);
    void customScalesChanged();
    void weightsAvailabilityChanged();
    /// A custom scale was built: the model panel selects it (which loads it).
    void modelSelectionRequested(const QString &model);
    void explorerScaleChanged(const QString &name, qint64 macs, qint64 params);
    void explainRequested(int classIndex);
    void colormapChanged(const QVector<QRgb> &lut);
    void opacityChanged(double opacity);
    void latencyChanged();
    void sweepPointAdded(const effscope::SweepItem &item);
    void sweepReset();
    void evaluationAdded(const effscope::EvalItem &item);
    void evaluationsReset();
    void probeChanged();
    void gridChanged();
    void coefficientsOffered(const QString &base, double alpha, double beta, double gamma);
    void message(const QString &text, int timeoutMs);
    void viewRequested(effscope::View view);

private:
    void onModelReady(const ModelInfo &info);
    void onClassified(const ClassifyResult &result);
    void onFailed(const TaskError &error);

    InferenceWorker *m_worker;
    QString m_requestedModel;
    QString m_requestedWeights;
    ModelInfo m_modelInfo;
    bool m_modelLoaded = false;
    quint64 m_lastLoadId = 0, m_lastClassifyId = 0;
    QString m_currentImage;
    ClassifyResult m_lastResult;
    QHash<QString, double> m_secondsPerGmac;
    double m_buildSecondsPerMparam = 0.0;
    QHash<QString, CustomScale> m_customScales;
    WeightsAvailabilityMap m_weightsAvailability;
    ScaleCost m_explorerScale;
    core::CamMethod m_camMethod = core::CamMethod::GradCam;
    int m_camClass = -1;
    QString m_colormapName;
    QVector<QRgb> m_colormap;
    double m_opacity = 0.5;
    QVector<LatencyItem> m_latency;
    QVector<SweepItem> m_sweep;
    QVector<EvalItem> m_evaluations;
    QVector<ProbeItem> m_probe;
    QString m_probeDataset;
    GridState m_grid;
    bool m_unsaved = false;
};

} // namespace effscope
