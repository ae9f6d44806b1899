// SPDX-License-Identifier: MIT
// The main window's study side: evaluation on a labelled folder, the single-dimension latency
// study, channel importance, plot and table exports, and session save / restore. Kept apart
// from main_window.cpp, which wires the photo, heat map, activation and compare views.
#include "main_window.h"

#include "evaluation_view.h"
#include "faithfulness_plot.h"
#include "export_util.h"
#include "inference_worker.h"
#include "model_panel.h"
#include "scaling_explorer.h"
#include "compare_view.h"
#include "custom_scale.h"
#include "sweep_plot.h"
#include "tradeoff_plot.h"

#include "arch/presets.h"

#include <qcustomplot.h>

#include <stdexcept>

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

namespace effscope {

namespace {

EvaluationRow toRow(const EvalItem &e)
{
    EvaluationRow r;
    r.model = e.model;
    r.weightsLabel = e.weightsLabel;
    r.dataset = e.dataset;
    r.pretrained = e.pretrained;
    r.imageSize = e.imageSize;
    r.images = e.images;
    r.evaluated = e.evaluated;
    r.failed = e.failed;
    r.resumed = e.resumed;
    r.top1 = e.top1;
    r.top5 = e.top5;
    r.paramsM = e.params / 1e6;
    r.macsG = e.macs / 1e9;
    r.cancelled = e.cancelled;
    r.error = e.error;
    r.csvRow = e.csvRow;
    for (const EvalClass &c : e.perClass)
        r.perClass.push_back({c.label, c.name, c.count, c.top1});
    for (const EvalConfusion &c : e.confused)
        r.confused.push_back({c.labelName, c.predictedName, c.count});
    r.imageErrors = e.errors;
    return r;
}

SweepPoint toPoint(const SweepItem &s)
{
    return {s.base, s.dimension, s.multiplier, s.width, s.depth, s.resolution, s.macs / 1e9, s.params / 1e6, s.medianMs, s.error};
}

} // namespace

void MainWindow::setUpStudy(QMenu *file, QMenu *exportMenu, QMenu *view)
{
    m_evaluation = new EvaluationView(this);
    m_tabs->addTab(m_evaluation, tr("E&valuate"));
    m_sweep = new SweepPlot(this);
    m_tabs->addTab(m_sweep, tr("&Latency study"));
    refreshScaleLists();

    QAction *evalAction = view->addAction(tr("E&valuation"), this, [this] { showView(6); });
    evalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction *sweepAction = view->addAction(tr("&Latency Study"), this, [this] { showView(7); });
    sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));

    // sessions
    file->addSeparator();
    QAction *saveSession = file->addAction(tr("&Save Session..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save session"), QString(), tr("effscope session (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = saveSessionTo(path);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved the session to %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    });
    saveSession->setShortcut(QKeySequence::Save);
    QAction *openSession = file->addAction(tr("Open Sessio&n..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(), tr("effscope session (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = loadSessionFrom(path);
        statusBar()->showMessage(error.isEmpty() ? tr("Opened the session %1").arg(path) : tr("Not opened: %1").arg(error), 15000);
    });
    openSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    // exports: plots as PNG, SVG or PDF; tables as CSV
    auto savePlot = [this](const QString &title, auto *plot) {
        const QString path = QFileDialog::getSaveFileName(this, title, QString(),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            error = plot->saveSvg(path, 1200, 800);
        else if (!(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? plot->savePdf(path, 1200, 800)
                                                                              : plot->savePng(path, 1200, 800)))
            error = tr("cannot write %1").arg(path);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    };
    exportMenu->addAction(tr("Trade-off plot (PNG, &SVG or PDF)..."), this,
                          [this, savePlot] { savePlot(tr("Export the trade-off plot"), m_tradeoff); });
    exportMenu->addAction(tr("&Latency study plot (PNG, SVG or PDF)..."), this,
                          [this, savePlot] { savePlot(tr("Export the latency study plot"), m_sweep); });
    exportMenu->addAction(tr("&Deletion / insertion curves (PNG, SVG or PDF)..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the faithfulness curves"), QString(),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportCurves(path);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    });
    auto saveTable = [this](const QString &title, const QTableWidget *table) {
        const QString path = QFileDialog::getSaveFileName(this, title, QString(), tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = saveTableCsv(table, path);
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    };
    QMenu *tables = exportMenu->addMenu(tr("T&ables (CSV)"));
    tables->addAction(tr("Explorer &stage table..."), this,
                      [this, saveTable] { saveTable(tr("Export the stage table"), m_explorer->stageTable()); });
    tables->addAction(tr("Per-stage scale against &uniform..."), this, [this, saveTable] {
        saveTable(tr("Export the per-stage comparison"), m_explorer->stageComparisonTable());
    });
    auto saveEvaluations = [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export evaluations"), QString(), tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = m_evaluation->saveCsv(path, InferenceWorker::evalCsvHeader());
        statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    };
    tables->addAction(tr("&Evaluation results (timm validate columns)..."), this, saveEvaluations);
    tables->addAction(tr("&Per-class accuracy..."), this,
                      [this, saveTable] { saveTable(tr("Export per-class accuracy"), m_evaluation->classTable()); });
    tables->addAction(tr("Latency s&tudy points..."), this,
                      [this, saveTable] { saveTable(tr("Export the latency study"), m_sweep->table()); });
    connect(m_evaluation, &EvaluationView::exportRequested, this, saveEvaluations);

    // evaluation
    {
        QSettings settings;
        m_evaluation->setDataset(settings.value(QStringLiteral("evaluation/dataset")).toString());
    }
    connect(m_evaluation, &EvaluationView::evaluateRequested, this, &MainWindow::startEvaluation);
    connect(m_worker, &InferenceWorker::evalItem, this, [this](const EvalItem &it) {
        if (it.requestId == m_lastEvalId)
            showEvalItem(it);
    });
    connect(m_worker, &InferenceWorker::evalFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastEvalId)
            return;
        m_evaluation->setRunning(false);
        if (cancelled)
            statusBar()->showMessage(tr("Evaluation cancelled; the finished images are kept, Evaluate continues"), 8000);
        Q_EMIT evaluationFinished();
    });

    // latency study
    connect(m_sweep, &SweepPlot::runRequested, this, &MainWindow::startSweep);
    connect(m_worker, &InferenceWorker::sweepItem, this, [this](const SweepItem &it) {
        if (it.requestId != m_lastSweepId)
            return;
        m_sweepItems.push_back(it);
        m_sweep->addPoint(toPoint(it));
    });
    connect(m_worker, &InferenceWorker::sweepFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastSweepId)
            return;
        m_sweep->setRunning(false);
        statusBar()->showMessage(cancelled ? tr("Latency study cancelled (%n network(s) timed)", nullptr, int(m_sweepItems.size()))
                                           : tr("Latency study: %n network(s) timed", nullptr, int(m_sweepItems.size())),
                                 8000);
        Q_EMIT sweepFinished();
    });

    // channel importance
    connect(m_explorer, &ScalingExplorer::importanceRequested, this, &MainWindow::requestImportance);
    connect(m_worker, &InferenceWorker::importanceReady, this, [this](const ImportanceView &v) {
        if (v.requestId != m_lastImportanceId)
            return;
        QVector<ChannelImportanceRow> rows;
        for (const ImportanceRow &r : v.rows)
            rows.push_back({r.layer, r.stage, r.channels, r.meanAbsGamma, r.weakFraction, r.deadFraction, r.nonPositiveFraction});
        m_explorer->setImportance(tr("%1 (%2) on %3, %4 ms")
                                      .arg(v.model, v.pretrained ? v.weightsLabel : tr("untrained: every BN scale still 1"),
                                           QFileInfo(v.imagePath).fileName())
                                      .arg(v.ms, 0, 'f', 0),
                                  rows);
        Q_EMIT importanceShown();
    });
    connect(m_worker, &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.task == QLatin1String("evaluate") && e.requestId == m_lastEvalId) {
            statusBar()->showMessage(tr("Evaluation failed: %1").arg(e.message), 15000);
        } else if (e.task == QLatin1String("sweep") && e.requestId == m_lastSweepId) {
            statusBar()->showMessage(tr("Latency study failed: %1").arg(e.message), 15000);
        } else if (e.task == QLatin1String("importance") && e.requestId == m_lastImportanceId) {
            m_explorer->setImportance(tr("Not measured: %1").arg(e.message), {});
            Q_EMIT importanceShown();
        }
    });
}

