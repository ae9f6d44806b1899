// SPDX-License-Identifier: MIT
#pragma once
// The current photo through several scales at once, each at its own resolution: top-5, the CAM
// of a shared class, this run's latency and faithfulness, one card per scale as it finishes.
#include "pages/page.h"

#include "types.h"

namespace effscope {

class CompareView;

class ComparePage : public Page
{
    Q_OBJECT
public:
    explicit ComparePage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("C&ompare"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    void saveSettings() const override;
    CompareView *compareView() const { return m_view; }
    /// Compares these scales on the current photo (as the Compare button does).
    void startCompare(const QStringList &models);
    /// "All CAM methods": the loaded model's heat map of the current photo by every method.
    void startMethodGrid();
    QString exportCompare(const QString &path) const; ///< PNG of the cards

Q_SIGNALS:
    /// One card filled in; the run finished.
    void cardShown(int slot);
    void finished();

private:
    CompareView *m_view = nullptr;
    quint64 m_lastId = 0;
};

} // namespace effscope
