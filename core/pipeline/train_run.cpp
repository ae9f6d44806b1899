// SPDX-License-Identifier: MIT
#include "pipeline/train_run.h"

#include "common/error.h"
#include "weights/load_weights.h"

#include <c10/core/InferenceMode.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace effscope::core {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string fixed(double v, int digits = 6)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

// a number from a checkpoint's metadata (an untrusted file): a clear error, not std::stod's
double metadataNumber(const CheckpointExtra &extra, const std::string &key, const std::string &path, double fallback)
{
    const auto it = extra.metadata.find(key);
    if (it == extra.metadata.end())
        return fallback;
    char *end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    if (it->second.empty() || *end != '\0')
        throw Error(ErrorCategory::InvalidInput, path + ": its '" + key + "' is not a number ('" + it->second + "')");
    return v;
}

} // namespace

Validation validate(EfficientNet &net, BatchMaker &maker, const std::vector<LabelledImage> &images, int batchSize)
{
    Validation v;
    if (images.empty())
        return v;
    const bool wasTraining = net->is_training();
    net->eval();
    const c10::Device device = net->parameters().front().device();
    double correct = 0.0, loss = 0.0;
    {
        c10::InferenceMode guard;
        for (size_t first = 0; first < images.size(); first += size_t(batchSize)) {
            const size_t n = std::min(size_t(batchSize), images.size() - first);
            const Batch b = maker.evalBatch(images, first, n);
            const at::Tensor logits = net->forward(b.images.to(device)).to(at::kCPU, at::kFloat);
            correct += logits.argmax(1).eq(b.labels).sum().item<double>();
            loss += at::cross_entropy_loss(logits, b.labels, {}, at::Reduction::Sum).item<double>();
        }
    }
    if (wasTraining)
        net->train();
    v.images = int64_t(images.size());
    v.accuracy = correct / double(images.size());
    v.loss = loss / double(images.size());
    return v;
}

void saveTrainedWeights(EfficientNet &net, const std::string &path, const std::vector<std::string> &classes,
                        const std::map<std::string, std::string> &metadata)
{
    std::vector<std::pair<std::string, at::Tensor>> named;
    for (const auto &item : net->named_parameters())
        named.emplace_back(item.key(), item.value());
    for (const auto &item : net->named_buffers())
        named.emplace_back(item.key(), item.value());
    std::map<std::string, std::string> meta = metadata;
    std::string list;
    for (const std::string &c : classes)
        list += c + "\n";
    meta["classes"] = list;
    meta["model"] = net->spec().name;
    writeTensors(path, named, meta);
}

