// SPDX-License-Identifier: MIT
#pragma once
// The single-dimension latency study: B0 or Lite0 grown by width, depth, resolution or the
// compound rule up to a MACs budget, each network timed here.
#include "pages/page.h"

namespace effscope {

class SweepPlot;

class StudyPage : public Page
{
    Q_OBJECT
public:
    explicit StudyPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Latency study"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    SweepPlot *sweepPlot() const { return m_plot; }
    /// Runs the study (as its Run button does).
    void startStudy(const QString &base, qint64 budgetMacs, int points);

Q_SIGNALS:
    void finished();

private:
    SweepPlot *m_plot = nullptr;
    quint64 m_lastId = 0;
};

} // namespace effscope
