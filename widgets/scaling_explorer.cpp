// SPDX-License-Identifier: MIT
#include "scaling_explorer.h"

#include "record_table.h"
#include "types.h"

#include "arch/scaling_study.h"

#include "arch/presets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effscope {

namespace {

QString count(qint64 v)
{
    return v >= 1'000'000'000 ? QStringLiteral("%1 G").arg(v / 1e9, 0, 'f', 3)
         : v >= 1'000'000     ? QStringLiteral("%1 M").arg(v / 1e6, 0, 'f', 2)
                              : QStringLiteral("%1 k").arg(v / 1e3, 0, 'f', 1);
}

} // namespace

QDoubleSpinBox *ScalingExplorer::addCoefficient(QGridLayout *grid, int row, const QString &label, double lo, double hi,
                                                double step, int decimals, QSlider **slider, const QString &tip)
{
    auto *box = new QDoubleSpinBox(this);
    box->setToolTip(tip);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setAccessibleName(label);
    auto *s = new QSlider(Qt::Horizontal, this);
    s->setRange(int(std::lround(lo / step)), int(std::lround(hi / step)));
    s->setAccessibleName(tr("%1 slider").arg(label));
    s->setToolTip(tip);
    auto *l = new QLabel(label, this);
    l->setBuddy(box);
    grid->addWidget(l, row, 0);
    grid->addWidget(s, row, 1);
    grid->addWidget(box, row, 2);
    connect(s, &QSlider::valueChanged, this, [box, step](int v) { box->setValue(v * step); });
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, s, step](double v) {
        {
            QSignalBlocker block(s);
            s->setValue(int(std::lround(v / step)));
        }
        if (!m_updating)
            recompute();
    });
    *slider = s;
    return box;
}

