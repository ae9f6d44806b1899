// SPDX-License-Identifier: MIT
// HeatmapView and FaithfulnessPlot: heat placed on the photo, zoom, hover, colours, palettes.
#include "widget_test_util.h"
#include "faithfulness_plot.h"
#include "types.h"
#include "heatmap_view.h"
#include "color_bar.h"

using namespace effscope;

class TestHeatmapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heatmapOverlay();
    void explanation();
    void curvesFollowPalette();
    void staleAndColorBar();
};

void TestHeatmapView::heatmapOverlay()
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

void TestHeatmapView::explanation()
{
    // an Explanation from the worker: the photo (an RgbImage, shared with the QImage shown) and
    // its heat, placed by `covered` on the photo's own size
    HeatmapView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Explanation e;
    e.image = RgbImage{40, 30, QByteArray(40 * 30 * 3, '\x40')};
    e.imageSize = QSize(80, 60);
    e.heat = QVector<float>(4, 0.0f);
    e.heat[3] = 1.0f; // the bottom-right cell of a 2 x 2 map
    e.heatSize = 2;
    e.covered = QRect(10, 0, 60, 60);
    view.setExplanation(e);
    QCOMPARE(view.heatAt(view.toWidget(QPointF(10 + 45, 45))), 1.0);
    QCOMPARE(view.heatAt(view.toWidget(QPointF(10 + 15, 15))), 0.0);
    QCOMPARE(view.heatAt(view.toWidget(QPointF(5, 30))), -1.0);
    QCOMPARE(view.renderOverlay().size(), QSize(40, 30));
}

void TestHeatmapView::curvesFollowPalette()
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
    // the legend sits outside the data area, so it never covers a curve
    QVERIFY(plot.legendRect().isValid() && plot.dataRect().isValid());
    QVERIFY2(!plot.legendRect().intersects(plot.dataRect()),
             qPrintable(QString("legend %1,%2 %3x%4 data %5,%6 %7x%8")
                            .arg(plot.legendRect().x()).arg(plot.legendRect().y()).arg(plot.legendRect().width())
                            .arg(plot.legendRect().height()).arg(plot.dataRect().x()).arg(plot.dataRect().y())
                            .arg(plot.dataRect().width()).arg(plot.dataRect().height())));
    // stale curves are drawn in grey: no red deletion curve left on screen
    const auto reddish = [&] {
        const QImage img = plot.grab().toImage();
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                n += c.red() > 180 && c.green() < 110 && c.blue() < 110;
            }
        return n;
    };
    QVERIFY(reddish() > 30);
    plot.setStale(true);
    QVERIFY(plot.isStale());
    QCOMPARE(reddish(), 0);
    plot.setCurves({0, 0.5, 1}, {0.8, 0.1, 0.0}, {0.05, 0.6, 0.8}, 0.25, 0.51); // new curves: not stale
    QVERIFY(!plot.isStale() && reddish() > 30);
    plot.clear();
    QCOMPARE(plot.pointCount(0), 0);
}

void TestHeatmapView::staleAndColorBar()
{
    // a stale heat map is washed out towards the window colour, with its note; fresh again
    // when told
    HeatmapView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QImage photo(40, 30, QImage::Format_RGB32);
    photo.fill(Qt::black);
    view.setPhoto(photo, photo.size());
    const QPoint middle(200, 150);
    QCOMPARE(view.grab().toImage().pixelColor(middle), QColor(Qt::black));
    view.setStale(true, "computing Score-CAM...");
    QVERIFY(view.isStale());
    const QColor washed = view.grab().toImage().pixelColor(middle);
    QVERIFY2(washed.lightness() > 80, qPrintable(washed.name()));
    view.setStale(false);
    QCOMPARE(view.grab().toImage().pixelColor(middle), QColor(Qt::black));

    // the colour key: the map's hottest colour at the top, its coldest at the bottom
    ColorBar bar;
    bar.setColormap(greyLut());
    bar.setLabels("high", "low", "importance");
    bar.resize(bar.sizeHint().width(), 240);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QImage key = bar.grab().toImage();
    const int x = bar.width() - 8;
    QVERIFY(bar.yFor(1.0) < bar.yFor(0.0));
    QVERIFY2(qGray(key.pixel(x, bar.yFor(1.0) + 2)) > 240, qPrintable(QString::number(qGray(key.pixel(x, bar.yFor(1.0) + 2)))));
    QVERIFY(qGray(key.pixel(x, bar.yFor(0.0) - 2)) < 15);
    QVERIFY(qGray(key.pixel(x, bar.yFor(0.5))) > 110 && qGray(key.pixel(x, bar.yFor(0.5))) < 145);
    QCOMPARE(bar.colorAt(1.0), qRgb(255, 255, 255));
    QVERIFY(bar.toolTip().contains("importance"));
}

QTEST_MAIN(TestHeatmapView)
#include "test_heatmap_view.moc"
