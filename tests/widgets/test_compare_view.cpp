// SPDX-License-Identifier: MIT
// CompareView: cards filled from CompareItems as they arrive, failures, cancel, render.
#include "widget_test_util.h"
#include "compare_view.h"
#include "heatmap_view.h"

#include <QListWidgetItem>

using namespace effscope;

class TestCompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareCards();
    void weightsInLabels();
};

void TestCompareView::weightsInLabels()
{
    CompareView v;
    v.setWeightsAvailability({{"lite0", WeightsAvailability::Cached}, {"b1", WeightsAvailability::Downloadable}});
    v.setPresets({"b0", "b1", "lite0", "custom-w1.1-d1-r224"}, {"b1"});
    QCOMPARE(v.presetItem("lite0")->text(), QString("Lite0 (pretrained)"));
    QCOMPARE(v.presetItem("b1")->text(), QString("B1 (downloadable)"));
    QCOMPARE(v.presetItem("b0")->text(), QString("B0 (untrained)"));
    QCOMPARE(v.presetItem("custom-w1.1-d1-r224")->text(), QString("custom-w1.1-d1-r224 (untrained)"));
    QVERIFY(v.presetItem("b1")->toolTip().contains("File > Weights"));
    QVERIFY(v.presetItem("b0")->toolTip().contains("random init"));
    // a download finishing relabels in place, keeping what is ticked
    v.setWeightsAvailability({{"lite0", WeightsAvailability::Cached}, {"b1", WeightsAvailability::Cached}});
    QCOMPARE(v.presetItem("b1")->text(), QString("B1 (pretrained)"));
    QCOMPARE(v.checkedPresets(), QStringList{"b1"});
}

void TestCompareView::compareCards()
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
    // All CAM methods sits in the header beside Compare, and asks for the method grid
    QVERIFY(v.methodsButton()->geometry().left() > v.compareButton()->geometry().right());
    QCOMPARE(v.methodsButton()->geometry().top(), v.compareButton()->geometry().top());
    QSignalSpy methods(&v, &CompareView::methodsRequested);
    QTest::mouseClick(v.methodsButton(), Qt::LeftButton);
    QCOMPARE(methods.size(), 1);
    v.setColormap(greyLut());
    // before the first run the view says what Compare does
    QVERIFY(v.hintShown());
    v.begin({"b0", "lite0", "b1"});
    QVERIFY(!v.hintShown());
    // cards wrap to the width, never a horizontal scroll bar: three fit in 1000 px, two in 700
    QCOMPARE(v.columnCount(), 3);
    v.resize(700, 600);
    QTRY_COMPARE(v.columnCount(), 2);
    QVERIFY(v.cardHeatmap(2)->mapTo(&v, QPoint(0, 0)).x() < 300); // the third card on the second row
    v.resize(1000, 600);
    QTRY_COMPARE(v.columnCount(), 3);
    QCOMPARE(v.cardCount(), 3);
    QVERIFY(v.cardText(0).contains("waiting"));
    CompareItem c;
    c.model = "lite0";
    c.weightsLabel = "pypi-lite0";
    c.pretrained = true;
    c.inputSize = 224;
    c.macs = 385'000'000;
    c.top = {{335, "fox squirrel", 0.877f}};
    c.label = "fox squirrel";
    c.layer = "features.8";
    c.layerSize = QSize(7, 7);
    c.heat = QVector<float>(4, 1.0f);
    c.heatSize = 2;
    c.latencyMs = 12.34;
    c.latencyRuns = 5;
    c.image = RgbImage{40, 30, QByteArray(40 * 30 * 3, '\0')};
    c.imageSize = QSize(40, 30);
    c.covered = QRect(5, 0, 30, 30);
    c.insertionAuc = 0.8;
    v.setCard(1, c);
    CompareItem bad;
    bad.error = "no such preset 'b99'";
    v.setCard(0, bad);
    v.finish(true);
    QCOMPARE(v.resultCount(), 2);
    QVERIFY(v.cardText(1).contains("Lite0") && v.cardText(1).contains("224 px") && v.cardText(1).contains("insertion AUC 0.800")
            && v.cardText(1).contains("fox squirrel  87.7%"));
    // the timing says what it is; a layer name is never broken across lines
    QVERIFY2(v.cardText(1).contains("Forward pass 12.3 ms (median of 5 warm runs)"), qPrintable(v.cardText(1)));
    QVERIFY(v.cardText(1).contains("<nobr>features.8</nobr>"));
    QVERIFY(v.cardText(0).contains("failed") && v.cardText(0).contains("b99"));
    QVERIFY(v.cardText(2).contains("cancelled"));
    // the heat covers the middle of the photo: white (grey LUT, heat 1) there in the card
    HeatmapView *h = v.cardHeatmap(1);
    QVERIFY(h->heatAt(h->toWidget(QPointF(20, 15))) > 0.99);
    // the export: the three cards side by side, whole. The right-hand card is drawn (no blank
    // half), and below the last line of the longest card there is margin, not a cut
    const QImage png = v.render().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(png.width() >= 3 * 300 && png.width() < 3 * 300 + 100, qPrintable(QString::number(png.width())));
    const QRgb background = png.pixel(2, 2);
    const auto inkIn = [&](int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                n += png.pixel(x, y) != background;
        return n;
    };
    const int third = png.width() / 3;
    int rightText = 0;
    for (int y = 0; y < png.height(); ++y)
        for (int x = 2 * third + 20; x < png.width() - 20; ++x)
            rightText += qGray(png.pixel(x, y)) < 90;
    QVERIFY(rightText > 50); // "B1", "cancelled"
    QCOMPARE(inkIn(0, png.width(), png.height() - 4, png.height()), 0);
    // every card's frame is whole: its bottom edge is drawn, above the page's margin
    int frameBottom = 0;
    for (int y = 0; y < png.height(); ++y)
        frameBottom = png.pixel(third + 20, y) != background ? y : frameBottom;
    QVERIFY2(frameBottom > png.height() - 20 && frameBottom < png.height() - 4, qPrintable(QString::number(frameBottom)));
    // the lowest text of the middle card (its top-5 line) ends above the card's bottom edge
    int lowestText = 0;
    for (int y = 0; y < png.height(); ++y)
        for (int x = third + 24; x < 2 * third - 24; ++x)
            if (qGray(png.pixel(x, y)) < 90)
                lowestText = y;
    QVERIFY2(lowestText > 200 && lowestText < png.height() - 8, qPrintable(QString::number(lowestText)));
}

QTEST_MAIN(TestCompareView)
#include "test_compare_view.moc"
