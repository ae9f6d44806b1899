// SPDX-License-Identifier: MIT
#pragma once
// The window's side column: the model panel (which model, weights, device, precision; loading it
// through the workbench) and the current photo's predictions (a click explains that class).
#include "types.h"

#include <QWidget>

namespace effscope {

class ModelPanel;
class PredictionView;
class WeightsStore;
class Workbench;

class ModelSidebar : public QWidget
{
    Q_OBJECT
public:
    ModelSidebar(Workbench &bench, WeightsStore *weights, QWidget *parent = nullptr);
    ModelPanel *modelPanel() const { return m_panel; }
    PredictionView *predictionView() const { return m_predictions; }
    /// Loads the model the panel shows (at start, after the settings were restored).
    void loadChosenModel();
    /// Makes `preset`'s int8 model from the photos under `folder` (what Quantize does after its
    /// folder dialog); when it is saved, the panel switches to int8 and loads it.
    /// Quantizes `preset` on the photos under `folder`, its rounding learnt in `roundingSteps`
    /// steps per layer (0: nearest rounding).
    void quantizeFrom(const QString &preset, const QString &folder, int roundingSteps = 400);
    void saveSettings() const;

Q_SIGNALS:
    /// A classification (or why there is none) for the current photo is on screen.
    void resultShown();
    /// A quantization ended (saved, failed or cancelled).
    void quantized(const effscope::QuantizeResult &result);

private:
    void refreshWeightsStates();
    void showResult(const ClassifyResult &result);
    void refreshWeightChoices();
    void followRequest(const QString &model);
    void showModel();

    Workbench &m_bench;
    WeightsStore *m_weights;
    ModelPanel *m_panel = nullptr;
    PredictionView *m_predictions = nullptr;
    QString m_choicesFor; // the preset whose imported files the weights list shows
    quint64 m_quantizeId = 0;
};

} // namespace effscope
