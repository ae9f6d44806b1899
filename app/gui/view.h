// SPDX-License-Identifier: MIT
#pragma once
// The main window's views (tabs), in tab order; Ctrl+1..9 follow it.
#include <QString>

#include <optional>

namespace effscope {

enum class View { Photo, Heatmap, Activations, Compare, Explorer, Tradeoff, Evaluate, Study, Train };
inline constexpr int kViews = int(View::Train) + 1;

/// "photo", "heatmap", "activations", "compare", "explorer", "tradeoff", "evaluate", "study", "train"
/// (command line, settings).
QString viewName(View view);
std::optional<View> parseView(const QString &name);
/// Every view name, comma-separated (help texts and errors).
QString viewNames();

} // namespace effscope
