// SPDX-License-Identifier: MIT
// The window offscreen, the Train tab: a linear probe of two scales drawn on the Trade-off
// plot as the user's own trade-off; a fine-tune of Lite0 on two classes of opencv-doc photos
// (chessboard shots against other scenes) whose curves fill as it runs and whose weights then
// classify, explain and evaluate the user's classes; a grid search on a pattern set made at
// test time, cancelled and resumed, its winner sent to the Explorer; the probe and grid kept in
// a session. Photos are classified while a training run goes on (its own thread).
#include "window_test_util.h"

#include "../core/synthetic_set.h"
#include "grid_plot.h"
#include "heatmap_view.h"
#include "prediction_view.h"
#include "record_table.h"
#include "scaling_explorer.h"
#include "train_view.h"
#include "tradeoff_plot.h"
#include "training_worker.h"
#include "workbench.h"
#include "custom_scale.h"
#include "arch/profiler.h"
#include "pages/explorer_page.h"
#include "pages/heatmap_page.h"
#include "pages/tradeoff_page.h"
#include "pages/train_page.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace effscope;

namespace {

// chessboard calibration shots against other scenes, 12 of each
QString photoClasses(const QString &root)
{
    const QStringList boards{"left01.jpg", "left02.jpg", "left03.jpg", "left04.jpg", "left05.jpg", "left06.jpg",
                             "left07.jpg", "left08.jpg", "left09.jpg", "left11.jpg", "left12.jpg", "left13.jpg"};
    const QStringList scenes{"apple.jpg", "baboon.jpg", "butterfly.jpg", "fruits.jpg", "orange.jpg", "messi5.jpg",
                             "home.jpg", "building.jpg", "HappyFish.jpg", "aero1.jpg", "squirrel_cls.jpg", "starry_night.jpg"};
    for (const auto &[cls, photos] : {std::make_pair(QString("chessboard"), boards), std::make_pair(QString("scene"), scenes)}) {
        if (!QDir(root).mkpath(cls))
            return {};
        for (const QString &photo : photos)
            if (!QFile::copy(kPhotos + photo, root + "/" + cls + "/" + photo))
                return {};
    }
    return root;
}

TrainSummary waitForRun(TrainPage *page, int timeoutMs = 240000)
{
    QSignalSpy finished(page, &TrainPage::runFinished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.takeFirst().at(0).value<TrainSummary>();
}

} // namespace

class TestWindowTrain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyLanguage(QStringLiteral("en")); // as the app does: English plural forms come from its catalogue
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(!photoClasses(m_dir.filePath("photos")).isEmpty());
        QVERIFY(synthetic::writePatterns(m_dir.filePath("patterns"), 16, 32));
    }
    void probeDrawsOwnTradeoff();
    void fineTunedModelServesEverywhere();
    void gridSearchCancelResumeAndUse();
    void gridOnExplorerScale();

private:
    QTemporaryDir m_dir;
};

void TestWindowTrain::probeDrawsOwnTradeoff()
{
    if (sanitizerSample())
        QSKIP("linear probes of two pretrained scales under a sanitizer take minutes");
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Train);
    auto *page = window.page<TrainPage>();
    TrainView *view = page->view();
    view->setDataset(m_dir.filePath("photos"));
    view->setMode(TrainMode::Probe);
    view->setProbeModels({"lite0", "lite1"});
    TrainRequest r = view->request();
    QCOMPARE(r.models, (QStringList{"lite0", "lite1"}));
    r.valFraction = 0.25;
    r.seed = 7;
    QVERIFY(page->start(r) != 0);
    const TrainSummary s = waitForRun(page);
    QCOMPARE(s.classes, (QStringList{"chessboard", "scene"}));
    QVERIFY(!s.cancelled);
    QCOMPARE(view->probeTable()->rowCount(), 2);
    const QVector<ProbeItem> &probe = window.workbench().probe();
    QCOMPARE(probe.size(), 2);
    for (const ProbeItem &it : probe) {
        QVERIFY2(it.error.isEmpty(), qPrintable(it.error));
        QVERIFY2(it.valAccuracy >= 5.0 / 6.0, qPrintable(QString::number(it.valAccuracy))); // as effscope-cli probe
        QVERIFY(it.latencyMs > 0 && it.macs > 0);
        QCOMPARE(it.valImages, 6);
    }
    QVERIFY(probe[1].macs > probe[0].macs);

    // the Trade-off plot: one more series, on its own axis, two points; on the latency axis too
    TradeoffPlot *plot = window.page<TradeoffPage>()->plot();
    int series = -1;
    for (int i = 0; i < plot->seriesCount(); ++i)
        if (plot->seriesName(i).startsWith("Your own trade-off"))
            series = i;
    QVERIFY(series >= 0);
    QCOMPARE(plot->pointCount(series), 2);
    const auto [lo, hi] = plot->probeRange();
    QVERIFY(lo < 100.0 * probe[0].valAccuracy && hi >= 100.0 * probe[0].valAccuracy);
    const auto [il, ih] = plot->pointInterval(series, 0);
    QVERIFY(il < 100.0 * probe[0].valAccuracy || ih > 100.0 * probe[0].valAccuracy); // six images: a wide interval
    plot->setAxis(TradeoffPlot::Axis::Latency);
    QCOMPARE(plot->pointCount(series), 2);
    plot->setAxis(TradeoffPlot::Axis::Macs);
}

