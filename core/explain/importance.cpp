// SPDX-License-Identifier: MIT
#include "explain/importance.h"

#include "common/error.h"
#include "explain/activations.h"
#include "explain/cam.h"

#include <map>

namespace effscope::core {

std::vector<LayerImportance> channelImportance(ModelHandle &model, const at::Tensor &input,
                                               const std::function<bool(double)> &progress)
{
    const ResolvedModel &spec = model.net->spec();
    // (tap, BN weight key, stage): stem, each block's depthwise op, head
    struct Tap
    {
        std::string layer, bn;
        int stage;
    };
    std::vector<Tap> taps{{"features.0", "features.0.1.weight", 0}};
    for (const ResolvedBlock &b : spec.blocks) {
        const std::string dw = b.path() + ".block." + std::to_string(b.ops().depthwise);
        taps.push_back({dw, dw + ".1.weight", b.stage + 1});
    }
    const std::string head = "features." + std::to_string(spec.headIndex());
    taps.push_back({head, head + ".1.weight", int(spec.stageRepeats.size()) + 1});
    std::map<std::string, at::Tensor> params;
    for (const auto &p : model.net->named_parameters(true))
        params.emplace(p.key(), p.value());

    // BN scales first, then one forward that reports every tap's sparsity as it passes
    std::vector<LayerImportance> rows;
    std::map<std::string, size_t> rowOf;
    std::vector<std::string> layers;
    for (const Tap &t : taps) {
        const auto found = params.find(t.bn);
        if (found == params.end())
            throw Error(ErrorCategory::ShapeMismatch, "no BN scale " + t.bn + " in the model");
        const at::Tensor g = found->second.detach().to(at::kCPU, at::kFloat).abs().contiguous();
        const float *gp = g.data_ptr<float>();
        const int64_t c = g.numel();
        const float gmax = g.max().item<float>();
        LayerImportance r;
        r.layer = t.layer;
        r.stage = t.stage;
        r.channels = int(c);
        r.meanAbsGamma = g.mean().item<double>();
        int64_t weak = 0;
        for (int64_t k = 0; k < c; ++k)
            weak += gp[k] < 0.05f * gmax;
        r.weakFraction = c ? double(weak) / double(c) : 0.0;
        rowOf[t.layer] = rows.size();
        rows.push_back(r);
        layers.push_back(t.layer);
    }
    size_t done = 0;
    visitLayerActivations(model, input, layers, [&](const std::string &layer, const at::Tensor &a) {
        const std::vector<ChannelStats> stats = channelStats(a);
        int64_t dead = 0;
        double nonPositive = 0;
        for (const ChannelStats &st : stats) {
            dead += st.max <= 0.0f;
            nonPositive += st.fractionZero + st.fractionNegative;
        }
        LayerImportance &r = rows[rowOf.at(layer)];
        r.deadFraction = stats.empty() ? 0.0 : double(dead) / double(stats.size());
        r.nonPositiveFraction = stats.empty() ? 0.0 : nonPositive / double(stats.size());
        if (progress && !progress(double(++done) / double(layers.size())))
            throw Error(ErrorCategory::Cancelled, "the channel importance was cancelled");
    });
    return rows;
}

} // namespace effscope::core
