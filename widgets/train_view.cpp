// SPDX-License-Identifier: MIT
#include "train_view.h"

#include "grid_plot.h"
#include "plot_style.h"
#include "record_table.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace effscope {

namespace {

QString presetLabel(const QString &preset)
{
    if (preset.startsWith(QLatin1String("lite")))
        return QStringLiteral("Lite") + preset.mid(4);
    return preset.toUpper();
}

QSpinBox *spin(QWidget *parent, int lo, int hi, int value, const QString &name, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setAccessibleName(name);
    s->setSuffix(suffix);
    return s;
}

QDoubleSpinBox *dspin(QWidget *parent, double lo, double hi, double value, int decimals, double step, const QString &name)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    s->setValue(value);
    s->setAccessibleName(name);
    return s;
}

} // namespace

TrainView::TrainView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Train on your images"));
    m_dataset = new QLineEdit(this);
    m_dataset->setPlaceholderText(tr("A folder of class folders, or a CSV"));
    m_dataset->setToolTip(tr("A folder with one subfolder of images per class (any names), or a CSV of path,label"));
    m_dataset->setAccessibleName(tr("Labelled images"));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setToolTip(tr("Choose the folder of class folders"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Linear probe"), int(TrainMode::Probe));
    m_mode->addItem(tr("Fine-tune"), int(TrainMode::FineTune));
    m_mode->addItem(tr("Grid search (alpha, beta, gamma)"), int(TrainMode::Grid));
    m_mode->setAccessibleName(tr("What to train"));
    m_mode->setToolTip(tr("A linear probe compares scales on frozen features (fast); fine-tuning trains one scale; "
                          "the grid search is compound scaling's first step on your data"));
    m_seed = spin(this, 0, 1 << 30, 0, tr("Seed"));
    m_seed->setToolTip(tr("The same seed gives the same split, data order and initialisation: runs repeat exactly"));
    m_valFraction = dspin(this, 0.05, 0.9, 0.2, 2, 0.05, tr("Validation share"));
    m_valFraction->setToolTip(tr("Held out per class, the same for the same seed; a folder with train/ and val/ "
                                 "subfolders is split as given"));

    // probe
    auto *probe = new QWidget(this);
    m_probeModels = new QListWidget(probe);
    m_probeModels->setAccessibleName(tr("Scales to probe"));
    m_probeModels->setMaximumHeight(130);
    m_probeEpochs = spin(probe, 1, 10000, 100, tr("Probe epochs"));
    auto *probeForm = new QFormLayout(probe);
    probeForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_probeEpochs->setToolTip(tr("Passes of the linear classifier over the frozen features"));
    probeForm->addRow(tr("Scales:"), m_probeModels);
    probeForm->addRow(tr("Epochs:"), m_probeEpochs);

    // fine-tune
    auto *tune = new QWidget(this);
    m_model = new QComboBox(tune);
    m_model->setAccessibleName(tr("Scale to fine-tune"));
    m_steps = spin(tune, 1, 1000000, 60, tr("Steps"));
    m_batch = spin(tune, 2, 1024, 16, tr("Batch"));
    m_lr = dspin(tune, 0.00001, 10.0, 0.01, 5, 0.005, tr("Learning rate"));
    m_resolution = spin(tune, 0, 4096, 0, tr("Training resolution"), tr(" px"));
    m_resolution->setSpecialValueText(tr("the scale's own"));
    auto *tuneForm = new QFormLayout(tune);
    tuneForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_model->setToolTip(tr("Fine-tuned from its pretrained weights with a new head for your classes"));
    m_lr->setToolTip(tr("SGD with momentum 0.9, warm-up over the first tenth, then decay"));
    m_steps->setToolTip(tr("Optimizer steps (batches) to train for"));
    m_batch->setToolTip(tr("Images per step; memory grows with it and with the resolution"));
    m_resolution->setToolTip(tr("Square training size; lower trains faster, the scale's own matches how it was "
                                "pretrained"));
    tuneForm->addRow(tr("Scale:"), m_model);
    tuneForm->addRow(tr("Steps:"), m_steps);
    tuneForm->addRow(tr("Batch:"), m_batch);
    tuneForm->addRow(tr("Learning rate:"), m_lr);
    tuneForm->addRow(tr("Resolution:"), m_resolution);

    // grid
    auto *grid = new QWidget(this);
    m_base = new QComboBox(grid);
    m_base->addItem(QStringLiteral("B0"), QStringLiteral("b0"));
    m_base->addItem(QStringLiteral("Lite0"), QStringLiteral("lite0"));
    m_base->setAccessibleName(tr("Base network"));
    m_base->setToolTip(tr("B0, Lite0, or a scale built in the Explorer"));
    m_baseResolution = spin(grid, 16, 1024, 64, tr("Base resolution"), tr(" px"));
    m_baseResolution->setToolTip(tr("The base's training size; each candidate trains at it times gamma"));
    m_target = dspin(grid, 1.05, 16.0, 2.0, 2, 0.25, tr("FLOPs target"));
    m_target->setPrefix(QStringLiteral("x"));
    m_tolerance = dspin(grid, 0.005, 0.5, 0.05, 3, 0.01, tr("Tolerance"));
    m_gridStep = dspin(grid, 0.01, 1.0, 0.05, 2, 0.05, tr("Grid step"));
    m_limit = spin(grid, 1, 10000, 9, tr("Candidates"));
    m_limit->setToolTip(tr("The candidates whose alpha*beta^2*gamma^2 lies nearest the target (and the paper's "
                           "point when the grid holds it)"));
    m_gridSteps = spin(grid, 1, 1000000, 60, tr("Steps per candidate"));
    m_minutes = dspin(grid, 0.0, 100000.0, 0.0, 1, 1.0, tr("Minutes per candidate"));
    m_minutes->setSpecialValueText(tr("count steps instead"));
    m_gridBatch = spin(grid, 2, 1024, 16, tr("Grid batch"));
    m_gridLr = dspin(grid, 0.00001, 10.0, 0.02, 5, 0.01, tr("Grid learning rate"));
    m_resume = new QCheckBox(tr("Resume a stopped search"), grid);
    m_resume->setToolTip(tr("Continue the search recorded for these images and settings: finished candidates are "
                            "kept, the stopped one continues from its checkpoint"));
    m_resume->setChecked(true);
    auto *gridForm = new QFormLayout(grid);
    gridForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_target->setToolTip(tr("The FLOPs growth alpha*beta^2*gamma^2 aims at (the paper: 2)"));
    m_tolerance->setToolTip(tr("How far alpha*beta^2*gamma^2 may lie from the target, relative"));
    m_gridStep->setToolTip(tr("Spacing of the alpha, beta and gamma values tried (the paper's grid: 0.05)"));
    m_minutes->setToolTip(tr("A time budget per candidate instead of a step count (0: count steps)"));
    m_gridBatch->setToolTip(tr("Images per step for every candidate"));
    m_gridSteps->setToolTip(tr("Every candidate trains from scratch for this many steps, the same seed and data order"));
    m_gridLr->setToolTip(tr("SGD with momentum 0.9, warm-up over the first tenth, then decay"));
    gridForm->addRow(tr("Base:"), m_base);
    gridForm->addRow(tr("Base resolution:"), m_baseResolution);
    gridForm->addRow(tr("FLOPs target:"), m_target);
    gridForm->addRow(tr("Tolerance:"), m_tolerance);
    gridForm->addRow(tr("Grid step:"), m_gridStep);
    gridForm->addRow(tr("Candidates:"), m_limit);
    gridForm->addRow(tr("Steps each:"), m_gridSteps);
    gridForm->addRow(tr("Or minutes each:"), m_minutes);
    gridForm->addRow(tr("Batch:"), m_gridBatch);
    gridForm->addRow(tr("Learning rate:"), m_gridLr);
    gridForm->addRow(m_resume);

    m_options = new QStackedWidget(this);
    m_options->addWidget(probe);
    m_options->addWidget(tune);
    m_options->addWidget(grid);

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setToolTip(tr("Train with these settings; progress and curves appear on the right"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop after the current step (a fine-tune keeps its best weights so far; a grid search "
                            "keeps a checkpoint and resumes from it next time)"));
    m_useModel = new QPushButton(tr("&Use the fine-tuned model"), this);
    m_useModel->setToolTip(tr("Load the best fine-tuned weights as the current model: classify, heat maps, compare "
                              "and evaluate then use your classes"));
    m_useModel->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // results
    m_curves = new QCustomPlot(this);
    m_curves->setMinimumSize(240, 160);
    m_curves->xAxis->setLabel(tr("step"));
    m_curves->yAxis->setLabel(tr("training loss"));
    m_curves->yAxis2->setVisible(true);
    m_curves->yAxis2->setTickLabels(true);
    m_curves->yAxis2->setLabel(tr("validation accuracy (%)"));
    m_curves->yAxis2->setRange(0, 100);
    m_curves->legend->setVisible(true);
    auto *loss = m_curves->addGraph(m_curves->xAxis, m_curves->yAxis);
    loss->setName(tr("training loss"));
    loss->setPen(QPen(QColor(31, 119, 180), 1.5));
    auto *acc = m_curves->addGraph(m_curves->xAxis, m_curves->yAxis2);
    acc->setName(tr("validation accuracy"));
    acc->setPen(QPen(QColor(214, 39, 40), 2));
    acc->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    m_probeTable = new RecordTable({{tr("Scale"), {QStringLiteral("model")}, {}, Qt::AlignLeft | Qt::AlignVCenter},
                                    {tr("Validation accuracy"), {QStringLiteral("val_accuracy")}, RecordTable::fixed(1, 100.0)},
                                    {tr("Training accuracy"), {QStringLiteral("train_accuracy")}, RecordTable::fixed(1, 100.0)},
                                    {tr("Latency (ms)"), {QStringLiteral("latency_ms")}, RecordTable::fixed(2)},
                                    {tr("MACs"), {QStringLiteral("macs")}, RecordTable::count()},
                                    {tr("Params"), {QStringLiteral("params")}, RecordTable::count()},
                                    {tr("Input"), {QStringLiteral("resolution")}},
                                    {tr("Weights / error"), {QStringLiteral("weights")}, {}, Qt::AlignLeft | Qt::AlignVCenter}},
                                   this);
    m_probeView = new QTableView(this);
    m_probeView->setModel(m_probeTable);
    m_probeView->verticalHeader()->hide();
    m_probeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_probeView->setAccessibleName(tr("Linear probe results"));
    m_grid = new GridPlot(this);
    // results: the probe's table, or the grid above the running candidate's curves, or the curves
    m_results = new QSplitter(Qt::Vertical, this);
    m_results->addWidget(m_probeView);
    m_results->addWidget(m_grid);
    m_results->addWidget(m_curves);
    m_results->setStretchFactor(1, 3);
    m_results->setStretchFactor(2, 2);

    // layout: options on the left, results on the right
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *data = new QHBoxLayout;
    data->addWidget(m_dataset, 1);
    data->addWidget(m_browse);
    auto *common = new QFormLayout;
    common->setRowWrapPolicy(QFormLayout::WrapLongRows);
    common->addRow(tr("Images:"), data);
    common->addRow(tr("Run:"), m_mode);
    common->addRow(tr("Validation:"), m_valFraction);
    common->addRow(tr("Seed:"), m_seed);
    leftLayout->addLayout(common);
    leftLayout->addWidget(m_options);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_useModel);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch(1);
    // in a scroll area: the grid's many options must not set the window's minimum height
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(left);
    scroll->setMinimumWidth(260);
    scroll->setMaximumWidth(380);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(m_results);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const TrainMode m = mode();
        m_options->setCurrentIndex(int(m));
        m_probeView->setVisible(m == TrainMode::Probe);
        m_grid->setVisible(m == TrainMode::Grid);
        m_curves->setVisible(m != TrainMode::Probe);
        updateEnabled();
    });
    m_mode->setCurrentIndex(-1);
    m_mode->setCurrentIndex(int(TrainMode::FineTune));

    connect(m_browse, &QPushButton::clicked, this, &TrainView::browseRequested);
    connect(m_dataset, &QLineEdit::textChanged, this, &TrainView::updateEnabled);
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(request()); });
    connect(m_cancel, &QPushButton::clicked, this, &TrainView::cancelRequested);
    connect(m_useModel, &QPushButton::clicked, this, [this] {
        if (!m_weights.isEmpty())
            Q_EMIT useFineTunedRequested(m_weightsModel, m_weights);
    });
    connect(m_grid, &GridPlot::useRequested, this, &TrainView::useGridPointRequested);
    setStatus(tr("Choose a folder of your own labelled images (one subfolder per class)."));
    updateEnabled();
    replotCurves();
}

