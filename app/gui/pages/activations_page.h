// SPDX-License-Identifier: MIT
#pragma once
// The model's layers as a tree, the chosen layer's channels on the current photo, one channel
// enlarged. Activations are computed only while this tab is shown.
#include "pages/page.h"

#include "types.h"

namespace effscope {

class ActivationBrowser;

class ActivationsPage : public Page
{
    Q_OBJECT
public:
    explicit ActivationsPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Activations"); }
    void activated() override { requestActivations(); }
    void saveSettings() const override;
    ActivationBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    /// A layer's channel grid (or why there is none) is on screen.
    void activationsShown();
    /// An enlarged channel is on screen.
    void channelShown();

private:
    void requestActivations();
    void setLayers(const ModelInfo &info);

    ActivationBrowser *m_browser = nullptr;
    quint64 m_lastId = 0, m_lastChannelId = 0;
    QString m_shownFor;   // "image|layer|model" the grid shows
    QString m_layersFor;  // the model and input size the tree was made for
};

} // namespace effscope
