// SPDX-License-Identifier: MIT
// Widgets alone, offscreen: prediction rows and clicks, the model panel's live numbers.
#include "model_panel.h"
#include "prediction_view.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "weights_view.h"
#include "activation_browser.h"
#include "compare_view.h"
#include "thumbnail_strip.h"
#include "scaling_explorer.h"
#include "tradeoff_plot.h"
#include "evaluation_view.h"
#include "export_util.h"
#include "sweep_plot.h"
#include <QXmlStreamReader>
#include "test_env.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include <QDoubleSpinBox>
#include <QSlider>
#include <QTableWidget>

#include <QComboBox>
#include <QListWidget>
#include <QTreeWidget>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace effscope;

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictionRowsAndClick();
    void modelPanelFacts();
    void weightsTable();
    void heatmapOverlay();
    void curvesFollowPalette();
    void activationBrowser();
    void compareCards();
    void thumbnailStrip();
    void explorerPresets_data();
    void explorerPresets();
    void explorerCompoundSlider_data();
    void explorerCompoundSlider();
    void explorerStageTable();
    void tradeoffSeries();
    void tradeoffSvgAndEvaluations();
    void sweepPlot();
    void evaluationView();
    void explorerStageScaling();
    void explorerImportance();
    void tableCsv();
};

void TestWidgets::predictionRowsAndClick()
{
    PredictionView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPredictions({{372, "baboon", 0.9f}, {370, "guenon", 0.05f}}, "caption");
    QCOMPARE(view.rowCount(), 2);
    QVERIFY(view.labelText(0).contains("baboon"));
    QCOMPARE(view.labelText(2), QString());
    const auto bars = view.findChildren<QProgressBar *>();
    QProgressBar *second = nullptr;
    for (QProgressBar *b : bars)
        if (b->isVisible() && b->value() == 50)
            second = b;
    QVERIFY(second);
    QSignalSpy spy(&view, &PredictionView::classActivated);
    // clicks land on the view (bars and labels are transparent to its row hit test)
    const QPoint inView = second->geometry().center();
    QMouseEvent press(QEvent::MouseButtonPress, inView, view.mapToGlobal(inView), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 370);
    view.clear("gone");
    QCOMPARE(view.rowCount(), 0);
    QCOMPARE(view.caption(), QString("gone"));
}

void TestWidgets::modelPanelFacts()
{
    ModelPanel panel; // starts on the first preset, B0
    QSignalSpy chosen(&panel, &ModelPanel::modelChosen);
    auto hasFacts = [&](const QString &text) {
        for (QLabel *l : panel.findChildren<QLabel *>())
            if (l->text() == text)
                return true;
        return false;
    };
    // torchvision's published numbers: B0 5,288,548 params, 0.386 GMACs at 224
    QCOMPARE(panel.model(), QString("b0"));
    QVERIFY(hasFacts("224 px, 5.29 M params, 0.386 GMACs"));
    panel.setModel("b7"); // 66,347,960 params, 37.746 GMACs at 600
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QString("b7"));
    QCOMPARE(chosen.last().last().toString(), QString("cpu"));
    QVERIFY(hasFacts("600 px, 66.35 M params, 37.746 GMACs"));
}

QTEST_MAIN(TestWidgets)
void TestWidgets::weightsTable()
{
    WeightsView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    WeightsItem a{"tv-b0", "b0", "torchvision", "b0.pth", "missing", "", 21444401, 0, 0, 77.692, true};
    WeightsItem b{"pypi-lite0", "lite0", "PyPI", "lite0.pth", "cached", "", 18826032, 0, 0, 75.1, false};
    view.setItems({a, b});
    QCOMPARE(view.rowCount(), 2);
    QSignalSpy download(&view, &WeightsView::downloadRequested), cancel(&view, &WeightsView::cancelRequested),
        import(&view, &WeightsView::importRequested);
    QVERIFY(view.select("tv-b0"));
    QVERIFY(view.downloadButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());
    QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
    QCOMPARE(download.size(), 1);
    QCOMPARE(download[0][0].toString(), QString("tv-b0"));
    // downloading: a progress bar in the state cell, Cancel enabled, Download not
    a.state = "downloading";
    a.received = 5 << 20;
    a.total = 20 << 20;
    view.updateItem(0, a);
    QVERIFY(!view.downloadButton()->isEnabled());
    QVERIFY(view.cancelButton()->isEnabled());
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    // failed: the reason is in the row
    a.state = "failed";
    a.message = "SHA-256 abc does not match";
    view.updateItem(0, a);
    QVERIFY(view.stateText(0).contains("does not match"));
    // a cached file cannot be downloaded again; a file with no address says how to get it
    QVERIFY(view.select("pypi-lite0"));
    QVERIFY(!view.downloadButton()->isEnabled());
    b.state = "missing";
    view.updateItem(1, b);
    QVERIFY(view.stateText(1).contains("PyPI"));
    // import asks for a file and names the chosen model
    view.setFilePicker([] { return QString("/tmp/my.safetensors"); });
    QTest::mouseClick(view.importButton(), Qt::LeftButton);
    QCOMPARE(import.size(), 1);
    QCOMPARE(import[0][0].toString(), QString("/tmp/my.safetensors"));
    QCOMPARE(import[0][1].toString(), QString("lite0"));
}

