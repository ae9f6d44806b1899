// SPDX-License-Identifier: MIT
// Heat map: the current model's CAM of a photo, through core's explanation pipeline (the one
// `effscope-cli cam` and the compare job use), with its faithfulness numbers.
#include "worker_state.h"

#include "pipeline/explain_photo.h"

#include "inference_worker.h"
#include "jobs/explanation.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

class CamJob final : public Job
{
public:
    explicit CamJob(const CamRequest &r) : Job(JobKind::Cam, {}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        core::ModelHandle &h = state.current();
        const core::DecodedImage &img = state.decode(m_request.imagePath);
        core::ExplainOptions o;
        o.cam.method = m_request.method;
        o.cam.layer = m_request.layer.toStdString();
        o.cam.targetClass = m_request.classIndex;
        o.cam.augSmooth = m_request.augSmooth;
        o.cam.eigenSmooth = m_request.eigenSmooth;
        o.metrics = m_request.metrics;
        const core::PhotoExplanation e = core::explainPhoto(h, img, o, ctx.progressFn());
        CamView v;
        fillExplanation(v, e, state.photoImage(), h);
        v.requestId = ctx.id();
        v.request = m_request;
        v.model = QString::fromStdString(h.config.name);
        v.unreliable = QString::fromStdString(h.unreliable());
        Q_EMIT ctx.worker().camReady(v);
    }

private:
    CamRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeCamJob(const CamRequest &request)
{
    return std::make_unique<CamJob>(request);
}

} // namespace effscope
