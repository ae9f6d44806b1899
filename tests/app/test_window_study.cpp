// SPDX-License-Identifier: MIT
// The window offscreen, the study side: building explorer scales (uniform and per-stage),
// channel importance, latency on the trade-off plot, evaluation equal to effscope-cli eval,
// the latency study, sessions saved and restored byte for byte.
#include "window_test_util.h"

#include "activation_browser.h"
#include "channel_importance_view.h"
#include "compare_view.h"
#include "evaluation_view.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "model_panel.h"
#include "model_sidebar.h"
#include "prediction_view.h"
#include "record_table.h"
#include "scaling_explorer.h"
#include "stall_meter.h"
#include "sweep_plot.h"
#include "thumbnail_strip.h"
#include "tradeoff_plot.h"
#include "weights_store.h"
#include "weights_view.h"
#include "workbench.h"
#include "pages/activations_page.h"
#include "pages/compare_page.h"
#include "pages/evaluate_page.h"
#include "pages/explorer_page.h"
#include "pages/heatmap_page.h"
#include "pages/photo_page.h"
#include "pages/study_page.h"
#include "pages/tradeoff_page.h"
#include "common/npy.h"
#include "weights/registry.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace effscope;

class TestWindowStudy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyLanguage(QStringLiteral("en")); // as the app does: English plural forms come from its catalogue
        QSettings().clear(); // every run starts as a first run
    }
    void buildFromExplorer();
    void stageScaledBuildAndImportance();
    void measureLatency();
    void evaluateStudyAndSession();
    void quitAsksAboutUnsavedWork();
    void quantizeFromModelPanel();
};

void TestWindowStudy::buildFromExplorer()
{
    // the explorer's Build makes its scale the current model (random init, labelled) and a
    // dropped photo is classified by it
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Explorer);
    ScalingExplorer *explorer = window.page<ExplorerPage>()->explorer();
    explorer->setCompound(1.2, 1.1, 1.15, 1.0);
    QCOMPARE(explorer->scaleName(), QString("custom-w1.1-d1.2-r256"));
    QSignalSpy models(&window, &MainWindow::modelShown);
    QTest::mouseClick(explorer->buildButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!models.isEmpty(), 60000);
    QCOMPARE(window.modelPanel()->model(), QString("custom-w1.1-d1.2-r256"));
    QVERIFY2(window.statusText().contains("custom-w1.1-d1.2-r256") && window.statusText().contains("untrained"),
             qPrintable(window.statusText()));
    drop(&window, {QUrl::fromLocalFile(kPhotos + "orange.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains("custom-w1.1-d1.2-r256"), 60000);
    QVERIFY(window.predictionView()->caption().contains("untrained model"));
    // the compare view offers the custom scale beside the presets
    CompareView *compare = window.page<ComparePage>()->compareView();
    compare->setChecked({"lite0", "custom-w1.1-d1.2-r256"});
    QCOMPARE(compare->checkedPresets(), (QStringList{"lite0", "custom-w1.1-d1.2-r256"}));
    QSignalSpy finished(window.page<ComparePage>(), &ComparePage::finished);
    window.page<ComparePage>()->startCompare(compare->checkedPresets());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(compare->resultCount(), 2);
    QVERIFY2(compare->cardText(1).contains("custom-w1.1-d1.2-r256") && compare->cardText(1).contains("256 px")
                 && compare->cardText(1).contains("untrained"),
             qPrintable(compare->cardText(1)));
    // the panel goes back to a preset as usual
    window.modelPanel()->setModel("lite0");
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
}

void TestWindowStudy::stageScaledBuildAndImportance()
{
    // a non-uniform scale (stage 6 twice as wide, stage 4 twice as deep) is a real model:
    // it classifies; and the explorer's importance view measures the loaded Lite0
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);
    window.showView(View::Explorer);
    ScalingExplorer *explorer = window.page<ExplorerPage>()->explorer();
    QSignalSpy shown(window.page<ExplorerPage>(), &ExplorerPage::importanceShown);
    QTest::mouseClick(window.page<ExplorerPage>()->importanceView()->measureButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    QTreeWidget *tree = window.page<ExplorerPage>()->importanceView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 9); // stem, 7 stages, head
    QCOMPARE(tree->topLevelItem(8)->text(0), QString("Head"));
    QCOMPARE(tree->topLevelItem(6)->childCount(), 4); // Lite0 stage 6: 4 blocks
    for (double share : window.page<ExplorerPage>()->importanceView()->shrinkableShare())
        QVERIFY(share >= 0.0 && share <= 1.0);

    explorer->setPreset("b0");
    explorer->setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 2, 1, 1, 1});
    const QString name = explorer->scaleName();
    QVERIFY(name.contains("-s"));
    QSignalSpy models(&window, &MainWindow::modelShown);
    window.page<ExplorerPage>()->buildCustomScale();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(name), 60000);
    QCOMPARE(window.customScales().value(name).stageWidth[5], 2.0);
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains(name), 60000);
    QCOMPARE(window.predictionView()->rowCount(), 5);
}

