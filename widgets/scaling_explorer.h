// SPDX-License-Identifier: MIT
#pragma once
// The compound-scaling explorer: alpha, beta, gamma, phi (or width, depth, resolution directly)
// on sliders and spin boxes; d, w, r, the constraint alpha * beta^2 * gamma^2 and the FLOPs
// growth 2^phi it implies beside the actual MACs ratio to B0; a picture of the network and a
// stage table. Everything is analytic (effscope_arch's resolver and profiler, microseconds):
// no tensor work happens on this path.
#include "network_diagram.h"

#include "types.h"
#include "arch/arch_spec.h"
#include "arch/profiler.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QTableView;

namespace effscope {

class RecordTable;

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
    /// Every control's value (both modes), for a session; setState puts them all back.
    ExplorerState state() const;
    void setState(const ExplorerState &state);

    /// The scale on screen and its profile (what the labels and the table show).
    const core::ModelConfig &config() const { return m_config; }
    const core::ModelProfile &profile() const { return m_profile; }
    const core::ResolvedModel &resolved() const { return m_resolved; }
    /// Label texts, for tests and screen readers.
    QString summaryText() const;
    QString coefficientText() const;
    /// Stem, stages 1..7, head + classifier, total: channels, repeats, output size, params, MACs.
    RecordTable *stageTable() const { return m_table; }
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
    /// Per stage: channels and repeats of this scale and of the uniform match.
    RecordTable *stageComparisonTable() const { return m_compareTable; }

    QPushButton *buildButton() const { return m_build; }

Q_SIGNALS:
    /// The scale changed (after the numbers and the picture were updated).
    void scaleChanged();
    /// "Build": make the scale on screen a real model (random init) in the worker.
    void buildRequested();

private:
    void recompute();
    void updateStageComparison();
    void syncSliders();
    QDoubleSpinBox *addCoefficient(QGridLayout *grid, int row, const QString &label, double lo, double hi,
                                   double step, int decimals, QSlider **slider, const QString &tip);

    QRadioButton *m_compoundMode = nullptr, *m_directMode = nullptr;
    QCheckBox *m_liteBox = nullptr;
    QDoubleSpinBox *m_alpha = nullptr, *m_beta = nullptr, *m_gamma = nullptr, *m_phi = nullptr;
    QDoubleSpinBox *m_width = nullptr, *m_depth = nullptr;
    QSpinBox *m_resolution = nullptr;
    QSlider *m_alphaSlider = nullptr, *m_betaSlider = nullptr, *m_gammaSlider = nullptr, *m_phiSlider = nullptr;
    QSlider *m_widthSlider = nullptr, *m_depthSlider = nullptr, *m_resolutionSlider = nullptr;
    QLabel *m_coefficients = nullptr, *m_summary = nullptr, *m_error = nullptr;
    RecordTable *m_table = nullptr;
    QPushButton *m_build = nullptr;
    NetworkDiagram *m_diagram = nullptr;
    bool m_lite = false;
    bool m_updating = false;
    core::ModelConfig m_config;
    core::ResolvedModel m_resolved;
    core::ModelProfile m_profile;
    qint64 m_b0Macs = 0;
    QGroupBox *m_stageGroup = nullptr;
    QVector<QDoubleSpinBox *> m_stageWidth, m_stageDepth;
    QLabel *m_stageComparison = nullptr;
    RecordTable *m_compareTable = nullptr;
    QTableView *m_compareView = nullptr;
    core::ResolvedModel m_uniform;
    core::ModelProfile m_uniformProfile;
};

} // namespace effscope