ScalingExplorer::ScalingExplorer(QWidget *parent) : QWidget(parent)
{
    m_b0Macs = core::profileModel(core::resolve(core::preset("b0"))).macs;
    m_compoundMode = new QRadioButton(tr("&Compound"), this);
    m_compoundMode->setToolTip(tr("d = alpha^phi, w = beta^phi, r = 224 gamma^phi"));
    m_directMode = new QRadioButton(tr("&Direct"), this);
    m_directMode->setToolTip(tr("width, depth and resolution set directly"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_compoundMode);
    modes->addButton(m_directMode);
    m_compoundMode->setChecked(true);
    m_liteBox = new QCheckBox(tr("&Lite rules"), this);
    m_liteBox->setToolTip(tr("EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled"));

    auto *grid = new QGridLayout;
    m_alpha = addCoefficient(grid, 0, tr("alpha (depth)"), 1.0, 2.0, 0.01, 2, &m_alphaSlider,
                             tr("Depth grows as alpha^phi: the layers of every stage, rounded up (compound mode)"));
    m_beta = addCoefficient(grid, 1, tr("beta (width)"), 1.0, 2.0, 0.01, 2, &m_betaSlider,
                            tr("Width grows as beta^phi: the channels of every layer, rounded to multiples of 8 "
                               "(compound mode)"));
    m_gamma = addCoefficient(grid, 2, tr("gamma (resolution)"), 1.0, 2.0, 0.01, 2, &m_gammaSlider,
                             tr("Resolution grows as 224 gamma^phi, rounded to a multiple of 8 (compound mode)"));
    m_phi = addCoefficient(grid, 3, tr("phi"), 0.0, 8.0, 0.05, 2, &m_phiSlider,
                           tr("The compound coefficient: each step about doubles the FLOPs when "
                              "alpha * beta^2 * gamma^2 is 2"));
    m_width = addCoefficient(grid, 4, tr("width"), 0.25, 4.0, 0.05, 2, &m_widthSlider,
                             tr("Channel multiplier of every layer (direct mode)"));
    m_depth = addCoefficient(grid, 5, tr("depth"), 0.25, 5.0, 0.05, 2, &m_depthSlider,
                             tr("Layer multiplier of every stage (direct mode)"));
    m_resolution = new QSpinBox(this);
    m_resolution->setRange(32, 1024);
    m_resolution->setSingleStep(8);
    m_resolution->setAccessibleName(tr("resolution"));
    m_resolution->setToolTip(tr("Input image size in pixels, square (direct mode; in steps of 8)"));
    m_resolutionSlider = new QSlider(Qt::Horizontal, this);
    m_resolutionSlider->setRange(4, 128); // x 8 px
    m_resolutionSlider->setAccessibleName(tr("resolution slider"));
    m_resolutionSlider->setToolTip(m_resolution->toolTip());
    grid->addWidget(new QLabel(tr("resolution"), this), 6, 0);
    grid->addWidget(m_resolutionSlider, 6, 1);
    grid->addWidget(m_resolution, 6, 2);
    connect(m_resolutionSlider, &QSlider::valueChanged, this, [this](int v) { m_resolution->setValue(v * 8); });
    connect(m_resolution, &QSpinBox::valueChanged, this, [this](int v) {
        {
            QSignalBlocker block(m_resolutionSlider);
            m_resolutionSlider->setValue(v / 8);
        }
        if (!m_updating)
            recompute();
    });

    // the paper's coefficients, then the B presets on one row and the Lite presets below
    auto *presets = new QGridLayout;
    presets->setHorizontalSpacing(4);
    presets->setVerticalSpacing(2);
    auto *paper = new QPushButton(tr("&Paper (1.2, 1.1, 1.15)"), this);
    paper->setToolTip(tr("The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15"));
    presets->addWidget(paper, 0, 0);
    int bColumn = 1, liteColumn = 1;
    for (const std::string &n : core::presetNames()) {
        const QString name = QString::fromStdString(n);
        auto *b = new QPushButton(displayName(name), this);
        b->setAccessibleName(tr("Load preset %1").arg(displayName(name)));
        b->setToolTip(tr("Set width, depth and resolution to %1's").arg(displayName(name)));
        b->setMinimumWidth(20);
        const bool isLite = name.startsWith(QLatin1String("lite"));
        presets->addWidget(b, isLite ? 1 : 0, isLite ? liteColumn++ : bColumn++);
        connect(b, &QPushButton::clicked, this, [this, name] { setPreset(name); });
    }
    connect(paper, &QPushButton::clicked, this, &ScalingExplorer::setPaperCoefficients);

    m_build = new QPushButton(tr("&Build this scale"), this);
    m_build->setToolTip(tr("Make this scale a real model (random init, \"untrained\") for every other view"));
    connect(m_build, &QPushButton::clicked, this, &ScalingExplorer::buildRequested);
    m_coefficients = new QLabel(this);
    m_coefficients->setWordWrap(true);
    m_coefficients->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_diagram = new NetworkDiagram(this);
    m_diagram->setMinimumHeight(200); // in a scroll area: scroll rather than squeeze the picture
    m_table = new RecordTable({{tr("Channels"), {QStringLiteral("channels")}},
                               {tr("Repeats"), {QStringLiteral("repeats")}},
                               {tr("Output"), {QStringLiteral("out_height"), QStringLiteral("out_width")}, RecordTable::size()},
                               {tr("Params"), {QStringLiteral("params")}, RecordTable::count()},
                               {tr("MACs"), {QStringLiteral("macs")}, RecordTable::count()}},
                              this);
    m_table->setRowLabelName(QStringLiteral("part"));
    auto *tableView = new QTableView(this);
    tableView->setModel(m_table);
    // columns as wide as their header or content (headers never cut), the spare room to the last
    tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableView->horizontalHeader()->setStretchLastSection(true);
    tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableView->setAccessibleName(tr("Stages of the scaled network"));
    tableView->setMinimumHeight(tableView->verticalHeader()->defaultSectionSize() * 11 + 8);

    // per-stage (non-uniform) scaling, compared with uniform compound scaling at equal MACs
    m_stageGroup = new QGroupBox(tr("Per-stage scaling (advanced): non-uniform width and depth"), this);
    m_stageGroup->setCheckable(true);
    m_stageGroup->setChecked(false);
    m_stageGroup->setAccessibleName(tr("Per-stage scaling"));
    auto *stageGrid = new QGridLayout(m_stageGroup);
    stageGrid->addWidget(new QLabel(tr("width x"), m_stageGroup), 1, 0);
    stageGrid->addWidget(new QLabel(tr("depth x"), m_stageGroup), 2, 0);
    for (int st = 0; st < 7; ++st) {
        stageGrid->addWidget(new QLabel(tr("Stage %1").arg(st + 1), m_stageGroup), 0, st + 1);
        for (int row = 0; row < 2; ++row) {
            auto *box = new QDoubleSpinBox(m_stageGroup);
            box->setRange(0.25, 4.0);
            box->setSingleStep(0.05);
            box->setDecimals(2);
            box->setValue(1.0);
            box->setAccessibleName(row == 0 ? tr("Stage %1 width factor").arg(st + 1) : tr("Stage %1 depth factor").arg(st + 1));
            box->setToolTip(row == 0 ? tr("Stage %1's channels, times this on top of the uniform scale").arg(st + 1)
                                     : tr("Stage %1's layers, times this on top of the uniform scale").arg(st + 1));
            stageGrid->addWidget(box, row + 1, st + 1);
            (row == 0 ? m_stageWidth : m_stageDepth).push_back(box);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
                if (!m_updating)
                    recompute();
            });
        }
    }
    m_stageComparison = new QLabel(m_stageGroup);
    m_stageComparison->setWordWrap(true);
    m_stageComparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stageGrid->addWidget(m_stageComparison, 3, 0, 1, 8);
    m_compareTable = new RecordTable({{tr("Channels (this)"), {QStringLiteral("channels")}},
                                      {tr("Channels (uniform)"), {QStringLiteral("uniform_channels")}},
                                      {tr("Repeats (this)"), {QStringLiteral("repeats")}},
                                      {tr("Repeats (uniform)"), {QStringLiteral("uniform_repeats")}}},
                                     this);
    m_compareTable->setRowLabelName(QStringLiteral("stage"));
    m_compareView = new QTableView(m_stageGroup);
    m_compareView->setModel(m_compareTable);
    // columns as wide as their header or content (headers never cut), the spare room to the last
    m_compareView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compareView->horizontalHeader()->setStretchLastSection(true);
    m_compareView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compareView->setAccessibleName(tr("Per-stage scale against uniform compound scaling at equal MACs"));
    m_compareView->setMinimumHeight(m_compareView->verticalHeader()->defaultSectionSize() * 8 + 8);
    stageGrid->addWidget(m_compareView, 4, 0, 1, 8);
    connect(m_stageGroup, &QGroupBox::toggled, this, [this] {
        if (!m_updating)
            recompute();
    });

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_compoundMode);
    modeRow->addWidget(m_directMode);
    modeRow->addWidget(m_liteBox);
    modeRow->addStretch(1);
    modeRow->addWidget(m_build);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addLayout(grid);
    layout->addLayout(presets);
    layout->addWidget(m_coefficients);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_diagram, 2);
    layout->addWidget(tableView, 3);
    layout->addWidget(m_stageGroup);

    auto modeChanged = [this] {
        syncSliders();
        if (!m_updating)
            recompute();
    };
    connect(m_compoundMode, &QRadioButton::toggled, this, modeChanged);
    connect(m_liteBox, &QCheckBox::toggled, this, [this](bool on) {
        m_lite = on;
        if (!m_updating)
            recompute();
    });
    setCompound(1.2, 1.1, 1.15, 0.0);
}