void TestWindowStudy::measureLatency()
{
    // the trade-off tab's Measure button times presets cheapest first and places their
    // published accuracies at the latency; cancelled after the first one, the rest stops
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Tradeoff);
    TradeoffPlot *plot = window.page<TradeoffPage>()->plot();
    QSignalSpy measured(window.page<TradeoffPage>(), &TradeoffPage::latencyMeasured);
    {
        // timing every preset may be estimated over 10 s here: then it asks first
        MessageBoxAnswerer start(QMessageBox::AcceptRole);
        QTest::mouseClick(plot->measureButton(), Qt::LeftButton);
        for (const QString &q : start.asked)
            QVERIFY2(q.startsWith("Timing 13 scales will take about"), qPrintable(q));
        qInfo("asked: %s", qPrintable(start.asked.join(" / ")));
    }
    QCOMPARE(plot->axis(), TradeoffPlot::Axis::Latency);
    QTRY_VERIFY_WITH_TIMEOUT(!plot->latency().isEmpty(), 60000);
    window.cancelWork();
    QTRY_COMPARE_WITH_TIMEOUT(measured.size(), 1, 60000);
    QVERIFY(plot->latency().size() < 13);
    QVERIFY(plot->latency().contains("lite0")); // 385 M MACs: the cheapest preset
    int points = 0;
    for (int i = 0; i < plot->seriesCount(); ++i)
        points += plot->pointCount(i);
    // Lite0: the Lite table and timm's tf_efficientnet_lite0 (224); B0: Table 2 and timm's two B0s
    // (and Lite0 int8, when an int8 model of the cached weights was made: the README's int8 column)
    QCOMPARE(points, (plot->latency().contains("b0") ? 5 : 2) + (plot->latency().contains("lite0/int8") ? 1 : 0));
}

