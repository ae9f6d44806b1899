// SPDX-License-Identifier: MIT
#pragma once
// The explorer's custom scales as architectures, and the order several scales run in (the
// compare view, latency, evaluation: cheapest first, so the slowest never holds the others
// back). Analytic only: effscope_arch, no torch.
#include "types.h"

#include "arch/arch_spec.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace effscope {

/// B0 (or Lite0 with `lite`) with the scale's multipliers, resolution and per-stage factors,
/// named after it. Not resolved: core::resolve() reports what is wrong with it.
core::ModelConfig customScaleConfig(const CustomScale &scale);

std::optional<CustomScale> findCustomScale(const QVector<CustomScale> &scales, const QString &name);

/// (MACs, index into names) of each scale, a preset or one of `custom`, cheapest first. A name
/// that does not resolve gets MACs 0 (so it comes first and fails at once) and, when `errors`
/// is given, its reason at its index.
std::vector<std::pair<int64_t, int>> cheapestFirst(const QStringList &names, const QVector<CustomScale> &custom,
                                                   QVector<QString> *errors = nullptr);

} // namespace effscope
