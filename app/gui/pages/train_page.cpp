// SPDX-License-Identifier: MIT
#include "pages/train_page.h"

#include "export_util.h"
#include "exports.h"
#include "grid_plot.h"
#include "record_table.h"
#include "train_view.h"
#include "training_worker.h"
#include "weights_store.h"
#include "workbench.h"

#include "arch/presets.h"

#include <qcustomplot.h>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

namespace effscope {

TrainPage::TrainPage(Workbench &bench, QWidget *parent) : Page(View::Train, bench, parent)
{
    m_view = new TrainView(this);
    m_trainer = new TrainingWorker(this);
    setContent(m_view);

    auto offerPresets = [this] {
        QStringList presets, cached;
        for (const std::string &p : core::presetNames()) {
            const QString name = QString::fromStdString(p);
            presets << name;
            if (this->bench().weightsAvailability().value(name, WeightsAvailability::Untrained) == WeightsAvailability::Cached)
                cached << name;
        }
        m_view->setPresets(presets, cached);
    };
    offerPresets();
    connect(&bench, &Workbench::weightsAvailabilityChanged, this, offerPresets);
    // the explorer's scales are grid bases too
    m_view->setCustomScales(bench.customScaleList());
    connect(&bench, &Workbench::customScalesChanged, this, [this] { m_view->setCustomScales(this->bench().customScaleList()); });

    connect(m_view, &TrainView::browseRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Your labelled images (one folder per class)"),
                                                              m_view->request().dataset);
        if (!dir.isEmpty())
            m_view->setDataset(dir);
    });
    connect(m_view, &TrainView::startRequested, this, [this](const TrainRequest &r) { start(r); });
    connect(m_view, &TrainView::cancelRequested, m_trainer, &TrainingWorker::cancel);
    connect(m_view, &TrainView::useFineTunedRequested, this, [this](const QString &model, const QString &weights) {
        const ModelInfo &now = this->bench().modelInfo();
        this->bench().loadModel(model, now.device.isEmpty() ? QStringLiteral("cpu") : now.device, weights,
                                now.precision.isEmpty() ? QStringLiteral("fp32") : now.precision);
        this->bench().showMessage(tr("Loading %1 fine-tuned on your classes...").arg(displayName(model)));
        this->bench().showView(View::Photo);
    });
    connect(m_view, &TrainView::useGridPointRequested, this, [this](const QString &base, double a, double b, double g) {
        this->bench().offerCoefficients(base, a, b, g);
        this->bench().showView(View::Explorer);
    });

    connect(m_trainer, &TrainingWorker::runningChanged, m_view, &TrainView::setRunning);
    connect(m_trainer, &TrainingWorker::curvePoint, this, [this](const TrainCurvePoint &p) {
        if (p.requestId == m_lastId)
            m_view->addCurvePoint(p);
    });
    connect(m_trainer, &TrainingWorker::probeItem, this, [this](const ProbeItem &it) {
        if (it.requestId != m_lastId)
            return;
        m_view->addProbeItem(it);
        this->bench().addProbeItem(it);
    });
    connect(m_trainer, &TrainingWorker::gridChanged, this, [this](const GridState &state) {
        if (state.requestId != m_lastId)
            return;
        m_view->setGrid(state);
        this->bench().setGrid(state);
    });
    connect(m_trainer, &TrainingWorker::progress, this, &TrainPage::showProgress);
    connect(m_trainer, &TrainingWorker::failed, this, [this](quint64 id, const QString &message) {
        if (id != m_lastId)
            return;
        m_view->setStatus(tr("Failed: %1").arg(message));
        this->bench().showMessage(tr("Training failed: %1").arg(message), 15000);
    });
    connect(m_trainer, &TrainingWorker::finished, this, [this](const TrainSummary &s) {
        if (s.requestId != m_lastId)
            return;
        m_view->finishRun(s);
        QString text;
        const QString acc = s.bestValAccuracy >= 0 ? QStringLiteral("%1%").arg(100.0 * s.bestValAccuracy, 0, 'f', 1) : tr("none");
        switch (s.mode) {
        case TrainMode::Probe:
            text = tr("Linear probe of %1 scales on %2 classes (%3 training, %4 validation images): on the Trade-off plot.")
                       .arg(this->bench().probe().size())
                       .arg(s.classes.size())
                       .arg(s.trainImages)
                       .arg(s.valImages);
            break;
        case TrainMode::FineTune:
            text = tr("%1 fine-tuned on %2 classes: %3 steps, best validation accuracy %4 (step %5).")
                       .arg(displayName(s.model))
                       .arg(s.classes.size())
                       .arg(s.steps)
                       .arg(acc)
                       .arg(s.bestStep);
            if (!s.weightsFile.isEmpty())
                text += QLatin1Char(' ') + tr("Weights: %1").arg(QDir::toNativeSeparators(s.weightsFile));
            break;
        case TrainMode::Grid:
            text = tr("Grid search on %1 classes: best validation accuracy %2.").arg(s.classes.size()).arg(acc);
            break;
        }
        if (s.cancelled)
            text = tr("Cancelled. ") + (s.mode == TrainMode::Grid ? tr("Start again with Resume ticked to continue.")
                                                                   : QString());
        if (!s.cancelled || s.mode != TrainMode::Probe)
            m_view->setStatus(text);
        this->bench().showMessage(text, 10000);
        Q_EMIT runFinished(s);
    });
    // a session brings back the probe and the grid
    connect(&bench, &Workbench::gridChanged, this, [this] {
        if (this->bench().grid().requestId != m_lastId || m_lastId == 0)
            m_view->setGrid(this->bench().grid());
    });
}