void TestWindowTrain::fineTunedModelServesEverywhere()
{
    if (sanitizerSample())
        QSKIP("fine-tuning Lite0 at 224 px under a sanitizer takes minutes");
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Train);
    auto *page = window.page<TrainPage>();
    TrainView *view = page->view();
    view->setDataset(m_dir.filePath("photos"));
    view->setMode(TrainMode::FineTune);
    view->setFineTuneModel("lite0");
    TrainRequest r = view->request();
    r.steps = 9;
    r.batch = 6;
    r.valFraction = 0.25;
    r.seed = 7;
    QVERIFY(page->start(r) != 0);
    QVERIFY(!view->startButton()->isEnabled()); // one run at a time
    // the GUI keeps classifying while the training thread works
    QSignalSpy shown(&window, &MainWindow::resultShown);
    QVERIFY(window.openImage(kPhotos + "orange.jpg"));
    QVERIFY(shown.wait(60000));
    const TrainSummary s = waitForRun(page);
    QVERIFY(!s.cancelled);
    QCOMPARE(s.steps, qint64(9));
    QVERIFY2(s.bestValAccuracy >= 5.0 / 6.0, qPrintable(QString::number(s.bestValAccuracy)));
    QCOMPARE(view->lossPoints(), 9);
    QVERIFY(view->accuracyPoints() >= 2);
    QVERIFY(QFileInfo(s.weightsFile).size() > 1000000);
    QVERIFY(view->useModelButton()->isEnabled());

    // "Use the fine-tuned model": the user's classes in predictions, heat maps and their list
    QSignalSpy models(&window, &MainWindow::modelShown);
    QTest::mouseClick(view->useModelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench().modelInfo().classes == (QStringList{"chessboard", "scene"}), 60000);
    QCOMPARE(window.workbench().modelInfo().model, QString("lite0"));
    QVERIFY(window.openImage(kPhotos + "left14.jpg")); // a chessboard shot it never saw
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench().lastResult().imagePath.endsWith("left14.jpg"), 60000);
    const ClassifyResult &c = window.workbench().lastResult();
    QCOMPARE(c.top.size(), 2);
    QCOMPARE(c.top[0].label, QString("chessboard"));
    QComboBox *classes = window.page<HeatmapPage>()->classBox();
    QCOMPARE(classes->count(), 2);
    QCOMPARE(classes->itemText(1), QString("scene (1)"));

    // the model panel shows the fine-tuned weights as the loaded ones and keeps offering them:
    // back to the default weights (ImageNet's classes), then the fine-tuned file again
    QComboBox *weights = nullptr;
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->accessibleName() == "Weights to load")
            weights = box;
    QVERIFY(weights);
    QCOMPARE(weights->currentData().toString(), s.weightsFile);
    QVERIFY2(weights->currentText().startsWith("fine-tuned: "), qPrintable(weights->currentText()));
    weights->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench().modelLoaded() && window.workbench().modelInfo().classes.isEmpty(), 60000);
    weights->setCurrentIndex(weights->findData(s.weightsFile));
    QTRY_VERIFY_WITH_TIMEOUT(window.workbench().modelInfo().classes == (QStringList{"chessboard", "scene"}), 60000);
}