void TestWindowStudy::evaluateStudyAndSession()
{
    // Evaluate tab: Lite0 on a labelled folder gives what `effscope-cli eval` gives, becomes a
    // table row, a point on the trade-off plot and a timm-column CSV; the latency study times
    // B0 scaled two ways; the session with all of it saves, loads into a fresh window and
    // saves again to the same bytes.
    QTemporaryDir dir;
    const struct
    {
        const char *folder, *photo;
    } items[] = {{"n02486410", "baboon.jpg"}, {"fox squirrel", "squirrel_cls.jpg"}, {"950", "orange.jpg"}, {"950", "apple.jpg"}};
    for (const auto &it : items) {
        QVERIFY(QDir(dir.path()).mkpath(QString("set/%1").arg(it.folder)));
        QVERIFY(QFile::copy(kPhotos + it.photo, dir.filePath(QString("set/%1/%2").arg(it.folder, it.photo))));
    }
    const QString set = dir.filePath("set");
    QProcess cli;
    cli.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"eval", "--model", "lite0", "--dir", set, "--csv"});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QByteArray> cliCsv = cli.readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> cliRow = cliCsv[1].split(',');

    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Evaluate);
    EvaluationView *eval = window.page<EvaluatePage>()->evaluationView();
    eval->setDataset(set);
    // the folder is counted before anything runs
    QTRY_COMPARE_WITH_TIMEOUT(eval->datasetSummary(), QString("4 images in 3 classes."), 30000);
    QCOMPARE(window.page<EvaluatePage>()->datasetImages(), 4);
    QCOMPARE(eval->checkedScales(), QStringList{"lite0"}); // first run: the default model ticked
    QSignalSpy evaluated(window.page<EvaluatePage>(), &EvaluatePage::finished);
    // the GUI thread keeps running while the worker evaluates and times (measured while the
    // test waits on the window; the test's own synchronous steps in between are not counted)
    StallMeter meter;
    meter.start();
    QTest::mouseClick(eval->evaluateButton(), Qt::LeftButton);
    QVERIFY(!eval->evaluateButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 1, 120000);
    meter.stop();
    qInfo("first evaluation: worst event-loop gap %.1f ms", meter.worstMs());
    QCOMPARE(eval->resultsModel()->rowCount(), 1);
    QCOMPARE(eval->resultsModel()->text(0, 0), QString("Lite0"));
    QCOMPARE(eval->resultsModel()->raw(0, 0).toString(), QString("lite0"));
    QCOMPARE(eval->resultsModel()->text(0, 3), QString("4"));
    // top1 and top5 columns of the CLI's CSV row, as the table rounds them
    QCOMPARE(eval->resultsModel()->text(0, 4), QString::number(cliRow[2].toDouble(), 'f', 2));
    QCOMPARE(eval->resultsModel()->text(0, 5), QString::number(cliRow[4].toDouble(), 'f', 2));
    QVERIFY(eval->classModel()->rowCount() == 3);
    QVERIFY(eval->confusedModel()->rowCount() >= 1);
    QCOMPARE(eval->confusedModel()->text(0, 0), QString("orange"));
    // every image's result agrees with the top-1 above; the matrix has the 3 classes present;
    // the most confused pair lists its photos, and opening one shows it on the Photo tab
    QCOMPARE(eval->imagesModel()->rowCount(), 4);
    int correct = 0;
    for (int r = 0; r < 4; ++r)
        correct += eval->imagesModel()->raw(r, 3).toBool();
    QCOMPARE(100.0 * correct / 4, cliRow[2].toDouble());
    QCOMPARE(eval->matrixClasses().size(), 3);
    const EvalItem &shown = eval->results()[0];
    eval->showPair(shown.confused[0].label, shown.confused[0].predicted);
    QVERIFY(eval->pairPhotos()->count() >= 1);
    const QString confusedPhoto = eval->pairPhotos()->item(0)->data(Qt::UserRole).toString();
    QVERIFY(confusedPhoto.contains("/950/"));
    Q_EMIT eval->photoRequested(confusedPhoto);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentImage(), confusedPhoto, 30000);
    QVERIFY(window.currentView() == View::Photo);
    window.showView(View::Evaluate);
    QCOMPARE(eval->saveCsv(dir.filePath("eval.csv"), InferenceWorker::evalCsvHeader()), QString());
    QCOMPARE(readAllBytes(dir.filePath("eval.csv")), cliCsv[0] + "\n" + cliCsv[1] + "\n");
    // Cancel: a partial row that says so; Evaluate again continues from the kept images
    eval->setScales(eval->checkedScales() + QStringList{"lite1"}, {"lite1"});
    QSignalSpy progress(&worker, &InferenceWorker::progress);
    window.page<EvaluatePage>()->startEvaluation(set, {"lite1"});
    meter.resume();
    QTRY_VERIFY_WITH_TIMEOUT(window.cancelButton()->isVisible(), 60000);
    window.cancelWork();
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 2, 120000);
    if (eval->resultsModel()->rowCount() == 2) { // the cancel may land before lite1 produced anything
        QVERIFY2(eval->resultsModel()->text(1, 8).startsWith("partial")
                     || eval->resultsModel()->text(1, 8).startsWith("complete"),
                 qPrintable(eval->resultsModel()->text(1, 8)));
    }
    window.page<EvaluatePage>()->startEvaluation(set, {"lite1"});
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 3, 120000);
    meter.stop();
    qInfo("with cancel and resume: worst event-loop gap %.1f ms", meter.worstMs());
    QCOMPARE(eval->resultsModel()->rowCount(), 2);
    QVERIFY2(eval->resultsModel()->text(1, 8).startsWith("complete"), qPrintable(eval->resultsModel()->text(1, 8)));
    QCOMPARE(eval->resultsModel()->text(1, 3), QString("4"));
    eval->resultsTable()->setCurrentIndex(eval->resultsModel()->index(0, 0));

    window.showView(View::Tradeoff);
    TradeoffPlot *plot = window.page<TradeoffPage>()->plot();
    QCOMPARE(plot->seriesCount(), 12);
    QVERIFY(plot->seriesName(11).contains("Your evaluations (set)"));
    QCOMPARE(plot->pointCount(11), 2);
    QVERIFY(plot->pointTextAt(plot->pointPosition(11, 0)).contains("Lite0 on set (4 images)"));
    // the mouse over every point: the window keeps its size (the note is elided, in full in the tooltip)
    const QSize windowSize = window.size();
    int hovered = 0;
    for (int s = 0; s < plot->seriesCount(); ++s)
        for (int i = 0; i < plot->pointCount(s); ++i) {
            const QPointF local = plot->plotWidget()->mapFrom(plot, plot->pointPosition(s, i));
            QMouseEvent move(QEvent::MouseMove, local, plot->plotWidget()->mapToGlobal(local), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(plot->plotWidget(), &move);
            QCoreApplication::processEvents();
            hovered += plot->hoverText().isEmpty() ? 0 : 1;
            QCOMPARE(window.size(), windowSize);
        }
    QVERIFY(hovered >= 40);

    // the latency study: B0 by width, depth, resolution, compound up to 0.9 GMACs, 2 points each
    window.showView(View::Study);
    QSignalSpy swept(window.page<StudyPage>(), &StudyPage::finished);
    {
        // asked from the plot's Run: 4 dimensions x up to 10 networks up to 40 GMACs (B7's
        // cost) take a minute or more here; Cancel starts nothing
        qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "10");
        const auto restore = qScopeGuard([] { qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "3600"); });
        window.workbench().setSecondsPerGmac("cpu", 0.020);
        MessageBoxAnswerer cancel(QMessageBox::RejectRole);
        Q_EMIT window.page<StudyPage>()->sweepPlot()->runRequested("b0", 40'000'000'000, 10);
        QCOMPARE(cancel.asked.size(), 1);
        QVERIFY2(cancel.asked[0].contains(QRegularExpression("^Timing [1-4][0-9] networks will take about \\d+ (s|min|h)")),
                 qPrintable(cancel.asked[0]));
        QTest::qWait(200);
        QVERIFY(!window.cancelButton()->isVisible());
        QVERIFY(swept.isEmpty());
    }
    // (0.9 GMACs: B0's first compound step, where width and resolution move as well as depth,
    // is at 0.83)
    window.page<StudyPage>()->startStudy("b0", 900'000'000, 2);
    meter.resume();
    QTRY_COMPARE_WITH_TIMEOUT(swept.size(), 1, 300000);
    meter.stop();
    QVERIFY2(meter.worstMs() < 250.0, qPrintable(QString("worst event-loop gap %1 ms").arg(meter.worstMs())));
    qInfo("evaluation + latency study: worst event-loop gap %.1f ms over %zu ticks", meter.worstMs(), meter.ticks());
    SweepPlot *sweep = window.page<StudyPage>()->sweepPlot();
    for (const char *d : {"width", "depth", "resolution", "compound"})
        QVERIFY2(sweep->pointCount(d) == 2, d);
    QCOMPARE(sweep->table()->rowCount(), 8);

    // a custom scale, then the session
    window.page<ExplorerPage>()->explorer()->setCompound(1.2, 1.1, 1.15, 1.0);
    window.page<ExplorerPage>()->buildCustomScale();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("custom-w1.1-d1.2-r256"), 60000);
    // the workspace: two photos with the second shown, the explorer left in direct mode
    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg"), QUrl::fromLocalFile(kPhotos + "orange.jpg")});
    QTRY_COMPARE_WITH_TIMEOUT(window.thumbnailStrip()->paths().size(), 2, 30000);
    window.stepImage(1);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentImage().endsWith("orange.jpg"), 30000);
    window.page<ExplorerPage>()->explorer()->setDirect(1.4, 1.8, 300);
    window.showView(View::Study);
    QVERIFY(window.workbench().hasUnsavedWork());
    const QString first = dir.filePath("session.json"), second = dir.filePath("again.json");
    QCOMPARE(window.saveSessionTo(first), QString());
    QVERIFY(!window.workbench().hasUnsavedWork());
    QCOMPARE(window.sessionPath(), first);
    const Session saved = window.session();
    QCOMPARE(saved.evaluations.size(), 2);
    QCOMPARE(saved.sweep.size(), 8);
    QCOMPARE(saved.customScales.size(), 1);
    QVERIFY(saved.hasWorkspace);
    QCOMPARE(saved.workspace.photos.size(), 2);
    QVERIFY(saved.workspace.currentPhoto.endsWith("orange.jpg"));
    QCOMPARE(saved.workspace.model, QString("custom-w1.1-d1.2-r256"));
    QCOMPARE(saved.workspace.view, QString("study"));
    QVERIFY(!saved.workspace.explorer.compound);
    QCOMPARE(saved.workspace.explorer.resolution, 300);
    QCOMPARE(saved.workspace.explorer.phi, 1.0); // compound mode's values are kept too

    MainWindow restored(&worker);
    openWindow(restored);
    // a broken file changes nothing
    QFile broken(dir.filePath("broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(readAllBytes(first).replace("\"top1\": ", "\"top1\": \"x\", \"y\": "));
    broken.close();
    const QString refusal = restored.loadSessionFrom(broken.fileName());
    QVERIFY2(refusal.contains("evaluations[0].top1: expected a number"), qPrintable(refusal));
    const Session untouched = restored.session();
    QVERIFY(untouched.evaluations.isEmpty() && untouched.latency.isEmpty() && untouched.customScales.isEmpty());
    QCOMPARE(untouched.workspace.model, QString("lite0"));
    QCOMPARE(restored.loadSessionFrom(first), QString());
    // the photos come back (the one shown too), then the model, the view and the explorer
    QTRY_VERIFY_WITH_TIMEOUT(restored.currentImage().endsWith("orange.jpg"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(restored.statusText().contains("custom-w1.1-d1.2-r256"), 60000);
    QVERIFY(restored.currentView() == View::Study);
    QCOMPARE(restored.page<ExplorerPage>()->explorer()->state(), saved.workspace.explorer);
    QVERIFY(restored.session() == saved);
    QCOMPARE(restored.saveSessionTo(second), QString());
    QCOMPARE(readAllBytes(second), readAllBytes(first));
    // and every view shows it again
    QCOMPARE(restored.page<EvaluatePage>()->evaluationView()->resultsModel()->rowCount(), 2);
    QCOMPARE(restored.page<EvaluatePage>()->evaluationView()->resultsModel()->text(0, 4), eval->resultsModel()->text(0, 4));
    QCOMPARE(restored.page<TradeoffPage>()->plot()->pointCount(11), 2);
    QCOMPARE(restored.page<StudyPage>()->sweepPlot()->pointCount("compound"), 2);
    QVERIFY(restored.customScales().contains("custom-w1.1-d1.2-r256"));
    QVERIFY(restored.page<EvaluatePage>()->evaluationView()->scaleItem("custom-w1.1-d1.2-r256") != nullptr);
}

void TestWindowStudy::quitAsksAboutUnsavedWork()
{
    // measurements not in a session file: Quit asks. Cancel keeps the window, Discard closes;
    // Save writes to the session's own file and closes
    InferenceWorker worker;
    QTemporaryDir dir;
    LatencyItem item;
    item.model = "b0";
    item.inputSize = 224;
    item.macs = 386'000'000;
    item.medianMs = 9.5;
    item.engine = "effscope-onednn";
    {
        MainWindow window(&worker);
        openWindow(window);
        QVERIFY(!window.workbench().hasUnsavedWork());
        window.workbench().addLatency(item);
        QVERIFY(window.workbench().hasUnsavedWork());
        {
            MessageBoxAnswerer cancel(QMessageBox::RejectRole);
            QVERIFY(!window.close());
            QCOMPARE(cancel.asked.size(), 1);
            QVERIFY2(cancel.asked[0].contains("Save the measurements") && cancel.asked[0].contains("lost otherwise"),
                     qPrintable(cancel.asked[0]));
            QVERIFY(window.isVisible());
        }
        MessageBoxAnswerer discard(QMessageBox::DestructiveRole);
        QVERIFY(window.close());
        QCOMPARE(discard.asked.size(), 1);
    }
    {
        MainWindow window(&worker);
        openWindow(window);
        const QString path = dir.filePath("study.json");
        QCOMPARE(window.saveSessionTo(path), QString());
        {
            MessageBoxAnswerer none(QMessageBox::RejectRole);
            QVERIFY(window.close()); // nothing new since the save: no question
            QVERIFY(none.asked.isEmpty());
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workbench().addLatency(item);
        MessageBoxAnswerer save(QMessageBox::AcceptRole);
        QVERIFY(window.close());
        QCOMPARE(save.asked.size(), 1);
        QVERIFY2(save.asked[0].contains(path), qPrintable(save.asked[0]));
        Session back;
        QString error;
        QVERIFY2(loadSession(path, &back, &error), qPrintable(error));
        QCOMPARE(back.latency.size(), 1);
        QCOMPARE(back.latency[0], item);
    }
}

void TestWindowStudy::quantizeFromModelPanel()
{
    // int8 from the model panel: offered for Lite presets on the CPU only; Quantize calibrates
    // on a folder of photos, saves the int8 model beside the weights (here a cache of this
    // test's own, so the user's stays untouched), switches the panel to int8 and loads it; a
    // photo is then classified in int8, and the trade-off plot's int8 series takes its latency.
    QTemporaryDir dir;
    const QString cache = dir.filePath("cache"), weights = cache + "/effscope/weights";
    QVERIFY(QDir().mkpath(weights));
    const QString real = QString::fromStdString(core::weightsCacheDir());
    for (const QString &f : QDir(real).entryList({"efficientnet-lite0-*"}, QDir::Files))
        if (!f.contains(".int8-"))
            QVERIFY(QFile::link(real + "/" + f, weights + "/" + f));
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.toUtf8());
    QVERIFY(QDir().mkpath(dir.filePath("photos")));
    for (const char *name : {"orange.jpg", "baboon.jpg", "fruits.jpg", "HappyFish.jpg"})
        QVERIFY(QFile::copy(kPhotos + name, dir.filePath(QString("photos/") + name)));
    {
        InferenceWorker worker;
        MainWindow window(&worker);
        openWindow(window);
        ModelPanel *panel = window.modelPanel();
        const auto offered = [&] {
            for (QComboBox *box : panel->findChildren<QComboBox *>())
                if (box->accessibleName() == "Precision")
                    return box->findData("int8") >= 0;
            return false;
        };
        QCOMPARE(panel->model(), QString("lite0"));
        QVERIFY(offered() && panel->quantizeButton()->isVisibleTo(panel));

        QSignalSpy quantized(window.modelSidebar(), &ModelSidebar::quantized);
        // learned rounding, in a few steps per layer (its quality is test_int8's)
        window.modelSidebar()->quantizeFrom("lite0", dir.filePath("photos"), 3);
        QVERIFY(quantized.wait(120000));
        const QuantizeResult r = quantized.takeFirst().at(0).value<QuantizeResult>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.path.startsWith(weights) && QFileInfo(r.path).size() > 4000000, qPrintable(r.path));
        QCOMPARE(r.photos, 4);
        QCOMPARE(r.rounding, QString("learned"));
        QVERIFY(r.agreement >= 0.75); // clear photos: at most one of four may flip
        // the panel switched to int8 and loaded it
        QTRY_COMPARE_WITH_TIMEOUT(window.workbench().modelInfo().precision, QString("int8"), 60000);
        QCOMPARE(panel->precision(), QString("int8"));
        QSignalSpy classified(&window.workbench(), &Workbench::classified);
        QVERIFY(window.openImage(kPhotos + "orange.jpg"));
        QVERIFY(classified.wait(60000));
        const ClassifyResult c = classified.takeFirst().at(0).value<ClassifyResult>();
        QCOMPARE(c.precision, QString("int8"));
        QCOMPARE(c.top.first().index, 950); // orange

        // Measure latency times Lite0 (the cheapest preset) in int8 too: the README's int8
        // accuracy is placed at it
        window.showView(View::Tradeoff);
        TradeoffPlot *plot = window.page<TradeoffPage>()->plot();
        {
            MessageBoxAnswerer start(QMessageBox::AcceptRole);
            QTest::mouseClick(plot->measureButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(plot->latency().contains("lite0/int8"), 120000);
        window.cancelWork();
        QVERIFY(plot->latency().value("lite0/int8") > 0);
        int int8Series = -1;
        for (int i = 0; i < plot->seriesCount(); ++i)
            if (plot->seriesName(i).contains("INT8"))
                int8Series = i;
        QVERIFY(int8Series >= 0);
        QCOMPARE(plot->pointCount(int8Series), 1);
        QVERIFY(plot->pointTextAt(plot->pointPosition(int8Series, 0)).contains("Lite0 int8"));
        window.showView(View::Photo);

        // B0 (SiLU, squeeze-excitation) is not offered int8
        panel->setModel("b0");
        QVERIFY(!offered() && !panel->quantizeButton()->isVisibleTo(panel));
        window.cancelWork();
    }
    qputenv("XDG_CACHE_HOME", saved);
    if (saved.isEmpty())
        qunsetenv("XDG_CACHE_HOME");
}

QTEST_MAIN(TestWindowStudy)
#include "test_window_study.moc"
