// SPDX-License-Identifier: MIT
// The Train tab's runs on their own thread: a linear probe of several scales, a fine-tune of
// one, or the grid search, each through core's training pipeline (pipeline/linear_probe.h,
// train_run.h, grid_run.h). Torch headers first (QT_NO_KEYWORDS is set too).
#include "arch/grid_search.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "common/paths.h"
#include "infer/benchmark.h"
#include "infer/devices.h"
#include "infer/engine.h"
#include "pipeline/grid_run.h"
#include "pipeline/linear_probe.h"
#include "pipeline/train_run.h"
#include "weights/registry.h"

#include "custom_scale.h"
#include "training_worker.h"
#include "types.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <cmath>

namespace effscope {

namespace {
QMutex g_requestMutex; // m_request and m_requestId between start() and the thread
}

// The training thread's end of the queued call into it (invoked by name, as the
// InferenceWorker's: Qt owns the call's storage).
class TrainingEnd : public QObject
{
    Q_OBJECT
public:
    explicit TrainingEnd(TrainingWorker *worker) : m_worker(worker) {}
    Q_INVOKABLE void run() { m_worker->run(); }

private:
    TrainingWorker *m_worker;
};

TrainingWorker::TrainingWorker(QObject *parent) : QObject(parent), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("TrainingWorker"));
    m_end = new TrainingEnd(this);
    m_end->moveToThread(m_thread);
    m_thread->start();
}

TrainingWorker::~TrainingWorker()
{
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
    delete m_end;
    delete m_thread;
}

quint64 TrainingWorker::start(const TrainRequest &request)
{
    if (m_running.exchange(true))
        return 0;
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&g_requestMutex);
        m_request = request;
        m_requestId = id;
    }
    m_cancel = false;
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(m_end, "run", Qt::QueuedConnection);
    return id;
}

void TrainingWorker::cancel()
{
    m_cancel = true;
}

