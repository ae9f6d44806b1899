// SPDX-License-Identifier: MIT
#pragma once
// The first effscope window: pick a preset, drop or open a photo, read the top-5.
// All model work goes to the InferenceWorker; this class only wires views to it.
#include "session.h"
#include "types.h"

#include <QHash>
#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QProgressBar;
class QSlider;
class QMenu;
class QTabWidget;
class QToolButton;

namespace effscope {

class ActivationBrowser;
class CompareView;
class FaithfulnessPlot;
class HeatmapView;
class ImageView;
class InferenceWorker;
class ModelPanel;
class PredictionView;
class EvaluationView;
class ScalingExplorer;
class SweepPlot;
class TradeoffPlot;
class ThumbnailStrip;
class ImageCollector;
class WeightsStore;
class WeightsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(InferenceWorker *worker, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds files and folders to the strip (checked off the GUI thread) and shows the first
    /// photo that passes, as a drop or Open does.
    void addImages(const QStringList &paths);
    /// addImages() of one path; false when nothing exists there.
    bool openImage(const QString &path);
    /// Shows and classifies a photo already in the strip (or any file).
    void showImage(const QString &path);
    ThumbnailStrip *thumbnailStrip() const { return m_strip; }
    QString currentImage() const { return m_currentImage; }
    /// The recent images, most recent first (persisted).
    QStringList recentImages() const;
    /// Edit > Paste: image files or a bitmap from the clipboard.
    void paste();
    /// View > Next / Previous image in the strip (step 1 or -1).
    void stepImage(int step);
    PredictionView *predictionView() const { return m_predictions; }
    ModelPanel *modelPanel() const { return m_modelPanel; }
    QString statusText() const;
    /// The weights manager (created on first use; File > Weights...).
    WeightsView *weightsView();
    WeightsStore *weightsStore() const { return m_weights; }
    HeatmapView *heatmapView() const { return m_heatmap; }
    FaithfulnessPlot *curvesPlot() const { return m_curves; }
    /// The line under the heat map: method, layer, class and the faithfulness numbers.
    QString camText() const;
    QComboBox *camMethodBox() const { return m_camMethod; }
    /// 0: the photo, 1: the heat map, 2: activations, 3: compare, 4: the scaling explorer, 5: the trade-off plot,
    /// 6: evaluation, 7: the latency study.
    void showView(int index);
    ActivationBrowser *activationBrowser() const { return m_activations; }
    CompareView *compareView() const { return m_compare; }
    ScalingExplorer *explorer() const { return m_explorer; }
    TradeoffPlot *tradeoffPlot() const { return m_tradeoff; }
    QComboBox *camLayerBox() const { return m_camLayer; }
    QComboBox *camClassBox() const { return m_camClassBox; }
    /// Compares the ticked scales on the current photo (as the Compare button does).
    void startCompare(const QStringList &models);
    QString exportCompare(const QString &path);            ///< PNG of the compare view
    /// The explorer's Build: its scale becomes a model in the panel (random init) and loads.
    void buildCustomScale();
    EvaluationView *evaluationView() const { return m_evaluation; }
    SweepPlot *sweepPlot() const { return m_sweep; }
    /// Evaluates scales on a labelled folder or CSV (as the Evaluate button does).
    void startEvaluation(const QString &dataset, const QStringList &models);
    /// Runs the single-dimension latency study (as its Run button does).
    void startSweep(const QString &base, double budgetGmacs, int points);
    /// Asks for the channel importance of the loaded model on the current photo.
    void requestImportance();
    /// The study so far: custom scales, measured latencies and study points, evaluations.
    Session session() const;
    /// File > Save Session / Open Session; "" or the reason it failed. Loading replaces the
    /// measurements and evaluations and adds the session's custom scales.
    QString saveSessionTo(const QString &path) const;
    QString loadSessionFrom(const QString &path);
    /// Every custom scale built so far, by name.
    const QHash<QString, CustomScale> &customScales() const { return m_customScales; }
    /// Stops the running long work (Esc, or the status bar's Cancel button).
    void cancelWork();
    QToolButton *cancelButton() const { return m_cancel; }
    /// Exports of what is on screen; return an empty string or the reason they failed.
    QString exportOverlay(const QString &path) const;   ///< PNG of the photo with the heat map
    QString exportHeat(const QString &path) const;      ///< .npy float32 [crop, crop] in [0, 1]
    QString exportTop5(const QString &path) const;      ///< .csv or .json
    QString exportCurves(const QString &path) const;    ///< deletion/insertion curves: .png, .svg or .pdf

Q_SIGNALS:
    /// A classification result or error for the current image is on screen.
    void resultShown();
    /// A heat map (or its error) for the current image is on screen.
    void camShown();
    /// A layer's channel grid (or its error) is on screen.
    void activationsShown();
    /// An enlarged channel is on screen.
    void channelShown();
    /// A model finished loading (or failed to) and the window shows it.
    void modelShown();
    /// One compare card filled in; the run finished.
    void compareCardShown(int slot);
    void compareFinished();
    /// A latency measurement finished (or was cancelled).
    void latencyMeasured();
    void evaluationFinished();
    void sweepFinished();
    void importanceShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onModelReady(const ModelInfo &info, bool restored = false);
    void onClassified(const ClassifyResult &result);
    void onFailed(const TaskError &error);
    void openDialog();
    void updateStatus();
    void showWeights();
    void resetWeightsItems();
    void requestCam(int classIndex);
    void exportDialog(int what);
    void onCamReady(const CamView &view);
    void onImageRejected(quint64 batch, const QString &path, const QString &reason);
    void onImagesChecked(quint64 batch, int accepted, int rejected);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void refreshWeightsStates();
    void applyColormap(); ///< the colour map box's table to every view that draws heat
    void refreshWeightChoices();
    void requestActivations();
    void setUpStudy(QMenu *file, QMenu *exportMenu, QMenu *view);
    void applySession(const Session &s);
    void addCustomScale(const CustomScale &scale);
    void refreshScaleLists();
    QStringList offeredScales() const;
    void refreshEvaluationPoints();
    void showEvalItem(const EvalItem &item);

    InferenceWorker *m_worker;
    ModelPanel *m_modelPanel = nullptr;
    PredictionView *m_predictions = nullptr;
    ImageView *m_image = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    WeightsStore *m_weights = nullptr;
    QDialog *m_weightsDialog = nullptr;
    QTabWidget *m_tabs = nullptr;
    HeatmapView *m_heatmap = nullptr;
    FaithfulnessPlot *m_curves = nullptr;
    QComboBox *m_camMethod = nullptr;
    QComboBox *m_colormap = nullptr;
    QSlider *m_opacity = nullptr;
    QCheckBox *m_smooth = nullptr;
    QLabel *m_camText = nullptr;
    QLabel *m_hover = nullptr;
    quint64 m_lastCamId = 0;
    ClassifyResult m_lastResult;
    CamView m_lastCam;
    int m_camClass = -1;
    WeightsView *m_weightsView = nullptr;
    ActivationBrowser *m_activations = nullptr;
    CompareView *m_compare = nullptr;
    ScalingExplorer *m_explorer = nullptr;
    TradeoffPlot *m_tradeoff = nullptr;
    QHash<QString, double> m_latency; // ms per preset, measured here
    QVector<LatencyItem> m_latencyItems;
    EvaluationView *m_evaluation = nullptr;
    SweepPlot *m_sweep = nullptr;
    QVector<EvalItem> m_evalItems;
    QVector<SweepItem> m_sweepItems;
    quint64 m_lastEvalId = 0, m_lastSweepId = 0, m_lastImportanceId = 0;
    quint64 m_lastLatencyId = 0;
    QComboBox *m_camLayer = nullptr;
    QComboBox *m_camClassBox = nullptr;
    QToolButton *m_cancel = nullptr;
    quint64 m_cancellableId = 0;
    quint64 m_lastActivationsId = 0;
    QString m_activationsFor;     // "image|layer|model" shown in the browser
    quint64 m_lastCompareId = 0;
    QHash<QString, CustomScale> m_customScales; // built from the explorer, by name
    QString m_choicesFor;         // the preset whose imported files the weights list shows
    ModelInfo m_modelInfo;
    bool m_modelLoaded = false;
    QString m_currentImage;
    ImageCollector *m_collector = nullptr;
    ThumbnailStrip *m_strip = nullptr;
    QMenu *m_recentMenu = nullptr;
    quint64 m_batch = 0;          // the latest add: its first good photo is shown
    bool m_batchShown = false;
    QStringList m_batchRejects;
    quint64 m_lastLoadId = 0;
    quint64 m_lastClassifyId = 0;
};

} // namespace effscope
