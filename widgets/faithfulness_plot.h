// SPDX-License-Identifier: MIT
#pragma once
// Deletion and insertion curves of a heat map (target probability against the fraction of
// pixels removed / restored, hottest first), with their areas in the legend. Colours follow
// the widget's palette, so the plot stays readable in a dark theme.
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace effscope {

class FaithfulnessPlot : public QWidget
{
    Q_OBJECT
public:
    explicit FaithfulnessPlot(QWidget *parent = nullptr);

    void setCurves(const QVector<double> &fractions, const QVector<double> &deletion, const QVector<double> &insertion,
                   double deletionAuc, double insertionAuc);
    void clear();
    QCustomPlot *plot() const { return m_plot; }
    /// 0: deletion, 1: insertion.
    int pointCount(int curve) const;
    QString curveName(int curve) const;
    double valueAt(int curve, int index) const;
    QSize sizeHint() const override { return {360, 160}; }
    /// Curves that no longer answer the controls (a new heat map is being computed): drawn in
    /// grey until setStale(false) or new curves.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    /// Where the legend and the data area are drawn (tests: the legend never covers a curve).
    QRect legendRect() const;
    QRect dataRect() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QCustomPlot *m_plot = nullptr;
    bool m_stale = false;
};

} // namespace effscope