QString MainWindow::exportCurves(const QString &path) const
{
    QCustomPlot *plot = m_curves->plot();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return savePlotSvg(plot, path, 900, 500, tr("Deletion and insertion curves"));
    const bool ok = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? plot->savePdf(path, 900, 500)
                                                                              : plot->savePng(path, 900, 500);
    return ok ? QString() : tr("cannot write %1").arg(path);
}

void MainWindow::startEvaluation(const QString &dataset, const QStringList &models)
{
    if (dataset.isEmpty() || models.isEmpty()) {
        statusBar()->showMessage(tr("Choose a labelled folder or CSV and at least one scale"), 8000);
        Q_EMIT evaluationFinished();
        return;
    }
    QSettings().setValue(QStringLiteral("evaluation/dataset"), dataset);
    m_evaluation->setDataset(dataset);
    m_evaluation->setScales(offeredScales(), models); // what runs is what is ticked
    EvalRequest req;
    req.dataset = dataset;
    req.models = models;
    req.custom = QVector<CustomScale>(m_customScales.begin(), m_customScales.end());
    req.resumeDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/evaluations");
    m_evaluation->setRunning(true);
    m_lastEvalId = m_worker->requestEvaluate(req);
    statusBar()->showMessage(tr("Evaluating %n scale(s) on %1...", nullptr, int(models.size())).arg(QFileInfo(dataset).fileName()), 5000);
}

