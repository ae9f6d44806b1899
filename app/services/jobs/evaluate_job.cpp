// SPDX-License-Identifier: MIT
// Evaluate: each scale's top-1 / top-5, per-class accuracy and confused pairs on a labelled
// folder or CSV, cheapest first (presets with their cached weights, custom scales untrained).
// With a resume directory each scale's finished images are kept there, so a rerun continues.
#include "worker_state.h"

#include "arch/profiler.h"
#include "common/dataset.h"
#include "pipeline/evaluate_photos.h"

#include "custom_scale.h"
#include "exports.h"
#include "inference_worker.h"
#include "jobs/jobs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace effscope {

namespace {

QString name(const core::ModelHandle &h, int index)
{
    return QString::fromStdString(h.className(index));
}

class EvaluateJob final : public Job
{
public:
    explicit EvaluateJob(const EvalRequest &r) : Job(JobKind::Evaluate, {true, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        runStreamed(ctx, JobKind::Evaluate, [&] { return evaluateAll(state, ctx); },
                    [&](bool cancelled) { Q_EMIT ctx.worker().evalFinished(ctx.id(), cancelled); });
    }
    void droppedUnstarted(InferenceWorker &worker) override { Q_EMIT worker.evalFinished(id(), true); }

private:
    bool evaluateAll(WorkerState &state, const JobContext &ctx)
    {
        const std::string dataset = QFile::encodeName(m_request.dataset).toStdString();
        // labelled by ImageNet's classes (listed once, when a scale needs them) or by a fine-tuned
        // model's own
        std::optional<std::vector<core::LabelledImage>> imagenet;
        (void)core::listOwnClasses(dataset); // a path that is no labelled set fails the whole request
        const QString device = QString::fromStdString(state.device());
        const auto order = cheapestFirst(m_request.models, m_request.custom); // a bad name fails when it loads
        const QByteArray datasetKey = QCryptographicHash::hash(QFileInfo(m_request.dataset).absoluteFilePath().toUtf8(),
                                                               QCryptographicHash::Sha1).toHex().left(12);
        const double n = double(order.size());
        double done = 0;
        for (const auto &[macs, slot] : order) {
            if (ctx.cancelled())
                return true;
            EvalItem it;
            it.requestId = ctx.id();
            it.slot = slot;
            it.model = m_request.models[slot];
            it.dataset = m_request.dataset;
            bool stopped = false;
            try {
                core::ModelHandle &h = state.scale(it.model, findCustomScale(m_request.custom, it.model), device,
                                                   ctx.progressFn(done / n, 0.1 / n));
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                it.macs = core::profileModel(h.net->spec(), h.preprocess.cropSize, h.preprocess.cropSize).macs;
                if (h.ownClasses.empty() && !imagenet)
                    imagenet = core::listLabelledImages(dataset);
                const std::vector<core::LabelledImage> own =
                    h.ownClasses.empty() ? std::vector<core::LabelledImage>() : core::listLabelledFor(dataset, h.ownClasses);
                const std::vector<core::LabelledImage> &labelled = h.ownClasses.empty() ? *imagenet : own;
                it.images = int(labelled.size());
                core::EvalOptions o;
                if (!m_request.resumeDir.isEmpty()) {
                    QDir().mkpath(m_request.resumeDir);
                    const QString file = fileNamePart(it.model) + QLatin1Char('-') + fileNamePart(it.weightsLabel)
                                       + QLatin1Char('-') + QString::fromLatin1(datasetKey) + QStringLiteral(".tsv");
                    o.resumeFile = QFile::encodeName(QDir(m_request.resumeDir).filePath(file)).toStdString();
                }
                o.progress = ctx.progressFn((done + 0.1) / n, 0.9 / n);
                const core::EvalResult r = core::evaluatePhotos(h, labelled, o);
                fill(it, r, h);
                stopped = r.cancelled;
            } catch (const std::exception &e) {
                if (ctx.cancelled()) // stopped while its model loaded: nothing to report
                    return true;
                it.error = QString::fromUtf8(e.what());
            }
            Q_EMIT ctx.worker().evalItem(it);
            done += 1;
            ctx.progress(done / n);
            if (stopped)
                return true;
        }
        return false;
    }

    static void fill(EvalItem &it, const core::EvalResult &r, const core::ModelHandle &h)
    {
        it.imageSize = r.imageSize;
        it.cropPct = r.cropPct;
        it.interpolation = QString::fromStdString(r.interpolation);
        it.params = r.params;
        it.evaluated = r.evaluated;
        it.failed = r.failed;
        it.resumed = r.resumed;
        it.top1 = r.top1;
        it.top5 = r.top5;
        it.cancelled = r.cancelled;
        for (const core::ClassAccuracy &c : r.perClass)
            it.perClass.push_back({c.label, name(h, c.label), c.count, c.top1});
        for (const core::Confusion &c : r.confused)
            it.confused.push_back({c.label, c.predicted, c.count, name(h, c.label), name(h, c.predicted)});
        for (const core::EvalSample &smp : r.samples) {
            if (!smp.error.empty())
                it.errors.push_back(QString::fromStdString(smp.error));
            EvalImage image;
            image.path = QString::fromStdString(smp.path);
            image.label = smp.label;
            image.top = QVector<int>(smp.top.begin(), smp.top.end());
            image.error = QString::fromStdString(smp.error);
            it.samples.push_back(image);
        }
        it.csvRow = QString::fromStdString(core::evalCsvRow(r));
    }

    EvalRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeEvaluateJob(const EvalRequest &request)
{
    return std::make_unique<EvaluateJob>(request);
}

} // namespace effscope
