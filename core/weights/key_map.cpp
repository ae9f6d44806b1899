// SPDX-License-Identifier: MIT
#include "weights/key_map.h"

#include "common/error.h"

#include <cstdlib>

namespace effscope::core {

const char *keySchemeName(KeyScheme s)
{
    switch (s) {
    case KeyScheme::Torchvision: return "torchvision";
    case KeyScheme::Timm: return "timm";
    case KeyScheme::Lukemelas: return "lukemelas";
    }
    return "?";
}

namespace {

void addBn(std::vector<ExpectedTensor> &out, const std::string &p, int64_t c)
{
    for (const char *n : {"weight", "bias", "running_mean", "running_var"})
        out.push_back({p + "." + n, {c}});
    out.push_back({p + ".num_batches_tracked", {}, true, true});
}

void addConvBn(std::vector<ExpectedTensor> &out, const std::string &p, int64_t outC, int64_t inC, int k)
{
    out.push_back({p + ".0.weight", {outC, inC, k, k}});
    addBn(out, p + ".1", outC);
}

bool startsWith(const std::string &s, const char *p)
{
    return s.rfind(p, 0) == 0;
}

// Splits "a.b.c" into parts.
std::vector<std::string> split(const std::string &s)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t dot = s.find('.', start);
        parts.push_back(s.substr(start, dot - start));
        if (dot == std::string::npos)
            return parts;
        start = dot + 1;
    }
}

bool parseIndex(const std::string &s, int &out)
{
    if (s.empty() || s.size() > 6)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    out = std::atoi(s.c_str());
    return true;
}

std::string join(const std::vector<std::string> &parts, size_t from)
{
    std::string s;
    for (size_t i = from; i < parts.size(); ++i)
        s += (s.empty() ? "" : ".") + parts[i];
    return s;
}

const ResolvedBlock *findBlock(const ResolvedModel &m, int stage, int index)
{
    for (const ResolvedBlock &b : m.blocks)
        if (b.stage == stage && b.index == index)
            return &b;
    return nullptr;
}

} // namespace

std::vector<ExpectedTensor> expectedTensors(const ResolvedModel &m)
{
    std::vector<ExpectedTensor> out;
    addConvBn(out, "features.0", m.stemChannels, m.inputChannels, 3);
    for (const ResolvedBlock &b : m.blocks) {
        const std::string p = b.path() + ".block.";
        const BlockOps l = b.ops();
        const int64_t mid = b.expandedChannels;
        if (l.expand >= 0)
            addConvBn(out, p + std::to_string(l.expand), mid, b.inChannels, 1);
        addConvBn(out, p + std::to_string(l.depthwise), mid, 1, b.kernel);
        if (l.squeezeExcite >= 0) {
            const std::string se = p + std::to_string(l.squeezeExcite);
            out.push_back({se + ".fc1.weight", {b.squeezeChannels, mid, 1, 1}});
            out.push_back({se + ".fc1.bias", {b.squeezeChannels}});
            out.push_back({se + ".fc2.weight", {mid, b.squeezeChannels, 1, 1}});
            out.push_back({se + ".fc2.bias", {mid}});
        }
        addConvBn(out, p + std::to_string(l.project), b.outChannels, mid, 1);
    }
    const int last = m.blocks.empty() ? m.stemChannels : m.blocks.back().outChannels;
    addConvBn(out, "features." + std::to_string(m.headIndex()), m.headChannels, last, 1);
    out.push_back({"classifier.1.weight", {m.numClasses, m.headChannels}});
    out.push_back({"classifier.1.bias", {m.numClasses}});
    return out;
}

KeyScheme detectKeyScheme(const std::vector<std::string> &keys)
{
    int tv = 0, timm = 0, luke = 0;
    for (const std::string &k : keys) {
        if (startsWith(k, "features.") || startsWith(k, "classifier.1."))
            ++tv;
        else if (startsWith(k, "conv_stem.") || startsWith(k, "blocks.") || startsWith(k, "conv_head."))
            ++timm;
        else if (startsWith(k, "_conv_stem.") || startsWith(k, "_blocks.") || startsWith(k, "_fc."))
            ++luke;
    }
    if (tv == 0 && timm == 0 && luke == 0)
        throw Error(ErrorCategory::UnsupportedFormat,
                    "the tensor names match no known EfficientNet layout (torchvision 'features.*', "
                    "timm 'conv_stem/blocks.*', lukemelas '_conv_stem/_blocks.*'); first name: '"
                        + (keys.empty() ? std::string() : keys.front()) + "'");
    if (tv >= timm && tv >= luke)
        return KeyScheme::Torchvision;
    return timm >= luke ? KeyScheme::Timm : KeyScheme::Lukemelas;
}

