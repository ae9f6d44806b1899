// SPDX-License-Identifier: MIT
#pragma once
// The activation browser: the model's layers as a searchable tree (stage > block > op) with
// output shape, kernel and stride, parameters and MACs (a block's expansion and SE in its
// name); the selected layer's channels as a grid, strongest mean activation first, each cell on
// its own range or all on the layer's, constant and dead channels marked; a click enlarges one
// channel at full resolution, square pixels, integer ticks and the value under the mouse.
// Plain data in, no torch.
#include "types.h"

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace effscope {

class WeightsHistogram;

class ActivationBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ActivationBrowser(QWidget *parent = nullptr);

    void setLayers(const QVector<LayerRow> &layers);
    /// Selects a layer in the tree (emits layerSelected); false when there is no such layer.
    bool selectLayer(const QString &path);
    QString currentLayer() const;
    void setActivations(const ActivationView &view);
    /// The enlarged channel (of the layer shown; another layer's is ignored).
    void setChannel(const ChannelView &channel);
    void setColormap(const QVector<QRgb> &lut);
    void clearActivations(const QString &message);
    /// Tests and screenshots.
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *grid() const { return m_grid; }
    int gridChannel(int row) const;   ///< the channel shown at a grid position
    QString statsText() const;
    int enlargedChannel() const { return m_enlarged; }
    double enlargedValue(int x, int y) const; ///< value the colour map holds at a cell
    /// Every cell coloured on the layer's range (constant channels then show their level)
    /// instead of each on its own.
    void setSharedScale(bool shared);
    bool sharedScale() const;
    QCheckBox *sharedScaleBox() const { return m_shared; }
    /// The grid cell's text: "#27", "#27 constant", "#5 dead".
    QString gridText(int row) const;
    /// The colour a grid cell shows at its cell coordinates (tests).
    QRgb gridPixel(int row, int x, int y) const;
    /// Filters the tree: layers whose name, path or kind contains `text` and the stages and
    /// blocks above them; "" shows every layer.
    void setFilter(const QString &text);
    QLineEdit *searchBox() const { return m_search; }
    /// Whether the enlarged channel's plot is shown (a placeholder is, before a pick).
    bool enlargedShown() const;
    /// Pixels per data unit along x and y in the enlarged plot (equal: square pixels).
    QPair<double, double> enlargedScale() const;
    /// The tick positions along one axis of the enlarged plot.
    QVector<double> enlargedTicks(Qt::Orientation axis = Qt::Horizontal) const;
    /// What hovering the enlarged plot at a position (its own coordinates) shows.
    QString hoverTextAt(const QPoint &plotPos) const;
    QString hoverText() const;
    /// Where a cell's centre is drawn in the enlarged plot (its own coordinates).
    QPoint enlargedCellPosition(int x, int y) const;
    QCustomPlot *enlargedPlot() const { return m_plot; }
    /// The weights tab: a histogram of the layer's convolution weights, and its caption.
    QString weightsText() const;
    int weightBarCount() const;     ///< bars drawn (0 without weights)
    qint64 weightBarTotal() const;  ///< values the bars hold

Q_SIGNALS:
    void layerSelected(const QString &path);
    void channelRequested(const QString &layer, int channel);
    /// Every channel of the current activations is in the grid.
    void gridComplete();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *itemFor(const QString &path);
    void renderGrid();
    void renderSlice(quint64 generation, int from);
    void updateStats();
    void fitEnlarged();
    /// "constant", "dead" or "" for a channel of the shown activations.
    QString channelMark(int channel) const;

    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_shared = nullptr;
    QStackedWidget *m_enlargedStack = nullptr;
    WeightsHistogram *m_weights = nullptr;
    QLabel *m_hover = nullptr;
    int m_enlargedWidth = 0, m_enlargedHeight = 0;
    QListWidget *m_grid = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_channelTitle = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QVector<QRgb> m_lut;
    ActivationView m_data;
    int m_enlarged = -1;
    quint64 m_generation = 0; // bumped when the grid's data changes
};

} // namespace effscope
