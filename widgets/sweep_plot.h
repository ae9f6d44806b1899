// SPDX-License-Identifier: MIT
#pragma once
// The single-dimension scaling study on this machine: B0 (or Lite0) grown by width only, depth
// only, resolution only, and by the compound rule, up to a MACs budget, each network timed at
// batch 1. Plotted as MACs against measured latency, one series per dimension, with a table of
// every point. The window runs the study in the worker and feeds the points in.
#include "types.h"

#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace effscope {

class RecordTable;

class SweepPlot : public QWidget
{
    Q_OBJECT
public:
    explicit SweepPlot(QWidget *parent = nullptr);

    void addPoint(const SweepItem &p);
    void clear();
    const QVector<SweepItem> &points() const { return m_points; }
    /// Points drawn for a dimension ("width", "depth", "resolution", "compound").
    int pointCount(const QString &dimension) const;
    int seriesCount() const;
    void setRunning(bool running);
    qint64 budgetMacs() const;
    int pointsPerDimension() const;
    QString base() const;
    void setStudy(const QString &base, qint64 budgetMacs, int points);

    QCustomPlot *plot() const { return m_plot; }
    /// Every point: dimension, multiplier, width, depth, resolution, MACs, params, latency.
    RecordTable *table() const { return m_table; }
    QPushButton *runButton() const { return m_run; }
    /// What hovering at a widget position shows ("" when no point is within 8 px).
    QString pointTextAt(const QPoint &pos) const;
    /// Where a point is drawn, in this widget's coordinates; (-1, -1) when there is none.
    QPoint pointPosition(const QString &dimension, int index) const;

Q_SIGNALS:
    void runRequested(const QString &base, qint64 budgetMacs, int points);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QComboBox *m_base = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_hover = nullptr;
    QCustomPlot *m_plot = nullptr;
    RecordTable *m_table = nullptr;
    QVector<SweepItem> m_points;
};

} // namespace effscope
