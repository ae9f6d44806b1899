// SPDX-License-Identifier: MIT
// Slider-to-repaint time of the scaling explorer: phi swept over its slider (0..8 in 0.05
// steps, up and down, 5 rounds) with the paper's coefficients, then width, depth and resolution
// in direct mode. Each step: the slider moves (resolve + profile + labels + stage table +
// diagram update) and the whole explorer page repaints synchronously. Prints a Markdown table of the
// median and 99th percentile in ms; one frame at 60 Hz is 16.7 ms.
#include "channel_importance_view.h"
#include "scaling_explorer.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace effscope;

namespace {

struct Stats
{
    double median, p99, worst;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(0.99 * (v.size() - 1) + 0.5))], v.back()};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // the explorer page's content: the explorer and the channel-importance view below it
    QWidget page;
    ScalingExplorer &e = *new ScalingExplorer(&page);
    auto *column = new QVBoxLayout(&page);
    column->addWidget(&e);
    column->addWidget(new ChannelImportanceView(&page));
    page.resize(1100, 800);
    page.show();
    QCoreApplication::processEvents();
    std::printf("| sweep | steps | update median ms | update p99 ms | update + repaint median ms | update + repaint p99 ms | worst ms |\n"
                "|---|---|---|---|---|---|---|\n");
    auto sweep = [&](const char *name, QSlider *slider, int rounds) {
        std::vector<double> update, total;
        for (int r = 0; r < rounds; ++r)
            for (int pass = 0; pass < 2; ++pass)
                for (int i = 0; i <= slider->maximum() - slider->minimum(); ++i) {
                    const int v = pass == 0 ? slider->minimum() + i : slider->maximum() - i;
                    QElapsedTimer t;
                    t.start();
                    slider->setValue(v);
                    const double u = t.nsecsElapsed() / 1e6;
                    page.repaint();
                    update.push_back(u);
                    total.push_back(t.nsecsElapsed() / 1e6);
                    QCoreApplication::processEvents();
                }
        const Stats a = stats(update), b = stats(total);
        std::printf("| %s | %zu | %.2f | %.2f | %.2f | %.2f | %.2f |\n", name, total.size(), a.median, a.p99, b.median, b.p99,
                    b.worst);
        std::fflush(stdout);
    };
    e.setPaperCoefficients();
    sweep("phi 0..8 (paper coefficients)", e.phiSlider(), 5);
    e.setPreset(QStringLiteral("b0"));
    for (QSlider *s : e.findChildren<QSlider *>())
        if (s->accessibleName() == QLatin1String("resolution slider"))
            sweep("resolution 32..1024 px (direct)", s, 3);
    for (QSlider *s : e.findChildren<QSlider *>())
        if (s->accessibleName() == QLatin1String("depth slider"))
            sweep("depth 0.25..5 (direct)", s, 3);
    // non-uniform: every step also finds the uniform compound scale of equal MACs (bisection)
    e.setPaperCoefficients();
    e.setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 2, 1, 1, 1});
    sweep("phi 0..8, per-stage factors + uniform match", e.phiSlider(), 3);
    return 0;
}
