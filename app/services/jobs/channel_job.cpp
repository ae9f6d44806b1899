// SPDX-License-Identifier: MIT
// Channel: one channel of the last activations at full resolution (the enlarged view).
#include "worker_state.h"

#include "common/error.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

namespace effscope {

namespace {

class ChannelJob final : public Job
{
public:
    ChannelJob(const QString &layer, int channel) : Job(JobKind::Channel, {false}), m_layer(layer), m_channel(channel) {}

    void run(WorkerState &state, const JobContext &ctx) override
    {
        const at::Tensor &a = state.activations;
        if (!a.defined() || m_layer != state.activationsLayer)
            throw core::Error(core::ErrorCategory::InvalidInput,
                              "the activations of " + m_layer.toStdString() + " are not computed yet");
        if (m_channel < 0 || m_channel >= a.size(0))
            throw core::Error(core::ErrorCategory::InvalidInput, m_layer.toStdString() + " has "
                                                                     + std::to_string(a.size(0)) + " channels, not "
                                                                     + std::to_string(m_channel + 1));
        ChannelView v;
        v.requestId = ctx.id();
        v.layer = m_layer;
        v.channel = m_channel;
        v.height = int(a.size(1));
        v.width = int(a.size(2));
        const float *p = a.data_ptr<float>() + qsizetype(m_channel) * v.height * v.width;
        v.values = QVector<float>(p, p + qsizetype(v.height) * v.width);
        Q_EMIT ctx.worker().channelReady(v);
    }

private:
    QString m_layer;
    int m_channel;
};

} // namespace

std::unique_ptr<Job> makeChannelJob(const QString &layer, int channel)
{
    return std::make_unique<ChannelJob>(layer, channel);
}

} // namespace effscope