TrainRequest TrainView::request() const
{
    TrainRequest r;
    r.mode = mode();
    r.dataset = m_dataset->text().trimmed();
    r.valFraction = m_valFraction->value();
    r.seed = m_seed->value();
    for (int i = 0; i < m_probeModels->count(); ++i)
        if (m_probeModels->item(i)->checkState() == Qt::Checked)
            r.models << m_probeModels->item(i)->data(Qt::UserRole).toString();
    r.probeEpochs = m_probeEpochs->value();
    if (r.mode == TrainMode::Grid) {
        r.steps = m_gridSteps->value();
        r.batch = m_gridBatch->value();
        r.learningRate = m_gridLr->value();
    } else {
        r.steps = m_steps->value();
        r.batch = m_batch->value();
        r.learningRate = m_lr->value();
    }
    r.model = m_model->currentData().toString();
    r.resolution = m_resolution->value();
    r.base = m_base->currentData().toString();
    r.custom = m_custom;
    r.baseResolution = m_baseResolution->value();
    r.target = m_target->value();
    r.tolerance = m_tolerance->value();
    r.gridStep = m_gridStep->value();
    r.limit = m_limit->value();
    r.minutes = m_minutes->value();
    r.resume = m_resume->isChecked();
    return r;
}

void TrainView::setMode(TrainMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

TrainMode TrainView::mode() const
{
    return TrainMode(m_mode->currentData().toInt());
}

void TrainView::setDataset(const QString &path)
{
    m_dataset->setText(path);
}

void TrainView::setPresets(const QStringList &presets, const QStringList &cached)
{
    QStringList ticked;
    for (int i = 0; i < m_probeModels->count(); ++i)
        if (m_probeModels->item(i)->checkState() == Qt::Checked)
            ticked << m_probeModels->item(i)->data(Qt::UserRole).toString();
    const bool first = m_probeModels->count() == 0;
    const QString tuned = m_model->currentData().toString();
    m_probeModels->clear();
    m_model->clear();
    for (const QString &p : presets) {
        const bool has = cached.contains(p);
        auto *item = new QListWidgetItem(has ? presetLabel(p) : tr("%1 (no pretrained weights cached)").arg(presetLabel(p)),
                                         m_probeModels);
        item->setData(Qt::UserRole, p);
        item->setFlags(has ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
        item->setCheckState(has && (first || ticked.contains(p)) ? Qt::Checked : Qt::Unchecked);
        if (has)
            m_model->addItem(presetLabel(p), p);
    }
    const int keep = m_model->findData(tuned);
    if (keep >= 0)
        m_model->setCurrentIndex(keep);
    updateEnabled();
}

void TrainView::setProbeModels(const QStringList &models)
{
    for (int i = 0; i < m_probeModels->count(); ++i) {
        QListWidgetItem *item = m_probeModels->item(i);
        item->setCheckState(models.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabled();
}

void TrainView::setFineTuneModel(const QString &model)
{
    const int i = m_model->findData(model);
    if (i >= 0)
        m_model->setCurrentIndex(i);
}

void TrainView::setSteps(int steps)
{
    m_steps->setValue(steps);
    m_gridSteps->setValue(steps);
}

void TrainView::setBatch(int batch)
{
    m_batch->setValue(batch);
    m_gridBatch->setValue(batch);
}

void TrainView::setGridOptions(const QString &base, int resolution, int limit)
{
    m_base->setCurrentIndex(std::max(0, m_base->findData(base)));
    m_baseResolution->setValue(resolution);
    m_limit->setValue(limit);
}

void TrainView::setCustomScales(const QVector<CustomScale> &scales)
{
    m_custom = scales;
    const QString chosen = m_base->currentData().toString();
    while (m_base->count() > 2)
        m_base->removeItem(2);
    for (const CustomScale &c : scales)
        m_base->addItem(c.name, c.name);
    m_base->setCurrentIndex(std::max(0, m_base->findData(chosen)));
}

void TrainView::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void TrainView::updateEnabled()
{
    const TrainRequest r = request();
    const bool ready = !r.dataset.isEmpty() && (r.mode != TrainMode::Probe || !r.models.isEmpty())
                    && (r.mode != TrainMode::FineTune || !r.model.isEmpty());
    m_start->setEnabled(!m_running && ready);
    m_start->setToolTip(ready ? QString()
                        : r.dataset.isEmpty() ? tr("Choose your labelled images first")
                        : r.mode == TrainMode::Probe ? tr("Tick at least one scale with pretrained weights")
                                                     : tr("No scale has pretrained weights cached (File > Weights)"));
    m_cancel->setEnabled(m_running);
    m_mode->setEnabled(!m_running);
    m_options->setEnabled(!m_running);
    m_dataset->setEnabled(!m_running);
    m_browse->setEnabled(!m_running);
    m_useModel->setEnabled(!m_running && !m_weights.isEmpty());
}

void TrainView::startRun(const TrainRequest &request)
{
    m_runMode = request.mode;
    m_lossX.clear();
    m_lossY.clear();
    m_accX.clear();
    m_accY.clear();
    m_curveCandidate = -2;
    replotCurves();
    if (request.mode == TrainMode::Probe)
        m_probeTable->clear();
    if (request.mode == TrainMode::Grid)
        m_grid->clear();
}

void TrainView::addCurvePoint(const TrainCurvePoint &p)
{
    if (p.candidate != m_curveCandidate) {
        // a grid's next candidate: its own curve from step 1
        m_curveCandidate = p.candidate;
        m_lossX.clear();
        m_lossY.clear();
        m_accX.clear();
        m_accY.clear();
    }
    m_lossX << double(p.step);
    m_lossY << p.loss;
    if (!std::isnan(p.valAccuracy)) {
        m_accX << double(p.step);
        m_accY << 100.0 * p.valAccuracy;
    }
    m_curves->xAxis->setLabel(p.candidate >= 0 ? tr("step (candidate %1)").arg(p.candidate + 1) : tr("step"));
    replotCurves();
}

void TrainView::replotCurves()
{
    m_curves->graph(0)->setData(m_lossX, m_lossY, true);
    m_curves->graph(1)->setData(m_accX, m_accY, true);
    double hi = 1.0;
    for (double v : m_lossY)
        hi = std::max(hi, v);
    m_curves->xAxis->setRange(0, std::max(10.0, m_lossX.isEmpty() ? 10.0 : m_lossX.back() * 1.05));
    m_curves->yAxis->setRange(0, hi * 1.05);
    stylePlot(m_curves, palette());
    m_curves->replot();
}

int TrainView::lossPoints() const
{
    return m_curves->graph(0)->dataCount();
}

int TrainView::accuracyPoints() const
{
    return m_curves->graph(1)->dataCount();
}

void TrainView::addProbeItem(const ProbeItem &it)
{
    if (!it.error.isEmpty()) {
        m_probeTable->appendRow({presetLabel(it.model), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                                 QVariant(), it.error});
        return;
    }
    m_probeTable->appendRow({presetLabel(it.model), it.valAccuracy, it.trainAccuracy, it.latencyMs, it.macs, it.params,
                             it.resolution, it.weightsLabel});
}

void TrainView::setGrid(const GridState &state)
{
    m_grid->setState(state);
}

void TrainView::finishRun(const TrainSummary &s)
{
    if (s.mode == TrainMode::FineTune && !s.weightsFile.isEmpty()) {
        m_weights = s.weightsFile;
        m_weightsModel = s.model;
    }
    updateEnabled();
}

void TrainView::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString TrainView::status() const
{
    return m_status->text();
}

void TrainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        replotCurves();
    QWidget::changeEvent(event);
}

} // namespace effscope
