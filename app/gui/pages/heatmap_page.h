// SPDX-License-Identifier: MIT
#pragma once
// Class activation maps of the current photo: what is explained (method, class, layer,
// smoothing) on one row, how it is drawn (colour map, opacity) on another, the faithfulness
// numbers and deletion / insertion curves below. Exports the overlay, the raw map laid back on
// the photo (the array `effscope-cli cam --raw` writes) and the curves.
#include "pages/page.h"

#include "types.h"

#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace effscope {

class ColorBar;
class FaithfulnessPlot;
class HeatmapView;

class HeatmapPage : public Page
{
    Q_OBJECT
public:
    explicit HeatmapPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Heat map"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    void saveSettings() const override;

    HeatmapView *heatmapView() const { return m_heatmap; }
    FaithfulnessPlot *curvesPlot() const { return m_curves; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *classBox() const { return m_classBox; }
    QComboBox *layerBox() const { return m_layer; }
    QCheckBox *smoothBox() const { return m_smooth; }
    ColorBar *colorBar() const { return m_colorBar; }
    /// The picture and curves on screen no longer answer the controls (greyed while a new
    /// result is computed or waits for Start, or made by another model).
    bool isStale() const;
    /// The line under the heat map: method, layer, class and the faithfulness numbers.
    QString camText() const;
    /// The explanation on screen (empty before the first one).
    const CamView &lastCam() const { return m_lastCam; }
    /// A request estimated over kSlowWorkSeconds waits here for Start (nothing runs until then):
    /// the bar says how long it would take and why; empty text when nothing waits.
    QString slowWorkText() const;
    QPushButton *slowWorkStartButton() const { return m_slowStart; }

    QString exportOverlay(const QString &path) const;   ///< PNG of the photo with the heat map
    QString exportRawHeat(const QString &path) const;   ///< photo-sized float map: .npy, .tiff or .exr
    QString exportCurves(const QString &path) const;    ///< deletion / insertion curves: .png, .svg or .pdf
    /// Heat maps of every photo in `source` (the method, layer, colours of this view; each
    /// photo's top-1) into `outDir`: an overlay PNG and the raw .npy each, in the worker. ""
    /// when it started, else why not (no photos, no model, not confirmed).
    QString exportFolder(const QString &source, const QString &outDir);

Q_SIGNALS:
    /// A heat map (or why there is none) for the current photo is on screen.
    void camShown();
    /// A folder export ended: photos written and failed, cancelled or not.
    void folderExported(int written, int failed, bool cancelled);

private:
    void requestCam(int classIndex);
    void startCam(const CamRequest &req);
    /// Seconds one explanation would take on this machine (0 when its speed is not known yet),
    /// and the forward passes it counts.
    double estimateSeconds(const CamRequest &req, double *passes, QString *layerName) const;
    void setLayers(const ModelInfo &info);
    /// The class box lists `own` (a fine-tuned model's classes), or ImageNet's when empty.
    void setClassNames(const QStringList &own);
    void onCamReady(const CamView &view);
    void onFailed(const TaskError &error);
    /// Greys what is shown with `note` over it; an empty note shows it plainly.
    void setStale(const QString &note);
    /// The caption of a result: method, model, layer and its size, smoothing, class, time.
    QString caption(const CamView &view) const;
    /// " (shown, greyed: ...)" for a caption that is about a result still to come.
    QString shownSuffix() const;
    /// The method, layer, smoothing and class boxes set to what `view` was made with.
    void showControlsOf(const CamView &view);

    HeatmapView *m_heatmap = nullptr;
    FaithfulnessPlot *m_curves = nullptr;
    ColorBar *m_colorBar = nullptr;
    QStringList m_classNames; // the class box's own classes; empty: ImageNet's
    QComboBox *m_method = nullptr, *m_classBox = nullptr, *m_layer = nullptr, *m_colormap = nullptr;
    QSlider *m_opacity = nullptr;
    QCheckBox *m_smooth = nullptr;
    QLabel *m_text = nullptr, *m_hover = nullptr;
    QWidget *m_slowBar = nullptr;
    QLabel *m_slowText = nullptr;
    QPushButton *m_slowStart = nullptr;
    CamRequest m_pending;
    QString m_pendingKey;
    QSet<QString> m_accepted; // model|method|layer|smooth started once despite the estimate
    quint64 m_lastCamId = 0;
    CamView m_lastCam;
    QString m_layersFor; // the model and input size the layer list was made for
    quint64 m_folderId = 0;
    int m_folderWritten = 0;
    QStringList m_folderFailed;
    QString m_folderOut;
};

} // namespace effscope
