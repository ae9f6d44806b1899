// SPDX-License-Identifier: MIT
#include "pages/compare_page.h"

#include "compare_view.h"
#include "inference_worker.h"
#include "settings.h"
#include "slow_work.h"
#include "workbench.h"
#include "arch/profiler.h"
#include "arch/work_estimate.h"

#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>

namespace effscope {

namespace {

// Forward passes of one compare card: the classification, then the CAM on the head with its
// 16-step faithfulness curves (the closed-form head gradient on the CPU)
double cardPasses(const core::ModelProfile &prof, core::CamMethod method, const QString &device)
{
    core::CamWork work;
    work.method = method;
    work.curveSteps = 16;
    for (const core::LayerProfile &l : prof.layers)
        if (l.kind == core::LayerKind::Head)
            work.layerChannels = int(l.outShape[1]);
    work.closedForm = device == QLatin1String("cpu");
    return 1 + core::camForwardPasses(work);
}

} // namespace

ComparePage::ComparePage(Workbench &bench, QWidget *parent) : Page(View::Compare, bench, parent)
{
    m_view = new CompareView(this);
    setContent(m_view);
    m_view->setWeightsAvailability(bench.weightsAvailability());
    m_view->setPresets(bench.offeredScales(), settings::compareModels.value());
    connect(&bench, &Workbench::weightsAvailabilityChanged, this,
            [this] { m_view->setWeightsAvailability(this->bench().weightsAvailability()); });
    m_view->setColormap(bench.colormap());
    m_view->setOpacity(bench.opacity());
    connect(&bench, &Workbench::colormapChanged, m_view, &CompareView::setColormap);
    connect(&bench, &Workbench::opacityChanged, m_view, &CompareView::setOpacity);
    connect(&bench, &Workbench::customScalesChanged, this,
            [this] { m_view->setPresets(this->bench().offeredScales(), m_view->checkedPresets()); });
    connect(m_view, &CompareView::compareRequested, this, &ComparePage::startCompare);
    connect(m_view, &CompareView::methodsRequested, this, &ComparePage::startMethodGrid);
    connect(&worker(), &InferenceWorker::compareItem, this, [this](const CompareItem &it) {
        if (it.requestId != m_lastId)
            return;
        m_view->setCard(it.slot, it);
        Q_EMIT cardShown(it.slot);
    });
    connect(&worker(), &InferenceWorker::compareFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastId)
            return;
        m_view->finish(cancelled);
        Q_EMIT finished();
    });
    connect(&worker(), &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.kind == JobKind::Compare && e.requestId == m_lastId)
            m_view->setTargetText(tr("Comparison failed: %1").arg(e.message));
    });
}

void ComparePage::startCompare(const QStringList &models)
{
    const Workbench &b = bench();
    if (b.currentImage().isEmpty()) {
        m_view->setTargetText(tr("Open a photo first: the scales are compared on it."));
        return;
    }
    if (models.isEmpty()) {
        m_view->setTargetText(tr("Tick at least one scale."));
        return;
    }
    // slow (large scales, Score- or Ablation-CAM): say how long before starting
    double passes = 0, gmacs = 0, seconds = 0;
    QStringList names;
    const double rate = b.secondsPerGmac(b.modelInfo().device);
    for (const QString &m : models) {
        try {
            const core::ModelProfile prof = b.scaleProfile(m);
            // the card, then the timed passes and their warm-up
            const double n = cardPasses(prof, b.camMethod(), b.modelInfo().device) + 1 + kCompareTimedRuns;
            names << displayName(m);
            passes += n;
            gmacs += double(prof.macs) / 1e9;
            seconds += n * double(prof.macs) / 1e9 * rate;
        } catch (const std::exception &) {
            // the worker names what is wrong with it
        }
    }
    if (seconds > slowWorkSeconds()
        && !confirmSlowWork(this,
                            tr("Comparing %1 with %2")
                                .arg(names.join(QStringLiteral(", ")),
                                     QString::fromLatin1(core::camMethodLabel(b.camMethod()))),
                            seconds,
                            tr("%1 forward passes over %2 GMACs of models, at %3 ms per GMAC measured here")
                                .arg(qRound64(passes))
                                .arg(gmacs, 0, 'f', 1)
                                .arg(rate * 1000, 0, 'f', 1))) {
        m_view->setTargetText(tr("Compare not started (%1).").arg(durationText(seconds)));
        return;
    }
    CompareRequest req;
    req.imagePath = b.currentImage();
    req.models = models;
    req.method = b.camMethod();
    req.custom = b.customScaleList();
    req.classIndex = b.camTarget();
    QString target = tr("(each scale's own top-1)");
    for (const ClassScore &c : b.lastResult().top)
        if (c.index == req.classIndex)
            target = QStringLiteral("\"%1\" (%2)").arg(c.label.toHtmlEscaped()).arg(c.index);
    m_view->setTargetText(tr("%1 of the shared class %2 on %3, each scale at its own resolution, cheapest "
                             "first. Faithfulness over 16 deletion / insertion steps.")
                              .arg(QString::fromLatin1(core::camMethodLabel(req.method)), target,
                                   QFileInfo(req.imagePath).fileName().toHtmlEscaped()));
    m_view->begin(models);
    m_lastId = worker().requestCompare(req);
}

