// SPDX-License-Identifier: MIT
// effscope-screenshot: the real window, driven to one view and grabbed once that view shows its
// result (tools/screenshots.sh makes the pictures in docs/ with it). Not installed.
#include "activation_browser.h"
#include "compare_view.h"
#include "inference_worker.h"
#include "language.h"
#include "main_window.h"
#include "model_panel.h"
#include "pages/activations_page.h"
#include "pages/compare_page.h"
#include "pages/evaluate_page.h"
#include "pages/explorer_page.h"
#include "pages/heatmap_page.h"
#include "pages/study_page.h"
#include "pages/train_page.h"
#include "train_view.h"
#include "scaling_explorer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace effscope;

namespace {

// Saves the window (the explorer's page whole: it scrolls) once `signal` fires, then quits.
template <typename Sender, typename Signal>
void grabWhen(MainWindow &window, Sender *sender, Signal signal, const QString &file, View view)
{
    QObject::connect(sender, signal, &window, [&window, file, view] {
        // let the layout settle before grabbing
        QTimer::singleShot(300, &window, [&window, file, view] {
            QWidget *what = &window;
            if (view == View::Explorer)
                what = window.page<ExplorerPage>()->explorer()->parentWidget();
            QApplication::exit(what->grab().save(file) ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char **argv)
{
    // scripted: nothing may stop to ask whether slow work should start
    qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "86400");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("effscope"));
    QApplication::setApplicationName(QStringLiteral("effscope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Grabs one view of the effscope window once it shows its result."));
    parser.addHelpOption();
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Preset to load."), QStringLiteral("preset"),
                                   QStringLiteral("lite0"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("View: %1.").arg(viewNames()),
                                  QStringLiteral("view"), QStringLiteral("photo"));
    const QCommandLineOption layer(QStringLiteral("layer"), QStringLiteral("Layer the activation view opens on."),
                                   QStringLiteral("path"), QStringLiteral("features.6"));
    const QCommandLineOption compare(QStringLiteral("compare"), QStringLiteral("Scales the compare view runs, comma-separated."),
                                     QStringLiteral("presets"), QStringLiteral("b0,lite0,lite1,lite2"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Labelled folder the evaluate view evaluates."),
                                     QStringLiteral("path"));
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("Session file to open first."),
                                     QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."), QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH (default: the first run's)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language: en, de, zh_CN."),
                                      QStringLiteral("code"), QStringLiteral("en"));
    for (const QCommandLineOption &o : {model, view, layer, compare, dataset, session, out, size, language})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Photo to show."));
    parser.process(app);
    const std::optional<View> shown = parseView(parser.value(view));
    if (!shown || !parser.isSet(out) || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "effscope-screenshot: needs --out FILE, one IMAGE and --view one of %s\n", qPrintable(viewNames()));
        return 2;
    }
    const QString file = parser.value(out);
    applyLanguage(parser.value(language));

    InferenceWorker worker;
    MainWindow window(&worker);
    window.modelPanel()->setModel(parser.value(model));
    QSize windowSize = MainWindow::defaultSize();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        windowSize = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (windowSize.width() < 320 || windowSize.height() < 240) {
            std::fprintf(stderr, "effscope-screenshot: --size wants WxH, e.g. 1366x768\n");
            return 2;
        }
    }
    window.resize(windowSize);
    window.show();
    if (parser.isSet(session)) {
        const QString error = window.loadSessionFrom(parser.value(session));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "effscope-screenshot: %s\n", qPrintable(error));
            return 2;
        }
    }
    window.openImage(parser.positionalArguments().first());
    window.showView(*shown);
    switch (*shown) {
    case View::Photo:
    case View::Tradeoff:
        if (*shown == View::Tradeoff)
            window.page<ExplorerPage>()->explorer()->setCompound(1.2, 1.1, 1.15, 3.0);
        grabWhen(window, &window, &MainWindow::resultShown, file, *shown);
        break;
    case View::Heatmap:
        grabWhen(window, window.page<HeatmapPage>(), &HeatmapPage::camShown, file, *shown);
        break;
    case View::Activations: {
        // once the photo is classified: the layer, then its strongest channel enlarged
        auto *page = window.page<ActivationsPage>();
        const QString path = parser.value(layer);
        QObject::connect(&window, &MainWindow::resultShown, &window, [page, path] { page->browser()->selectLayer(path); },
                         Qt::SingleShotConnection);
        QObject::connect(page, &ActivationsPage::activationsShown, &window, [page] {
            ActivationBrowser *b = page->browser();
            if (b->gridChannel(0) >= 0)
                Q_EMIT b->channelRequested(b->currentLayer(), b->gridChannel(0));
        }, Qt::SingleShotConnection);
        grabWhen(window, page, &ActivationsPage::channelShown, file, *shown);
        break;
    }
    case View::Compare: {
        auto *page = window.page<ComparePage>();
        const QStringList scales = parser.value(compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QObject::connect(window.page<HeatmapPage>(), &HeatmapPage::camShown, &window, [page, scales] {
            page->compareView()->setChecked(scales);
            page->startCompare(scales);
        }, Qt::SingleShotConnection);
        grabWhen(window, page, &ComparePage::finished, file, *shown);
        break;
    }
    case View::Explorer: {
        auto *page = window.page<ExplorerPage>();
        page->explorer()->setCompound(1.2, 1.1, 1.15, 3.0);
        // non-uniform: stage 6 wider, stage 4 deeper, against uniform scaling at equal MACs
        page->explorer()->setStageScaling({1, 1, 1, 1, 1, 1.5, 1}, {1, 1, 1, 1.5, 1, 1, 1});
        QObject::connect(&window, &MainWindow::resultShown, &window, [page] { page->requestImportance(); },
                         Qt::SingleShotConnection);
        grabWhen(window, page, &ExplorerPage::importanceShown, file, *shown);
        break;
    }
    case View::Evaluate: {
        auto *page = window.page<EvaluatePage>();
        if (!parser.isSet(dataset)) {
            std::fprintf(stderr, "effscope-screenshot: --view evaluate needs --dataset FOLDER\n");
            return 2;
        }
        const QString set = parser.value(dataset);
        QObject::connect(&window, &MainWindow::modelShown, &window, [page, set] {
            page->startEvaluation(set, {QStringLiteral("lite0"), QStringLiteral("lite1"), QStringLiteral("lite2")});
        }, Qt::SingleShotConnection);
        grabWhen(window, page, &EvaluatePage::finished, file, *shown);
        break;
    }
    case View::Train: {
        // a grid search of B0 at 48 px on the labelled folder: the nine candidates nearest x2 and the
        // paper's point, each from scratch for 100 steps
        auto *page = window.page<TrainPage>();
        if (!parser.isSet(dataset)) {
            std::fprintf(stderr, "effscope-screenshot: --view train needs --dataset FOLDER\n");
            return 2;
        }
        const QString set = parser.value(dataset);
        QObject::connect(&window, &MainWindow::modelShown, &window, [page, set] {
            TrainView *v = page->view();
            v->setDataset(set);
            v->setMode(TrainMode::Grid);
            v->setGridOptions(QStringLiteral("b0"), 48, 9);
            v->setSteps(100);
            v->setBatch(16);
            TrainRequest r = v->request();
            r.resume = false;
            page->start(r);
        }, Qt::SingleShotConnection);
        grabWhen(window, page, &TrainPage::runFinished, file, *shown);
        break;
    }
    case View::Study: {
        auto *page = window.page<StudyPage>();
        QObject::connect(&window, &MainWindow::modelShown, &window,
                         [page] { page->startStudy(QStringLiteral("b0"), 2'000'000'000, 5); }, Qt::SingleShotConnection);
        grabWhen(window, page, &StudyPage::finished, file, *shown);
        break;
    }
    }
    return QApplication::exec();
}
