// SPDX-License-Identifier: MIT
#pragma once
// The scaling explorer (analytic, on the GUI thread) with Build, and the channel importance of
// the loaded model on the current photo (in the worker).
#include "pages/page.h"

namespace effscope {

class ChannelImportanceView;
class ScalingExplorer;

class ExplorerPage : public Page
{
    Q_OBJECT
public:
    explicit ExplorerPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Explorer"); }
    void addExports(QMenu *menu) override;
    ScalingExplorer *explorer() const { return m_explorer; }
    ChannelImportanceView *importanceView() const { return m_importance; }
    /// The explorer's Build: its scale becomes a model in the panel (random init) and loads.
    void buildCustomScale();
    /// Asks for the channel importance of the loaded model on the current photo.
    void requestImportance();

Q_SIGNALS:
    void importanceShown();

private:
    ScalingExplorer *m_explorer = nullptr;
    ChannelImportanceView *m_importance = nullptr;
    quint64 m_lastImportanceId = 0;
};

} // namespace effscope
