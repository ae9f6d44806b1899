// SPDX-License-Identifier: MIT
// The window offscreen, explanations: the heat map following the class and method with its
// exports (the raw map equal to effscope-cli cam --raw), the activation browser, the compare view.
#include "window_test_util.h"

#include "activation_browser.h"
#include "channel_importance_view.h"
#include "color_bar.h"
#include "compare_view.h"
#include "evaluation_view.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "model_panel.h"
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

#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

class TestWindowExplain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyLanguage(QStringLiteral("en")); // as the app does: English plural forms come from its catalogue
        QSettings().clear(); // every run starts as a first run
    }
    void heatMapFollowsTheClass();
    void activationBrowser();
    void compareThreeScales();
    void slowWorkWaitsForStart();
};

void TestWindowExplain::slowWorkWaitsForStart()
{
    // Score-CAM, smoothed, on Lite0's head: (1 + 1280) x 6 + 115 forward passes, minutes on a
    // small machine; it waits for Start with the estimate, then runs with the time left shown
    qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "10");
    const auto restore = qScopeGuard([] { qputenv("EFFSCOPE_SLOW_WORK_SECONDS", "3600"); });
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    // the load measured this machine's speed; the estimates below use a fixed one (20 ms per
    // GMAC, about this 2-core machine's for Lite0) so that a busy test machine changes nothing
    QVERIFY(window.workbench().secondsPerGmac("cpu") > 0);
    window.workbench().setSecondsPerGmac("cpu", 0.020);
    HeatmapPage *page = window.page<HeatmapPage>();
    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(page->camText().contains("Average drop"), 60000);
    window.workbench().setSecondsPerGmac("cpu", 0.020); // (a classification may have lowered it)
    QVERIFY(page->slowWorkText().isEmpty()); // Grad-CAM: 116 passes of 0.39 GMACs, about 1 s
    window.showView(View::Heatmap);
    page->layerBox()->setCurrentIndex(0);
    page->methodBox()->setCurrentIndex(page->methodBox()->findData("scorecam"));
    page->smoothBox()->setChecked(true);
    QTRY_VERIFY(!page->slowWorkText().isEmpty());
    // the Grad-CAM on screen is greyed: it is not what the controls now ask for
    QVERIFY(page->isStale() && page->heatmapView()->isStale() && page->curvesPlot()->isStale());
    // 7801 x 0.385 GMACs x 20 ms = 60 s
    QVERIFY2(page->slowWorkText().contains("Score-CAM on Lite0 would take about 60 s")
                 && page->slowWorkText().contains("7801 forward passes") && page->slowWorkText().contains("at 20.0 ms per GMAC"),
             qPrintable(page->slowWorkText()));
    QVERIFY2(page->camText().contains("not started"), qPrintable(page->camText()));
    qInfo("%s", qPrintable(page->slowWorkText()));
    QTest::qWait(300);
    QVERIFY(!window.cancelButton()->isVisible()); // nothing runs
    QTest::mouseClick(page->slowWorkStartButton(), Qt::LeftButton);
    QVERIFY(page->slowWorkText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.cancelButton()->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.progressBar()->text().contains("left"), 120000);
    QVERIFY2(window.progressBar()->text().contains(QRegularExpression("^\\d+% · about \\d+(\\.\\d)? (s|min|h) left$")),
             qPrintable(window.progressBar()->text()));
    qInfo("%s", qPrintable(window.progressBar()->text()));
    QVERIFY(page->isStale());
    window.cancelWork();
    QTRY_VERIFY_WITH_TIMEOUT(page->camText().contains("cancelled"), 30000);
    // the controls go back to what the picture shows (Grad-CAM, not smoothed), shown plainly
    QCOMPARE(page->methodBox()->currentData().toString(), QString("gradcam"));
    QVERIFY(!page->smoothBox()->isChecked());
    QVERIFY(!page->isStale() && !page->curvesPlot()->isStale());
    QVERIFY2(page->camText().contains("Shown: Grad-CAM of Lite0 on features.8 (7 x 7)"), qPrintable(page->camText()));
    QCOMPARE(window.workbench().camMethod(), core::CamMethod::GradCam);
    // smoothed Grad-CAM (6 CAMs, a few seconds): no question, it runs; the caption gives the
    // layer's size and says what the smoothing did, at the input's resolution
    page->smoothBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(page->camText().contains("Average drop") && page->camText().contains("smoothed"), 60000);
    QVERIFY2(page->camText().contains("Grad-CAM of Lite0 on features.8 (7 x 7), smoothed over 6 copies (mirrored, "
                                      "brightness x0.9 to x1.1) at 224 x 224"),
             qPrintable(page->camText()));
    QVERIFY(page->slowWorkText().isEmpty());
    QVERIFY(!page->isStale());
    // the default layer is named as the caption names it; the colour key follows the colour map
    QVERIFY2(page->layerBox()->itemText(0).startsWith("features.8 head (7 x 7)"), qPrintable(page->layerBox()->itemText(0)));
    QCOMPARE(page->colorBar()->colorAt(1.0), window.workbench().colormap().last());
    QCOMPARE(page->colorBar()->colorAt(0.0), window.workbench().colormap().first());

    // Compare with B7 (37.7 GMACs; classification, closed-form Grad-CAM, 1 + 2 x 17 for the
    // 16-step faithfulness, then 1 + 5 timed passes: 43 passes): asked first; Cancel starts nothing
    window.showView(View::Compare);
    window.workbench().setSecondsPerGmac("cpu", 0.020); // 43 x 37.75 GMACs x 20 ms = 32 s
    CompareView *compare = window.page<ComparePage>()->compareView();
    compare->setChecked({"b7"});
    QString question;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text() + "\n" + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
            answer.stop();
        }
    });
    answer.start(50);
    QTest::mouseClick(compare->compareButton(), Qt::LeftButton);
    QVERIFY2(question.contains("Comparing B7 with Grad-CAM will take about 32 s") && question.contains("43 forward passes"),
             qPrintable(question));
    QCOMPARE(compare->cardCount(), 0);
    QVERIFY(!window.cancelButton()->isVisible());

    // Evaluate: the images are counted first, then B7 on 4 of them at 100 ms per GMAC
    // (4 x 37.75 GMACs: 15 s) is asked about; Cancel starts nothing
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("set/950"));
    for (const char *photo : {"orange.jpg", "apple.jpg", "baboon.jpg", "squirrel_cls.jpg"})
        QVERIFY(QFile::copy(kPhotos + photo, dir.filePath(QString("set/950/") + photo)));
    window.showView(View::Evaluate);
    EvaluatePage *evaluate = window.page<EvaluatePage>();
    QSignalSpy counted(evaluate, &EvaluatePage::datasetCounted);
    evaluate->evaluationView()->setDataset(dir.filePath("set"));
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 30000);
    QCOMPARE(evaluate->evaluationView()->datasetSummary(), QString("4 images in 1 class."));
    window.workbench().setSecondsPerGmac("cpu", 0.100);
    QSignalSpy evalFinished(evaluate, &EvaluatePage::finished);
    question.clear();
    answer.start(50);
    evaluate->startEvaluation(dir.filePath("set"), {"b7"});
    QVERIFY2(question.contains("Evaluating B7 on set will take about 15 s") && question.contains("4 images"),
             qPrintable(question));
    QCOMPARE(evalFinished.size(), 1);
    QVERIFY(!window.cancelButton()->isVisible());
}

