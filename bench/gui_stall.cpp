// SPDX-License-Identifier: MIT
// How long the GUI thread's event loop stalls while the worker does the heavy things the app
// asks of it: the default model, B7 build + classify, a B7 CAM with its faithfulness curves,
// B7 activation grids (2560 channels) and a four-scale comparison. Prints a Markdown table of
// the worst gap and the 99th percentile per phase (a 2 ms timer; a gap includes its period).
#include "activation_browser.h"
#include "compare_view.h"
#include "inference_worker.h"
#include "main_window.h"
#include "model_panel.h"
#include "pages/activations_page.h"
#include "pages/compare_page.h"
#include "pages/evaluate_page.h"
#include "pages/explorer_page.h"
#include "pages/heatmap_page.h"
#include "pages/study_page.h"
#include "prediction_view.h"
#include "stall_meter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace effscope;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // scripted: nothing may stop to ask whether slow work should start
    qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "86400");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PHOTO\n", argv[0]);
        return 2;
    }
    const QString photo = QString::fromLocal8Bit(argv[1]);
    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    std::printf("| phase | seconds | worst gap ms | p99 gap ms | ticks |\n|---|---|---|---|---|\n");
    auto phase = [&](const char *name, const std::function<void()> &start, const std::function<bool()> &done,
                     int timeoutMs) {
        QElapsedTimer t;
        t.start();
        meter.start();
        start();
        const bool ok = waitFor(done, timeoutMs);
        waitFor([] { return false; }, 300); // the repaint after the result
        meter.stop();
        std::printf("| %s%s | %.1f | %.1f | %.1f | %zu |\n", name, ok ? "" : " (timed out)", t.elapsed() / 1000.0,
                    meter.worstMs(), meter.percentileMs(0.99), meter.ticks());
        std::fflush(stdout);
    };
    auto *heatmap = window.page<HeatmapPage>();
    auto *activations = window.page<ActivationsPage>();
    auto *compare = window.page<ComparePage>();
    QSignalSpy acts(activations, &ActivationsPage::activationsShown);
    QSignalSpy compared(compare, &ComparePage::finished);
    phase("Lite0 load", [] {}, [&] { return window.statusText().contains(QLatin1String("pypi-lite0")); }, 60000);
    phase("Lite0 classify + Grad-CAM + 56-step curves", [&] { window.openImage(photo); },
          [&] { return heatmap->camText().contains(QLatin1String("Average drop")); }, 60000);
    phase("B7 build + classify", [&] { window.modelPanel()->setModel(QStringLiteral("b7")); },
          [&] { return window.predictionView()->caption().contains(QLatin1String("B7")); }, 120000);
    phase("B7 Grad-CAM + 56-step curves (600 px)", [] {},
          [&] { return heatmap->camText().contains(QLatin1String("Average drop")); }, 600000);
    phase("B7 activations: head (2560 channels)",
          [&] {
              acts.clear();
              window.showView(View::Activations);
              activations->browser()->selectLayer(QStringLiteral("features.8"));
          },
          [&] { return !acts.isEmpty() && activations->browser()->grid()->count() == 2560; }, 120000);
    phase("B7 activations: features.2.0.block.0 (192 x 300 x 300)",
          [&] {
              acts.clear();
              activations->browser()->selectLayer(QStringLiteral("features.2.0.block.0"));
          },
          [&] { return !acts.isEmpty(); }, 120000);
    phase("compare B0, B3, B7, Lite0",
          [&] {
              compared.clear();
              window.showView(View::Compare);
              compare->compareView()->setChecked({QStringLiteral("b0"), QStringLiteral("b3"), QStringLiteral("b7"),
                                                  QStringLiteral("lite0")});
              compare->startCompare(compare->compareView()->checkedPresets());
          },
          [&] { return !compared.isEmpty(); }, 600000);
    QSignalSpy importance(window.page<ExplorerPage>(), &ExplorerPage::importanceShown);
    phase("B7 channel importance (57 layers at 600 px)",
          [&] {
              window.showView(View::Explorer);
              window.page<ExplorerPage>()->requestImportance();
          },
          [&] { return !importance.isEmpty(); }, 600000);
    // a labelled folder: four copies of four opencv-doc photos beside the given one
    QTemporaryDir dir;
    const QDir photos = QFileInfo(photo).dir();
    const std::pair<const char *, const char *> items[] = {
        {"n02486410", "baboon.jpg"}, {"fox squirrel", "squirrel_cls.jpg"}, {"950", "orange.jpg"}, {"950", "apple.jpg"}};
    for (const auto &[folder, file] : items) {
        QDir(dir.path()).mkpath(QStringLiteral("set/%1").arg(QLatin1String(folder)));
        for (int c = 0; c < 4; ++c)
            QFile::copy(photos.filePath(QLatin1String(file)),
                        dir.filePath(QStringLiteral("set/%1/%2-%3").arg(QLatin1String(folder)).arg(c).arg(QLatin1String(file))));
    }
    QSignalSpy evaluated(window.page<EvaluatePage>(), &EvaluatePage::finished);
    phase("evaluate Lite0, Lite1, Lite2 on 16 images",
          [&] {
              window.showView(View::Evaluate);
              window.page<EvaluatePage>()->startEvaluation(dir.filePath(QStringLiteral("set")),
                                     {QStringLiteral("lite0"), QStringLiteral("lite1"), QStringLiteral("lite2")});
          },
          [&] { return !evaluated.isEmpty(); }, 600000);
    QSignalSpy swept(window.page<StudyPage>(), &StudyPage::finished);
    phase("latency study: B0 to 2 GMACs, 5 points x 4 dimensions",
          [&] {
              window.showView(View::Study);
              window.page<StudyPage>()->startStudy(QStringLiteral("b0"), 2'000'000'000, 5);
          },
          [&] { return !swept.isEmpty(); }, 600000);
    return 0;
}
