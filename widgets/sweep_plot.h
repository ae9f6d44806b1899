// SPDX-License-Identifier: MIT
#pragma once
// The single-dimension scaling study on this machine: B0 (or Lite0) grown by width only, depth
// only, resolution only, and by the compound rule, up to a MACs budget, each network timed at
// batch 1. Plotted as MACs against measured latency, one series per dimension, with a table of
// every point. The window runs the study in the worker and feeds the points in.
#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace effscope {

struct SweepPoint
{
    QString base, dimension;              ///< dimension: width, depth, resolution or compound
    double multiplier = 1.0, width = 1.0, depth = 1.0;
    int resolution = 224;
    double macsG = 0.0, paramsM = 0.0, ms = 0.0;
    QString error;
};

class SweepPlot : public QWidget
{
    Q_OBJECT
public:
    explicit SweepPlot(QWidget *parent = nullptr);

    void addPoint(const SweepPoint &p);
    void clear();
    const QVector<SweepPoint> &points() const { return m_points; }
    /// Points drawn for a dimension ("width", "depth", "resolution", "compound").
    int pointCount(const QString &dimension) const;
    int seriesCount() const;
    void setRunning(bool running);
    double budget() const;
    int pointsPerDimension() const;
    QString base() const;
    void setStudy(const QString &base, double budgetGmacs, int points);

    bool savePng(const QString &path, int width, int height);
    bool savePdf(const QString &path, int width, int height);
    QString saveSvg(const QString &path, int width, int height);
    QTableWidget *table() const { return m_table; }
    QPushButton *runButton() const { return m_run; }
    /// What hovering at a widget position shows ("" when no point is within 8 px).
    QString pointTextAt(const QPoint &pos) const;
    /// Where a point is drawn, in this widget's coordinates; (-1, -1) when there is none.
    QPoint pointPosition(const QString &dimension, int index) const;

Q_SIGNALS:
    void runRequested(const QString &base, double budgetGmacs, int points);

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
    QTableWidget *m_table = nullptr;
    QVector<SweepPoint> m_points;
};

} // namespace effscope
