// SPDX-License-Identifier: MIT
#include "train/optimizer.h"

#include "common/error.h"

#include <ATen/core/grad_mode.h>

#include <cmath>
#include <map>

namespace effscope::core {

const char *optimizerName(OptimizerKind kind)
{
    return kind == OptimizerKind::Sgd ? "sgd" : "rmsproptf";
}

OptimizerKind parseOptimizer(const std::string &name)
{
    if (name == "sgd")
        return OptimizerKind::Sgd;
    if (name == "rmsproptf" || name == "rmsprop")
        return OptimizerKind::RmsPropTf;
    throw Error(ErrorCategory::InvalidInput, "unknown optimizer '" + name + "' (choose sgd or rmsproptf)");
}

Optimizer::Optimizer(std::vector<NamedParameter> parameters, OptimizerOptions options)
    : m_params(std::move(parameters)), m_options(options)
{
    auto check = [](double v, const char *what, bool upperOne) {
        if (!std::isfinite(v) || v < 0.0 || (upperOne && v >= 1.0))
            throw Error(ErrorCategory::InvalidInput, std::string("the optimizer's ") + what + " must be "
                                                         + (upperOne ? "in [0, 1)" : "finite and >= 0") + ", got "
                                                         + std::to_string(v));
    };
    check(options.momentum, "momentum", true);
    check(options.decay, "decay", true);
    check(options.eps, "epsilon", false);
    check(options.weightDecay, "weight decay", false);
    if (options.nesterov && (options.kind != OptimizerKind::Sgd || options.momentum <= 0.0))
        throw Error(ErrorCategory::InvalidInput, "Nesterov momentum needs SGD with a momentum above 0");
    m_momentum.resize(m_params.size());
    m_squareAvg.resize(m_params.size());
    for (size_t i = 0; i < m_params.size(); ++i) {
        const at::Tensor &p = m_params[i].tensor;
        const std::string &n = m_params[i].name;
        const bool bias = n.size() >= 5 && n.compare(n.size() - 5, 5, ".bias") == 0;
        m_decay.push_back(p.dim() > 1 && !bias);
        if (options.kind == OptimizerKind::RmsPropTf) {
            m_squareAvg[i] = at::ones_like(p); // TF starts the mean square at 1, PyTorch at 0
            if (options.momentum > 0.0)
                m_momentum[i] = at::zeros_like(p);
        }
    }
}

void Optimizer::zeroGrad()
{
    for (NamedParameter &p : m_params)
        if (p.tensor.grad().defined())
            p.tensor.mutable_grad().zero_();
}

void Optimizer::step(double lr)
{
    if (!std::isfinite(lr) || lr < 0.0)
        throw Error(ErrorCategory::InvalidInput, "the learning rate must be finite and >= 0, got " + std::to_string(lr));
    at::NoGradGuard noGrad;
    const OptimizerOptions &o = m_options;
    for (size_t i = 0; i < m_params.size(); ++i) {
        at::Tensor p = m_params[i].tensor;
        at::Tensor g = p.grad();
        if (!g.defined())
            continue;
        if (m_decay[i] && o.weightDecay != 0.0)
            g = g.add(p, o.weightDecay);
        if (o.kind == OptimizerKind::Sgd) {
            at::Tensor d = g;
            if (o.momentum > 0.0) {
                at::Tensor &buf = m_momentum[i];
                if (!buf.defined())
                    buf = g.clone();
                else
                    buf.mul_(o.momentum).add_(g);
                d = o.nesterov ? g.add(buf, o.momentum) : buf;
            }
            p.add_(d, -lr);
        } else {
            at::Tensor &v = m_squareAvg[i];
            v.add_(g.pow(2) - v, 1.0 - o.decay);
            const at::Tensor rms = v.add(o.eps).sqrt_();
            if (o.momentum > 0.0) {
                at::Tensor &buf = m_momentum[i];
                buf.mul_(o.momentum).addcdiv_(g, rms, lr);
                p.sub_(buf);
            } else {
                p.addcdiv_(g, rms, -lr);
            }
        }
    }
}

std::vector<std::pair<std::string, at::Tensor>> Optimizer::state() const
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (size_t i = 0; i < m_params.size(); ++i) {
        if (m_squareAvg[i].defined())
            out.emplace_back("square_avg." + m_params[i].name, m_squareAvg[i]);
        if (m_momentum[i].defined())
            out.emplace_back("momentum." + m_params[i].name, m_momentum[i]);
    }
    return out;
}

void Optimizer::loadState(const std::vector<std::pair<std::string, at::Tensor>> &state)
{
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < m_params.size(); ++i)
        index[m_params[i].name] = i;
    const bool rms = m_options.kind == OptimizerKind::RmsPropTf;
    std::vector<at::Tensor> momentum(m_params.size()), square(m_params.size());
    for (const auto &[name, t] : state) {
        const size_t dot = name.find('.');
        const std::string slot = name.substr(0, dot);
        const auto it = dot == std::string::npos ? index.end() : index.find(name.substr(dot + 1));
        if (it == index.end() || (slot != "momentum" && slot != "square_avg") || (slot == "square_avg" && !rms))
            throw Error(ErrorCategory::InvalidInput, "the optimizer state has an entry '" + name
                                                         + "' that this " + optimizerName(m_options.kind)
                                                         + " optimizer of this model does not");
        const at::Tensor &p = m_params[it->second].tensor;
        if (t.sizes() != p.sizes())
            throw Error(ErrorCategory::ShapeMismatch, "the optimizer state '" + name + "' has the wrong shape for its parameter");
        (slot == "momentum" ? momentum : square)[it->second] = t.to(p.device(), p.scalar_type()).clone();
    }
    for (size_t i = 0; i < m_params.size(); ++i) {
        const bool needsMomentum = rms && m_options.momentum > 0.0;
        if ((rms && !square[i].defined()) || (needsMomentum && !momentum[i].defined()))
            throw Error(ErrorCategory::InvalidInput,
                        "the optimizer state lacks " + std::string(rms && !square[i].defined() ? "square_avg" : "momentum")
                            + " for '" + m_params[i].name + "'");
    }
    m_momentum = std::move(momentum);
    m_squareAvg = std::move(square);
}

double clipGradientNorm(const std::vector<NamedParameter> &parameters, double maxNorm)
{
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> norms;
    for (const NamedParameter &p : parameters)
        if (p.tensor.grad().defined())
            norms.push_back(p.tensor.grad().norm(2));
    if (norms.empty())
        return 0.0;
    const at::Tensor total = at::stack(norms).norm(2);
    if (std::isfinite(maxNorm)) { // otherwise only the norm is wanted: no pass over the gradients
        const at::Tensor coef = (maxNorm / (total + 1e-6)).clamp_max(1.0);
        for (const NamedParameter &p : parameters)
            if (p.tensor.grad().defined())
                p.tensor.mutable_grad().mul_(coef.to(p.tensor.grad().device()));
    }
    return total.item<double>();
}

} // namespace effscope::core
