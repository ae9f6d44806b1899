// SPDX-License-Identifier: MIT
#pragma once
// The Train tab's view: the user's labelled images and one of three runs on them (a linear
// probe of several scales, a fine-tune of one, the grid search of compound scaling's step 1),
// its options, Start / Cancel, and the results as they arrive: the loss and validation
// accuracy curves, the probe's table, the grid. It emits requests; the page runs them.
#include "train_types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace effscope {

class GridPlot;
class RecordTable;

class TrainView : public QWidget
{
    Q_OBJECT
public:
    explicit TrainView(QWidget *parent = nullptr);

    /// The request the controls describe (its outFile and directory are the page's to fill).
    TrainRequest request() const;
    void setMode(TrainMode mode);
    TrainMode mode() const;
    void setDataset(const QString &path);
    /// The presets offered to the probe and the fine-tune, with whether weights are cached.
    void setPresets(const QStringList &presets, const QStringList &cached);
    /// Ticks exactly these presets for the probe.
    void setProbeModels(const QStringList &models);
    void setFineTuneModel(const QString &model);
    void setSteps(int steps);
    void setBatch(int batch);
    void setGridOptions(const QString &base, int resolution, int limit);
    /// The explorer's scales, offered as grid bases after B0 and Lite0.
    void setCustomScales(const QVector<CustomScale> &scales);
    void setRunning(bool running);

    /// A new run: curves, table and grid cleared.
    void startRun(const TrainRequest &request);
    void addCurvePoint(const TrainCurvePoint &point);
    void addProbeItem(const ProbeItem &item);
    void setGrid(const GridState &state);
    void finishRun(const TrainSummary &summary);
    void setStatus(const QString &text);

    // for tests and exports
    QCustomPlot *curvePlot() const { return m_curves; }
    int lossPoints() const;
    int accuracyPoints() const;
    RecordTable *probeTable() const { return m_probeTable; }
    GridPlot *gridPlot() const { return m_grid; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *useModelButton() const { return m_useModel; }
    QString status() const;
    /// The fine-tuned weights "Use the fine-tuned model" loads ("" until a fine-tune wrote them).
    QString fineTunedWeights() const { return m_weights; }
    QString fineTunedModel() const { return m_weightsModel; }

Q_SIGNALS:
    void startRequested(const effscope::TrainRequest &request);
    void cancelRequested();
    void browseRequested();
    /// Load the fine-tuned weights as the current model (classify, heat maps, compare, evaluate).
    void useFineTunedRequested(const QString &model, const QString &weights);
    void useGridPointRequested(const QString &base, double alpha, double beta, double gamma);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    void replotCurves();

    QLineEdit *m_dataset = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_valFraction = nullptr;
    QStackedWidget *m_options = nullptr;
    // probe
    QListWidget *m_probeModels = nullptr;
    QSpinBox *m_probeEpochs = nullptr;
    // fine-tune and grid
    QComboBox *m_model = nullptr;
    QSpinBox *m_steps = nullptr, *m_batch = nullptr, *m_resolution = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QComboBox *m_base = nullptr;
    QSpinBox *m_baseResolution = nullptr, *m_limit = nullptr, *m_gridSteps = nullptr, *m_gridBatch = nullptr;
    QDoubleSpinBox *m_target = nullptr, *m_tolerance = nullptr, *m_gridStep = nullptr, *m_minutes = nullptr,
                   *m_gridLr = nullptr;
    QCheckBox *m_resume = nullptr;
    QPushButton *m_start = nullptr, *m_cancel = nullptr, *m_useModel = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_results = nullptr;
    QCustomPlot *m_curves = nullptr;
    RecordTable *m_probeTable = nullptr;
    QTableView *m_probeView = nullptr;
    GridPlot *m_grid = nullptr;
    bool m_running = false;
    TrainMode m_runMode = TrainMode::FineTune;
    int m_curveCandidate = -2;
    QVector<double> m_lossX, m_lossY, m_accX, m_accY;
    QString m_weights, m_weightsModel;
    QVector<CustomScale> m_custom;
};

} // namespace effscope
