// SPDX-License-Identifier: MIT
#include "weights/int8_model.h"

#include "arch/presets.h"
#include "common/error.h"
#include "weights/state_dict.h"

#include <cmath>
#include <cstring>
#include <filesystem>

namespace effscope::core {

namespace {

constexpr const char *kFormat = "effscope-int8-1";

// The convolutions of an architecture with their shapes, weights empty.
Int8Conv convShape(const std::string &name, int in, int out, int kernel, int stride, bool depthwise, bool relu6)
{
    Int8Conv c;
    c.name = name;
    c.in = in;
    c.out = out;
    c.kernel = kernel;
    c.stride = stride;
    c.depthwise = depthwise;
    c.relu6 = relu6;
    return c;
}

std::vector<int64_t> weightShape(const Int8Conv &c)
{
    return {c.out, c.depthwise ? 1 : c.in, c.kernel, c.kernel};
}

void checkLite(const ResolvedModel &spec, const std::string &preset)
{
    if (spec.variant.activation != Activation::ReLU6 || spec.variant.squeezeExcite)
        throw Error(ErrorCategory::InvalidInput,
                    "int8 covers EfficientNet-Lite (ReLU6, no squeeze-and-excitation); " + displayName(preset)
                        + " is not a Lite model");
}

} // namespace

bool stemFeedsDepthwise(const Int8Model &m)
{
    return !m.blocks.empty() && !m.blocks.front().hasExpand && !m.blocks.front().residual && m.stem.relu6
           && m.stem.output.zero == 0;
}

ResolvedModel int8Architecture(const Int8Model &model)
{
    ModelConfig config = preset(model.preset);
    if (model.classes > 0)
        config.arch.numClasses = model.classes;
    ResolvedModel spec = resolve(config);
    checkLite(spec, model.preset);
    return spec;
}

// An int8 model of `spec` with every convolution named and shaped, and nothing else filled in.
Int8Model int8Skeleton(const std::string &presetName, const ResolvedModel &spec)
{
    checkLite(spec, presetName);
    Int8Model m;
    m.preset = presetName;
    m.stem = convShape("features.0", spec.inputChannels, spec.stemChannels, 3, 2, false, true);
    for (const ResolvedBlock &rb : spec.blocks) {
        Int8Block b;
        b.path = rb.path();
        b.hasExpand = rb.hasExpand();
        b.residual = rb.hasResidual();
        const BlockOps ops = rb.ops();
        const std::string p = b.path + ".block.";
        if (b.hasExpand)
            b.expand = convShape(p + std::to_string(ops.expand), rb.inChannels, rb.expandedChannels, 1, 1, false, true);
        b.depthwise = convShape(p + std::to_string(ops.depthwise), rb.expandedChannels, rb.expandedChannels,
                                rb.kernel, rb.stride, true, true);
        b.project = convShape(p + std::to_string(ops.project), rb.expandedChannels, rb.outChannels, 1, 1, false, false);
        m.blocks.push_back(std::move(b));
    }
    const int last = spec.blocks.empty() ? spec.stemChannels : spec.blocks.back().outChannels;
    m.head = convShape("features." + std::to_string(spec.headIndex()), last, spec.headChannels, 1, 1, false, true);
    m.classifier = convShape("classifier.1", spec.headChannels, spec.numClasses, 1, 1, false, false);
    m.features = spec.headChannels;
    m.classes = spec.numClasses;
    return m;
}

namespace {

// Every convolution with an activation after it (not the classifier, whose output is float).
std::vector<Int8Conv *> convsOf(Int8Model &m)
{
    std::vector<Int8Conv *> all{&m.stem};
    for (Int8Block &b : m.blocks) {
        if (b.hasExpand)
            all.push_back(&b.expand);
        all.push_back(&b.depthwise);
        all.push_back(&b.project);
    }
    all.push_back(&m.head);
    return all;
}

std::vector<float> quantPair(const ActQuant &q)
{
    return {q.scale, float(q.zero)};
}

ActQuant checkedQuant(const float *v, const std::string &what, const std::string &file)
{
    if (!std::isfinite(v[0]) || !(v[0] > 0.0f) || v[0] > 1e30f)
        throw Error(ErrorCategory::Damaged, file + ": the scale of " + what + " is not a finite positive number");
    if (!(v[1] >= 0.0f && v[1] <= 255.0f) || v[1] != std::floor(v[1]))
        throw Error(ErrorCategory::Damaged, file + ": the zero point of " + what + " is not a whole number in [0, 255]");
    return {v[0], int(v[1])};
}

} // namespace

void writeInt8Model(const std::string &path, const Int8Model &model)
{
    Int8Model m = model; // convsOf needs non-const access; the copy is small next to a write
    std::vector<TensorData> tensors;
    std::vector<std::vector<float>> pairs; // kept alive until written
    pairs.reserve(2 + 2 * m.blocks.size() * 4);
    const auto addPair = [&](const std::string &name, const ActQuant &q) {
        pairs.push_back(quantPair(q));
        tensors.push_back({name, DType::F32, {2}, pairs.back().data(), 2 * sizeof(float)});
    };
    addPair("input.quant", m.input);
    for (Int8Conv *c : convsOf(m)) {
        const std::vector<int64_t> shape = weightShape(*c);
        if (c->weight.size() != size_t(shape[0] * shape[1] * shape[2] * shape[3]) || c->weightScale.size() != size_t(c->out)
            || c->bias.size() != size_t(c->out))
            throw Error(ErrorCategory::InvalidInput, "the int8 model's " + c->name + " is incomplete");
        tensors.push_back({c->name + ".weight", DType::I8, shape, c->weight.data(), c->weight.size()});
        tensors.push_back({c->name + ".weight_scale", DType::F32, {c->out}, c->weightScale.data(), c->weightScale.size() * 4});
        tensors.push_back({c->name + ".bias", DType::F32, {c->out}, c->bias.data(), c->bias.size() * 4});
        addPair(c->name + ".quant", c->output);
    }
    for (const Int8Block &b : m.blocks)
        if (b.residual)
            addPair(b.path + ".quant", b.sum);
    addPair("avgpool.quant", m.pooled);
    const Int8Conv &fc = m.classifier;
    if (fc.weight.size() != size_t(fc.out) * size_t(fc.in) || fc.weightScale.size() != size_t(fc.out)
        || fc.bias.size() != size_t(fc.out))
        throw Error(ErrorCategory::InvalidInput, "the int8 model's classifier is incomplete");
    tensors.push_back({"classifier.1.weight", DType::I8, {fc.out, fc.in}, fc.weight.data(), fc.weight.size()});
    tensors.push_back({"classifier.1.weight_scale", DType::F32, {fc.out}, fc.weightScale.data(), fc.weightScale.size() * 4});
    tensors.push_back({"classifier.1.bias", DType::F32, {fc.out}, fc.bias.data(), fc.bias.size() * 4});
    std::map<std::string, std::string> meta{{"format", kFormat},
                                            {"preset", m.preset},
                                            {"method", m.method},
                                            {"rounding", m.rounding},
                                            {"weights", m.weights},
                                            {"calibration", calibrationJson(m.calibration)}};
    if (!m.classNames.empty()) {
        std::string joined;
        for (const std::string &n : m.classNames)
            joined += n + "\n";
        meta["classes"] = joined;
    }
    writeSafetensors(path, tensors, meta);
}

Int8Model readInt8Model(const std::string &path)
{
    return parseInt8Model(*readFileBytes(path, size_t(1) << 30), path);
}

Int8Model parseInt8Model(const std::string &bytes, const std::string &file)
{
    StateDict dict;
    try {
        dict = parseSafetensors(std::make_shared<const std::string>(bytes));
    } catch (const Error &e) {
        throw Error(e.category(), file + ": " + e.what());
    }
    const auto meta = [&](const char *key) {
        const auto it = dict.metadata.find(key);
        return it == dict.metadata.end() ? std::string() : it->second;
    };
    if (meta("format") != kFormat)
        throw Error(ErrorCategory::UnsupportedFormat,
                    file + " is not an effscope int8 model (no '" + std::string(kFormat) + "' format tag)");
    const std::string presetName = meta("preset");
    if (!isPreset(presetName))
        throw Error(ErrorCategory::UnsupportedFormat, file + ": unknown model '" + presetName + "'");
    const std::string method = meta("method");
    if (method != "minmax" && method != "percentile")
        throw Error(ErrorCategory::UnsupportedFormat, file + ": unknown calibration method '" + method + "'");

    const TensorRecord *fcW = dict.find("classifier.1.weight");
    if (!fcW || fcW->shape.size() != 2 || fcW->shape[0] < 2 || fcW->shape[0] > 100000)
        throw Error(ErrorCategory::ShapeMismatch, file + ": no classifier weight [classes, features]");
    ModelConfig config = preset(presetName);
    config.arch.numClasses = int(fcW->shape[0]);
    Int8Model m = int8Skeleton(presetName, resolve(config));
    m.method = method;
    // files from before learned rounding have no key: their weights were rounded to nearest
    m.rounding = meta("rounding").empty() ? "nearest" : meta("rounding");
    if (m.rounding != "nearest" && m.rounding != "learned")
        throw Error(ErrorCategory::UnsupportedFormat, file + ": unknown weight rounding '" + m.rounding + "'");
    m.weights = meta("weights");
    m.calibration = parseCalibration(meta("calibration"), file + " (its calibration record)");

    // Copies a tensor's bytes after checking its dtype and shape; the reader checked the view.
    const auto take = [&](const std::string &name, DType dtype, const std::vector<int64_t> &shape, void *dst) {
        const TensorRecord *t = dict.find(name);
        if (!t)
            throw Error(ErrorCategory::ShapeMismatch, file + ": tensor '" + name + "' is missing");
        if (t->dtype != dtype)
            throw Error(ErrorCategory::UnsupportedFormat, file + ": '" + name + "' is " + dtypeName(t->dtype)
                                                              + ", expected " + dtypeName(dtype));
        if (t->shape != shape || !t->contiguous())
            throw Error(ErrorCategory::ShapeMismatch, file + ": '" + name + "' has the wrong shape for "
                                                          + displayName(presetName));
        const size_t n = size_t(t->numel()) * size_t(dtypeSize(dtype));
        std::memcpy(dst, dict.bytes->data() + t->dataOffset + size_t(t->storageOffset) * size_t(dtypeSize(dtype)), n);
    };
    const auto takeQuant = [&](const std::string &name) {
        float v[2];
        take(name + ".quant", DType::F32, {2}, v);
        return checkedQuant(v, name, file);
    };
    const auto finite = [&](const std::vector<float> &v, const std::string &name) {
        for (float x : v)
            if (!std::isfinite(x))
                throw Error(ErrorCategory::Damaged, file + ": '" + name + "' holds NaN or Inf");
    };
    m.input = takeQuant("input");
    for (Int8Conv *c : convsOf(m)) {
        const std::vector<int64_t> shape = weightShape(*c);
        c->weight.resize(size_t(shape[0] * shape[1] * shape[2] * shape[3]));
        c->weightScale.resize(size_t(c->out));
        c->bias.resize(size_t(c->out));
        take(c->name + ".weight", DType::I8, shape, c->weight.data());
        take(c->name + ".weight_scale", DType::F32, {c->out}, c->weightScale.data());
        take(c->name + ".bias", DType::F32, {c->out}, c->bias.data());
        finite(c->weightScale, c->name + ".weight_scale");
        finite(c->bias, c->name + ".bias");
        for (float s : c->weightScale)
            if (!(s > 0.0f) || s > 1e30f)
                throw Error(ErrorCategory::Damaged, file + ": '" + c->name + ".weight_scale' has a scale that is not positive");
        c->output = takeQuant(c->name);
    }
    for (Int8Block &b : m.blocks)
        if (b.residual)
            b.sum = takeQuant(b.path);
    m.pooled = takeQuant("avgpool");
    Int8Conv &fc = m.classifier;
    fc.weight.resize(size_t(fc.out) * size_t(fc.in));
    fc.weightScale.resize(size_t(fc.out));
    fc.bias.resize(size_t(fc.out));
    take("classifier.1.weight", DType::I8, {fc.out, fc.in}, fc.weight.data());
    take("classifier.1.weight_scale", DType::F32, {fc.out}, fc.weightScale.data());
    take("classifier.1.bias", DType::F32, {fc.out}, fc.bias.data());
    finite(fc.weightScale, "classifier.1.weight_scale");
    finite(fc.bias, "classifier.1.bias");
    for (float v : fc.weightScale)
        if (!(v > 0.0f) || v > 1e30f)
            throw Error(ErrorCategory::Damaged, file + ": 'classifier.1.weight_scale' has a scale that is not positive");
    const std::string classes = meta("classes");
    if (!classes.empty()) {
        size_t start = 0;
        while (start < classes.size()) {
            const size_t end = classes.find('\n', start);
            m.classNames.push_back(classes.substr(start, end == std::string::npos ? std::string::npos : end - start));
            start = end == std::string::npos ? classes.size() : end + 1;
        }
        if (int(m.classNames.size()) != m.classes)
            throw Error(ErrorCategory::Damaged, file + ": " + std::to_string(m.classNames.size())
                                                    + " class names for " + std::to_string(m.classes) + " outputs");
    }
    const size_t expected = 1 + 4 * convsOf(m).size() + 1 + 3; // input, convolutions, avgpool, classifier
    size_t residuals = 0;
    for (const Int8Block &b : m.blocks)
        residuals += b.residual ? 1 : 0;
    if (dict.tensors.size() != expected + residuals)
        throw Error(ErrorCategory::ShapeMismatch, file + ": " + std::to_string(dict.tensors.size())
                                                      + " tensors where " + displayName(presetName) + " has "
                                                      + std::to_string(expected + residuals));
    return m;
}

bool isInt8ModelFile(const std::string &path)
{
    try {
        const FileBytes head = readFileBytes(path, size_t(1) << 30);
        const StateDict dict = parseSafetensors(head);
        const auto it = dict.metadata.find("format");
        return it != dict.metadata.end() && it->second == kFormat;
    } catch (const Error &) {
        return false;
    }
}

std::string int8PathFor(const std::string &weightsPath, const std::string &method)
{
    const std::filesystem::path p(weightsPath);
    return (p.parent_path() / (p.stem().string() + ".int8-" + method + ".safetensors")).string();
}

std::string findInt8Model(const std::string &weightsPath)
{
    for (const char *method : {"percentile", "minmax"})
        if (std::filesystem::exists(int8PathFor(weightsPath, method)))
            return int8PathFor(weightsPath, method);
    return {};
}

} // namespace effscope::core
