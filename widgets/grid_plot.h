// SPDX-License-Identifier: MIT
#pragma once
// The grid search of compound scaling's step 1, drawn: every candidate at (alpha, beta) with
// gamma implied by the FLOPs constraint, grey until trained, then coloured by its validation
// accuracy (a colour key beside), the paper's (1.2, 1.1, 1.15) ringed and named, the winner
// starred. Below, every candidate's coefficients, exact MACs and the growth rounding realised,
// params, measured latency and accuracy, ranked; "Use this" offers the chosen (by default the
// winning) candidate to the scaling explorer.
#include "train_types.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableView;

namespace effscope {

class RecordTable;

class GridPlot : public QWidget
{
    Q_OBJECT
public:
    explicit GridPlot(QWidget *parent = nullptr);

    void setState(const GridState &state);
    const GridState &state() const { return m_state; }
    void clear();

    // for tests and exports
    QCustomPlot *plot() const { return m_plot; }
    RecordTable *table() const { return m_table; }
    QTableView *tableView() const { return m_view; }
    QPushButton *useButton() const { return m_use; }
    /// The candidate "Use this" sends: the selected row's, else the winner's; -1 when none.
    int chosenIndex() const;
    /// Points drawn trained (coloured) and untrained (grey).
    int trainedDrawn() const { return m_trainedDrawn; }
    int untrainedDrawn() const { return m_untrainedDrawn; }
    /// Where a candidate is drawn, in this widget's coordinates; (-1, -1) when it is not.
    QPoint pointPosition(int index) const;
    /// The colour a trained candidate is drawn in (invalid for an untrained one).
    QColor pointColor(int index) const;
    /// The line under the plot: how many are trained, the winner, the paper's point's rank.
    QString summary() const;

Q_SIGNALS:
    /// "Use this": scale the base with these coefficients in the explorer.
    void useRequested(const QString &base, double alpha, double beta, double gamma);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// The table row of a candidate (rows are ranked; untrained ones last, in grid order).
    int rowOf(int index) const;

    QCustomPlot *m_plot = nullptr;
    QLabel *m_summary = nullptr;
    RecordTable *m_table = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_use = nullptr;
    GridState m_state;
    QVector<int> m_rowToIndex;
    QVector<QColor> m_colors;
    int m_trainedDrawn = 0, m_untrainedDrawn = 0;
};

} // namespace effscope