void MainWindow::showEvalItem(const EvalItem &item)
{
    bool replaced = false;
    for (EvalItem &e : m_evalItems)
        if (e.model == item.model && e.weightsLabel == item.weightsLabel && e.dataset == item.dataset) {
            e = item;
            replaced = true;
        }
    if (!replaced)
        m_evalItems.push_back(item);
    m_evaluation->addResult(toRow(item));
    refreshEvaluationPoints();
    if (!item.error.isEmpty())
        statusBar()->showMessage(tr("%1 could not be evaluated: %2").arg(item.model, item.error), 10000);
}

void MainWindow::refreshEvaluationPoints()
{
    QVector<TradeoffPoint> points;
    QStringList datasets;
    const std::vector<std::string> presets = core::presetNames();
    for (const EvalItem &e : m_evalItems) {
        if (!e.error.isEmpty() || e.evaluated == 0)
            continue;
        TradeoffPoint p;
        const QString set = QFileInfo(e.dataset).fileName();
        if (!datasets.contains(set))
            datasets << set;
        p.label = tr("%1 on %2 (%n image(s)%3)", nullptr, e.evaluated)
                      .arg(e.model, set, e.cancelled ? tr(", partial") : QString());
        p.macs = e.macs / 1e9;
        p.params = e.params / 1e6;
        p.top1 = e.top1;
        p.top5 = e.top5;
        p.resolution = e.imageSize;
        if (std::find(presets.begin(), presets.end(), e.model.toStdString()) != presets.end())
            p.preset = e.model;
        points.push_back(p);
    }
    m_tradeoff->setEvaluations(tr("Your evaluations (%1)").arg(datasets.join(QStringLiteral(", "))), points);
}

void MainWindow::startSweep(const QString &base, double budgetGmacs, int points)
{
    SweepRequest req;
    req.base = base;
    req.budgetGmacs = budgetGmacs;
    req.points = points;
    m_sweepItems.clear();
    m_sweep->clear();
    m_sweep->setStudy(base, budgetGmacs, points);
    m_sweep->setRunning(true);
    m_lastSweepId = m_worker->requestSweep(req);
    statusBar()->showMessage(tr("Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...")
                                 .arg(base.toUpper())
                                 .arg(budgetGmacs),
                             5000);
}

