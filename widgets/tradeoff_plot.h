// SPDX-License-Identifier: MIT
#pragma once
// Accuracy against cost (MACs on a log axis, or parameters) for published EfficientNet results
// and the paper's scaling studies, one legend-toggleable series per source; hovering a point
// names its source and numbers. The explorer's current scale is drawn as a vertical band at
// its MACs: its accuracy is unknown until it is evaluated, so no number is invented for it.
#include <QColor>
#include <QHash>
#include <QPair>
#include <QStringList>
#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;

namespace effscope {

struct TradeoffPoint
{
    QString label;
    double macs = 0.0;    ///< multiply-adds, a count
    double params = -1.0; ///< a count; < 0 when the source does not give it
    double top1 = 0.0;
    double top5 = -1.0;
    QString preset;       ///< the effscope preset it is, when it is one (for measured latency)
    int resolution = 0;   ///< the input size the accuracy was measured at, when the source gives it
    int samples = 0;      ///< images behind top1 (the user's evaluations): drawn with an interval
    double latencyMs = -1.0; ///< measured with the point itself (the linear probe); else the preset's timing
    QString precision;    ///< "" (float) or "int8": the measured latency it takes is "<preset>/int8"
};

/// The Wilson score interval of a proportion measured on n samples, at z (1.96: 95%); the
/// proportion and the bounds in [0, 1]. {0, 1} for n < 1.
QPair<double, double> wilsonInterval(double proportion, int n, double z = 1.959963984540054);

struct TradeoffSeries
{
    QString id, name, source;
    QVector<TradeoffPoint> points;
};

/// Reads resources/published.json; the reason in *error when it cannot. A point that names a
/// preset and a resolution but no MACs (timm's evaluations at other sizes) gets its MACs and
/// parameters from the analytic profiler.
QVector<TradeoffSeries> loadPublishedSeries(const QString &path, QString *error);

class TradeoffPlot : public QWidget
{
    Q_OBJECT
public:
    enum class Axis { Macs, Params, Latency };

    explicit TradeoffPlot(QWidget *parent = nullptr);
    void setSeries(const QVector<TradeoffSeries> &series);
    void setAxis(Axis axis);
    Axis axis() const { return m_axis; }
    /// The explorer's scale: a band at its `macs` and `params` (counts), named.
    void setCustomScale(const QString &name, qint64 macs, qint64 params);
    void clearCustomScale();
    /// Latency measured on this machine per preset (ms; int8 timings under "<preset>/int8"); the latency axis places the published
    /// accuracies of those presets at them.
    /// sizeByPreset: the input size each preset was timed at; points measured at another size
    /// stay off the latency axis.
    void setLatency(const QHash<QString, double> &msByPreset, const QHash<QString, int> &sizeByPreset = {});
    const QHash<QString, double> &latency() const { return m_latency; }

    // for tests and exports
    int seriesCount() const;
    QString seriesName(int i) const;
    int pointCount(int i) const;          ///< points drawn (those with a value on the x axis)
    bool seriesVisible(int i) const;
    void setSeriesVisible(int i, bool visible);
    /// What hovering at a widget position shows ("" when no point is within 8 px).
    QString pointTextAt(const QPoint &pos) const;
    /// Where a point of series i is drawn, in this widget's coordinates; (-1, -1) when there is none.
    QPoint pointPosition(int series, int index) const;
    /// The custom scale's band: its x range in axis units (on the latency axis once it is timed);
    /// empty when none.
    QPair<double, double> customBand() const;
    QCustomPlot *plot() const { return m_plot; }
    QWidget *plotWidget() const; ///< the plot as a widget (for tests that move the mouse over it)
    /// The user's evaluations (accuracy on their own labelled images) as one more series,
    /// named after the dataset; an empty list removes it.
    void setEvaluations(const QString &name, const QVector<TradeoffPoint> &points);
    /// The linear probe of several scales on the user's classes ("your own trade-off"): one more
    /// series, joined by a dashed line, on an accuracy axis of its own (right), with each
    /// point's 95% interval; an empty list removes it.
    void setProbe(const QString &name, const QVector<TradeoffPoint> &points);
    /// The right-hand axis' range (the probe's), {0, 0} while it is hidden.
    QPair<double, double> probeRange() const;
    QPushButton *measureButton() const { return m_measure; }
    /// The hovered point's full note (also its tooltip); the label above the plot shows it on one
    /// line, elided to the room it has, so a hover never widens the window.
    QString hoverText() const { return m_hoverText; }
    QLabel *hoverLabel() const { return m_hover; }
    /// The labels on the x axis as drawn (tests: minor decades are labelled).
    QStringList xTickLabels() const;
    /// The accuracy range shown: the published results' (the user's points never stretch it).
    QPair<double, double> yRange() const;
    /// A series' legend entry colour (greyed when the series is hidden).
    QColor legendTextColor(int series) const;
    /// The drawn interval of an evaluated point (percent), or {-1, -1} when it has none.
    QPair<double, double> pointInterval(int series, int index) const;

Q_SIGNALS:
    /// "Measure latency": the window times every preset on this machine.
    void measureRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// Adds, replaces (same id) or with no points removes one of the user's series.
    void setUserSeries(const TradeoffSeries &series);
    double xValue(const TradeoffPoint &p) const;
    /// Where a point's accuracy is drawn: its value, or the edge of the range for a user's
    /// point outside it.
    double yDrawn(int series, const TradeoffPoint &p) const;
    void showHover(const QString &text);

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_axisBox = nullptr;
    QLabel *m_hover = nullptr;
    QString m_hoverText;
    QPushButton *m_measure = nullptr;
    QVector<TradeoffSeries> m_series;
    QVector<bool> m_visible;
    Axis m_axis = Axis::Macs;
    QString m_customName;
    double m_customGmacs = -1.0, m_customMparams = -1.0; // in the axes' units
    QHash<QString, double> m_latency;
    QHash<QString, int> m_latencySizes;
    double m_yLo = 0.0, m_yHi = 100.0;
};

} // namespace effscope