bool ScalingExplorer::compoundMode() const
{
    return m_compoundMode->isChecked();
}

void ScalingExplorer::syncSliders()
{
    const bool compound = compoundMode();
    for (QWidget *w : std::initializer_list<QWidget *>{m_alpha, m_beta, m_gamma, m_phi, m_alphaSlider, m_betaSlider,
                                                       m_gammaSlider, m_phiSlider})
        w->setEnabled(compound);
    for (QWidget *w : std::initializer_list<QWidget *>{m_width, m_depth, m_resolution, m_widthSlider, m_depthSlider,
                                                       m_resolutionSlider})
        w->setEnabled(!compound);
}

void ScalingExplorer::setCompound(double alpha, double beta, double gamma, double phi)
{
    m_updating = true;
    m_compoundMode->setChecked(true);
    m_alpha->setValue(alpha);
    m_beta->setValue(beta);
    m_gamma->setValue(gamma);
    m_phi->setValue(phi);
    m_updating = false;
    syncSliders();
    recompute();
}

void ScalingExplorer::setDirect(double width, double depth, int resolution)
{
    m_updating = true;
    m_directMode->setChecked(true);
    m_width->setValue(width);
    m_depth->setValue(depth);
    m_resolution->setValue(resolution);
    m_updating = false;
    syncSliders();
    recompute();
}