void MainWindow::requestImportance()
{
    if (currentImage().isEmpty()) {
        m_explorer->setImportance(tr("Open a photo first: activation sparsity is measured on it."), {});
        Q_EMIT importanceShown();
        return;
    }
    m_lastImportanceId = m_worker->requestImportance(currentImage());
}

namespace {

// A custom scale as an architecture, checked: throws InvalidInput naming what is wrong.
core::ModelConfig checkedConfig(const CustomScale &scale)
{
    const core::ModelConfig c = customScaleConfig(scale);
    core::resolve(c);
    return c;
}

} // namespace

void MainWindow::addCustomScale(const CustomScale &scale)
{
    const core::ModelConfig c = checkedConfig(scale);
    m_customScales.insert(scale.name, scale);
    m_modelPanel->addCustomModel(scale.name, c);
    refreshScaleLists();
}

QStringList MainWindow::offeredScales() const
{
    QStringList offered = m_modelPanel->presets();
    for (auto it = m_customScales.cbegin(); it != m_customScales.cend(); ++it)
        offered << it.key();
    return offered;
}

void MainWindow::refreshScaleLists()
{
    // the compare and evaluation views offer every preset and custom scale, keeping what is ticked
    const QStringList offered = offeredScales();
    m_compare->setPresets(offered, m_compare->checkedPresets());
    if (m_evaluation) {
        QStringList checked = m_evaluation->checkedScales();
        if (checked.isEmpty() && m_evaluation->scaleList()->count() == 0)
            checked << QStringLiteral("lite0");
        m_evaluation->setScales(offered, checked);
    }
}

Session MainWindow::session() const
{
    Session s;
    for (auto it = m_customScales.cbegin(); it != m_customScales.cend(); ++it)
        s.customScales.push_back(it.value());
    std::sort(s.customScales.begin(), s.customScales.end(),
              [](const CustomScale &a, const CustomScale &b) { return a.name < b.name; });
    s.latency = m_latencyItems;
    s.sweep = m_sweepItems;
    s.evaluations = m_evalItems;
    return s;
}

QString MainWindow::saveSessionTo(const QString &path) const
{
    return saveSession(path, session());
}

QString MainWindow::loadSessionFrom(const QString &path)
{
    Session s;
    QString error;
    if (!loadSession(path, &s, &error))
        return error; // nothing applied
    for (int i = 0; i < s.customScales.size(); ++i) {
        try {
            if (!s.customScales[i].name.startsWith(QLatin1String("custom")))
                throw std::invalid_argument("the name must start with \"custom\"");
            checkedConfig(s.customScales[i]);
        } catch (const std::exception &e) {
            return tr("%1: custom_scales[%2]: %3").arg(QFileInfo(path).fileName()).arg(i).arg(QString::fromUtf8(e.what()));
        }
    }
    applySession(s);
    return QString();
}

void MainWindow::applySession(const Session &s)
{
    for (const CustomScale &c : s.customScales)
        addCustomScale(c); // checked by loadSessionFrom
    m_latencyItems = s.latency;
    m_latency.clear();
    QHash<QString, int> sizes;
    for (const LatencyItem &l : m_latencyItems)
        if (l.error.isEmpty()) {
            m_latency.insert(l.model, l.medianMs);
            sizes.insert(l.model, l.inputSize);
        }
    m_tradeoff->setLatency(m_latency, sizes);
    m_sweepItems = s.sweep;
    m_sweep->clear();
    for (const SweepItem &it : m_sweepItems)
        m_sweep->addPoint(toPoint(it));
    m_evalItems.clear();
    m_evaluation->clearResults();
    for (const EvalItem &e : s.evaluations) {
        m_evalItems.push_back(e);
        m_evaluation->addResult(toRow(e));
    }
    refreshEvaluationPoints();
}

} // namespace effscope