void TestWidgets::heatmapOverlay()
{
    HeatmapView view;
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // a 640x480 photo shown at half size (as the worker downscales), the crop at (109, 30) 420x420
    QImage photo(320, 240, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    view.setPhoto(photo, QSize(640, 480));
    QVector<float> heat(8 * 8, 0.0f);
    heat[2 * 8 + 5] = 1.0f; // cell (u 5, v 2)
    view.setHeat(heat, 8, QRect(109, 30, 420, 420));
    // the centre of that cell on the original photo, then on the widget (fit: scale 1)
    const QPointF cell(109 + (5 + 0.5) * 420 / 8.0, 30 + (2 + 0.5) * 420 / 8.0);
    QCOMPARE(view.heatAt(view.toWidget(cell)), 1.0);
    QCOMPARE(view.heatAt(view.toWidget(cell + QPointF(420 / 8.0, 0))), 0.0);
    QCOMPARE(view.heatAt(view.toWidget(QPointF(50, 240))), -1.0); // left of the crop: not seen
    // zooming about that point keeps it under the cursor
    const QPointF at = view.toWidget(cell);
    view.setZoom(4.0, at);
    QCOMPARE(view.zoom(), 4.0);
    QVERIFY((view.toWidget(cell) - at).manhattanLength() < 1e-6);
    QCOMPARE(view.heatAt(at), 1.0);
    // hover reports the value
    QSignalSpy hovered(&view, &HeatmapView::hovered);
    QTest::mouseMove(&view, at.toPoint());
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last()[0].toDouble(), 1.0);
    // colour map and opacity reach the pixels: opaque red LUT at opacity 1 paints the hot cell red
    QVector<QRgb> red;
    for (int i = 0; i < 256; ++i)
        red << qRgb(i, 0, 0);
    view.setColormap(red);
    view.setOpacity(1.0);
    view.setZoom(1.0);
    const QImage shot = view.grab().toImage();
    const QColor c = shot.pixelColor(view.toWidget(cell).toPoint());
    QVERIFY2(c.red() > 200 && c.green() < 30, qPrintable(c.name()));
}

void TestWidgets::curvesFollowPalette()
{
    FaithfulnessPlot plot;
    plot.resize(400, 200);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setCurves({0, 0.5, 1}, {0.8, 0.1, 0.0}, {0.05, 0.6, 0.8}, 0.25, 0.51);
    QCOMPARE(plot.pointCount(0), 3);
    QCOMPARE(plot.pointCount(1), 3);
    QCOMPARE(plot.valueAt(1, 1), 0.6);
    QVERIFY(plot.curveName(0).contains("0.250") && plot.curveName(1).contains("0.510"));
    // a dark palette: the plot background follows it
    QPalette dark = plot.palette();
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::Window, QColor(30, 30, 34));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    plot.setPalette(dark);
    const QImage shot = plot.grab().toImage();
    QCOMPARE(shot.pixelColor(3, 3), QColor(20, 20, 24));
    plot.clear();
    QCOMPARE(plot.pointCount(0), 0);
}

namespace {
QVector<QRgb> greyLut()
{
    QVector<QRgb> lut;
    for (int i = 0; i < 256; ++i)
        lut << qRgb(i, i, i);
    return lut;
}
} // namespace

