// SPDX-License-Identifier: MIT
#pragma once
// The compound-scaling explorer: alpha, beta, gamma, phi (or width, depth, resolution directly)
// on sliders and spin boxes; d, w, r, the constraint alpha * beta^2 * gamma^2 and the FLOPs
// growth 2^phi it implies beside the actual MACs ratio to B0; a picture of the network and a
// stage table. Everything is analytic (effscope_arch's resolver and profiler, microseconds):
// no tensor work happens on this path.
#include "arch/arch_spec.h"
#include "arch/profiler.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QTreeWidget;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace effscope {

/// The seven stages drawn as columns of blocks: a block's height grows with its width (the square
/// root of its channels, so the narrow early stages stay visible), the
/// number of blocks is the stage's depth, and the input square's side is the resolution.
class NetworkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget *parent = nullptr);
    void setModel(const core::ResolvedModel &model);
    QSize sizeHint() const override { return {640, 220}; }
    int paintCount() const { return m_paints; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    core::ResolvedModel m_model;
    int m_paints = 0;
};

/// One tap's channel importance, as the worker measured it (see ImportanceRow in the app).
struct ChannelImportanceRow
{
    QString layer;
    int stage = 0;                  ///< 0 stem, 1..7 stages, 8 head
    int channels = 0;
    double meanAbsGamma = 0.0;
    double weakFraction = 0.0;      ///< |BN gamma| below 5 % of the layer's largest
    double deadFraction = 0.0;      ///< channels never positive on the photo
    double nonPositiveFraction = 0.0;
};

class ScalingExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit ScalingExplorer(QWidget *parent = nullptr);

    /// Compound mode: d = alpha^phi, w = beta^phi, r = 224 gamma^phi (multiple of 8).
    void setCompound(double alpha, double beta, double gamma, double phi);
    /// Direct mode: width and depth multipliers and the resolution.
    void setDirect(double width, double depth, int resolution);
    /// Loads a preset (b0..b7, lite0..lite4) into direct mode, with its family's rules.
    void setPreset(const QString &preset);
    /// The paper's coefficients (1.2, 1.1, 1.15), phi kept.
    void setPaperCoefficients();
    bool lite() const { return m_lite; }
    bool compoundMode() const;

    /// The scale on screen and its profile (what the labels and the table show).
    const core::ModelConfig &config() const { return m_config; }
    const core::ModelProfile &profile() const { return m_profile; }
    const core::ResolvedModel &resolved() const { return m_resolved; }
    /// Label texts, for tests and screen readers.
    QString summaryText() const;
    QString coefficientText() const;
    QTableWidget *stageTable() const { return m_table; }
    NetworkDiagram *diagram() const { return m_diagram; }
    QSlider *phiSlider() const { return m_phiSlider; }
    QDoubleSpinBox *phiBox() const { return m_phi; }

    /// A short name for the scale on screen: "custom-w1.331-d1.728-r344" (+ "-lite"; + "-s" and a
    /// hash of the per-stage factors when they are not all 1).
    QString scaleName() const;

    /// Per-stage (non-uniform) factors on top of the global scale; empty lists switch them off.
    void setStageScaling(const QVector<double> &width, const QVector<double> &depth);
    QVector<double> stageWidths() const;
    QVector<double> stageDepths() const;
    bool stageScalingOn() const;
    /// The uniform compound scale (paper coefficients) with the MACs of the scale on screen, and
    /// the text comparing them; empty while per-stage scaling is off.
    const core::ResolvedModel &uniformMatch() const { return m_uniform; }
    const core::ModelProfile &uniformProfile() const { return m_uniformProfile; }
    QString stageComparisonText() const;
    QTableWidget *stageComparisonTable() const { return m_compareTable; }

    /// Channel importance of the loaded model (stem, every block's depthwise op, head).
    void setImportance(const QString &caption, const QVector<ChannelImportanceRow> &rows);
    QTreeWidget *importanceTree() const { return m_importance; }
    QPushButton *importanceButton() const { return m_importanceButton; }
    /// Per stage: the share of hidden channels that look removable (weak BN scale or dead on the
    /// photo, whichever is larger, weighted by channels); index 0 stem .. 8 head, -1 when unknown.
    QVector<double> shrinkableShare() const { return m_shrinkable; }
    QPushButton *buildButton() const { return m_build; }

Q_SIGNALS:
    /// The scale changed (after the numbers and the picture were updated).
    void scaleChanged();
    /// "Build": make the scale on screen a real model (random init) in the worker.
    void buildRequested();
    /// "Measure channel importance": the window asks the worker for the loaded model and photo.
    void importanceRequested();

private:
    void recompute();
    void updateStageComparison();
    void syncSliders();
    QDoubleSpinBox *addCoefficient(QGridLayout *grid, int row, const QString &label, double lo, double hi,
                                   double step, int decimals, QSlider **slider);

    QRadioButton *m_compoundMode = nullptr, *m_directMode = nullptr;
    QCheckBox *m_liteBox = nullptr;
    QDoubleSpinBox *m_alpha = nullptr, *m_beta = nullptr, *m_gamma = nullptr, *m_phi = nullptr;
    QDoubleSpinBox *m_width = nullptr, *m_depth = nullptr;
    QSpinBox *m_resolution = nullptr;
    QSlider *m_alphaSlider = nullptr, *m_betaSlider = nullptr, *m_gammaSlider = nullptr, *m_phiSlider = nullptr;
    QSlider *m_widthSlider = nullptr, *m_depthSlider = nullptr, *m_resolutionSlider = nullptr;
    QLabel *m_coefficients = nullptr, *m_summary = nullptr, *m_error = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_build = nullptr;
    NetworkDiagram *m_diagram = nullptr;
    bool m_lite = false;
    bool m_updating = false;
    core::ModelConfig m_config;
    core::ResolvedModel m_resolved;
    core::ModelProfile m_profile;
    qint64 m_b0Macs = 0;
    QStringList m_rowLabels;
    QGroupBox *m_stageGroup = nullptr;
    QVector<QDoubleSpinBox *> m_stageWidth, m_stageDepth;
    QLabel *m_stageComparison = nullptr;
    QTableWidget *m_compareTable = nullptr;
    core::ResolvedModel m_uniform;
    core::ModelProfile m_uniformProfile;
    QTreeWidget *m_importance = nullptr;
    QPushButton *m_importanceButton = nullptr;
    QLabel *m_importanceCaption = nullptr;
    QVector<double> m_shrinkable;
};

} // namespace effscope
