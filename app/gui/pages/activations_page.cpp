// SPDX-License-Identifier: MIT
#include "pages/activations_page.h"

#include "activation_browser.h"
#include "inference_worker.h"
#include "settings.h"
#include "workbench.h"

#include <QSplitter>

namespace effscope {

ActivationsPage::ActivationsPage(Workbench &bench, QWidget *parent) : Page(View::Activations, bench, parent)
{
    m_browser = new ActivationBrowser(this);
    setContent(m_browser);
    if (auto *split = m_browser->findChild<QSplitter *>(QStringLiteral("activationSplitter")))
        split->restoreState(settings::activationSplitter.value());
    m_browser->setColormap(bench.colormap());
    connect(&bench, &Workbench::colormapChanged, m_browser, &ActivationBrowser::setColormap);

    connect(m_browser, &ActivationBrowser::layerSelected, this, &ActivationsPage::requestActivations);
    connect(m_browser, &ActivationBrowser::channelRequested, this,
            [this](const QString &layer, int channel) { m_lastChannelId = worker().requestChannel(layer, channel); });
    connect(&bench, &Workbench::modelReady, this, &ActivationsPage::setLayers);
    connect(&bench, &Workbench::classified, this, &ActivationsPage::requestActivations);
    connect(&worker(), &InferenceWorker::activationsReady, this, [this](const ActivationView &v) {
        if (v.requestId != m_lastId)
            return;
        m_browser->setActivations(v);
        Q_EMIT activationsShown();
    });
    connect(&worker(), &InferenceWorker::channelReady, this, [this](const ChannelView &v) {
        if (v.requestId != m_lastChannelId)
            return;
        m_browser->setChannel(v);
        Q_EMIT channelShown();
    });
    connect(&worker(), &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.kind == JobKind::Activations && e.requestId == m_lastId) {
            m_shownFor.clear();
            m_browser->clearActivations(e.cancelled() ? tr("Cancelled.") : tr("No activations: %1").arg(e.message));
            Q_EMIT activationsShown();
        } else if (e.kind == JobKind::Channel && e.requestId == m_lastChannelId) {
            this->bench().showMessage(e.message);
        }
    });
}

void ActivationsPage::setLayers(const ModelInfo &info)
{
    const QString key = info.model + QLatin1Char('@') + QString::number(info.inputSize);
    if (key == m_layersFor)
        return;
    m_layersFor = key;
    const QString shown = m_browser->currentLayer();
    m_browser->setLayers(info.layers);
    m_shownFor.clear();
    if (!shown.isEmpty())
        m_browser->selectLayer(shown);
}

void ActivationsPage::requestActivations()
{
    const Workbench &b = bench();
    const QString layer = m_browser->currentLayer();
    if (layer.isEmpty() || b.currentImage().isEmpty() || !b.modelLoaded() || !isCurrent())
        return;
    const QString key = b.currentImage() + QLatin1Char('|') + layer + QLatin1Char('|') + b.modelInfo().model;
    if (key == m_shownFor)
        return;
    m_shownFor = key;
    m_browser->clearActivations(tr("Computing the activations of %1...").arg(layer));
    m_lastId = worker().requestActivations(b.currentImage(), layer);
}

void ActivationsPage::saveSettings() const
{
    if (auto *split = m_browser->findChild<QSplitter *>(QStringLiteral("activationSplitter")))
        settings::activationSplitter.set(split->saveState());
}

} // namespace effscope