void TestWidgets::activationBrowser()
{
    ActivationBrowser b;
    b.resize(900, 600);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    b.setColormap(greyLut());
    // layers in forward order as the worker lists them: ops, their block, the stage after them
    b.setLayers({{"features.0", "stem", 32, 112, 112, 10'800'000},
                 {"features.1.0.block.0", "depthwise", 32, 112, 112, 3'600'000},
                 {"features.1.0.block.1", "project", 16, 112, 112, 6'400'000},
                 {"features.1.0", "block", 16, 112, 112, 10'000'000},
                 {"features.1", "stage", 16, 112, 112, 10'000'000},
                 {"features.2", "head", 1280, 7, 7, 20'070'400}});
    QTreeWidget *tree = b.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->text(0), QString("Stage 1"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QString("Block 1.0"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->child(0)->child(1)->text(0), QString("project 1x1"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QString("10.8 M"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QString("1280 x 7 x 7"));
    QSignalSpy selected(&b, &ActivationBrowser::layerSelected);
    QVERIFY(b.selectLayer("features.1.0.block.1"));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(b.currentLayer(), QString("features.1.0.block.1"));
    QVERIFY(!b.selectLayer("features.9"));

    // three 2 x 2 channels with means 1, 2, 3 (channel 2 strongest): grid order 2, 1, 0
    ActivationGrid g;
    g.layer = "features.1.0.block.1";
    g.channels = 3;
    g.height = g.width = 2;
    g.order = {2, 1, 0};
    g.mean = {1, 2, 3};
    g.min = {0, 1, 2};
    g.max = {2, 3, 4};
    g.fractionZero = {0.25, 0, 0};
    g.fractionNegative = {0, 0, 0};
    g.cellSize = QSize(2, 2);
    g.cells = {0, 1, 1, 2, 1, 2, 2, 3, 2, 3, 3, 4};
    QSignalSpy complete(&b, &ActivationBrowser::gridComplete);
    b.setActivations(g);
    QTRY_COMPARE(complete.size(), 1);
    QCOMPARE(b.grid()->count(), 3);
    QCOMPARE(b.gridChannel(0), 2);
    QCOMPARE(b.gridChannel(2), 0);
    QVERIFY(b.statsText().contains("3 channels of 2 x 2"));
    QVERIFY(b.statsText().contains("Strongest channel #2"));
    QSignalSpy requested(&b, &ActivationBrowser::channelRequested);
    QTest::mouseClick(b.grid()->viewport(), Qt::LeftButton, {}, b.grid()->visualItemRect(b.grid()->item(1)).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][1].toInt(), 1);
    b.setChannel(g.layer, 1, 2, 2, {1, 2, 2, 3});
    QCOMPARE(b.enlargedChannel(), 1);
    QCOMPARE(b.enlargedValue(1, 1), 3.0);
    b.setChannel("features.9", 0, 2, 2, {0, 0, 0, 0}); // another layer's channel is ignored
    QCOMPARE(b.enlargedChannel(), 1);

    // a dark palette reaches the plot
    QPalette dark = b.palette();
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    b.setPalette(dark);
    bool found = false;
    for (QWidget *w : b.findChildren<QWidget *>())
        if (w->accessibleName() == "Enlarged channel") {
            const QImage shot = w->grab().toImage();
            QCOMPARE(shot.pixelColor(2, 2), QColor(20, 20, 24));
            found = true;
        }
    QVERIFY(found);
}

void TestWidgets::compareCards()
{
    CompareView v;
    v.resize(1000, 600);
    v.setPresets({"b0", "b1", "lite0"}, {"b0", "lite0"});
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    QCOMPARE(v.checkedPresets(), (QStringList{"b0", "lite0"}));
    QSignalSpy run(&v, &CompareView::compareRequested);
    QTest::mouseClick(v.compareButton(), Qt::LeftButton);
    QCOMPARE(run.size(), 1);
    QCOMPARE(run[0][0].toStringList(), (QStringList{"b0", "lite0"}));
    v.setColormap(greyLut());
    v.begin({"b0", "lite0", "b1"});
    QCOMPARE(v.cardCount(), 3);
    QVERIFY(v.cardText(0).contains("waiting"));
    CompareCard c;
    c.model = "lite0";
    c.weightsLabel = "pypi-lite0";
    c.pretrained = true;
    c.inputSize = 224;
    c.macs = 385'000'000;
    c.top = {"fox squirrel  87.7%"};
    c.classLabel = "fox squirrel";
    c.layer = "features.8";
    c.layerSize = QSize(7, 7);
    c.heat = QVector<float>(4, 1.0f);
    c.heatSize = 2;
    c.image = QImage(40, 30, QImage::Format_RGB888);
    c.image.fill(Qt::black);
    c.imageSize = QSize(40, 30);
    c.covered = QRect(5, 0, 30, 30);
    c.insertionAuc = 0.8;
    v.setCard(1, c);
    CompareCard bad;
    bad.error = "no such preset 'b99'";
    v.setCard(0, bad);
    v.finish(true);
    QCOMPARE(v.resultCount(), 2);
    QVERIFY(v.cardText(1).contains("Lite0") && v.cardText(1).contains("224 px") && v.cardText(1).contains("insertion AUC 0.800"));
    QVERIFY(v.cardText(0).contains("failed") && v.cardText(0).contains("b99"));
    QVERIFY(v.cardText(2).contains("cancelled"));
    // the heat covers the middle of the photo: white (grey LUT, heat 1) there in the card
    HeatmapView *h = v.cardHeatmap(1);
    QVERIFY(h->heatAt(h->toWidget(QPointF(20, 15))) > 0.99);
    const QImage png = v.render();
    QVERIFY(png.width() >= 3 * 220);
}

void TestWidgets::thumbnailStrip()
{
    ThumbnailStrip s;
    s.resize(600, 200);
    s.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s));
    QImage t(8, 6, QImage::Format_RGB888);
    t.fill(Qt::red);
    for (const char *p : {"/x/a.jpg", "/x/b.jpg", "/x/c.jpg"})
        s.addImage(p, t, QSize(800, 600));
    s.addImage("/x/b.jpg", t, QSize(800, 600)); // again: refreshed, not added
    QCOMPARE(s.paths(), (QStringList{"/x/a.jpg", "/x/b.jpg", "/x/c.jpg"}));
    QCOMPARE(s.neighbour(1), QString("/x/a.jpg")); // nothing current: the first
    QSignalSpy activated(&s, &ThumbnailStrip::imageActivated);
    QVERIFY(s.setCurrentPath("/x/c.jpg"));
    QCOMPARE(activated.size(), 0);
    QCOMPARE(s.neighbour(1), QString("/x/a.jpg"));
    QCOMPARE(s.neighbour(-1), QString("/x/b.jpg"));
    QVERIFY(!s.setCurrentPath("/x/d.jpg"));
    QTest::mouseClick(s.viewport(), Qt::LeftButton, {}, s.visualItemRect(s.item(0)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QString("/x/a.jpg"));
}

void TestWidgets::explorerPresets_data()
{
    // published numbers (reference/efficientnet.md): torchvision's parameter counts and `_ops`
    // GMACs at its crop sizes; the EfficientNet-Lite table's parameter counts and MACs
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<qint64>("params");
    QTest::addColumn<double>("gmacs");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("b0") << "b0" << 224 << qint64(5288548) << 0.386 << 0.0006;
    QTest::newRow("b1") << "b1" << 240 << qint64(7794184) << 0.687 << 0.0006;
    QTest::newRow("b2") << "b2" << 288 << qint64(9109994) << 1.088 << 0.0006;
    QTest::newRow("b3") << "b3" << 300 << qint64(12233232) << 1.827 << 0.0006;
    QTest::newRow("b4") << "b4" << 380 << qint64(19341616) << 4.394 << 0.0006;
    QTest::newRow("b5") << "b5" << 456 << qint64(30389784) << 10.266 << 0.0006;
    QTest::newRow("b6") << "b6" << 528 << qint64(43040704) << 19.068 << 0.0006;
    QTest::newRow("b7") << "b7" << 600 << qint64(66347960) << 37.746 << 0.0006;
    QTest::newRow("lite0") << "lite0" << 224 << qint64(4652008) << 0.385 << 0.0006;
    QTest::newRow("lite1") << "lite1" << 240 << qint64(5416680) << 0.600 << 0.006;
    QTest::newRow("lite2") << "lite2" << 260 << qint64(6092072) << 0.860 << 0.006;
    QTest::newRow("lite3") << "lite3" << 280 << qint64(8197096) << 1.38 << 0.006;
    QTest::newRow("lite4") << "lite4" << 300 << qint64(13006568) << 2.55 << 0.006;
}

void TestWidgets::explorerPresets()
{
    QFETCH(QString, preset);
    QFETCH(int, resolution);
    QFETCH(qint64, params);
    QFETCH(double, gmacs);
    QFETCH(double, tolerance);
    ScalingExplorer e;
    e.setPreset(preset);
    QVERIFY(!e.compoundMode());
    QCOMPARE(e.lite(), preset.startsWith("lite"));
    e.setDirect(e.config().scaling.width, e.config().scaling.depth, resolution);
    QCOMPARE(e.profile().params, params);
    QVERIFY2(std::abs(e.profile().macs / 1e9 - gmacs) < tolerance, qPrintable(QString::number(e.profile().macs)));
    QVERIFY2(e.summaryText().contains(QString("%1 M params").arg(params / 1e6, 0, 'f', 2)), qPrintable(e.summaryText()));
}

void TestWidgets::explorerCompoundSlider_data()
{
    QTest::addColumn<int>("phi");
    for (int phi = 0; phi <= 7; ++phi)
        QTest::newRow(qPrintable(QString("phi=%1").arg(phi))) << phi;
}

void TestWidgets::explorerCompoundSlider()
{
    // the paper's coefficients, phi moved on its slider as a user drags it: d, w, r follow
    // alpha^phi, beta^phi, 224 gamma^phi, and params / MACs are the profiler's for that scale
    QFETCH(int, phi);
    ScalingExplorer e;
    e.resize(900, 700);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    e.setPaperCoefficients();
    const int paints = e.diagram()->paintCount();
    e.phiSlider()->setValue(phi * 20); // 0.05 per step
    QCOMPARE(e.phiBox()->value(), double(phi));
    const double d = std::pow(1.2, phi), w = std::pow(1.1, phi);
    const int r = int(std::lround(224.0 * std::pow(1.15, phi) / 8.0)) * 8;
    QCOMPARE(e.config().scaling.depth, d);
    QCOMPARE(e.config().scaling.width, w);
    QCOMPARE(e.config().scaling.resolution, r);
    QVERIFY2(e.coefficientText().contains(QString("-> %1 px").arg(r)) && e.coefficientText().contains("= 1.9203 (paper: 2)")
                 && e.coefficientText().contains(QString("2^phi = %1").arg(std::pow(2.0, phi), 0, 'f', 3)),
             qPrintable(e.coefficientText()));
    effscope::core::ModelConfig c = effscope::core::preset("b0");
    c.scaling.width = w;
    c.scaling.depth = d;
    c.scaling.resolution = r;
    const effscope::core::ModelProfile p = effscope::core::profileModel(effscope::core::resolve(c));
    QCOMPARE(e.profile().macs, p.macs);
    QCOMPARE(e.profile().params, p.params);
    const qint64 b0 = effscope::core::profileModel(effscope::core::resolve(effscope::core::preset("b0"))).macs;
    QVERIFY2(e.summaryText().contains(QString("= %1 x B0's").arg(double(p.macs) / b0, 0, 'f', 3)), qPrintable(e.summaryText()));
    if (phi > 0)
        QTRY_VERIFY(e.diagram()->paintCount() > paints); // the picture redraws
}

void TestWidgets::explorerStageTable()
{
    // B0 (reference: channels 16, 24, 40, 80, 112, 192, 320; repeats 1, 2, 2, 3, 3, 4, 1; head
    // 1280; 5,288,548 parameters) and B7's repeats 4, 7, 7, 10, 10, 13, 4 (55 blocks)
    ScalingExplorer e;
    e.setPreset("b0");
    QTableWidget *t = e.stageTable();
    QCOMPARE(t->rowCount(), 10);
    const int channels[] = {32, 16, 24, 40, 80, 112, 192, 320, 1280};
    const int repeats[] = {1, 2, 2, 3, 3, 4, 1};
    const char *outputs[] = {"112 x 112", "112 x 112", "56 x 56", "28 x 28", "14 x 14", "14 x 14", "7 x 7", "7 x 7", "7 x 7"};
    for (int row = 0; row < 9; ++row) {
        QCOMPARE(t->item(row, 0)->text(), QString::number(channels[row]));
        if (row >= 1 && row <= 7)
            QCOMPARE(t->item(row, 1)->text(), QString::number(repeats[row - 1]));
        QCOMPARE(t->item(row, 2)->text(), QString(outputs[row]));
    }
    QCOMPARE(t->item(9, 1)->text(), QString("16"));
    QCOMPARE(t->item(9, 3)->text(), QString("5.29 M"));
    QCOMPARE(t->verticalHeaderItem(8)->text(), QString("Head + classifier"));
    e.setPreset("b7");
    const int b7[] = {4, 7, 7, 10, 10, 13, 4};
    for (int s = 0; s < 7; ++s)
        QCOMPARE(t->item(s + 1, 1)->text(), QString::number(b7[s]));
    QCOMPARE(t->item(9, 1)->text(), QString("55"));
}

void TestWidgets::tradeoffSeries()
{
    // resources/published.json: the paper's Table 2 (8 scales), torchvision's 9 weights, the
    // 5 Lite scales, Table 7 (B0 scaled one way, 5) and Table 3 (MobileNetV1 4, MobileNetV2 5,
    // ResNet-50 5)
    QString error;
    const auto series = loadPublishedSeries(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/published.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    TradeoffPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSeries(series);
    // ... and timm's results-imagenet.csv: tf_efficientnet_b0-b7.aa (8), tf Lite0-4 (5), the
    // RandAugment-trained efficientnet_b0/b3/b4 (3)
    QCOMPARE(plot.seriesCount(), 10);
    const int expected[] = {8, 9, 5, 5, 4, 5, 5, 8, 5, 3};
    for (int i = 0; i < 10; ++i)
        QCOMPARE(plot.pointCount(i), expected[i]);
    // timm's points carry no MACs: the profiler counts them at timm's img_size; torchvision's
    // _ops for the same networks and sizes: B0 0.386 @224, B1 0.687 @240, B4 4.394 @380
    QCOMPARE(series[7].points.size(), 8);
    QVERIFY(std::abs(series[7].points[0].macs - 0.386) < 0.001);
    QVERIFY(std::abs(series[7].points[1].macs - 0.687) < 0.001);
    QVERIFY(std::abs(series[7].points[4].macs - 4.394) < 0.002);
    QCOMPARE(series[7].points[7].top1, 84.424); // tf_efficientnet_b7.aa_in1k
    QCOMPARE(series[8].points[4].resolution, 380);
    QCOMPARE(plot.seriesName(0), QString("EfficientNet B0-B7 (paper, Table 2)"));
    // hovering B0 of Table 2 names it with its numbers and source
    const QString b0 = plot.pointTextAt(plot.pointPosition(0, 0));
    QVERIFY2(b0.contains("B0") && b0.contains("top-1 76.3%") && b0.contains("0.39 GMACs") && b0.contains("Table 2"),
             qPrintable(b0));
    QCOMPARE(plot.pointTextAt(QPoint(2, 2)), QString());
    // hidden series are not hovered
    plot.setSeriesVisible(0, false);
    QVERIFY(!plot.seriesVisible(0));
    QVERIFY(!plot.pointTextAt(plot.pointPosition(0, 0)).contains("Table 2"));
    plot.setSeriesVisible(0, true);
    // parameters: the scaling studies give none, so they draw nothing there
    plot.setAxis(TradeoffPlot::Axis::Params);
    QCOMPARE(plot.pointCount(0), 8);
    QCOMPARE(plot.pointCount(3), 0);
    QCOMPARE(plot.pointCount(6), 0);
    QCOMPARE(plot.pointCount(7), 8);
    // latency measured here: only presets that were timed are placed (Table 2's B0, Lite0),
    // and timm's points only when timed at their own img_size
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 224}, {"lite0", 224}});
    plot.setAxis(TradeoffPlot::Axis::Latency);
    QCOMPARE(plot.pointCount(0), 1);
    QCOMPARE(plot.pointCount(1), 0); // torchvision's points name no preset
    QCOMPARE(plot.pointCount(2), 1);
    QCOMPARE(plot.pointCount(7), 1);
    QCOMPARE(plot.pointCount(8), 1);
    QCOMPARE(plot.pointCount(9), 1);
    QVERIFY(plot.pointTextAt(plot.pointPosition(0, 0)).contains("9.5 ms here"));
    // B0 timed at another size than the one its accuracies were measured at: not placed
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 256}, {"lite0", 224}});
    QCOMPARE(plot.pointCount(0), 0);
    QCOMPARE(plot.pointCount(7), 0);
    QCOMPARE(plot.pointCount(9), 0);
    QCOMPARE(plot.pointCount(8), 1);
    QCOMPARE(plot.pointPosition(0, 0), QPoint(-1, -1)); // no such point
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 224}, {"lite0", 224}});
    QCOMPARE(plot.customBand(), (QPair<double, double>()));
    // the explorer's scale: a band at its cost, never a point with an invented accuracy
    plot.setAxis(TradeoffPlot::Axis::Macs);
    plot.setCustomScale("custom-w1.331-d1.728-r344", 3.253, 16.34);
    const auto band = plot.customBand();
    QVERIFY(band.first < 3.253 && band.second > 3.253);
    int points = 0;
    for (int i = 0; i < plot.seriesCount(); ++i)
        points += plot.pointCount(i);
    QCOMPARE(points, 57);
    QTemporaryDir dir;
    QVERIFY(plot.savePng(dir.filePath("plot.png"), 800, 500));
    QCOMPARE(QImage(dir.filePath("plot.png")).size(), QSize(800, 500));
    QVERIFY(plot.savePdf(dir.filePath("plot.pdf"), 800, 500));
    QFile pdf(dir.filePath("plot.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");

    // a malformed file is refused with its reason
    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"series": [{"id": "x", "name": "x", "points": [{"label": "p", "macs": 1, "top1": 140}]}]})");
    bad.close();
    QVERIFY(loadPublishedSeries(bad.fileName(), &error).isEmpty());
    QVERIFY2(error.contains("top-1"), qPrintable(error));
}

