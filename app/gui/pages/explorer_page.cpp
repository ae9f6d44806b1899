// SPDX-License-Identifier: MIT
#include "pages/explorer_page.h"

#include "channel_importance_view.h"
#include "inference_worker.h"
#include "record_table.h"
#include "scaling_explorer.h"
#include "workbench.h"

#include "arch/presets.h"

#include <QFileInfo>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

namespace effscope {

ExplorerPage::ExplorerPage(Workbench &bench, QWidget *parent) : Page(View::Explorer, bench, parent)
{
    // in a scroll area: the explorer's controls must not set the window's minimum size
    auto *content = new QWidget;
    m_explorer = new ScalingExplorer(content);
    m_importance = new ChannelImportanceView(content);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_explorer);
    column->addWidget(m_importance);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // a grid search's candidate: the base with its coefficients at phi = 1, to grow with phi
    connect(&bench, &Workbench::coefficientsOffered, this, [this](const QString &base, double a, double b, double g) {
        // the explorer grows B0 or Lite0; a custom base lends its family
        const bool preset = core::isPreset(base.toStdString());
        const bool lite = preset ? base.startsWith(QLatin1String("lite"))
                                 : this->bench().customScales().value(base).lite;
        m_explorer->setPreset(preset ? base : lite ? QStringLiteral("lite0") : QStringLiteral("b0"));
        m_explorer->setCompound(a, b, g, 1.0);
        this->bench().showMessage(tr("Explorer: %1 with alpha %2, beta %3, gamma %4 from the grid search; move phi to scale it")
                                      .arg(preset ? displayName(base) : lite ? QStringLiteral("Lite0") : QStringLiteral("B0"))
                                      .arg(a, 0, 'f', 2)
                                      .arg(b, 0, 'f', 2)
                                      .arg(g, 0, 'f', 2));
    });
    setContent(scroll);

    auto publishScale = [this] {
        this->bench().setExplorerScale(m_explorer->scaleName(), m_explorer->profile().macs, m_explorer->profile().params);
    };
    connect(m_explorer, &ScalingExplorer::scaleChanged, this, publishScale);
    connect(m_explorer, &ScalingExplorer::buildRequested, this, &ExplorerPage::buildCustomScale);
    connect(m_importance, &ChannelImportanceView::measureRequested, this, &ExplorerPage::requestImportance);
    connect(&worker(), &InferenceWorker::importanceReady, this, [this](const ImportanceView &v) {
        if (v.requestId != m_lastImportanceId)
            return;
        m_importance->setImportance(tr("%1 (%2) on %3, %4 ms")
                                        .arg(displayName(v.model),
                                             v.pretrained ? v.weightsLabel : tr("untrained: every BN scale still 1"),
                                             QFileInfo(v.imagePath).fileName())
                                        .arg(v.ms, 0, 'f', 0),
                                    v.rows);
        Q_EMIT importanceShown();
    });
    connect(&worker(), &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.kind != JobKind::Importance || e.requestId != m_lastImportanceId)
            return;
        m_importance->setImportance(tr("Not measured: %1").arg(e.message), {});
        Q_EMIT importanceShown();
    });
    publishScale();
}

void ExplorerPage::buildCustomScale()
{
    const core::ModelConfig &c = m_explorer->config();
    CustomScale scale;
    scale.name = m_explorer->scaleName();
    scale.width = c.scaling.width;
    scale.depth = c.scaling.depth;
    scale.resolution = c.scaling.resolution;
    scale.lite = m_explorer->lite();
    scale.stageWidth = m_explorer->stageWidths();
    scale.stageDepth = m_explorer->stageDepths();
    try {
        bench().buildCustomScale(scale);
    } catch (const std::exception &e) {
        bench().showMessage(tr("Cannot build %1: %2").arg(scale.name, QString::fromUtf8(e.what())), 15000);
    }
}

void ExplorerPage::requestImportance()
{
    if (bench().currentImage().isEmpty()) {
        m_importance->setImportance(tr("Open a photo first: activation sparsity is measured on it."), {});
        Q_EMIT importanceShown();
        return;
    }
    m_lastImportanceId = worker().requestImportance(bench().currentImage());
}

void ExplorerPage::addExports(QMenu *menu)
{
    menu->addAction(tr("Explorer &stage table (CSV)..."), this, [this] {
        exportTo(tr("Export the stage table"), tr("CSV table (*.csv)"), m_explorer->scaleName() + QStringLiteral("-stages.csv"),
                 [this](const QString &path) { return m_explorer->stageTable()->saveCsv(path); });
    });
    menu->addAction(tr("Per-stage scale against &uniform (CSV)..."), this, [this] {
        exportTo(tr("Export the per-stage comparison"), tr("CSV table (*.csv)"),
                 m_explorer->scaleName() + QStringLiteral("-vs-uniform.csv"), [this](const QString &path) {
                     if (!m_explorer->stageScalingOn())
                         return tr("per-stage scaling is off: there is no comparison to export");
                     return m_explorer->stageComparisonTable()->saveCsv(path);
                 });
    });
}

} // namespace effscope