void TestWindowExplain::heatMapFollowsTheClass()
{
    // a dropped photo gets a Grad-CAM of its top-1 class with faithfulness numbers; clicking
    // another class row recomputes it for that class; another method recomputes it too
    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    HeatmapPage *page = window.page<HeatmapPage>();
    QSignalSpy cams(page, &HeatmapPage::camShown);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "stuff.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("ping-pong ball"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(page->camText().contains("Average drop"), 60000);
    QVERIFY2(page->camText().contains("Grad-CAM of Lite0 on features.8 (7 x 7)") && page->camText().contains("ping-pong ball"),
             qPrintable(page->camText()));
    // the hottest spot is on the ball (x 335..455, y 120..250 on the 640x480 photo)
    HeatmapView *heat = page->heatmapView();
    QVERIFY(heat->heatAt(heat->toWidget(QPointF(395, 185))) > 0.7);
    QCOMPARE(heat->heatAt(heat->toWidget(QPointF(20, 240))), -1.0); // outside the crop
    QCOMPARE(page->curvesPlot()->pointCount(0), 57); // 56 steps + the start

    // exports of what is on screen
    QTemporaryDir out;
    QCOMPARE(page->exportOverlay(out.filePath("overlay.png")), QString());
    QCOMPARE(QImage(out.filePath("overlay.png")).size(), QSize(640, 480));
    // the raw map is laid back on the photo, and it is the array `effscope-cli cam --raw` writes
    // for the same photo, model, method and class (one explanation pipeline in core)
    QCOMPARE(page->exportRawHeat(out.filePath("heat.npy")), QString());
    const effscope::core::NpyArray npy = effscope::core::readNpy(out.filePath("heat.npy").toStdString());
    QCOMPARE(npy.shape, (std::vector<int64_t>{480, 640}));
    QVERIFY(*std::max_element(npy.data.begin(), npy.data.end()) > 0.99f);
    QCOMPARE(npy.data[size_t(240 * 640 + 20)], 0.0f); // left of the centre crop: outside what the model saw
    QProcess cli;
    cli.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"cam", "--model", "lite0", "--method", "gradcam", "--class", "722",
                                                     "--no-metrics", "--raw", out.filePath("cli.npy"), "--out",
                                                     out.filePath("cli.png"), kPhotos + "stuff.jpg"});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const effscope::core::NpyArray fromCli = effscope::core::readNpy(out.filePath("cli.npy").toStdString());
    QCOMPARE(fromCli.shape, npy.shape);
    float worst = 0.0f;
    for (size_t i = 0; i < npy.data.size(); ++i)
        worst = std::max(worst, std::abs(npy.data[i] - fromCli.data[i]));
    QVERIFY2(worst <= 1e-6f, qPrintable(QString("GUI and CLI raw maps differ by up to %1").arg(worst)));
    QVERIFY(page->exportRawHeat(out.filePath("heat.txt")).contains(".npy"));

    // a folder at once: each photo's overlay at its own size and raw map (the stuff photo's the
    // same array the CLI wrote for its top-1); a file that is no photo fails alone
    QVERIFY(QDir(out.path()).mkpath("folder"));
    QVERIFY(QFile::copy(kPhotos + "stuff.jpg", out.filePath("folder/stuff.jpg")));
    QVERIFY(QFile::copy(kPhotos + "orange.jpg", out.filePath("folder/orange.jpg")));
    {
        QFile notPhoto(out.filePath("folder/notes.jpg"));
        QVERIFY(notPhoto.open(QIODevice::WriteOnly));
        notPhoto.write("not a photo");
    }
    QSignalSpy folder(page, &HeatmapPage::folderExported);
    QCOMPARE(page->exportFolder(out.filePath("folder"), out.filePath("maps")), QString());
    QTRY_COMPARE_WITH_TIMEOUT(folder.size(), 1, 120000);
    QCOMPARE(folder[0][0].toInt(), 2);
    QCOMPARE(folder[0][1].toInt(), 1);
    QVERIFY(window.statusBar()->currentMessage().contains("notes.jpg"));
    QCOMPARE(QImage(out.filePath("maps/stuff-lite0-gradcam.png")).size(), QSize(640, 480));
    QVERIFY(!QImage(out.filePath("maps/orange-lite0-gradcam.png")).isNull());
    QVERIFY(!QFile::exists(out.filePath("maps/notes-lite0-gradcam.png")));
    const effscope::core::NpyArray folderNpy = effscope::core::readNpy(out.filePath("maps/stuff-lite0-gradcam.npy").toStdString());
    QCOMPARE(folderNpy.shape, fromCli.shape);
    float folderWorst = 0.0f;
    for (size_t i = 0; i < folderNpy.data.size(); ++i)
        folderWorst = std::max(folderWorst, std::abs(folderNpy.data[i] - fromCli.data[i]));
    QVERIFY2(folderWorst <= 1e-6f, qPrintable(QString("folder and CLI raw maps differ by up to %1").arg(folderWorst)));
    QVERIFY(!page->exportFolder(out.filePath("maps/none"), out.filePath("x")).isEmpty());

    // Edit > Copy Picture: the heat map overlay at the photo's size; on the Photo tab the photo
    window.showView(View::Heatmap);
    QCOMPARE(window.copyPicture(), QSize(640, 480));
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(640, 480));
    QCOMPARE(QGuiApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32),
             page->heatmapView()->renderOverlay().convertToFormat(QImage::Format_RGB32));
    window.showView(View::Tradeoff);
    QCOMPARE(window.copyPicture(), QSize(1200, 800));

    PhotoPage *photo = window.page<PhotoPage>();
    QCOMPARE(photo->exportTop5(out.filePath("top5.csv")), QString());
    const QList<QByteArray> csv = readAllBytes(out.filePath("top5.csv")).trimmed().split('\n');
    QCOMPARE(csv.size(), 6);
    QCOMPARE(csv[0], QByteArray("rank,index,label,probability,image,model,weights"));
    QVERIFY(csv[1].startsWith("1,722,\"ping-pong ball\","));
    QVERIFY(csv[1].endsWith(",\"" + (kPhotos + "stuff.jpg").toUtf8() + "\",\"lite0\",\"pypi-lite0\""));
    QCOMPARE(photo->exportTop5(out.filePath("top5.json")), QString());
    const QJsonObject j = readJsonObject(out.filePath("top5.json"));
    QCOMPARE(j["top"].toArray()[0].toObject()["label"].toString(), QString("ping-pong ball"));
    QVERIFY(photo->exportTop5(out.filePath("top5.txt")).contains(".csv or .json"));
    // the curves as a drawing: SVG with the legend's text, PDF and PNG; another suffix is refused
    QCOMPARE(page->exportCurves(out.filePath("curves.svg")), QString());
    const QByteArray svg = readAllBytes(out.filePath("curves.svg"));
    QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("deletion"));
    QCOMPARE(page->exportCurves(out.filePath("curves.pdf")), QString());
    QVERIFY(readAllBytes(out.filePath("curves.pdf")).startsWith("%PDF-"));
    QCOMPARE(page->exportCurves(out.filePath("curves.png")), QString());
    QCOMPARE(QImage(out.filePath("curves.png")).size(), QSize(900, 500));
    QVERIFY(page->exportCurves(out.filePath("curves")).contains(".png, .svg or .pdf"));
    QVERIFY(!QFile::exists(out.filePath("curves")));

    // click the second prediction row
    PredictionView *pv = window.predictionView();
    const QString second = pv->labelText(1).section(' ', 0, 0);
    QProgressBar *bar = nullptr;
    for (QProgressBar *b : pv->findChildren<QProgressBar *>())
        if (b->isVisible() && (!bar || b->y() < bar->y()) && b->y() > pv->findChildren<QProgressBar *>().first()->y())
            bar = b;
    QVERIFY(bar);
    cams.clear();
    QTest::mouseClick(pv, Qt::LeftButton, {}, bar->geometry().center());
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && page->camText().contains("Average drop"), 60000);
    QVERIFY2(!page->camText().contains("ping-pong ball"), qPrintable(page->camText()));

    // any of the 1000 classes from the class box (as typing "golf" and picking would)
    cams.clear();
    QComboBox *classes = page->classBox();
    QCOMPARE(classes->count(), 1000);
    const int golf = classes->findData(574);
    QVERIFY(classes->itemText(golf).startsWith("golf ball"));
    classes->setCurrentIndex(golf);
    Q_EMIT classes->activated(golf);
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && page->camText().contains("\"golf ball\""), 60000);

    cams.clear();
    page->methodBox()->setCurrentIndex(page->methodBox()->findData("eigencam"));
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && page->camText().contains("Eigen-CAM of Lite0 on features.8"), 60000);
}