void TestWidgets::tradeoffSvgAndEvaluations()
{
    QString error;
    const auto series = loadPublishedSeries(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/published.json"), &error);
    TradeoffPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSeries(series);
    // the user's evaluations: one more series, star markers, no line
    TradeoffPoint lite0{"lite0 on set (4 images)", 0.385, 4.65, 75.0, 100.0, "lite0", 224};
    TradeoffPoint custom{"custom-w1.1-d1.2-r256 on set (4 images)", 0.62, 6.1, 25.0, 50.0, QString(), 256};
    plot.setEvaluations("Your evaluations (set)", {lite0, custom});
    QCOMPARE(plot.seriesCount(), 11);
    QCOMPARE(plot.seriesName(10), QString("Your evaluations (set)"));
    QCOMPARE(plot.pointCount(10), 2);
    const QString hover = plot.pointTextAt(plot.pointPosition(10, 0));
    QVERIFY2(hover.contains("lite0 on set") && hover.contains("top-1 75%"), qPrintable(hover));
    // the custom scale's band names its measured accuracy once it is evaluated
    plot.setCustomScale("custom-w1.1-d1.2-r256", 0.62, 6.1);
    QVERIFY(plot.customBand().first < 0.62);
    // latency: the evaluated preset sits at its timed latency, the custom scale has none
    plot.setLatency({{"lite0", 8.0}}, {{"lite0", 224}});
    plot.setAxis(TradeoffPlot::Axis::Latency);
    QCOMPARE(plot.pointCount(10), 1);
    QCOMPARE(plot.customBand(), (QPair<double, double>())); // not timed: no band
    plot.setLatency({{"lite0", 8.0}, {"custom-w1.1-d1.2-r256", 12.0}}, {{"lite0", 224}, {"custom-w1.1-d1.2-r256", 256}});
    QVERIFY(plot.customBand().first < 12.0 && plot.customBand().second > 12.0);
    plot.setAxis(TradeoffPlot::Axis::Macs);
    plot.setEvaluations(QString(), {});
    QCOMPARE(plot.seriesCount(), 10);

    // SVG: a well-formed drawing of the requested size with the axis labels as text
    QTemporaryDir dir;
    QCOMPARE(plot.saveSvg(dir.filePath("plot.svg"), 800, 500), QString());
    QFile f(dir.filePath("plot.svg"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int elements = 0;
    QString root, width, text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (!elements++) {
                root = xml.name().toString();
                width = xml.attributes().value("width").toString();
            }
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QString("svg"));
    QVERIFY2(width.startsWith("28") || width.startsWith("800"), qPrintable(width)); // mm or px, per Qt
    QVERIFY(elements > 100);
    QVERIFY2(text.contains("ImageNet top-1"), qPrintable(text.left(200)));
    // an unwritable path is reported, not crashed on
    QVERIFY(!plot.saveSvg(dir.filePath("missing/plot.svg"), 800, 500).isEmpty());
}

void TestWidgets::sweepPlot()
{
    SweepPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.seriesCount(), 4);
    const SweepPoint points[] = {{"b0", "width", 1.0, 1.0, 1.0, 224, 0.386, 5.29, 9.0, {}},
                                 {"b0", "depth", 1.0, 1.0, 1.0, 224, 0.386, 5.29, 9.1, {}},
                                 {"b0", "width", 1.6, 1.6, 1.0, 224, 0.95, 12.0, 15.0, {}},
                                 {"b0", "resolution", 1.5, 1.0, 1.0, 336, 0.87, 5.29, 21.0, {}},
                                 {"b0", "compound", 1.0, 1.1, 1.2, 258, 0.7, 7.0, 13.0, {}},
                                 {"b0", "depth", 2.0, 1.0, 2.0, 224, 0.7, 9.0, 16.0, {}},
                                 {"b0", "width", 2.0, 2.0, 1.0, 224, 1.4, 19.0, 0.0, "out of memory"}};
    QSignalSpy run(&plot, &SweepPlot::runRequested);
    for (const SweepPoint &p : points)
        plot.addPoint(p);
    QCOMPARE(plot.pointCount("width"), 2); // the failed one is listed, not drawn
    QCOMPARE(plot.pointCount("depth"), 2);
    QCOMPARE(plot.pointCount("resolution"), 1);
    QCOMPARE(plot.pointCount("compound"), 1);
    QCOMPARE(plot.table()->rowCount(), 7);
    QVERIFY(plot.table()->item(6, 7)->text().contains("out of memory"));
    const QString hover = plot.pointTextAt(plot.pointPosition("resolution", 0));
    QVERIFY2(hover.contains("resolution") && hover.contains("336 px") && hover.contains("21.00 ms"), qPrintable(hover));
    QTest::mouseClick(plot.runButton(), Qt::LeftButton);
    QCOMPARE(run.count(), 1);
    QCOMPARE(run[0][0].toString(), QString("b0"));
    QCOMPARE(run[0][1].toDouble(), 2.0);
    plot.setRunning(true);
    QVERIFY(!plot.runButton()->isEnabled());
    QTemporaryDir dir;
    QCOMPARE(plot.saveSvg(dir.filePath("sweep.svg"), 600, 400), QString());
    QVERIFY(plot.savePng(dir.filePath("sweep.png"), 600, 400));
    QCOMPARE(QImage(dir.filePath("sweep.png")).size(), QSize(600, 400));
    // a dark palette: the plot's background follows it
    QPalette dark = plot.palette();
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::Window, QColor(30, 30, 34));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    plot.setPalette(dark);
    const QImage shot = plot.grab().toImage();
    const QRect area = QRect(plot.pointPosition("width", 0), plot.pointPosition("width", 1)).normalized();
    int background = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            background += shot.pixelColor(x, y) == QColor(20, 20, 24);
    QVERIFY2(background > 0.6 * area.width() * area.height(), qPrintable(QString::number(background)));
    plot.clear();
    QCOMPARE(plot.pointCount("width"), 0);
    QCOMPARE(plot.table()->rowCount(), 0);
}