ExplorerState ScalingExplorer::state() const
{
    ExplorerState s;
    s.compound = compoundMode();
    s.lite = m_lite;
    s.alpha = m_alpha->value();
    s.beta = m_beta->value();
    s.gamma = m_gamma->value();
    s.phi = m_phi->value();
    s.width = m_width->value();
    s.depth = m_depth->value();
    s.resolution = m_resolution->value();
    if (stageScalingOn()) {
        for (QDoubleSpinBox *b : m_stageWidth)
            s.stageWidth << b->value();
        for (QDoubleSpinBox *b : m_stageDepth)
            s.stageDepth << b->value();
    }
    return s;
}

void ScalingExplorer::setState(const ExplorerState &s)
{
    m_updating = true;
    m_liteBox->setChecked(s.lite);
    m_lite = s.lite;
    m_alpha->setValue(s.alpha);
    m_beta->setValue(s.beta);
    m_gamma->setValue(s.gamma);
    m_phi->setValue(s.phi);
    m_width->setValue(s.width);
    m_depth->setValue(s.depth);
    m_resolution->setValue(s.resolution);
    (s.compound ? m_compoundMode : m_directMode)->setChecked(true);
    m_updating = false;
    syncSliders();
    setStageScaling(s.stageWidth, s.stageDepth); // recomputes
}

void ScalingExplorer::setPreset(const QString &preset)
{
    const core::ModelConfig c = core::preset(preset.toStdString());
    m_updating = true;
    m_liteBox->setChecked(c.variant.fixedStemHead);
    m_lite = c.variant.fixedStemHead;
    m_updating = false;
    setDirect(c.scaling.width, c.scaling.depth, c.scaling.resolution);
}

void ScalingExplorer::setPaperCoefficients()
{
    setCompound(1.2, 1.1, 1.15, m_phi->value());
}

