// SPDX-License-Identifier: MIT
#include "view.h"

#include <QStringList>

namespace effscope {

namespace {
const char *const kNames[kViews] = {"photo", "heatmap", "activations", "compare", "explorer", "tradeoff", "evaluate", "study", "train"};
} // namespace

QString viewName(View view)
{
    return QLatin1String(kNames[int(view)]);
}

std::optional<View> parseView(const QString &name)
{
    for (int i = 0; i < kViews; ++i)
        if (name == QLatin1String(kNames[i]))
            return View(i);
    return std::nullopt;
}

QString viewNames()
{
    QStringList all;
    for (const char *n : kNames)
        all << QLatin1String(n);
    return all.join(QStringLiteral(", "));
}

} // namespace effscope
