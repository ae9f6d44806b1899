// SPDX-License-Identifier: MIT
#include "model_sidebar.h"

#include "custom_scale.h"
#include "model_panel.h"
#include "prediction_view.h"
#include "settings.h"
#include "weights_store.h"
#include "workbench.h"

#include "inference_worker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QVBoxLayout>

#include <algorithm>

namespace effscope {

ModelSidebar::ModelSidebar(Workbench &bench, WeightsStore *weights, QWidget *parent)
    : QWidget(parent), m_bench(bench), m_weights(weights)
{
    m_panel = new ModelPanel(this);
    m_predictions = new PredictionView(this);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_panel);
    column->addWidget(m_predictions, 1);
    {
        QSignalBlocker block(m_panel);
        m_panel->setModel(settings::model.value());
        m_panel->setDevice(settings::device.value());
        m_panel->setPrecision(settings::precision.value());
    }
    refreshWeightsStates();
    refreshWeightChoices();
    connect(&m_bench, &Workbench::weightsAvailabilityChanged, this, &ModelSidebar::refreshWeightsStates);
    connect(m_weights, &WeightsStore::imported, this, [this](const QString &model) {
        if (model == m_panel->model())
            refreshWeightChoices();
    });

    connect(m_panel, &ModelPanel::modelChosen, this, [this](const QString &model, const QString &device) {
        if (m_choicesFor != model)
            refreshWeightChoices();
        m_panel->setWeightsText(tr("loading..."));
        m_bench.loadModel(model, device, m_panel->weightsChoice(), m_panel->precision());
    });
    connect(m_panel, &ModelPanel::quantizeRequested, this, [this](const QString &preset) {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Calibration photos for %1 int8 (photos like the ones it will see)").arg(displayName(preset)),
            settings::calibrationFolder.value());
        if (folder.isEmpty())
            return;
        settings::calibrationFolder.set(folder);
        quantizeFrom(preset, folder);
    });
    connect(m_bench.worker(), &InferenceWorker::quantizeFinished, this, [this](const QuantizeResult &r) {
        if (r.requestId != m_quantizeId)
            return;
        if (!r.error.isEmpty())
            m_bench.showMessage(tr("%1 was not quantized: %2").arg(displayName(r.model), r.error), 15000);
        else if (r.path.isEmpty())
            m_bench.showMessage(tr("Quantization of %1 cancelled").arg(displayName(r.model)));
        else
            m_bench.showMessage(tr("%1 int8 saved (%2 calibration photos, %5 rounding): top-1 agrees with fp32 on %3% "
                                   "of them, mean KL %4")
                                    .arg(displayName(r.model))
                                    .arg(r.photos)
                                    .arg(100.0 * r.agreement, 0, 'f', 1)
                                    .arg(r.meanKl, 0, 'f', 4)
                                    .arg(r.rounding == QLatin1String("learned") ? tr("learned") : tr("nearest")),
                                15000);
        if (!r.path.isEmpty() && r.model == m_panel->model()) {
            if (m_panel->precision() == QLatin1String("int8"))
                loadChosenModel(); // the new file replaces the one loaded
            else
                m_panel->setPrecision(QStringLiteral("int8")); // loads it
        }
        Q_EMIT quantized(r);
    });
    connect(&bench, &Workbench::modelRequested, this, &ModelSidebar::followRequest);
    connect(&bench, &Workbench::modelReady, this, &ModelSidebar::showModel);
    connect(&bench, &Workbench::modelFailed, this, [this] {
        const ModelInfo &previous = m_bench.modelInfo();
        if (previous.model.isEmpty()) {
            m_panel->setWeightsText(tr("failed to load"));
            return;
        }
        {
            QSignalBlocker block(m_panel);
            m_panel->setModel(previous.model);
            m_panel->setDevice(previous.device);
            m_panel->setPrecision(previous.precision);
        }
        showModel();
    });
    connect(&bench, &Workbench::customScalesChanged, this, [this] {
        for (const CustomScale &c : m_bench.customScaleList())
            m_panel->addCustomModel(c.name, customScaleConfig(c));
    });
    connect(&bench, &Workbench::modelSelectionRequested, m_panel, &ModelPanel::setModel);

    connect(&bench, &Workbench::imageChanged, this, [this](const QString &path) {
        m_predictions->clear(tr("Classifying %1...").arg(QFileInfo(path).fileName()));
    });
    connect(&bench, &Workbench::classified, this, &ModelSidebar::showResult);
    connect(&bench, &Workbench::classifyFailed, this, [this](const TaskError &e) {
        // the result on screen stays (the error goes to the strip and the status bar)
        if (m_bench.lastResult().top.isEmpty())
            m_predictions->clear(e.message);
        else
            showResult(m_bench.lastResult());
        Q_EMIT resultShown();
    });
    connect(m_predictions, &PredictionView::classActivated, this, [this](int index) {
        m_bench.explainClass(index);
        m_bench.showView(View::Heatmap);
    });
}

