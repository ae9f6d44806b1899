// SPDX-License-Identifier: MIT
#pragma once
// The first effscope window: pick a preset, drop or open a photo, read the top-5.
// All model work goes to the InferenceWorker; this class only wires views to it.
#include "types.h"

#include <QMainWindow>

class QDialog;
class QLabel;
class QProgressBar;

namespace effscope {

class ImageView;
class InferenceWorker;
class ModelPanel;
class PredictionView;
class WeightsStore;
class WeightsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(InferenceWorker *worker, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Classifies a file (as a drop or Open would). Returns false when it is not a local file.
    bool openImage(const QString &path);
    PredictionView *predictionView() const { return m_predictions; }
    ModelPanel *modelPanel() const { return m_modelPanel; }
    QString statusText() const;
    /// The weights manager (created on first use; File > Weights...).
    WeightsView *weightsView();
    WeightsStore *weightsStore() const { return m_weights; }

Q_SIGNALS:
    /// A classification result or error for the current image is on screen.
    void resultShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onModelReady(const ModelInfo &info);
    void onClassified(const ClassifyResult &result);
    void onFailed(const TaskError &error);
    void openDialog();
    void updateStatus();
    void showWeights();

    InferenceWorker *m_worker;
    ModelPanel *m_modelPanel = nullptr;
    PredictionView *m_predictions = nullptr;
    ImageView *m_image = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    WeightsStore *m_weights = nullptr;
    QDialog *m_weightsDialog = nullptr;
    WeightsView *m_weightsView = nullptr;
    ModelInfo m_modelInfo;
    bool m_modelLoaded = false;
    QString m_currentImage;
    quint64 m_lastLoadId = 0;
    quint64 m_lastClassifyId = 0;
};

} // namespace effscope
