// SPDX-License-Identifier: MIT
#include "train/trainer.h"

#include "common/error.h"
#include "weights/load_weights.h"
#include "weights/state_dict.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <chrono>
#include <cmath>
#include <set>

namespace effscope::core {

namespace {

constexpr const char *kFormat = "effscope-training-checkpoint-1";

// bf16 autocast on CUDA for the guard's lifetime (LibTorch 2.4 renamed the calls)
class CudaAutocast
{
public:
    explicit CudaAutocast(bool on) : m_on(on)
    {
        if (!m_on)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
        at::autocast::set_autocast_enabled(at::kCUDA, true);
#else
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
#endif
    }
    ~CudaAutocast()
    {
        if (!m_on)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
        at::autocast::set_enabled(false);
#endif
        at::autocast::clear_cache();
    }
    CudaAutocast(const CudaAutocast &) = delete;
    CudaAutocast &operator=(const CudaAutocast &) = delete;

private:
    bool m_on;
};

// splitmix64: a step's seed from the run's seed, well mixed so neighbouring steps differ
uint64_t stepSeed(uint64_t seed, int64_t step)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ULL * uint64_t(step + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

c10::Device deviceOf(torch::nn::Module &m)
{
    const auto params = m.parameters();
    return params.empty() ? c10::Device(c10::kCPU) : params.front().device();
}

std::string joinNames(const std::vector<std::string> &names, size_t most = 3)
{
    std::string out;
    for (size_t i = 0; i < names.size() && i < most; ++i)
        out += (i ? ", '" : "'") + names[i] + "'";
    if (names.size() > most)
        out += " and " + std::to_string(names.size() - most) + " more";
    return out;
}

} // namespace

double LearningRateSchedule::at(int64_t step) const
{
    if (step < warmupSteps)
        return base * double(step + 1) / double(warmupSteps);
    if (decaySteps <= 0.0)
        return base;
    double e = double(step) / decaySteps;
    if (staircase)
        e = std::floor(e);
    return base * std::pow(decayRate, e);
}

EfficientNet withClasses(EfficientNetImpl &source, int classes, uint64_t seed)
{
    if (classes < 2 || classes > 100000)
        throw Error(ErrorCategory::InvalidInput, "a classifier needs 2 to 100000 classes, got " + std::to_string(classes));
    ResolvedModel spec = source.spec();
    spec.numClasses = classes;
    EfficientNet out(spec);
    const c10::Device device = deviceOf(source);
    out->to(device);
    at::NoGradGuard noGrad;
    auto sourceParams = source.named_parameters();
    auto sourceBuffers = source.named_buffers();
    for (auto &item : out->named_parameters()) {
        if (item.key().rfind("classifier.", 0) == 0)
            continue;
        item.value().copy_(sourceParams[item.key()]);
    }
    for (auto &item : out->named_buffers())
        item.value().copy_(sourceBuffers[item.key()]);
    at::Generator g = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto head = out->named_parameters();
    // a fresh head as nn.Linear initialises one (timm's reset_classifier): torchvision's
    // 1/sqrt(classes) would give a 2-class head logits in the tens from 1280 features
    const double bound = 1.0 / std::sqrt(double(spec.headChannels));
    head["classifier.1.weight"].copy_(at::empty(head["classifier.1.weight"].sizes()).uniform_(-bound, bound, g));
    head["classifier.1.bias"].zero_();
    out->eval();
    return out;
}

std::vector<NamedParameter> trainableParameters(torch::nn::Module &module)
{
    std::vector<NamedParameter> out;
    for (const auto &item : module.named_parameters())
        if (item.value().requires_grad())
            out.push_back({item.key(), item.value()});
    return out;
}

namespace {

// the module's 4-D weights in the layout training runs in, before the optimizer sizes its state
EfficientNet &inLayout(EfficientNet &net, bool channelsLast)
{
    if (channelsLast) {
        at::NoGradGuard noGrad;
        for (at::Tensor &p : net->parameters())
            if (p.dim() == 4)
                p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
    }
    return net;
}

} // namespace

Trainer::Trainer(EfficientNet net, TrainConfig config)
    : m_net(std::move(net)), m_config(config),
      m_optimizer(trainableParameters(*inLayout(m_net, config.channelsLast)), config.optimizer),
      m_generator(at::make_generator<at::CPUGeneratorImpl>(config.seed)), m_device(deviceOf(*m_net))
{
    const LearningRateSchedule &s = config.schedule;
    if (!std::isfinite(s.base) || s.base <= 0.0 || s.warmupSteps < 0 || !std::isfinite(s.decaySteps) || s.decaySteps < 0
        || !(s.decayRate > 0.0 && s.decayRate <= 1.0))
        throw Error(ErrorCategory::InvalidInput, "the learning-rate schedule needs a base rate > 0, warm-up steps >= 0, "
                                                 "a decay rate in (0, 1] and decay steps >= 0");
    if (!(config.labelSmoothing >= 0.0 && config.labelSmoothing < 1.0))
        throw Error(ErrorCategory::InvalidInput, "label smoothing must be in [0, 1), got " + std::to_string(config.labelSmoothing));
    if (!(config.clipNorm >= 0.0) || !std::isfinite(config.clipNorm))
        throw Error(ErrorCategory::InvalidInput, "the gradient clipping norm must be >= 0 (0: off)");
    if (m_optimizer.parameters().empty())
        throw Error(ErrorCategory::InvalidInput, "none of this model's parameters requires gradients (a module loaded "
                                                 "for inference): train a copy (withClasses) or a freshly built one");
    if (config.amp && !m_device.is_cuda())
        throw Error(ErrorCategory::InvalidInput, "mixed precision (AMP) needs a CUDA device; on the CPU training runs in fp32");
    m_net->setBatchNormMomentum(config.bnMomentum);
    m_net->setStochasticDepth(config.stochasticDepth);
    if (config.dropout >= 0.0)
        m_net->setDropout(config.dropout);
    m_net->setGenerator(&m_generator);
    if (m_device.is_cpu()) {
        installCpuBlockCache();
        m_blockCache.emplace();
    }
}

StepResult Trainer::step(const at::Tensor &images, const at::Tensor &labels)
{
    const int classes = m_net->spec().numClasses;
    if (images.dim() != 4 || images.size(1) != 3 || images.size(0) < 2)
        throw Error(ErrorCategory::InvalidInput, "a training batch must be float [N, 3, H, W] with N >= 2 (BatchNorm "
                                                 "needs more than one image), got " + std::to_string(images.dim())
                                                     + " dimensions" + (images.dim() > 0 ? ", N = " + std::to_string(images.size(0)) : ""));
    if (labels.dim() != 1 || labels.size(0) != images.size(0))
        throw Error(ErrorCategory::InvalidInput, "a training batch needs one label per image");
    const at::Tensor cpuLabels = labels.to(at::kCPU, at::kLong);
    if (cpuLabels.min().item<int64_t>() < 0 || cpuLabels.max().item<int64_t>() >= classes)
        throw Error(ErrorCategory::InvalidInput, "labels must lie in [0, " + std::to_string(classes) + ") for this model's "
                                                     + std::to_string(classes) + " classes");
    {
        std::lock_guard<std::mutex> lock(m_generator.mutex());
        m_generator.set_current_seed(stepSeed(m_config.seed, m_step));
    }
    const double lr = m_config.schedule.at(m_step);
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    const auto t0 = Clock::now();
    m_net->train();
    m_optimizer.zeroGrad();
    const at::Tensor x = m_config.channelsLast ? images.to(m_device, at::kFloat).contiguous(at::MemoryFormat::ChannelsLast)
                                               : images.to(m_device, at::kFloat);
    const at::Tensor y = cpuLabels.to(m_device);
    at::Tensor logits;
    {
        CudaAutocast autocast(m_config.amp);
        logits = m_net->forward(x);
    }
    logits = logits.to(at::kFloat);
    const at::Tensor loss = at::cross_entropy_loss(logits, y, {}, at::Reduction::Mean, -100, m_config.labelSmoothing);
    const double lossValue = loss.item<double>();
    if (!std::isfinite(lossValue))
        throw Error(ErrorCategory::InvalidInput, "the loss is not finite at step " + std::to_string(m_step)
                                                     + ": lower the learning rate or check the data");
    const auto t1 = Clock::now();
    loss.backward();
    const std::vector<NamedParameter> &params = m_optimizer.parameters();
    const double norm = clipGradientNorm(params, m_config.clipNorm > 0.0 ? m_config.clipNorm : INFINITY);
    if (!std::isfinite(norm)) {
        m_optimizer.zeroGrad();
        throw Error(ErrorCategory::InvalidInput, "the gradient is not finite at step " + std::to_string(m_step)
                                                     + ": lower the learning rate or check the data");
    }
    const auto t2 = Clock::now();
    m_optimizer.step(lr);
    StepResult r;
    r.step = m_step++;
    r.loss = lossValue;
    r.accuracy = logits.argmax(1).eq(y).to(at::kDouble).mean().item<double>();
    r.lr = lr;
    r.gradNorm = norm;
    const auto t3 = Clock::now();
    r.forwardMs = ms(t0, t1);
    r.backwardMs = ms(t1, t2);
    r.updateMs = ms(t2, t3);
    return r;
}

void Trainer::saveCheckpoint(const std::string &path, const CheckpointExtra &extra) const
{
    std::vector<std::pair<std::string, at::Tensor>> named;
    for (const auto &item : m_net->named_parameters())
        named.emplace_back("model/" + item.key(), item.value());
    for (const auto &item : m_net->named_buffers())
        named.emplace_back("model/" + item.key(), item.value());
    for (const auto &[name, t] : m_optimizer.state())
        named.emplace_back("optimizer/" + name, t);
    named.emplace_back("trainer/step", at::tensor(std::vector<int64_t>{m_step}, at::kLong));
    named.emplace_back("data/epoch", at::tensor(std::vector<int64_t>{extra.epoch}, at::kLong));
    named.emplace_back("data/order", at::tensor(extra.dataOrder, at::kLong));

    std::map<std::string, std::string> meta = extra.metadata;
    meta["format"] = kFormat;
    meta["model"] = m_net->spec().name;
    meta["optimizer"] = optimizerName(m_optimizer.options().kind);
    meta["classes"] = std::to_string(m_net->spec().numClasses);
    writeTensors(path, named, meta);
}

CheckpointExtra Trainer::loadCheckpoint(const std::string &path)
{
    const StateDict dict = readStateDict(path);
    const auto meta = [&](const char *key) {
        const auto it = dict.metadata.find(key);
        return it == dict.metadata.end() ? std::string() : it->second;
    };
    if (meta("format") != kFormat)
        throw Error(ErrorCategory::UnsupportedFormat, path + " is not an effscope training checkpoint (no '" + kFormat + "' format tag)");
    if (meta("optimizer") != optimizerName(m_optimizer.options().kind))
        throw Error(ErrorCategory::InvalidInput, path + " was trained with " + meta("optimizer") + ", this run uses "
                                                     + optimizerName(m_optimizer.options().kind));
    std::map<std::string, at::Tensor> model;
    std::vector<std::pair<std::string, at::Tensor>> optimizer;
    CheckpointExtra extra;
    int64_t step = -1;
    for (const TensorRecord &r : dict.tensors) {
        const at::Tensor t = recordToTensor(dict, r);
        if (r.name.rfind("model/", 0) == 0)
            model[r.name.substr(6)] = t;
        else if (r.name.rfind("optimizer/", 0) == 0)
            optimizer.emplace_back(r.name.substr(10), t);
        else if (r.name == "trainer/step" && t.numel() == 1 && t.scalar_type() == at::kLong)
            step = t.item<int64_t>();
        else if (r.name == "data/epoch" && t.numel() == 1 && t.scalar_type() == at::kLong)
            extra.epoch = t.item<int64_t>();
        else if (r.name == "data/order" && t.dim() == 1 && t.scalar_type() == at::kLong)
            extra.dataOrder.assign(t.data_ptr<int64_t>(), t.data_ptr<int64_t>() + t.numel());
        else
            throw Error(ErrorCategory::UnsupportedFormat, path + " holds an unexpected entry '" + r.name + "'");
    }
    if (step < 0)
        throw Error(ErrorCategory::UnsupportedFormat, path + " has no step count");

    // every parameter and buffer, with its shape; nothing else
    std::vector<std::pair<at::Tensor, at::Tensor>> copies;
    std::vector<std::string> missing;
    std::set<std::string> known;
    auto match = [&](const std::string &key, const at::Tensor &target) {
        known.insert(key);
        const auto it = model.find(key);
        if (it == model.end()) {
            missing.push_back(key);
            return;
        }
        if (it->second.sizes() != target.sizes())
            throw Error(ErrorCategory::ShapeMismatch, path + ": '" + key + "' has shape " + c10::str(it->second.sizes())
                                                          + ", this model's is " + c10::str(target.sizes()));
        copies.emplace_back(target, it->second);
    };
    for (const auto &item : m_net->named_parameters())
        match(item.key(), item.value());
    for (const auto &item : m_net->named_buffers())
        match(item.key(), item.value());
    if (!missing.empty())
        throw Error(ErrorCategory::ShapeMismatch, path + " lacks " + joinNames(missing) + " of this model ("
                                                      + m_net->spec().name + ")");
    std::vector<std::string> extraKeys;
    for (const auto &[key, t] : model)
        if (!known.count(key))
            extraKeys.push_back(key);
    if (!extraKeys.empty())
        throw Error(ErrorCategory::ShapeMismatch, path + " holds " + joinNames(extraKeys) + ", which this model ("
                                                      + m_net->spec().name + ") does not have");
    m_optimizer.loadState(optimizer); // validates before anything changes
    {
        at::NoGradGuard noGrad;
        for (auto &[target, source] : copies)
            target.copy_(source);
    }
    m_step = step;
    for (const auto &[key, value] : dict.metadata)
        extra.metadata[key] = value;
    return extra;
}

} // namespace effscope::core
