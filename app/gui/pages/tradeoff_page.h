// SPDX-License-Identifier: MIT
#pragma once
// Accuracy against MACs, parameters or latency measured here, for the published results, the
// explorer's scale (a band) and the user's evaluations; "Measure latency here" times the scales.
#include "pages/page.h"

namespace effscope {

class TradeoffPlot;

class TradeoffPage : public Page
{
    Q_OBJECT
public:
    explicit TradeoffPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Trade-off"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    TradeoffPlot *plot() const { return m_plot; }
    /// Times every preset and built custom scale at batch 1 (as the Measure button does).
    void measureLatency();

Q_SIGNALS:
    /// A latency measurement finished (or was cancelled).
    void latencyMeasured();

private:
    void showLatency();
    void showEvaluations();
    void showProbe();

    TradeoffPlot *m_plot = nullptr;
    quint64 m_lastId = 0;
};

} // namespace effscope
