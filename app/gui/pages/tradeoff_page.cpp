// SPDX-License-Identifier: MIT
#include "pages/tradeoff_page.h"

#include "export_util.h"
#include "inference_worker.h"
#include "slow_work.h"
#include "tradeoff_plot.h"
#include "workbench.h"

#include "arch/presets.h"
#include "common/paths.h"

#include <qcustomplot.h>
#include <QFileInfo>
#include <QMenu>

namespace effscope {

TradeoffPage::TradeoffPage(Workbench &bench, QWidget *parent) : Page(View::Tradeoff, bench, parent)
{
    m_plot = new TradeoffPlot(this);
    setContent(m_plot);
    QString error;
    m_plot->setSeries(loadPublishedSeries(QString::fromStdString(core::resourcePath("published.json")), &error));
    if (!error.isEmpty())
        qWarning("effscope: %s", qPrintable(error));
    const Workbench::ScaleCost &scale = bench.explorerScale();
    m_plot->setCustomScale(scale.name, scale.macs, scale.params);
    connect(&bench, &Workbench::explorerScaleChanged, m_plot, &TradeoffPlot::setCustomScale);
    connect(&bench, &Workbench::latencyChanged, this, &TradeoffPage::showLatency);
    connect(&bench, &Workbench::evaluationAdded, this, &TradeoffPage::showEvaluations);
    connect(&bench, &Workbench::evaluationsReset, this, &TradeoffPage::showEvaluations);
    connect(&bench, &Workbench::probeChanged, this, &TradeoffPage::showProbe);
    connect(m_plot, &TradeoffPlot::measureRequested, this, [this] {
        // every offered scale: built, 2 warm-up passes and 5 timed ones
        QVector<QPair<qint64, qint64>> networks;
        for (const QString &m : this->bench().offeredScales()) {
            try {
                const core::ModelProfile prof = this->bench().scaleProfile(m);
                networks.push_back({prof.macs, prof.params});
            } catch (const std::exception &) {
                // the worker reports it
            }
        }
        const double seconds = this->bench().timingSeconds(networks, 7);
        if (seconds > slowWorkSeconds()
            && !confirmSlowWork(this, tr("Timing %n scales", nullptr, int(networks.size())), seconds,
                                tr("building each and 7 forward passes at this machine's measured speed")))
            return;
        measureLatency();
    });
    connect(&worker(), &InferenceWorker::latencyItem, this, [this](const LatencyItem &it) {
        if (it.requestId != m_lastId)
            return;
        if (!it.error.isEmpty())
            this->bench().showMessage(tr("%1 could not be timed: %2").arg(displayName(it.model), it.error));
        else
            this->bench().addLatency(it);
    });
    connect(&worker(), &InferenceWorker::latencyFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastId)
            return;
        const int timed = int(this->bench().latency().size());
        this->bench().showMessage(cancelled ? tr("Latency measurement cancelled (%n scales timed)", nullptr, int(timed))
                                            : tr("Timed %n scales at batch 1", nullptr, int(timed)));
        Q_EMIT latencyMeasured();
    });
}

void TradeoffPage::measureLatency()
{
    bench().clearLatency();
    m_plot->setAxis(TradeoffPlot::Axis::Latency);
    // the presets and every custom scale built so far
    m_lastId = worker().requestLatency(bench().offeredScales(), 5, bench().customScaleList());
    bench().showMessage(tr("Timing every preset on this machine..."), 5000);
}

void TradeoffPage::showLatency()
{
    QHash<QString, double> ms;
    QHash<QString, int> sizes;
    for (const LatencyItem &l : bench().latency())
        if (l.error.isEmpty()) {
            ms.insert(l.model, l.medianMs);
            sizes.insert(l.model, l.inputSize);
        }
    m_plot->setLatency(ms, sizes);
}

void TradeoffPage::showEvaluations()
{
    QVector<TradeoffPoint> points;
    QStringList datasets;
    for (const EvalItem &e : bench().evaluations()) {
        if (!e.error.isEmpty() || e.evaluated == 0)
            continue;
        TradeoffPoint p;
        const QString set = QFileInfo(e.dataset).fileName();
        if (!datasets.contains(set))
            datasets << set;
        p.label = tr("%1 on %2 (%3%4)")
                      .arg(displayName(e.model), set,
                           tr("%n images", nullptr, int(e.evaluated)),
                           e.cancelled ? tr(", partial") : QString());
        p.samples = e.evaluated;
        p.macs = double(e.macs);
        p.params = double(e.params);
        p.top1 = e.top1;
        p.top5 = e.top5;
        p.resolution = e.imageSize;
        if (core::isPreset(e.model.toStdString()))
            p.preset = e.model;
        points.push_back(p);
    }
    m_plot->setEvaluations(tr("Your evaluations (%1)").arg(datasets.join(QStringLiteral(", "))), points);
}

void TradeoffPage::showProbe()
{
    // the Train tab's linear probe: accuracy on the user's own classes against each scale's cost,
    // its latency as measured beside it
    QVector<TradeoffPoint> points;
    for (const ProbeItem &it : bench().probe()) {
        if (!it.error.isEmpty())
            continue;
        TradeoffPoint p;
        p.label = tr("%1, linear probe (%2)")
                      .arg(displayName(it.model), tr("%n validation images", nullptr, int(it.valImages)));
        p.macs = double(it.macs);
        p.params = double(it.params);
        p.top1 = 100.0 * it.valAccuracy;
        p.samples = it.valImages;
        p.preset = it.model;
        p.resolution = it.resolution;
        p.latencyMs = it.latencyMs;
        points.push_back(p);
    }
    m_plot->setProbe(tr("Your own trade-off (linear probe on %1)").arg(QFileInfo(bench().probeDataset()).fileName()), points);
}

void TradeoffPage::addExports(QMenu *menu)
{
    menu->addAction(tr("Trade-off &plot (PNG, SVG or PDF)..."), this, [this] {
        const QString axis = m_plot->axis() == TradeoffPlot::Axis::Macs     ? QStringLiteral("macs")
                             : m_plot->axis() == TradeoffPlot::Axis::Params ? QStringLiteral("params")
                                                                            : QStringLiteral("latency");
        exportTo(tr("Export the trade-off plot"), plotFileFilter(), QStringLiteral("tradeoff-top1-vs-%1.png").arg(axis),
                 [this](const QString &path) { return savePlot(m_plot->plot(), path, 1200, 800, tr("Accuracy against cost")); });
    });
}

QImage TradeoffPage::picture() const
{
    return m_plot->plot()->toPixmap(1200, 800).toImage();
}

} // namespace effscope
