// SPDX-License-Identifier: MIT
#pragma once
// Random but non-degenerate weights for engine-against-reference tests: He-normal convolutions,
// random BN affine parameters, BN statistics measured by one training-mode pass over random
// data, the classifier scaled to a logit standard deviation near 1.5 (the reference's default
// init gives ~1e-14 logits).
#include "nn/efficientnet.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>
#include <torch/nn/modules/batchnorm.h>

#include <cmath>

namespace effscope::core {

inline void randomize(EfficientNetImpl &net, int size)
{
    c10::NoGradGuard noGrad;
    at::manual_seed(7);
    for (auto &item : net.named_parameters()) {
        at::Tensor p = item.value();
        const std::string &k = item.key();
        if (p.dim() == 4) {
            p.normal_(0.0, std::sqrt(2.0 / (p[0].numel())));
        } else if (k.find("classifier") != std::string::npos) {
            p.normal_(0.0, p.dim() == 2 ? 1.0 / std::sqrt(double(p.size(1))) : 0.1);
        } else if (k.size() > 7 && k.compare(k.size() - 7, 7, ".weight") == 0) { // BN gamma
            p.uniform_(0.75, 1.25);
        } else {
            p.normal_(0.0, 0.2);
        }
    }
    // Project BNs (no activation after them) are scaled down so deep residual stacks stay tame.
    for (const ResolvedBlock &b : net.spec().blocks) {
        const std::string key = b.path() + ".block." + std::to_string(b.ops().project) + ".1.weight";
        net.named_parameters()[key].mul_(0.3);
    }
    for (auto &m : net.modules())
        if (auto *bn = dynamic_cast<torch::nn::BatchNorm2dImpl *>(m.get()))
            bn->options.momentum(1.0); // running stats := this batch's stats
    net.train();
    net.forward(at::randn({2, 3, size, size}));
    net.eval();
    const double std = net.forward(at::randn({2, 3, size, size})).std().item<double>();
    net.named_parameters()["classifier.1.weight"].div_(std / 1.5);
    net.named_parameters()["classifier.1.bias"].div_(std / 1.5);
}

} // namespace effscope::core