void TestWidgets::evaluationView()
{
    EvaluationView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.evaluateButton()->isEnabled()); // no dataset, no scale
    view.setScales({"b0", "lite0", "custom-w1.1-d1-r224"}, {"lite0"});
    view.setDataset("/data/set");
    QVERIFY(view.evaluateButton()->isEnabled());
    QCOMPARE(view.checkedScales(), QStringList{"lite0"});
    QSignalSpy spy(&view, &EvaluationView::evaluateRequested);
    QTest::mouseClick(view.evaluateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toString(), QString("/data/set"));
    QCOMPARE(spy[0][1].toStringList(), QStringList{"lite0"});
    view.setRunning(true);
    QVERIFY(!view.evaluateButton()->isEnabled());
    QVERIFY(!view.exportButton()->isEnabled());

    EvaluationRow a;
    a.model = "lite0";
    a.weightsLabel = "lite0-pypi";
    a.pretrained = true;
    a.dataset = "/data/set";
    a.imageSize = 224;
    a.images = 4;
    a.evaluated = 2;
    a.top1 = 50;
    a.top5 = 100;
    a.cancelled = true;
    a.csvRow = "lite0,224,50.000,50.000,100.000,0.000,4.65,0.875,bicubic";
    a.perClass = {{335, "fox squirrel", 1, 1}, {950, "orange", 1, 0}};
    a.confused = {{"orange", "Granny Smith", 1}};
    view.addResult(a);
    QCOMPARE(view.resultsTable()->rowCount(), 1);
    QVERIFY(view.resultsTable()->item(0, 8)->text().contains("partial: 2 of 4"));
    // the finished rerun replaces the partial row
    a.evaluated = 4;
    a.cancelled = false;
    a.top1 = 75;
    view.addResult(a);
    QCOMPARE(view.resultsTable()->rowCount(), 1);
    QCOMPARE(view.resultsTable()->item(0, 4)->text(), QString("75.00"));
    EvaluationRow b = a;
    b.model = "custom-w1.1-d1-r224";
    b.pretrained = false;
    b.error = "no such folder";
    b.csvRow.clear();
    view.addResult(b);
    QCOMPARE(view.resultsTable()->rowCount(), 2);
    QVERIFY(view.resultsTable()->item(1, 1)->text().contains("untrained"));
    view.selectResult(0);
    QCOMPARE(view.classTable()->rowCount(), 2);
    QCOMPARE(view.classTable()->item(1, 0)->text(), QString("orange"));
    QCOMPARE(view.classTable()->item(1, 4)->text(), QString("0.0"));
    QCOMPARE(view.confusedTable()->item(0, 1)->text(), QString("Granny Smith"));
    view.setRunning(false);
    QVERIFY(view.exportButton()->isEnabled());
    QTemporaryDir dir;
    QCOMPARE(view.saveCsv(dir.filePath("eval.csv"), "model,img_size,top1"), QString());
    QCOMPARE(readAllBytes(dir.filePath("eval.csv")), QByteArray("model,img_size,top1\n") + a.csvRow.toUtf8() + "\n");
    view.clearResults();
    QVERIFY(!view.saveCsv(dir.filePath("none.csv"), "h").isEmpty());
}