void ComparePage::startMethodGrid()
{
    const Workbench &b = bench();
    if (b.currentImage().isEmpty() || !b.modelLoaded()) {
        m_view->setTargetText(tr("Open a photo first: every CAM method explains the loaded model's view of it."));
        return;
    }
    const QString model = b.modelInfo().model;
    QVector<core::CamMethod> methods;
    QStringList titles;
    double passes = 1 + kCompareTimedRuns;
    const core::ModelProfile prof = b.scaleProfile(model);
    for (core::CamMethod m : core::allCamMethods()) {
        methods << m;
        titles << QString::fromLatin1(core::camMethodLabel(m));
        passes += cardPasses(prof, m, b.modelInfo().device);
    }
    const double rate = b.secondsPerGmac(b.modelInfo().device);
    const double seconds = passes * double(prof.macs) / 1e9 * rate;
    if (seconds > slowWorkSeconds()
        && !confirmSlowWork(this, tr("Every CAM method on %1").arg(displayName(model)), seconds,
                            tr("%1 forward passes of %2 GMACs, at %3 ms per GMAC measured here")
                                .arg(qRound64(passes))
                                .arg(double(prof.macs) / 1e9, 0, 'f', 2)
                                .arg(rate * 1000, 0, 'f', 1))) {
        m_view->setTargetText(tr("The method grid was not started (%1).").arg(durationText(seconds)));
        return;
    }
    CompareRequest req;
    req.imagePath = b.currentImage();
    req.models = {model};
    req.methods = methods;
    req.custom = b.customScaleList();
    req.classIndex = b.camTarget();
    QString target = tr("its top-1");
    for (const ClassScore &c : b.lastResult().top)
        if (c.index == req.classIndex)
            target = QStringLiteral("\"%1\" (%2)").arg(c.label.toHtmlEscaped()).arg(c.index);
    m_view->setTargetText(tr("Every CAM method on %1 with %2, explaining %3 on the head layer. Faithfulness over 16 "
                             "deletion / insertion steps.")
                              .arg(QFileInfo(req.imagePath).fileName().toHtmlEscaped(), displayName(model), target));
    m_view->begin(titles);
    m_lastId = worker().requestCompare(req);
}

QString ComparePage::exportCompare(const QString &path) const
{
    if (m_view->resultCount() == 0)
        return tr("there is no comparison to export yet");
    const QImage img = m_view->render();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

void ComparePage::addExports(QMenu *menu)
{
    menu->addAction(tr("&Compare view (PNG)..."), this, [this] {
        const QString name = QFileInfo(bench().currentImage()).completeBaseName()
                           + (m_view->byMethod() ? QStringLiteral("-%1-all-methods.png").arg(bench().modelInfo().model)
                                                 : QStringLiteral("-compare.png"));
        exportTo(tr("Export the comparison"), tr("PNG image (*.png)"), name,
                 [this](const QString &path) { return exportCompare(path); });
    });
}

void ComparePage::saveSettings() const
{
    settings::compareModels.set(m_view->checkedPresets());
}

QImage ComparePage::picture() const
{
    return m_view->resultCount() > 0 ? m_view->render() : Page::picture();
}

} // namespace effscope