std::string toTorchvisionKey(const ResolvedModel &m, KeyScheme scheme, const std::string &key)
{
    if (scheme == KeyScheme::Torchvision)
        return key;
    const std::string head = "features." + std::to_string(m.headIndex());
    const std::vector<std::string> parts = split(key);
    auto convBn = [&](const std::string &prefix, const std::string &op, size_t rest) -> std::string {
        // op is "conv" or "bn"
        return prefix + (op == "conv" ? ".0." : ".1.") + join(parts, rest);
    };

    if (scheme == KeyScheme::Timm) {
        if (parts[0] == "conv_stem") return convBn("features.0", "conv", 1);
        if (parts[0] == "bn1") return convBn("features.0", "bn", 1);
        if (parts[0] == "conv_head") return convBn(head, "conv", 1);
        if (parts[0] == "bn2") return convBn(head, "bn", 1);
        if (parts[0] == "classifier") return "classifier.1." + join(parts, 1);
        int s = 0, j = 0;
        if (parts[0] != "blocks" || parts.size() < 4 || !parseIndex(parts[1], s) || !parseIndex(parts[2], j))
            return {};
        const ResolvedBlock *b = findBlock(m, s, j);
        if (!b)
            return {};
        const BlockOps l = b->ops();
        const std::string p = b->path() + ".block.";
        const std::string &op = parts[3];
        if (op == "se" && parts.size() >= 5 && l.squeezeExcite >= 0) {
            const std::string fc = parts[4] == "conv_reduce" ? "fc1" : parts[4] == "conv_expand" ? "fc2" : "";
            return fc.empty() ? std::string() : p + std::to_string(l.squeezeExcite) + "." + fc + "." + join(parts, 5);
        }
        if (!b->hasExpand()) { // timm DepthwiseSeparableConv: conv_dw, bn1, conv_pw, bn2
            if (op == "conv_dw") return convBn(p + std::to_string(l.depthwise), "conv", 4);
            if (op == "bn1") return convBn(p + std::to_string(l.depthwise), "bn", 4);
            if (op == "conv_pw") return convBn(p + std::to_string(l.project), "conv", 4);
            if (op == "bn2") return convBn(p + std::to_string(l.project), "bn", 4);
            return {};
        }
        // InvertedResidual: conv_pw, bn1, conv_dw, bn2, conv_pwl, bn3
        if (op == "conv_pw") return convBn(p + std::to_string(l.expand), "conv", 4);
        if (op == "bn1") return convBn(p + std::to_string(l.expand), "bn", 4);
        if (op == "conv_dw") return convBn(p + std::to_string(l.depthwise), "conv", 4);
        if (op == "bn2") return convBn(p + std::to_string(l.depthwise), "bn", 4);
        if (op == "conv_pwl") return convBn(p + std::to_string(l.project), "conv", 4);
        if (op == "bn3") return convBn(p + std::to_string(l.project), "bn", 4);
        return {};
    }

    // lukemelas / EfficientNet-Lite: one flat _blocks list.
    if (parts[0] == "_conv_stem") return convBn("features.0", "conv", 1);
    if (parts[0] == "_bn0") return convBn("features.0", "bn", 1);
    if (parts[0] == "_conv_head") return convBn(head, "conv", 1);
    if (parts[0] == "_bn1") return convBn(head, "bn", 1);
    if (parts[0] == "_fc") return "classifier.1." + join(parts, 1);
    int n = 0;
    if (parts[0] != "_blocks" || parts.size() < 3 || !parseIndex(parts[1], n) || n >= int(m.blocks.size()))
        return {};
    const ResolvedBlock &b = m.blocks[n];
    const BlockOps l = b.ops();
    const std::string p = b.path() + ".block.";
    const std::string &op = parts[2];
    if (op == "_expand_conv" && l.expand >= 0) return convBn(p + std::to_string(l.expand), "conv", 3);
    if (op == "_bn0" && l.expand >= 0) return convBn(p + std::to_string(l.expand), "bn", 3);
    if (op == "_depthwise_conv") return convBn(p + std::to_string(l.depthwise), "conv", 3);
    if (op == "_bn1") return convBn(p + std::to_string(l.depthwise), "bn", 3);
    if (op == "_se_reduce" && l.squeezeExcite >= 0) return p + std::to_string(l.squeezeExcite) + ".fc1." + join(parts, 3);
    if (op == "_se_expand" && l.squeezeExcite >= 0) return p + std::to_string(l.squeezeExcite) + ".fc2." + join(parts, 3);
    if (op == "_project_conv") return convBn(p + std::to_string(l.project), "conv", 3);
    if (op == "_bn2") return convBn(p + std::to_string(l.project), "bn", 3);
    return {};
}

} // namespace effscope::core