void TestWidgets::explorerStageScaling()
{
    ScalingExplorer explorer;
    explorer.setPreset("b0");
    const QString uniformName = explorer.scaleName();
    QVERIFY(explorer.stageComparisonText().isEmpty());
    // stage 6 twice as wide (192 -> 384 channels) and stage 4 with twice the blocks
    explorer.setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 2, 1, 1, 1});
    QVERIFY(explorer.stageScalingOn());
    QCOMPARE(explorer.resolved().stageRepeats, (std::vector<int>{1, 2, 2, 6, 3, 4, 1}));
    for (const core::ResolvedBlock &b : explorer.resolved().blocks)
        if (b.stage == 5)
            QCOMPARE(b.outChannels, 384);
    // against uniform compound scaling with (nearly) the same MACs
    const double macs = explorer.profile().macs, uniform = explorer.uniformProfile().macs;
    QVERIFY2(std::abs(uniform - macs) < 0.06 * macs, qPrintable(QString("%1 vs %2").arg(uniform).arg(macs)));
    QVERIFY(explorer.stageComparisonText().contains("Uniform compound scaling at equal MACs"));
    QTableWidget *t = explorer.stageComparisonTable();
    QCOMPARE(t->rowCount(), 7);
    QCOMPARE(t->item(5, 0)->text(), QString("384"));
    QCOMPARE(t->item(3, 2)->text(), QString("6"));
    int uniformOut6 = 0;
    for (const core::ResolvedBlock &b : explorer.uniformMatch().blocks)
        if (b.stage == 5)
            uniformOut6 = b.outChannels;
    QCOMPARE(t->item(5, 1)->text(), QString::number(uniformOut6));
    // the name tells non-uniform scales apart
    const QString staged = explorer.scaleName();
    QVERIFY(staged.startsWith(uniformName + "-s"));
    explorer.setStageScaling({1, 1, 1, 1, 1, 2, 1}, {1, 1, 1, 3, 1, 1, 1});
    QVERIFY(explorer.scaleName() != staged);
    QCOMPARE(explorer.stageDepths()[3], 3.0);
    explorer.setStageScaling({}, {});
    QCOMPARE(explorer.scaleName(), uniformName);
    QCOMPARE(explorer.profile().params, 5288548ll);
}

