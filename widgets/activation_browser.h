// SPDX-License-Identifier: MIT
#pragma once
// The activation browser: the model's layers as a tree (stage > block > op) with output shape
// and MACs; the selected layer's channels as a grid, strongest mean activation first; a click
// enlarges one channel at full resolution with a colour scale. Plain data in, no torch.
#include "types.h"

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace effscope {

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

Q_SIGNALS:
    void layerSelected(const QString &path);
    void channelRequested(const QString &layer, int channel);
    /// Every channel of the current activations is in the grid.
    void gridComplete();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *itemFor(const QString &path);
    void renderGrid();
    void renderSlice(quint64 generation, int from);

    QTreeWidget *m_tree = nullptr;
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
