// SPDX-License-Identifier: MIT
// Load: a preset with its weights, or a custom scale with random init, becomes the current
// model. The previous model stays until the new one is complete, so a failed or cancelled load
// keeps it.
#include "worker_state.h"

#include "arch/profiler.h"
#include "explain/cam.h"
#include "infer/devices.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <QElapsedTimer>

namespace effscope {

namespace {

// Every tap point at `size` with the MACs and parameters of the profiled units under it.
QVector<LayerRow> layerRows(const core::ResolvedModel &spec, int size)
{
    const core::ModelProfile prof = core::profileModel(spec, size, size);
    QVector<LayerRow> rows;
    for (const core::LayerInfo &l : core::explainableLayers(spec, size, size)) {
        LayerRow r;
        r.path = QString::fromStdString(l.path);
        r.kind = QString::fromStdString(l.kind);
        r.channels = int(l.channels);
        r.height = int(l.height);
        r.width = int(l.width);
        const std::string prefix = l.path + ".";
        for (const core::LayerProfile &p : prof.layers)
            if (p.name == l.path || p.name.compare(0, prefix.size(), prefix) == 0) {
                r.macs += p.macs;
                r.params += p.params;
            }
        // the architecture of the tap: kernel and stride, and a block's expansion and SE
        const auto blockOf = [&spec](const std::string &path) -> const core::ResolvedBlock * {
            for (const core::ResolvedBlock &b : spec.blocks)
                if (path == b.path() || path.compare(0, b.path().size() + 1, b.path() + ".") == 0)
                    return &b;
            return nullptr;
        };
        if (r.kind == QLatin1String("stem")) {
            r.kernel = 3;
            r.stride = 2;
        } else if (r.kind == QLatin1String("head") || r.kind == QLatin1String("expand") || r.kind == QLatin1String("project")) {
            r.kernel = 1;
            r.stride = 1;
        } else if (r.kind == QLatin1String("stage")) {
            for (const core::ResolvedBlock &b : spec.blocks)
                if (b.index == 0 && "features." + std::to_string(b.stage + 1) == l.path) {
                    r.kernel = b.kernel;
                    r.stride = b.stride;
                }
        } else if (const core::ResolvedBlock *b = blockOf(l.path)) {
            if (r.kind != QLatin1String("se")) {
                r.kernel = b->kernel;
                r.stride = b->stride;
            }
            if (r.kind == QLatin1String("block")) {
                r.expandRatio = double(b->expandedChannels) / b->inChannels;
                r.se = b->squeezeChannels > 0;
            }
        }
        rows.push_back(r);
    }
    return rows;
}

class LoadJob final : public Job
{
public:
    explicit LoadJob(const LoadRequest &r) : Job(JobKind::Load, {true, false, true}), m_request(r) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        QElapsedTimer timer;
        timer.start();
        core::ModelHandle loaded = state.loadModel(m_request.model, m_request.custom, m_request.device,
                                                   ctx.progressFn(), m_request.weights, m_request.precision);
        const int size = loaded.preprocess.cropSize;
        const double buildMs = timer.nsecsElapsed() / 1e6;
        // warm-up at the crop size, before the new model replaces the old one (a cancel between
        // passes keeps the old one): builds the CPU plan (and on CUDA captures the graph), so the
        // first photo is not a cold run; the last pass is this machine's speed for estimates
        double forwardMs = 0;
        {
            c10::InferenceMode guard;
            const at::Tensor probe = at::zeros({1, 3, size, size});
            const int passes = loaded.device == "cpu" ? 2 : 3;
            for (int i = 0; i < passes; ++i) {
                ctx.throwIfCancelled("loading was cancelled");
                QElapsedTimer pass;
                pass.start();
                loaded.classifyForward(probe).to(at::kCPU); // reading it waits for the device
                forwardMs = pass.nsecsElapsed() / 1e6;
            }
        }
        ctx.throwIfCancelled("loading was cancelled");
        state.model.reset();
        state.model = std::move(loaded);
        state.activations = at::Tensor();
        state.activationsLayer.clear();
        const core::ModelHandle &h = *state.model;
        const core::ModelProfile prof = core::profileModel(h.net->spec(), size, size);
        ModelInfo info;
        info.requestId = ctx.id();
        info.model = QString::fromStdString(h.config.name);
        info.unreliable = QString::fromStdString(h.unreliable());
        info.custom = m_request.custom.has_value();
        info.weightsLabel = QString::fromStdString(h.weightsLabel);
        info.pretrained = h.pretrained;
        info.device = QString::fromStdString(h.device);
        info.precision = QString::fromStdString(h.precision);
        info.params = prof.params;
        info.macs = prof.macs;
        info.inputSize = size;
        info.loadMs = timer.nsecsElapsed() / 1e6;
        info.forwardMs = forwardMs;
        info.buildMs = buildMs;
        for (const core::DeviceInfo &d : core::listDevices()) // torch calls: here, never on the GUI thread
            info.devices.push_back({QString::fromStdString(d.id), QString::fromStdString(d.name), d.totalBytes,
                                    d.availableBytes, QString::fromStdString(d.capability), d.fp16});
        info.engine = QString::fromLatin1(h.engineName());
        info.threads = at::get_num_threads();
        info.layers = layerRows(h.net->spec(), size);
        for (const std::string &c : h.ownClasses)
            info.classes << QString::fromStdString(c);
        Q_EMIT ctx.worker().modelReady(info);
    }

private:
    LoadRequest m_request;
};

} // namespace

std::unique_ptr<Job> makeLoadJob(const LoadRequest &request)
{
    return std::make_unique<LoadJob>(request);
}

} // namespace effscope