void TestWidgets::explorerImportance()
{
    ScalingExplorer explorer;
    QSignalSpy spy(&explorer, &ScalingExplorer::importanceRequested);
    QTest::mouseClick(explorer.importanceButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    // stage 2: a 96-channel layer with 10% weak scales and a 144-channel one with 50% dead channels
    explorer.setImportance("lite0 on squirrel", {{"features.0", 0, 32, 1.2, 0.0, 0.0, 0.4},
                                                 {"features.2.0.block.1", 2, 96, 0.8, 0.10, 0.05, 0.5},
                                                 {"features.2.1.block.1", 2, 144, 0.6, 0.02, 0.50, 0.7},
                                                 {"features.8", 8, 1280, 1.0, 0.0, 0.01, 0.6}});
    QTreeWidget *tree = explorer.importanceTree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->text(0), QString("Stage 2"));
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(1), QString("240"));
    // channel-weighted: (96 x 0.10 + 144 x 0.50) / 240 = 0.34
    QVERIFY(std::abs(explorer.shrinkableShare()[2] - 0.34) < 1e-9);
    QVERIFY(tree->topLevelItem(1)->text(6).contains("34.0%"));
    QVERIFY(tree->topLevelItem(0)->text(6).startsWith("keep"));
    QCOMPARE(explorer.shrinkableShare()[4], -1.0); // not measured
}

void TestWidgets::tableCsv()
{
    ScalingExplorer explorer;
    explorer.setPreset("b0");
    QTemporaryDir dir;
    QCOMPARE(saveTableCsv(explorer.stageTable(), dir.filePath("stages.csv")), QString());
    const QList<QByteArray> lines = readAllBytes(dir.filePath("stages.csv")).split('\n');
    QCOMPARE(lines.size(), 12); // header, stem, 7 stages, head, total, trailing newline
    QCOMPARE(lines[0], QByteArray(",Channels,Repeats,Output,Params,MACs"));
    QVERIFY2(lines[2].startsWith("Stage 1,16,1,112 x 112,"), lines[2].constData()); // B0 stage 1: 16 channels
    QVERIFY(lines[10].startsWith("Total,,16,"));
    QCOMPARE(csvField("a,b"), QString("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), QString("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("plain"), QString("plain"));
}

#include "test_widgets.moc"