TrainOutcome runTraining(Trainer &trainer, BatchMaker &maker, const TrainingData &data, const TrainRunOptions &o,
                         const TrainProgress &progress)
{
    const auto t0 = Clock::now();
    const std::vector<LabelledImage> &train = data.split.train;
    if (o.batchSize < 2)
        throw Error(ErrorCategory::InvalidInput, "the batch size must be at least 2 (BatchNorm needs a batch)");
    if (train.size() < 2)
        throw Error(ErrorCategory::InvalidInput, "training needs at least two images");
    if (!(o.minutes >= 0.0) || o.steps < 0 || !(o.epochs >= 0.0) || o.evalEvery < 0)
        throw Error(ErrorCategory::InvalidInput, "steps, epochs, minutes and the validation interval must not be negative");
    const int batch = int(std::min<size_t>(size_t(o.batchSize), train.size()));
    const int64_t perEpoch = int64_t(train.size() / size_t(batch)); // the last partial batch is dropped
    TrainOutcome out;
    out.totalSteps = o.steps > 0 ? o.steps : std::max<int64_t>(1, int64_t(std::ceil(o.epochs * double(perEpoch))));
    const int64_t evalEvery = o.evalEvery > 0 ? o.evalEvery : perEpoch;
    const uint64_t seed = trainer.config().seed;
    EfficientNet net = trainer.net();

    std::error_code ec;
    if (o.resume && !o.checkpoint.empty() && std::filesystem::exists(o.checkpoint, ec)) {
        const CheckpointExtra extra = trainer.loadCheckpoint(o.checkpoint);
        const int64_t epoch = trainer.steps() / perEpoch;
        if (extra.dataOrder != epochOrder(train.size(), seed, epoch) || extra.epoch != epoch)
            throw Error(ErrorCategory::InvalidInput, o.checkpoint + " was written for other training data, batch size or "
                                                                    "seed (its data order differs): start afresh");
        out.bestValAccuracy = metadataNumber(extra, "best_val_accuracy", o.checkpoint, -1.0);
        out.bestStep = int64_t(metadataNumber(extra, "best_step", o.checkpoint, -1.0));
        out.resumedSeconds = std::max(0.0, metadataNumber(extra, "seconds", o.checkpoint, 0.0));
        out.finalValAccuracy = metadataNumber(extra, "final_val_accuracy", o.checkpoint, -1.0);
        out.finalValLoss = metadataNumber(extra, "final_val_loss", o.checkpoint, std::nan(""));
        out.resumedFrom = trainer.steps();
    }

    auto checkpoint = [&] {
        if (o.checkpoint.empty())
            return;
        CheckpointExtra extra;
        extra.epoch = trainer.steps() / perEpoch;
        extra.dataOrder = epochOrder(train.size(), seed, extra.epoch);
        extra.metadata["best_val_accuracy"] = fixed(out.bestValAccuracy, 17);
        extra.metadata["best_step"] = std::to_string(out.bestStep);
        extra.metadata["final_val_accuracy"] = fixed(out.finalValAccuracy, 17);
        extra.metadata["final_val_loss"] = fixed(out.finalValLoss, 17);
        extra.metadata["batch_size"] = std::to_string(batch);
        extra.metadata["seconds"] = fixed(out.resumedSeconds + secondsSince(t0), 17);
        trainer.saveCheckpoint(o.checkpoint, extra);
    };

    std::vector<int64_t> order;
    int64_t orderEpoch = -1;
    while (trainer.steps() < out.totalSteps) {
        const int64_t step = trainer.steps();
        const int64_t epoch = step / perEpoch, position = step % perEpoch;
        if (epoch != orderEpoch) {
            order = epochOrder(train.size(), seed, epoch);
            orderEpoch = epoch;
        }
        const std::vector<int64_t> indices(order.begin() + position * batch, order.begin() + (position + 1) * batch);
        const Batch b = maker.trainBatch(train, indices, epoch);
        const StepResult r = trainer.step(b.images, b.labels);
        out.imagesSeen += batch;
        TrainPoint p;
        p.step = trainer.steps();
        p.epoch = double(p.step) / double(perEpoch);
        p.loss = r.loss;
        p.trainAccuracy = r.accuracy;
        p.lr = r.lr;
        const bool last = p.step >= out.totalSteps;
        const bool overBudget = o.minutes > 0.0 && out.resumedSeconds + secondsSince(t0) >= o.minutes * 60.0;
        if (p.step % evalEvery == 0 || last || overBudget) {
            const Validation v = validate(net, maker, data.split.validation, batch);
            if (v.images > 0) {
                p.valAccuracy = v.accuracy;
                p.valLoss = v.loss;
                out.finalValAccuracy = v.accuracy;
                out.finalValLoss = v.loss;
                if (v.accuracy > out.bestValAccuracy) {
                    out.bestValAccuracy = v.accuracy;
                    out.bestStep = p.step;
                    if (!o.bestWeights.empty())
                        saveTrainedWeights(net, o.bestWeights, data.classes,
                                           {{"step", std::to_string(p.step)},
                                        {"val_accuracy", fixed(v.accuracy)},
                                        {"resolution", std::to_string(maker.resolution())}});
                }
            }
            checkpoint();
        }
        p.seconds = secondsSince(t0);
        out.curve.push_back(p);
        out.steps = p.step;
        if (progress && !progress(p, out)) {
            checkpoint();
            throw Error(ErrorCategory::Cancelled, "training was cancelled at step " + std::to_string(p.step)
                                                      + (o.checkpoint.empty() ? "" : " (checkpoint written)"));
        }
        if (overBudget && !last) {
            out.budgetReached = true;
            break;
        }
    }
    out.steps = trainer.steps();
    out.seconds = secondsSince(t0);
    return out;
}

} // namespace effscope::core
