// SPDX-License-Identifier: MIT
#include "pages/evaluate_page.h"

#include "evaluation_view.h"
#include "inference_worker.h"
#include "record_table.h"
#include "settings.h"
#include "workbench.h"

#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>

namespace effscope {

EvaluatePage::EvaluatePage(Workbench &bench, QWidget *parent) : Page(View::Evaluate, bench, parent)
{
    m_view = new EvaluationView(this);
    setContent(m_view);
    m_view->setDataset(settings::evaluationDataset.value());
    m_view->setWeightsAvailability(bench.weightsAvailability());
    refreshScales();
    connect(&bench, &Workbench::customScalesChanged, this, &EvaluatePage::refreshScales);
    connect(&bench, &Workbench::weightsAvailabilityChanged, this,
            [this] { m_view->setWeightsAvailability(this->bench().weightsAvailability()); });
    connect(&bench, &Workbench::evaluationAdded, m_view, &EvaluationView::addResult);
    connect(&bench, &Workbench::evaluationsReset, this, [this] {
        m_view->clearResults();
        for (const EvalItem &e : this->bench().evaluations())
            m_view->addResult(e);
    });
    connect(m_view, &EvaluationView::evaluateRequested, this, &EvaluatePage::startEvaluation);
    connect(m_view, &EvaluationView::exportRequested, this, [this] {
        exportTo(tr("Export evaluations"), tr("CSV table (*.csv)"), QStringLiteral("evaluations.csv"),
                 [this](const QString &path) { return m_view->saveCsv(path, InferenceWorker::evalCsvHeader()); });
    });
    connect(&worker(), &InferenceWorker::evalItem, this, [this](const EvalItem &it) {
        if (it.requestId != m_lastId)
            return;
        this->bench().addEvaluation(it);
        if (!it.error.isEmpty())
            this->bench().showMessage(tr("%1 could not be evaluated: %2").arg(displayName(it.model), it.error), 10000);
    });
    connect(&worker(), &InferenceWorker::evalFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastId)
            return;
        m_view->setRunning(false);
        if (cancelled)
            this->bench().showMessage(tr("Evaluation cancelled; the finished images are kept, Evaluate continues"));
        Q_EMIT finished();
    });
    connect(&worker(), &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.kind == JobKind::Evaluate && e.requestId == m_lastId)
            this->bench().showMessage(tr("Evaluation failed: %1").arg(e.message), 15000);
    });
}

void EvaluatePage::refreshScales()
{
    // every preset and custom scale, keeping what is ticked (the default model on a first run)
    QStringList checked = m_view->checkedScales();
    if (checked.isEmpty() && m_view->scaleList()->count() == 0)
        checked << QStringLiteral("lite0");
    m_view->setScales(bench().offeredScales(), checked);
}

void EvaluatePage::startEvaluation(const QString &dataset, const QStringList &models)
{
    if (dataset.isEmpty() || models.isEmpty()) {
        bench().showMessage(tr("Choose a labelled folder or CSV and at least one scale"));
        Q_EMIT finished();
        return;
    }
    settings::evaluationDataset.set(dataset);
    m_view->setDataset(dataset);
    m_view->setScales(bench().offeredScales(), models); // what runs is what is ticked
    EvalRequest req;
    req.dataset = dataset;
    req.models = models;
    req.custom = bench().customScaleList();
    req.resumeDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/evaluations");
    m_view->setRunning(true);
    m_lastId = worker().requestEvaluate(req);
    bench().showMessage(tr("Evaluating %n scale(s) on %1...", nullptr, int(models.size())).arg(QFileInfo(dataset).fileName()),
                        5000);
}

void EvaluatePage::addExports(QMenu *menu)
{
    menu->addAction(tr("&Evaluation results (timm validate columns, CSV)..."), this, [this] {
        exportTo(tr("Export evaluations"), tr("CSV table (*.csv)"), QStringLiteral("evaluations.csv"),
                 [this](const QString &path) { return m_view->saveCsv(path, InferenceWorker::evalCsvHeader()); });
    });
    menu->addAction(tr("Per-&class accuracy (CSV)..."), this, [this] {
        exportTo(tr("Export per-class accuracy"), tr("CSV table (*.csv)"), QStringLiteral("per-class-accuracy.csv"),
                 [this](const QString &path) { return m_view->classModel()->saveCsv(path); });
    });
}

} // namespace effscope