void ModelSidebar::showResult(const ClassifyResult &r)
{
    {
        QString caption = tr("%1 — %2, %3 ms").arg(QFileInfo(r.imagePath).fileName(), displayName(r.model)).arg(r.latencyMs, 0, 'f', 1);
        if (r.precision != QLatin1String("fp32"))
            caption += QStringLiteral(" (%1)").arg(r.precision);
        if (!r.pretrained)
            caption += tr(" — untrained model");
        if (!r.unreliable.isEmpty())
            caption += unreliableHtml(r.unreliable);
        if (!r.notes.isEmpty())
            caption += QStringLiteral("<br><small>") + r.notes.join(QStringLiteral("; ")).toHtmlEscaped() + QStringLiteral("</small>");
        m_predictions->setPredictions(r.top, caption);
        Q_EMIT resultShown();
    }
}

void ModelSidebar::loadChosenModel()
{
    m_panel->setWeightsText(tr("loading..."));
    m_bench.loadModel(m_panel->model(), m_panel->device(), m_panel->weightsChoice(), m_panel->precision());
}

void ModelSidebar::quantizeFrom(const QString &preset, const QString &folder, int roundingSteps)
{
    QuantizeRequest request;
    request.model = preset;
    request.photos = folder;
    request.roundingSteps = roundingSteps;
    m_quantizeId = m_bench.worker()->requestQuantize(request);
    m_bench.showMessage(tr("Quantizing %1 on the photos under %2...").arg(displayName(preset), folder), 5000);
}

void ModelSidebar::showModel()
{
    const ModelInfo &info = m_bench.modelInfo();
    m_panel->setDevices(info.devices);
    m_panel->setWeightsText(!info.unreliable.isEmpty()
                                ? tr("%1 (input %2 px)").arg(info.weightsLabel.toHtmlEscaped()).arg(info.inputSize)
                                      + unreliableHtml(info.unreliable)
                            : info.pretrained
                                ? tr("%1 (pretrained, input %2 px)").arg(info.weightsLabel).arg(info.inputSize)
                                : tr("<b>untrained</b> (random init): no pretrained file is cached, "
                                     "predictions are meaningless"));
}

void ModelSidebar::refreshWeightChoices()
{
    m_choicesFor = m_panel->model();
    QVector<QPair<QString, QString>> choices;
    for (const QString &f : fineTunedFiles(m_choicesFor))
        choices.push_back({tr("fine-tuned: %1").arg(QFileInfo(f).fileName()), f});
    for (const QString &f : m_weights->importedFiles(m_choicesFor))
        choices.push_back({tr("imported: %1").arg(QFileInfo(f).fileName()), f});
    // a file loaded from elsewhere (fine-tuned to a chosen path) is listed while it is the model's
    const QString requested = m_bench.requestedWeights();
    const bool listed = std::any_of(choices.begin(), choices.end(), [&](const auto &c) { return c.second == requested; });
    if (m_bench.requestedModel() == m_choicesFor && !listed && QFileInfo(requested).isFile())
        choices.push_back({tr("file: %1").arg(QFileInfo(requested).fileName()), requested});
    m_panel->setWeightChoices(choices);
}

void ModelSidebar::followRequest(const QString &model)
{
    // a load asked for elsewhere (the Train tab's fine-tuned model, a session): the panel shows
    // what is loading, without asking for it again
    const QString weights = m_bench.requestedWeights();
    if (model == m_panel->model() && weights == m_panel->weightsChoice())
        return;
    if (m_bench.customScales().contains(model))
        return; // the explorer selects its scales itself (modelSelectionRequested)
    QSignalBlocker block(m_panel);
    m_panel->setModel(model);
    refreshWeightChoices();
    m_panel->setWeightsChoice(weights);
}

void ModelSidebar::refreshWeightsStates()
{
    m_panel->setWeightsStates(m_bench.weightsAvailability());
}

void ModelSidebar::saveSettings() const
{
    settings::model.set(m_panel->model());
    settings::device.set(m_panel->device());
    settings::precision.set(m_panel->precision());
}

} // namespace effscope
