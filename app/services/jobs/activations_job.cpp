// SPDX-License-Identifier: MIT
// Activations: one layer of the current model on a photo, as per-channel statistics and a small
// map of every channel (kept for the channel job's full-resolution view).
#include "worker_state.h"

#include "explain/activations.h"
#include "explain/cam.h"
#include "pipeline/explain_photo.h"

#include "inference_worker.h"
#include "jobs/jobs.h"

#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

namespace effscope {

namespace {

constexpr int kCellMax = 48; // grid cells: at most this many pixels a side

constexpr int kWeightBins = 60;

// The convolution weights under the tap (its own conv, or every conv of a block or stage): a
// histogram of their values with their range, mean and spread
void weightHistogram(core::ModelHandle &h, ActivationView &v)
{
    c10::InferenceMode guard;
    const std::string prefix = v.layer.toStdString() + ".";
    std::vector<at::Tensor> parts;
    for (const auto &p : h.net->named_parameters(true)) {
        const std::string &key = p.key();
        if (key.compare(0, prefix.size(), prefix) == 0 && p.value().dim() == 4
            && key.size() > 7 && key.compare(key.size() - 7, 7, ".weight") == 0)
            parts.push_back(p.value().detach().reshape({-1}).to(at::kCPU, at::kFloat));
    }
    if (parts.empty())
        return;
    const at::Tensor all = at::cat(parts);
    v.weightTensors = int(parts.size());
    v.weightCount = all.numel();
    v.weightMin = all.min().item<double>();
    v.weightMax = all.max().item<double>();
    v.weightMean = all.mean().item<double>();
    v.weightStd = all.numel() > 1 ? all.std().item<double>() : 0.0;
    const double hi = v.weightMax > v.weightMin ? v.weightMax : v.weightMin + 1e-6;
    const at::Tensor bins = at::histc(all, kWeightBins, v.weightMin, hi).to(at::kLong);
    for (int i = 0; i < kWeightBins; ++i)
        v.weightBins.push_back(int(bins[i].item<int64_t>()));
}

class ActivationsJob final : public Job
{
public:
    ActivationsJob(const QString &path, const QString &layer)
        : Job(JobKind::Activations, {true, true}), m_path(path), m_layer(layer)
    {
    }

    void run(WorkerState &state, const JobContext &ctx) override
    {
        core::ModelHandle &h = state.current();
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = state.decode(m_path);
        const at::Tensor x = core::photoInput(h, img);
        ctx.progress(0.2);
        const at::Tensor a = core::layerActivations(h, x, m_layer.toStdString()).to(at::kCPU).contiguous();
        ctx.throwIfCancelled("the activations were cancelled");
        ctx.progress(0.8);
        const std::vector<core::ChannelStats> stats = core::channelStats(a);
        ActivationView v;
        v.requestId = ctx.id();
        v.imagePath = m_path;
        v.model = QString::fromStdString(h.config.name);
        v.layer = m_layer;
        v.channels = int(a.size(0));
        v.height = int(a.size(1));
        v.width = int(a.size(2));
        for (int c : core::channelsByMean(stats))
            v.order.push_back(c);
        for (const core::ChannelStats &st : stats) {
            v.mean.push_back(st.mean);
            v.min.push_back(st.min);
            v.max.push_back(st.max);
            v.fractionZero.push_back(st.fractionZero);
            v.fractionNegative.push_back(st.fractionNegative);
        }
        weightHistogram(h, v);
        const double s = std::min(1.0, double(kCellMax) / std::max(v.width, v.height));
        const cv::Size cell(std::max(1, int(v.width * s + 0.5)), std::max(1, int(v.height * s + 0.5)));
        v.cellSize = QSize(cell.width, cell.height);
        v.cells.resize(qsizetype(v.channels) * cell.area());
        const float *src = a.data_ptr<float>();
        for (int c = 0; c < v.channels; ++c) {
            const cv::Mat map(v.height, v.width, CV_32F, const_cast<float *>(src + qsizetype(c) * v.height * v.width));
            cv::Mat out(cell, CV_32F, v.cells.data() + qsizetype(c) * cell.area());
            if (cell.width == v.width && cell.height == v.height)
                map.copyTo(out);
            else
                cv::resize(map, out, cell, 0, 0, cv::INTER_AREA);
        }
        state.activations = a;
        state.activationsLayer = m_layer;
        v.ms = timer.nsecsElapsed() / 1e6;
        Q_EMIT ctx.worker().activationsReady(v);
    }

private:
    QString m_path, m_layer;
};

} // namespace

std::unique_ptr<Job> makeActivationsJob(const QString &imagePath, const QString &layer)
{
    return std::make_unique<ActivationsJob>(imagePath, layer);
}

} // namespace effscope