void TestWindowTrain::gridSearchCancelResumeAndUse()
{
    if (sanitizerSample())
        QSKIP("training three networks under a sanitizer takes minutes; test_grid_run covers the search");
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(View::Train);
    auto *page = window.page<TrainPage>();
    TrainView *view = page->view();
    view->setDataset(m_dir.filePath("patterns"));
    view->setMode(TrainMode::Grid);
    view->setGridOptions("b0", 32, 3);
    view->setSteps(12);
    view->setBatch(8);
    TrainRequest r = view->request();
    QCOMPARE(r.limit, 3);
    r.directory = m_dir.filePath("grid");

    // cancelled in the second candidate: the first is recorded, the second checkpointed
    QSignalSpy grids(page->trainer(), &TrainingWorker::gridChanged);
    QSignalSpy points(page->trainer(), &TrainingWorker::curvePoint);
    const quint64 id = page->start(r);
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!points.isEmpty() && points.last().at(0).value<TrainCurvePoint>().candidate == 1, 120000);
    page->trainer()->cancel();
    const TrainSummary cancelled = waitForRun(page);
    QVERIFY(cancelled.cancelled);
    QVERIFY(QFile::exists(m_dir.filePath("grid/candidate-1.safetensors")));
    const GridState partial = window.workbench().grid();
    // the three nearest the target, and the paper's point after them
    const int n = int(partial.points.size());
    QCOMPARE(n, 4);
    QVERIFY(partial.points[3].paperPoint);
    QVERIFY(partial.points[0].done && !partial.points[1].done);
    QCOMPARE(view->gridPlot()->trainedDrawn(), 1);
    QCOMPARE(view->gridPlot()->untrainedDrawn(), 3);

    // resumed: the first is not trained again; all three end ranked
    r.resume = true;
    points.clear();
    QVERIFY(page->start(r) != 0);
    const TrainSummary done = waitForRun(page);
    QVERIFY(!done.cancelled);
    for (const QVariantList &p : points)
        QVERIFY(p.at(0).value<TrainCurvePoint>().candidate >= 1);
    const GridState grid = window.workbench().grid();
    QSet<int> ranks;
    for (const GridPoint &p : grid.points) {
        QVERIFY(p.done);
        QCOMPARE(p.steps, qint64(12));
        QVERIFY(p.latencyMs > 0);
        ranks.insert(p.rank);
    }
    QCOMPARE(ranks, (QSet<int>{1, 2, 3, 4}));
    GridPlot *plot = view->gridPlot();
    QCOMPARE(plot->trainedDrawn(), 4);
    QVERIFY(plot->summary().contains("4 of 4 candidates"));
    QVERIFY(plot->summary().contains("The paper's point ranks"));
    QCOMPARE(plot->table()->rowCount(), 4);
    QCOMPARE(plot->table()->raw(0, 0).toInt(), 1); // ranked

    // "Use this": the winner's coefficients in the Explorer, at phi 1, on the base's rules
    const GridPoint *winner = grid.winner();
    QVERIFY(winner);
    QTest::mouseClick(plot->useButton(), Qt::LeftButton);
    QCOMPARE(window.currentView(), View::Explorer);
    const ExplorerState e = window.page<ExplorerPage>()->explorer()->state();
    QVERIFY(e.compound && !e.lite);
    QCOMPARE(e.alpha, winner->alpha);
    QCOMPARE(e.beta, winner->beta);
    QCOMPARE(e.gamma, winner->gamma);
    QCOMPARE(e.phi, 1.0);

    // the session keeps the grid
    const QString file = m_dir.filePath("train.effscope.json");
    QVERIFY(window.saveSessionTo(file).isEmpty());
    InferenceWorker worker2;
    MainWindow restored(&worker2);
    QVERIFY(restored.loadSessionFrom(file).isEmpty());
    QVERIFY(restored.workbench().grid() == grid);
    QCOMPARE(restored.page<TrainPage>()->view()->gridPlot()->trainedDrawn(), 4);
}

void TestWindowTrain::gridOnExplorerScale()
{
    // a scale built in the Explorer is a base too: its candidates grow from it, and "Use this"
    // hands the coefficients to the Explorer on its family's rules
    if (sanitizerSample())
        QSKIP("training under a sanitizer takes minutes");
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    CustomScale narrow;
    narrow.name = "custom-w0.5-d0.5-r224";
    narrow.width = 0.5;
    narrow.depth = 0.5;
    window.workbench().addCustomScale(narrow);
    auto *page = window.page<TrainPage>();
    TrainView *view = page->view();
    view->setDataset(m_dir.filePath("patterns"));
    view->setMode(TrainMode::Grid);
    view->setGridOptions(narrow.name, 32, 2);
    view->setSteps(3);
    view->setBatch(8);
    TrainRequest r = view->request();
    QCOMPARE(r.base, narrow.name);
    r.directory = m_dir.filePath("grid-custom");
    r.resume = false;
    QVERIFY(page->start(r) != 0);
    const TrainSummary s = waitForRun(page);
    QVERIFY(!s.cancelled);
    const GridState grid = window.workbench().grid();
    QCOMPARE(grid.base, narrow.name);
    core::ModelConfig base = customScaleConfig(narrow);
    base.scaling.resolution = 32;
    QCOMPARE(grid.baseMacs, core::profileModel(core::resolve(base)).macs);
    QVERIFY(grid.points.size() >= 2);
    for (const GridPoint &p : grid.points) {
        QVERIFY(p.done);
        QCOMPARE(p.realisedGrowth, double(p.macs) / double(grid.baseMacs));
    }
    QTest::mouseClick(view->gridPlot()->useButton(), Qt::LeftButton);
    const ExplorerState e = window.page<ExplorerPage>()->explorer()->state();
    QVERIFY(e.compound && !e.lite);
    QCOMPARE(e.alpha, grid.winner()->alpha);
}

QTEST_MAIN(TestWindowTrain)
#include "test_window_train.moc"
