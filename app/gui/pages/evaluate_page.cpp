// SPDX-License-Identifier: MIT
#include "pages/evaluate_page.h"

#include "evaluation_view.h"
#include "inference_worker.h"
#include "record_table.h"
#include "settings.h"
#include "workbench.h"

#include "slow_work.h"

#include "common/dataset.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>

namespace effscope {

EvaluatePage::EvaluatePage(Workbench &bench, QWidget *parent) : Page(View::Evaluate, bench, parent)
{
    m_view = new EvaluationView(this);
    setContent(m_view);
    connect(m_view, &EvaluationView::datasetChanged, this, &EvaluatePage::countDataset);
    connect(&bench, &Workbench::modelReady, this, [this](const ModelInfo &info) {
        if (info.classes != m_countedFor) {
            m_countedFor = info.classes;
            countDataset(m_view->dataset());
        }
    });
    connect(m_view, &EvaluationView::photoRequested, this, [this](const QString &path) {
        this->bench().showImage(path);
        this->bench().showView(View::Photo);
    });
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

void EvaluatePage::countDataset(const QString &path)
{
    const quint64 generation = ++m_countGeneration;
    m_datasetImages = -1;
    if (path.isEmpty())
        return;
    m_view->setDatasetSummary(tr("Counting the images..."));
    QPointer<EvaluatePage> self(this);
    // a model fine-tuned on the user's classes is scored against those, by name
    std::vector<std::string> own;
    for (const QString &c : bench().modelInfo().classes)
        own.push_back(c.toStdString());
    QThreadPool::globalInstance()->start([self, generation, path, own] {
        int images = -1, classes = 0;
        QString error;
        try {
            const std::string file = QFile::encodeName(path).toStdString();
            const std::vector<core::LabelledImage> list = own.empty() ? core::listLabelledImages(file)
                                                                      : core::listLabelledFor(file, own);
            QSet<int> labels;
            for (const core::LabelledImage &l : list)
                labels.insert(l.label);
            images = int(list.size());
            classes = int(labels.size());
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, images, classes, error] {
                if (!self || generation != self->m_countGeneration)
                    return; // another path since
                self->m_datasetImages = images;
                self->m_view->setDatasetSummary(
                    images < 0 ? tr("Cannot evaluate this: %1").arg(error)
                               : tr("%1 in %2.")
                                     .arg(tr("%n images", nullptr, int(images)), tr("%n classes", nullptr, int(classes))));
                Q_EMIT self->datasetCounted();
            },
            Qt::QueuedConnection);
    });
}

void EvaluatePage::startEvaluation(const QString &dataset, const QStringList &models)
{
    if (dataset.isEmpty() || models.isEmpty()) {
        bench().showMessage(tr("Choose a labelled folder or CSV and at least one scale"));
        Q_EMIT finished();
        return;
    }
    // slow (many images, large scales): say how long before starting, once the images are counted
    if (m_datasetImages > 0 && dataset == m_view->dataset()) {
        const Workbench &b = bench();
        double gmacs = 0;
        for (const QString &m : models) {
            try {
                gmacs += double(b.scaleProfile(m).macs) / 1e9;
            } catch (const std::exception &) {
                // the worker names what is wrong with it
            }
        }
        const double rate = b.secondsPerGmac(b.modelInfo().device);
        const double seconds = m_datasetImages * gmacs * rate;
        if (seconds > slowWorkSeconds()
            && !confirmSlowWork(this, tr("Evaluating %1 on %2").arg(models.size() == 1 ? displayName(models.front()) : tr("%n scales", nullptr, int(models.size())), QFileInfo(dataset).fileName()),
                                seconds,
                                tr("%1 images through %2 GMACs of models, at %3 ms per GMAC measured here")
                                    .arg(m_datasetImages)
                                    .arg(gmacs, 0, 'f', 2)
                                    .arg(rate * 1000, 0, 'f', 1))) {
            bench().showMessage(tr("Evaluation not started (%1)").arg(durationText(seconds)));
            Q_EMIT finished();
            return;
        }
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
    bench().showMessage(tr("Evaluating %1 on %2...")
                            .arg(models.size() == 1 ? displayName(models.front()) : tr("%n scales", nullptr, int(models.size())),
                                 QFileInfo(dataset).fileName()),
                        5000);
}

void EvaluatePage::addExports(QMenu *menu)
{
    menu->addAction(tr("&Evaluation results (timm validate columns, CSV)..."), this, [this] {
        exportTo(tr("Export evaluations"), tr("CSV table (*.csv)"), QStringLiteral("evaluations.csv"),
                 [this](const QString &path) { return m_view->saveCsv(path, InferenceWorker::evalCsvHeader()); });
    });
    menu->addAction(tr("Per-&image results (CSV)..."), this, [this] {
        exportTo(tr("Export every image's result"), tr("CSV table (*.csv)"), QStringLiteral("per-image-results.csv"),
                 [this](const QString &path) {
                     if (m_view->imagesModel()->rowCount() == 0)
                         return tr("there are no per-image results to export yet");
                     return m_view->imagesModel()->saveCsv(path);
                 });
    });
    menu->addAction(tr("Per-&class accuracy (CSV)..."), this, [this] {
        exportTo(tr("Export per-class accuracy"), tr("CSV table (*.csv)"), QStringLiteral("per-class-accuracy.csv"),
                 [this](const QString &path) { return m_view->classModel()->saveCsv(path); });
    });
}

} // namespace effscope
