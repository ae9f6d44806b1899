// SPDX-License-Identifier: MIT
// Heat maps of a folder: the current model's CAM of every photo (each its own top-1, the method
// and layer of the heat map view) written next to each other: the overlay as the view draws it
// and the raw map laid back on the photo. A photo that fails does so alone; each file is
// written atomically, so a cancelled run leaves whole files only.
#include "worker_state.h"

#include "pipeline/explain_photo.h"
#include "vision/image.h"

#include "exports.h"
#include "inference_worker.h"
#include "jobs/explanation.h"
#include "jobs/jobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace effscope {

namespace {

class CamExportJob final : public Job
{
public:
    explicit CamExportJob(const CamExportRequest &r) : Job(JobKind::CamExport, {true, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        runStreamed(ctx, JobKind::CamExport, [&] { return exportAll(state, ctx); },
                    [&](bool cancelled) { Q_EMIT ctx.worker().camExportFinished(ctx.id(), cancelled); });
    }
    void droppedUnstarted(InferenceWorker &worker) override { Q_EMIT worker.camExportFinished(id(), true); }

private:
    bool exportAll(WorkerState &state, const JobContext &ctx)
    {
        core::ModelHandle &h = state.current();
        const QString model = QString::fromStdString(h.config.name);
        const QString method = QString::fromLatin1(core::camMethodName(m_request.method));
        if (!QDir().mkpath(m_request.outDir))
            throw core::Error(core::ErrorCategory::Io, "cannot create the folder " + m_request.outDir.toStdString());
        const int n = int(m_request.images.size());
        for (int i = 0; i < n; ++i) {
            if (ctx.cancelled())
                return true;
            CamExportItem it;
            it.requestId = ctx.id();
            it.index = i;
            it.total = n;
            it.image = m_request.images[i];
            try {
                const core::DecodedImage img = core::decodeImageFile(QFile::encodeName(it.image).toStdString());
                core::ExplainOptions o;
                o.topk = 1;
                o.cam.method = m_request.method;
                o.cam.layer = m_request.layer.toStdString();
                o.metrics = false;
                const core::PhotoExplanation e = core::explainPhoto(h, img, o, ctx.progressFn(double(i) / n, 1.0 / n));
                Explanation x;
                fillExplanation(x, e, toRgbImage(img.rgb, std::max(img.rgb.cols, img.rgb.rows)), h);
                it.label = QString::fromStdString(h.className(e.targetClass));
                const QString stem = QDir(m_request.outDir)
                                         .filePath(QStringLiteral("%1-%2-%3").arg(QFileInfo(it.image).completeBaseName(), model, method));
                QString error = writeOverlayPng(x, m_request.lut, m_request.opacity, stem + QStringLiteral(".png"));
                if (error.isEmpty())
                    it.written << stem + QStringLiteral(".png");
                if (error.isEmpty() && m_request.raw) {
                    error = writeRawHeat(x, stem + QStringLiteral(".npy"));
                    if (error.isEmpty())
                        it.written << stem + QStringLiteral(".npy");
                }
                it.error = error;
            } catch (const core::Error &e) {
                if (e.category() == core::ErrorCategory::Cancelled)
                    return true;
                it.error = QString::fromStdString(e.what());
            } catch (const std::exception &e) {
                it.error = QString::fromStdString(e.what());
            }
            Q_EMIT ctx.worker().camExportItem(it);
            ctx.progress(double(i + 1) / n);
        }
        return false;
    }

    CamExportRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeCamExportJob(const CamExportRequest &request)
{
    return std::make_unique<CamExportJob>(request);
}

} // namespace effscope