void ScalingExplorer::recompute()
{
    core::ModelConfig c = core::preset(m_lite ? "lite0" : "b0");
    const bool compound = compoundMode();
    core::CompoundCoefficients cc{m_alpha->value(), m_beta->value(), m_gamma->value(), m_phi->value()};
    try {
        if (compound) {
            c.scaling = cc.toScaling(c.scaling.dropout);
        } else {
            c.scaling.width = m_width->value();
            c.scaling.depth = m_depth->value();
            c.scaling.resolution = m_resolution->value();
        }
        if (m_stageGroup->isChecked()) {
            for (QDoubleSpinBox *b : m_stageWidth)
                c.scaling.stageWidth.push_back(b->value());
            for (QDoubleSpinBox *b : m_stageDepth)
                c.scaling.stageDepth.push_back(b->value());
        }
        c.name = compound ? QStringLiteral("custom-a%1-b%2-g%3-phi%4")
                                .arg(cc.alpha).arg(cc.beta).arg(cc.gamma).arg(cc.phi).toStdString()
                          : QStringLiteral("custom-w%1-d%2-r%3")
                                .arg(c.scaling.width).arg(c.scaling.depth).arg(c.scaling.resolution).toStdString();
        m_resolved = core::resolve(c);
        m_profile = core::profileModel(m_resolved);
        m_config = c;
        m_error->clear();
        m_build->setEnabled(true);
    } catch (const std::exception &e) {
        m_error->setText(QString::fromUtf8(e.what()));
        m_build->setEnabled(false);
        return;
    }
    const core::Scaling &s = m_config.scaling;
    if (compound) {
        // the direct controls show the same scale, so switching mode continues from it
        m_updating = true;
        m_width->setValue(s.width);
        m_depth->setValue(s.depth);
        m_resolution->setValue(s.resolution);
        m_updating = false;
    }
    if (compound)
        m_coefficients->setText(tr("d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -> %4 px · "
                                   "alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6")
                                    .arg(s.depth, 0, 'f', 4)
                                    .arg(s.width, 0, 'f', 4)
                                    .arg(224.0 * std::pow(cc.gamma, cc.phi), 0, 'f', 1)
                                    .arg(s.resolution)
                                    .arg(cc.flopsConstraint(), 0, 'f', 4)
                                    .arg(std::pow(2.0, cc.phi), 0, 'f', 3));
    else
        m_coefficients->setText(tr("d = %1 · w = %2 · r = %3 px (direct)").arg(s.depth, 0, 'f', 4).arg(s.width, 0, 'f', 4).arg(s.resolution));
    m_summary->setText(tr("%1 params · %2 MACs = %3 x B0's · %4 blocks")
                           .arg(count(m_profile.params), count(m_profile.macs))
                           .arg(double(m_profile.macs) / m_b0Macs, 0, 'f', 3)
                           .arg(m_resolved.blocks.size()));

    // stage table: stem, stages 1..7, head + classifier, total
    const int stages = int(m_resolved.stageRepeats.size());
    QVector<QVariantList> rows;
    QStringList labels{tr("Stem")};
    auto sumOf = [this](const std::string &prefix, qint64 &params, qint64 &macs, const core::LayerProfile **last) {
        for (const core::LayerProfile &l : m_profile.layers)
            if (l.name == prefix || l.name.compare(0, prefix.size() + 1, prefix + ".") == 0) {
                params += l.params;
                macs += l.macs;
                *last = &l;
            }
    };
    for (int s2 = 0; s2 <= stages + 1; ++s2) {
        qint64 params = 0, macs = 0;
        const core::LayerProfile *last = nullptr;
        if (s2 == stages + 1) {
            sumOf("features." + std::to_string(stages + 1), params, macs, &last);
            const core::LayerProfile *cls = nullptr;
            sumOf("classifier", params, macs, &cls);
            sumOf("avgpool", params, macs, &cls);
        } else {
            sumOf("features." + std::to_string(s2), params, macs, &last);
        }
        const QVariant channels = last ? QVariant(int(last->outShape[1])) : QVariant();
        const QVariant out = last ? QVariant(QSize(int(last->outShape[3]), int(last->outShape[2]))) : QVariant();
        const QVariant repeats = s2 >= 1 && s2 <= stages ? QVariant(m_resolved.stageRepeats[size_t(s2 - 1)]) : QVariant();
        rows.push_back({channels, repeats, out, params, macs});
        if (s2 >= 1 && s2 <= stages)
            labels << tr("Stage %1").arg(s2);
    }
    labels << tr("Head + classifier") << tr("Total");
    rows.push_back({QVariant(), int(m_resolved.blocks.size()), QVariant(), qint64(m_profile.params), qint64(m_profile.macs)});
    m_table->setRows(rows, labels);
    m_diagram->setModel(m_resolved);
    updateStageComparison();
    Q_EMIT scaleChanged();
}