QString TrainPage::gridDirectory(const TrainRequest &r)
{
    // one folder per search: the images and every setting that changes what is trained
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13")
                            .arg(QFileInfo(r.dataset).absoluteFilePath(), r.base)
                            .arg(r.baseResolution)
                            .arg(r.target)
                            .arg(r.tolerance)
                            .arg(r.gridStep)
                            .arg(r.limit)
                            .arg(r.steps)
                            .arg(r.minutes)
                            .arg(r.batch)
                            .arg(r.learningRate)
                            .arg(r.seed)
                            .arg(r.valFraction);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("grid/%1-%2").arg(fileNamePart(QFileInfo(r.dataset).fileName(), 40), hash));
}

quint64 TrainPage::start(TrainRequest r)
{
    r.device = bench().modelInfo().device.isEmpty() ? QStringLiteral("cpu") : bench().modelInfo().device;
    if (r.mode == TrainMode::FineTune && r.outFile.isEmpty()) {
        const QString dir = fineTunedDirectory(r.model);
        QDir().mkpath(dir);
        r.outFile = QDir(dir).filePath(QStringLiteral("%1-finetuned-%2-%3.safetensors")
                                           .arg(r.model, fileNamePart(QFileInfo(r.dataset).fileName(), 40),
                                                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    if (r.mode == TrainMode::Grid && r.directory.isEmpty())
        r.directory = gridDirectory(r);
    const quint64 id = m_trainer->start(r);
    if (id == 0) {
        bench().showMessage(tr("A training run is still in progress"));
        return 0;
    }
    m_lastId = id;
    m_view->startRun(r);
    if (r.mode == TrainMode::Probe)
        bench().clearProbe(r.dataset);
    m_view->setStatus(tr("Starting..."));
    return id;
}

void TrainPage::showProgress(quint64 id, double fraction, const QString &what)
{
    if (id != m_lastId)
        return;
    m_view->setStatus(tr("%1 (%2% of the run)").arg(what).arg(int(100.0 * fraction)));
}

void TrainPage::addExports(QMenu *menu)
{
    menu->addAction(tr("Training c&urves (PNG, SVG or PDF)..."), this, [this] {
        exportTo(tr("Export the training curves"), plotFileFilter(), QStringLiteral("training-curves.png"),
                 [this](const QString &path) {
                     return savePlot(m_view->curvePlot(), path, 1200, 800, tr("Training loss and validation accuracy"));
                 });
    });
    menu->addAction(tr("&Grid search plot (PNG, SVG or PDF)..."), this, [this] {
        exportTo(tr("Export the grid search plot"), plotFileFilter(), QStringLiteral("grid-search.png"),
                 [this](const QString &path) {
                     return savePlot(m_view->gridPlot()->plot(), path, 1200, 800, tr("Grid search: accuracy over alpha and beta"));
                 });
    });
    menu->addAction(tr("Grid search &candidates (CSV)..."), this, [this] {
        exportTo(tr("Export the grid candidates"), tr("CSV table (*.csv)"), QStringLiteral("grid-search.csv"),
                 [this](const QString &path) { return m_view->gridPlot()->table()->saveCsv(path); });
    });
    menu->addAction(tr("Linear &probe (CSV)..."), this, [this] {
        exportTo(tr("Export the linear probe"), tr("CSV table (*.csv)"), QStringLiteral("linear-probe.csv"),
                 [this](const QString &path) { return m_view->probeTable()->saveCsv(path); });
    });
}

QImage TrainPage::picture() const
{
    if (m_view->mode() == TrainMode::Grid)
        return m_view->gridPlot()->plot()->toPixmap(1200, 800).toImage();
    return const_cast<TrainPage *>(this)->grab().toImage();
}

} // namespace effscope
