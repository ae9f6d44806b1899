// SPDX-License-Identifier: MIT
#include "pages/study_page.h"

#include "export_util.h"
#include "inference_worker.h"
#include "record_table.h"
#include "slow_work.h"
#include "sweep_plot.h"
#include "workbench.h"

#include "arch/presets.h"
#include "arch/scaling_study.h"

#include <qcustomplot.h>
#include <QMenu>

namespace effscope {

StudyPage::StudyPage(Workbench &bench, QWidget *parent) : Page(View::Study, bench, parent)
{
    m_plot = new SweepPlot(this);
    setContent(m_plot);
    connect(&bench, &Workbench::sweepPointAdded, m_plot, &SweepPlot::addPoint);
    connect(&bench, &Workbench::sweepReset, this, [this] {
        m_plot->clear();
        for (const SweepItem &it : this->bench().sweep())
            m_plot->addPoint(it);
    });
    connect(m_plot, &SweepPlot::runRequested, this, [this](const QString &base, qint64 budgetMacs, int points) {
        // the networks the study will time: built, 2 warm-up passes and the timed ones
        QVector<QPair<qint64, qint64>> networks;
        try {
            const core::ModelConfig config = core::preset(base.toStdString());
            for (const QString &d : SweepRequest().dimensions)
                for (const core::StudyStep &st : core::scalingStudy(config, core::parseDimension(d.toStdString()),
                                                                    budgetMacs, points))
                    networks.push_back({st.macs, st.params});
        } catch (const std::exception &) {
            // the worker reports it
        }
        const double seconds = this->bench().timingSeconds(networks, 2 + SweepRequest().iters);
        if (seconds > slowWorkSeconds()
            && !confirmSlowWork(this, tr("Timing %n networks", nullptr, int(networks.size())), seconds,
                                tr("building each and %1 forward passes at this machine's measured speed")
                                    .arg(2 + SweepRequest().iters)))
            return;
        startStudy(base, budgetMacs, points);
    });
    connect(&worker(), &InferenceWorker::sweepItem, this, [this](const SweepItem &it) {
        if (it.requestId == m_lastId)
            this->bench().addSweepPoint(it);
    });
    connect(&worker(), &InferenceWorker::sweepFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastId)
            return;
        m_plot->setRunning(false);
        const int timed = int(this->bench().sweep().size());
        this->bench().showMessage(cancelled ? tr("Latency study cancelled (%n networks timed)", nullptr, int(timed))
                                            : tr("Latency study: %n networks timed", nullptr, int(timed)));
        Q_EMIT finished();
    });
    connect(&worker(), &InferenceWorker::failed, this, [this](const TaskError &e) {
        if (e.kind == JobKind::Study && e.requestId == m_lastId)
            this->bench().showMessage(tr("Latency study failed: %1").arg(e.message), 15000);
    });
}

void StudyPage::startStudy(const QString &base, qint64 budgetMacs, int points)
{
    SweepRequest req;
    req.base = base;
    req.budgetMacs = budgetMacs;
    req.points = points;
    bench().clearSweep();
    m_plot->setStudy(base, budgetMacs, points);
    m_plot->setRunning(true);
    m_lastId = worker().requestSweep(req);
    bench().showMessage(tr("Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...")
                            .arg(displayName(base))
                            .arg(budgetMacs / 1e9),
                        5000);
}

void StudyPage::addExports(QMenu *menu)
{
    const auto stem = [this] {
        return QStringLiteral("study-%1-%2gmacs").arg(m_plot->base()).arg(m_plot->budgetMacs() / 1e9);
    };
    menu->addAction(tr("&Latency study plot (PNG, SVG or PDF)..."), this, [this, stem] {
        exportTo(tr("Export the latency study plot"), plotFileFilter(), stem() + QStringLiteral(".png"),
                 [this](const QString &path) { return savePlot(m_plot->plot(), path, 1200, 800, tr("MACs against measured latency")); });
    });
    menu->addAction(tr("Latency s&tudy points (CSV)..."), this, [this, stem] {
        exportTo(tr("Export the latency study"), tr("CSV table (*.csv)"), stem() + QStringLiteral(".csv"),
                 [this](const QString &path) { return m_plot->table()->saveCsv(path); });
    });
}

QImage StudyPage::picture() const
{
    return m_plot->plot()->toPixmap(1200, 800).toImage();
}

} // namespace effscope