void ScalingExplorer::updateStageComparison()
{
    const bool on = m_stageGroup->isChecked();
    m_compareView->setVisible(on);
    m_stageComparison->setVisible(on);
    if (!on) {
        m_uniform = core::ResolvedModel();
        m_uniformProfile = core::ModelProfile();
        return;
    }
    const core::ModelConfig base = core::preset(m_lite ? "lite0" : "b0");
    const core::StudyStep match = core::matchCompound(base, m_profile.macs);
    m_uniform = core::resolve(core::scaledConfig(base, core::ScalingDimension::Compound, match.multiplier));
    m_uniformProfile = core::profileModel(m_uniform);
    m_stageComparison->setText(
        tr("This scale: %1 params, %2 MACs at %3 px. Uniform compound scaling at equal MACs (phi = %4: w %5, d %6, "
           "%7 px): %8 params, %9 MACs.")
            .arg(count(m_profile.params), count(m_profile.macs))
            .arg(m_resolved.resolution)
            .arg(match.multiplier, 0, 'f', 3)
            .arg(match.width, 0, 'f', 3)
            .arg(match.depth, 0, 'f', 3)
            .arg(m_uniform.resolution)
            .arg(count(m_uniformProfile.params), count(m_uniformProfile.macs)));
    const int stages = int(m_resolved.stageRepeats.size());
    auto stageOut = [](const core::ResolvedModel &m, int st) {
        for (const core::ResolvedBlock &b : m.blocks)
            if (b.stage == st)
                return b.outChannels;
        return 0;
    };
    QVector<QVariantList> rows;
    QStringList labels;
    for (int st = 0; st < stages; ++st) {
        rows.push_back({stageOut(m_resolved, st), stageOut(m_uniform, st), m_resolved.stageRepeats[size_t(st)],
                        st < int(m_uniform.stageRepeats.size()) ? m_uniform.stageRepeats[size_t(st)] : 0});
        labels << tr("Stage %1").arg(st + 1);
    }
    m_compareTable->setRows(rows, labels);
}

QString ScalingExplorer::stageComparisonText() const
{
    return m_stageGroup->isChecked() ? m_stageComparison->text() : QString();
}

void ScalingExplorer::setStageScaling(const QVector<double> &width, const QVector<double> &depth)
{
    m_updating = true;
    const bool on = !width.isEmpty() || !depth.isEmpty();
    for (int i = 0; i < m_stageWidth.size(); ++i) {
        m_stageWidth[i]->setValue(i < width.size() ? width[i] : 1.0);
        m_stageDepth[i]->setValue(i < depth.size() ? depth[i] : 1.0);
    }
    m_stageGroup->setChecked(on);
    m_updating = false;
    recompute();
}

QVector<double> ScalingExplorer::stageWidths() const
{
    return QVector<double>(m_config.scaling.stageWidth.begin(), m_config.scaling.stageWidth.end());
}

QVector<double> ScalingExplorer::stageDepths() const
{
    return QVector<double>(m_config.scaling.stageDepth.begin(), m_config.scaling.stageDepth.end());
}

bool ScalingExplorer::stageScalingOn() const
{
    return m_stageGroup->isChecked();
}

QString ScalingExplorer::scaleName() const
{
    const core::Scaling &s = m_config.scaling;
    QString staged;
    if (!s.uniform()) {
        // FNV-1a over the factors: distinct per-stage scales get distinct names
        quint32 h = 2166136261u;
        for (const auto *list : {&s.stageWidth, &s.stageDepth})
            for (double v : *list)
                for (const QChar ch : QString::number(v, 'g', 6) + QLatin1Char(','))
                    h = (h ^ ch.unicode()) * 16777619u;
        staged = QStringLiteral("-s%1").arg(h, 8, 16, QLatin1Char('0'));
    }
    return QStringLiteral("custom-w%1-d%2-r%3%4%5")
        .arg(s.width, 0, 'g', 4)
        .arg(s.depth, 0, 'g', 4)
        .arg(s.resolution)
        .arg(m_lite ? QStringLiteral("-lite") : QString(), staged);
}

QString ScalingExplorer::summaryText() const
{
    return m_summary->text();
}

QString ScalingExplorer::coefficientText() const
{
    return m_coefficients->text();
}

} // namespace effscope