void TestWindowExplain::activationBrowser()
{
    // Lite0's tree: stem, 7 stages, head; stage 2 holds 2 blocks of expand / depthwise / project
    // (Lite has no squeeze-excite). Choosing the head shows 1280 channels strongest first, and a
    // click enlarges the channel it shows.
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    ActivationBrowser *browser = window.page<ActivationsPage>()->browser();
    QTreeWidget *tree = browser->tree();
    QCOMPARE(tree->topLevelItemCount(), 9);
    QCOMPARE(tree->topLevelItem(0)->text(0), QString("Stem"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QString("32 x 112 x 112"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QString("Stage 2"));
    QCOMPARE(tree->topLevelItem(2)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(2)->child(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(2)->child(0)->child(0)->text(0), QString("expand 1x1"));
    QCOMPARE(tree->topLevelItem(8)->text(0), QString("Head"));
    QCOMPARE(tree->topLevelItem(8)->text(1), QString("1280 x 7 x 7"));
    // per layer, as the paper's Table 1 gives B0's (Lite keeps them): kernel / stride, and each
    // block's MBConv expansion (Lite has no SE); parameters beside MACs
    QCOMPARE(tree->topLevelItem(0)->text(2), QString("3x3 /2"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QString("Block 2.0 · MBConv6"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QString("Block 1.0 · MBConv1"));
    QCOMPARE(tree->topLevelItem(3)->text(2), QString("5x5 /2"));
    QCOMPARE(tree->topLevelItem(5)->text(2), QString("5x5 /1"));
    QCOMPARE(tree->topLevelItem(7)->text(2), QString("3x3 /1"));
    QCOMPARE(tree->topLevelItem(8)->text(2), QString("1x1 /1"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->child(1)->text(2), QString("3x3 /2")); // the depthwise

    QSignalSpy shown(window.page<ActivationsPage>(), &ActivationsPage::activationsShown);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    window.showView(View::Activations);
    QVERIFY(browser->selectLayer("features.8"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->grid()->count() == 1280, 60000);
    QVERIFY2(browser->statsText().contains("1280 channels of 7 x 7"), qPrintable(browser->statsText()));
    // the head's weights: its 1x1 convolution from 320 to 1280 channels, 409600 values (the
    // head's 412160 parameters less its BN's 2560), every one in the histogram
    QVERIFY2(browser->weightsText().contains("409600 weights in 1 convolution"), qPrintable(browser->weightsText()));
    QCOMPARE(browser->weightBarTotal(), 409600);
    QListWidgetItem *first = browser->grid()->item(0);
    QTest::mouseClick(browser->grid()->viewport(), Qt::LeftButton, {}, browser->grid()->visualItemRect(first).center());
    QTRY_COMPARE_WITH_TIMEOUT(browser->enlargedChannel(), browser->gridChannel(0), 30000);

    // another photo refreshes the shown layer
    const int before = browser->gridChannel(0);
    shown.clear();
    drop(&window, {QUrl::fromLocalFile(kPhotos + "orange.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && browser->grid()->count() == 1280, 60000);
    QVERIFY(browser->gridChannel(0) != before || browser->statsText().contains("features.8"));

    // Lite0's features.4.1.block.1 on the orange: channels constant over the photo or never above
    // 0 are marked; which ones, effscope-cli activations says from the same photo
    shown.clear();
    QSignalSpy complete(browser, &ActivationBrowser::gridComplete);
    QVERIFY(browser->selectLayer("features.4.1.block.1"));
    QTRY_VERIFY_WITH_TIMEOUT(!complete.isEmpty() && browser->grid()->count() == 480, 60000);
    QProcess cli;
    cli.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"activations", "--model", "lite0", "--layer", "features.4.1.block.1",
                                                     "--out", QDir::temp().filePath("effscope-test-grid.png"), "--json",
                                                     kPhotos + "orange.jpg"});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray channels = QJsonDocument::fromJson(cli.readAllStandardOutput()).object()["channels"].toArray();
    QCOMPARE(channels.size(), 480);
    int constant = 0, dead = 0;
    for (int row = 0; row < browser->grid()->count(); ++row) {
        const int c = browser->gridChannel(row);
        const QJsonObject stats = channels[c].toObject();
        const double lo = stats["min"].toDouble(), hi = stats["max"].toDouble();
        const QString expected = hi <= 0 ? " dead" : hi - lo <= 1e-6 * std::max(1.0, std::abs(hi)) ? " constant" : "";
        QCOMPARE(browser->gridText(row), QString("#%1%2").arg(c).arg(expected));
        constant += expected == " constant";
        dead += expected == " dead";
    }
    QVERIFY2(constant >= 1 && dead >= 1, qPrintable(QString("%1 constant, %2 dead").arg(constant).arg(dead)));

    // the CAM target layer is chosen in the heat map view, with its spatial size
    QSignalSpy cams(window.page<HeatmapPage>(), &HeatmapPage::camShown);
    window.showView(View::Heatmap);
    QComboBox *layers = window.page<HeatmapPage>()->layerBox();
    layers->setCurrentIndex(layers->findData("features.6"));
    QTRY_VERIFY_WITH_TIMEOUT(window.page<HeatmapPage>()->camText().contains("Grad-CAM of Lite0 on features.6 (7 x 7)"), 60000);
    layers->setCurrentIndex(layers->findData("features.4"));
    QTRY_VERIFY_WITH_TIMEOUT(window.page<HeatmapPage>()->camText().contains("Grad-CAM of Lite0 on features.4 (14 x 14)"), 60000);
}

void TestWindowExplain::compareThreeScales()
{
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);
    window.showView(View::Compare);
    CompareView *compare = window.page<ComparePage>()->compareView();
    // each box says what its scale would load, as the weights store sees the cache (set-up
    // installs Lite0; B7's files are at URLs the registry lists)
    bool b7Cached = false;
    for (const WeightsRow &r : window.weightsStore()->rows())
        b7Cached |= r.model == "b7" && r.state == WeightsRow::State::Cached;
    QCOMPARE(compare->presetItem("lite0")->text(), QString("Lite0 (pretrained)"));
    QCOMPARE(compare->presetItem("b7")->text(), b7Cached ? QString("B7 (pretrained)") : QString("B7 (downloadable)"));
    QCOMPARE(window.page<EvaluatePage>()->evaluationView()->scaleItem("lite0")->text(), QString("Lite0 (pretrained)"));
    compare->setChecked({"lite0", "lite1", "b0"});
    QSignalSpy cards(window.page<ComparePage>(), &ComparePage::cardShown);
    QSignalSpy finished(window.page<ComparePage>(), &ComparePage::finished);
    QTest::mouseClick(compare->compareButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
    QCOMPARE(cards.size(), 3);
    QCOMPARE(compare->resultCount(), 3);
    // cards keep the order of the presets list (b0 before the Lite scales); Lite1 at 240 px
    QVERIFY2(compare->cardText(0).contains("B0"), qPrintable(compare->cardText(0)));
    QVERIFY2(compare->cardText(2).contains("Lite1") && compare->cardText(2).contains("240 px"), qPrintable(compare->cardText(2)));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(compare->cardText(i).contains("CAM of \"fox squirrel\""), qPrintable(compare->cardText(i)));
    QVERIFY(compare->cardText(1).contains("fox squirrel  "));
    // the hottest part of each card's map is on the squirrel, not the corners
    HeatmapView *heat = compare->cardHeatmap(2);
    QVERIFY(heat->heatAt(heat->toWidget(QPointF(5, 5))) < 0.5);

    QTemporaryDir out;
    QCOMPARE(window.page<ComparePage>()->exportCompare(out.filePath("compare.png")), QString());
    const QImage png(out.filePath("compare.png"));
    QVERIFY(png.width() >= 3 * 220 && png.height() >= 180);

    // every CAM method side by side on the photo, with the loaded model: a card each, in the
    // order of the method box, each explaining the same class
    finished.clear();
    QTest::mouseClick(compare->methodsButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
    const auto methods = core::allCamMethods();
    QCOMPARE(compare->cardCount(), int(methods.size()));
    QCOMPARE(compare->resultCount(), int(methods.size()));
    QVERIFY(compare->byMethod());
    for (int i = 0; i < compare->cardCount(); ++i) {
        const QString text = compare->cardText(i);
        QVERIFY2(text.contains(QString("<b>%1</b> of <b>Lite0</b>").arg(core::camMethodLabel(methods[size_t(i)])))
                     && text.contains("CAM of \"fox squirrel\"") && !text.contains("failed"),
                 qPrintable(text));
    }
    QCOMPARE(window.page<ComparePage>()->exportCompare(out.filePath("methods.png")), QString());
    QVERIFY(QImage(out.filePath("methods.png")).height() > 2 * 300); // three rows of cards
}

QTEST_MAIN(TestWindowExplain)
#include "test_window_explain.moc"