namespace {

std::string path(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

GridPoint gridPoint(const core::GridRunResult &r)
{
    const core::GridCandidate &c = r.candidate;
    GridPoint p;
    p.alpha = c.alpha;
    p.beta = c.beta;
    p.gamma = c.gamma;
    p.constraint = c.constraint;
    p.resolution = c.config.scaling.resolution;
    p.macs = c.macs;
    p.params = c.params;
    p.realisedGrowth = c.realisedGrowth;
    p.paperPoint = c.paperPoint;
    p.done = r.done;
    p.valAccuracy = r.valAccuracy;
    p.bestValAccuracy = r.bestValAccuracy;
    p.steps = r.steps;
    p.seconds = r.seconds;
    p.latencyMs = r.latencyMs;
    p.rank = r.rank;
    return p;
}

TrainCurvePoint toCurvePoint(quint64 id, int candidate, const core::TrainPoint &p, const core::TrainOutcome &s)
{
    TrainCurvePoint c;
    c.requestId = id;
    c.candidate = candidate;
    c.step = p.step;
    c.totalSteps = s.totalSteps;
    c.epoch = p.epoch;
    c.loss = p.loss;
    c.trainAccuracy = p.trainAccuracy;
    c.lr = p.lr;
    c.valAccuracy = p.valAccuracy;
    c.seconds = p.seconds;
    return c;
}

} // namespace

void TrainingWorker::run()
{
    TrainRequest r;
    quint64 id = 0;
    {
        QMutexLocker lock(&g_requestMutex);
        r = m_request;
        id = m_requestId;
    }
    TrainSummary summary;
    summary.requestId = id;
    summary.mode = r.mode;
    summary.dataset = r.dataset;
    const auto keepGoing = [this] { return !m_cancel.load(); };
    try {
        core::useThreads();
        Q_EMIT progress(id, 0.0, tr("Reading %1").arg(r.dataset));
        const core::TrainingData data = core::loadTrainingData(path(r.dataset), r.valFraction, uint64_t(r.seed));
        for (const std::string &c : data.classes)
            summary.classes << QString::fromStdString(c);
        summary.trainImages = int(data.split.train.size());
        summary.valImages = int(data.split.validation.size());
        const std::vector<core::WeightEntry> registry = core::loadRegistry(core::resourcePath("weights.json"));
        const auto decodeProgress = [&](double from, double span) {
            return [=](size_t done, size_t total) {
                Q_EMIT progress(id, from + span * double(done) / double(std::max<size_t>(total, 1)), tr("Decoding the images"));
                return keepGoing();
            };
        };

        if (r.mode == TrainMode::Probe) {
            const double n = double(std::max<qsizetype>(r.models.size(), 1));
            for (qsizetype i = 0; i < r.models.size(); ++i) {
                ProbeItem it;
                it.requestId = id;
                it.model = r.models[i];
                it.valImages = summary.valImages;
                try {
                    core::ModelRequest req;
                    req.model = it.model.toStdString();
                    req.device = r.device.toStdString();
                    core::ModelHandle h = core::loadModel(req, registry);
                    if (!h.pretrained)
                        throw core::Error(core::ErrorCategory::InvalidInput,
                                          "no pretrained weights are cached for " + h.config.name
                                              + ": a probe of random features means nothing (File > Weights downloads them)");
                    it.weightsLabel = QString::fromStdString(h.weightsLabel);
                    it.pretrained = true;
                    it.resolution = h.preprocess.cropSize;
                    core::BatchMaker maker(h.preprocess, h.preprocess.cropSize, core::Augmentation{}, uint64_t(r.seed));
                    core::ProbeOptions po;
                    po.seed = uint64_t(r.seed);
                    po.epochs = r.probeEpochs;
                    const core::ProbeResult pr = core::linearProbe(h.net, maker, data, po, [&](size_t done, size_t total) {
                        Q_EMIT progress(id, (double(i) + 0.8 * double(done) / double(std::max<size_t>(total, 1))) / n,
                                        tr("Probing %1").arg(displayName(it.model)));
                        return keepGoing();
                    });
                    core::BenchOptions bo;
                    bo.warmup = 3;
                    bo.iters = 10;
                    const core::BenchResult lat = core::runBenchmark(h, bo);
                    it.params = lat.params;
                    it.macs = lat.macs;
                    it.valAccuracy = pr.valAccuracy;
                    it.trainAccuracy = pr.trainAccuracy;
                    it.latencyMs = lat.stepMsMedian;
                    it.engine = QString::fromStdString(lat.engine);
                } catch (const core::Error &e) {
                    if (e.category() == core::ErrorCategory::Cancelled)
                        throw;
                    it.error = QString::fromUtf8(e.what());
                }
                Q_EMIT probeItem(it);
                Q_EMIT progress(id, double(i + 1) / n, tr("Probed %1").arg(displayName(it.model)));
            }
        } else if (r.mode == TrainMode::FineTune) {
            core::ModelRequest req;
            req.model = r.model.toStdString();
            req.device = r.device.toStdString();
            req.fastPath = false; // training runs the module; the inference plan would be a spare copy
            core::ModelHandle h = core::loadModel(req, registry);
            if (!h.pretrained)
                throw core::Error(core::ErrorCategory::InvalidInput,
                                  "fine-tuning needs pretrained weights for " + h.config.name
                                      + " (File > Weights downloads them)");
            summary.model = QString::fromStdString(h.config.name);
            core::EfficientNet net = core::withClasses(*h.net, int(data.classes.size()), uint64_t(r.seed));
            h.net = core::EfficientNet(nullptr);
            const int resolution = r.resolution > 0 ? r.resolution : h.preprocess.cropSize;
            core::TrainConfig c;
            c.seed = uint64_t(r.seed);
            c.optimizer.kind = core::OptimizerKind::Sgd;
            c.schedule.base = r.learningRate;
            c.schedule.warmupSteps = std::max(1, r.steps / 10);
            c.schedule.decaySteps = std::max(1, r.steps / 4);
            c.schedule.decayRate = 0.7;
            c.bnMomentum = 0.1; // a short run: BN statistics follow the weights within tens of steps
            core::Augmentation aug;
            aug.minScale = 0.25;
            core::BatchMaker maker(h.preprocess, resolution, aug, uint64_t(r.seed));
            maker.prepare(data.split.train, decodeProgress(0.0, 0.1));
            core::TrainRunOptions o;
            o.batchSize = r.batch;
            o.steps = r.steps;
            o.evalEvery = std::max(1, r.steps / 10);
            o.bestWeights = path(r.outFile);
            core::Trainer trainer(net, c);
            const core::TrainOutcome out =
                core::runTraining(trainer, maker, data, o, [&](const core::TrainPoint &p, const core::TrainOutcome &s) {
                    Q_EMIT curvePoint(toCurvePoint(id, -1, p, s));
                    Q_EMIT progress(id, 0.1 + 0.9 * double(p.step) / double(s.totalSteps),
                                    tr("Fine-tuning %1: step %2 of %3").arg(displayName(summary.model)).arg(p.step).arg(s.totalSteps));
                    return keepGoing();
                });
            summary.steps = out.steps;
            summary.bestValAccuracy = out.bestValAccuracy;
            summary.finalValAccuracy = out.finalValAccuracy;
            summary.bestStep = out.bestStep;
            summary.seconds = out.seconds;
            if (out.bestStep >= 0 && !r.outFile.isEmpty())
                summary.weightsFile = r.outFile;
        } else {
            // a preset or one of the explorer's scales (its family's normalisation)
            const std::optional<CustomScale> customBase = findCustomScale(r.custom, r.base);
            core::ModelConfig base = customBase ? customScaleConfig(*customBase) : core::preset(r.base.toStdString());
            base.scaling.resolution = r.baseResolution;
            const core::Preprocess basePreprocess =
                customBase ? core::customScalePreprocess(base) : core::presetPreprocess(r.base.toStdString());
            core::GridOptions g;
            g.target = r.target;
            g.tolerance = r.tolerance;
            g.step = r.gridStep;
            g.maxCoefficient = r.maxCoefficient;
            std::vector<core::GridCandidate> candidates = core::enumerateGrid(base, g);
            if (r.limit > 0)
                candidates = core::nearestCandidates(candidates, size_t(r.limit));
            if (candidates.empty())
                throw core::Error(core::ErrorCategory::InvalidInput, "no grid point lies within the tolerance of the target");
            summary.model = r.base;
            GridState state;
            state.requestId = id;
            state.base = r.base;
            state.dataset = r.dataset;
            state.baseResolution = r.baseResolution;
            state.baseMacs = core::profileModel(core::resolve(base)).macs;
            state.target = r.target;
            core::GridRunOptions o;
            o.recipe.seed = uint64_t(r.seed);
            o.recipe.optimizer.kind = core::OptimizerKind::Sgd;
            o.recipe.schedule.base = r.learningRate;
            o.recipe.schedule.warmupSteps = std::max(1, r.steps / 10);
            if (r.minutes <= 0) { // a step budget decays as the fine-tune does; a time budget keeps its rate
                o.recipe.schedule.decaySteps = std::max(1, r.steps / 4);
                o.recipe.schedule.decayRate = 0.7;
            }
            o.recipe.bnMomentum = 0.1;
            o.recipe.stochasticDepth = 0.1;
            o.budget.batchSize = r.batch;
            o.budget.steps = r.minutes > 0 ? 0 : r.steps;
            o.budget.epochs = r.minutes > 0 ? 1e6 : 0.0; // with minutes, time alone stops a candidate
            o.budget.minutes = r.minutes;
            o.augmentation.minScale = 0.35;
            o.directory = path(r.directory);
            o.resume = r.resume;
            o.device = core::torchDevice(core::canonicalDevice(r.device.toStdString()));
            const double n = double(candidates.size());
            const std::vector<core::GridRunResult> results = core::runGridSearch(
                candidates, data, basePreprocess, o,
                [&](size_t index, const core::TrainPoint &p, const core::TrainOutcome &s) {
                    Q_EMIT curvePoint(toCurvePoint(id, int(index), p, s));
                    const double within = r.minutes > 0 ? std::min(1.0, (s.resumedSeconds + p.seconds) / (r.minutes * 60.0))
                                                        : double(p.step) / double(std::max<int64_t>(s.totalSteps, 1));
                    Q_EMIT progress(id, (double(index) + within) / n,
                                    tr("Grid search: candidate %1 of %2, step %3").arg(index + 1).arg(candidates.size()).arg(p.step));
                    return keepGoing();
                },
                [&](const std::vector<core::GridRunResult> &sofar) {
                    state.points.clear();
                    for (const core::GridRunResult &res : sofar)
                        state.points.push_back(gridPoint(res));
                    Q_EMIT gridChanged(state);
                });
            for (const core::GridRunResult &res : results)
                if (res.rank == 1) {
                    summary.bestValAccuracy = res.valAccuracy;
                    summary.steps = res.steps;
                }
        }
    } catch (const core::Error &e) {
        if (e.category() == core::ErrorCategory::Cancelled || m_cancel.load())
            summary.cancelled = true;
        else
            Q_EMIT failed(id, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        Q_EMIT failed(id, QString::fromUtf8(e.what()));
    }
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(summary);
}

} // namespace effscope

#include "training_worker.moc"
