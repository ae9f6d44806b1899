// SPDX-License-Identifier: MIT
// TradeoffPlot: published series, axes, hover, latency placement, the custom band, evaluations, exports.
#include "widget_test_util.h"
#include "export_util.h"
#include "tradeoff_plot.h"
#include <QVBoxLayout>
#include <QXmlStreamReader>

using namespace effscope;

class TestTradeoffPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tradeoffSeries();
    void tradeoffSvgAndEvaluations();
};

void TestTradeoffPlot::tradeoffSeries()
{
    // resources/published.json: the paper's Table 2 (8 scales), torchvision's 9 weights, the
    // 5 Lite scales in float and in int8 (the Lite README's two accuracy columns), Table 7 (B0 scaled one way, 5) and Table 3 (MobileNetV1 4, MobileNetV2 5,
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
    QCOMPARE(plot.seriesCount(), 11);
    const int expected[] = {8, 9, 5, 5, 5, 4, 5, 5, 8, 5, 3};
    for (int i = 0; i < 11; ++i)
        QCOMPARE(plot.pointCount(i), expected[i]);
    // the int8 column: Lite0 74.4%, Lite4 80.2%, placed at the int8 timing only
    QCOMPARE(series[3].points[0].top1, 74.4);
    QCOMPARE(series[3].points[4].top1, 80.2);
    QCOMPARE(series[3].points[0].precision, QString("int8"));
    QCOMPARE(series[2].points[0].precision, QString());
    // timm's points carry no MACs: the profiler counts them at timm's img_size; torchvision's
    // _ops for the same networks and sizes: B0 0.386 @224, B1 0.687 @240, B4 4.394 @380
    QCOMPARE(series[8].points.size(), 8);
    QVERIFY(std::abs(series[8].points[0].macs - 0.386e9) < 1e6); // counts, not billions
    QVERIFY(std::abs(series[8].points[1].macs - 0.687e9) < 1e6);
    QVERIFY(std::abs(series[8].points[4].macs - 4.394e9) < 2e6);
    QCOMPARE(series[0].points[0].params, 5.3e6); // Table 2's B0: 5.3 M parameters
    QCOMPARE(series[8].points[7].top1, 84.424); // tf_efficientnet_b7.aa_in1k
    QCOMPARE(series[9].points[4].resolution, 380);
    QCOMPARE(plot.seriesName(0), QString("EfficientNet B0-B7 (paper, Table 2)"));
    // hovering B0 of Table 2 names it with its numbers and source
    const QString b0 = plot.pointTextAt(plot.pointPosition(0, 0));
    QVERIFY2(b0.contains("B0") && b0.contains("top-1 76.3%") && b0.contains("0.39 GMACs") && b0.contains("Table 2"),
             qPrintable(b0));
    QCOMPARE(plot.pointTextAt(QPoint(2, 2)), QString());
    // the mouse over every point of every series: the note shows elided on one line (full in
    // the tooltip), and nothing a hover does resizes anything
    {
        QWidget window;
        auto *column = new QVBoxLayout(&window);
        TradeoffPlot inner;
        column->addWidget(&inner);
        inner.setSeries(series);
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize before = window.size(), hintBefore = window.minimumSizeHint();
        int hovered = 0;
        for (int s = 0; s < inner.seriesCount(); ++s)
            for (int i = 0; i < inner.pointCount(s); ++i) {
                const QPoint at = inner.pointPosition(s, i);
                const QPointF local = inner.plotWidget()->mapFrom(&inner, at);
                QMouseEvent move(QEvent::MouseMove, local, inner.plotWidget()->mapToGlobal(local), Qt::NoButton,
                                 Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(inner.plotWidget(), &move);
                if (inner.hoverText().isEmpty())
                    continue;
                ++hovered;
                QVERIFY(!inner.hoverLabel()->text().contains('\n'));
                QVERIFY(inner.hoverLabel()->fontMetrics().horizontalAdvance(inner.hoverLabel()->text())
                        <= inner.hoverLabel()->width());
                QCOMPARE(inner.hoverLabel()->toolTip(), inner.hoverText());
                QCOMPARE(window.size(), before);
                QVERIFY(window.minimumSizeHint().width() <= hintBefore.width());
            }
        QVERIFY2(hovered >= 40, qPrintable(QString::number(hovered)));
        const QString longest = inner.hoverText();
        QVERIFY(inner.hoverLabel()->text().size() <= longest.size() + 2);
    }
    // hidden series are not hovered
    plot.setSeriesVisible(0, false);
    QVERIFY(!plot.seriesVisible(0));
    QVERIFY(!plot.pointTextAt(plot.pointPosition(0, 0)).contains("Table 2"));
    plot.setSeriesVisible(0, true);
    // parameters: the scaling studies give none, so they draw nothing there
    plot.setAxis(TradeoffPlot::Axis::Params);
    QCOMPARE(plot.pointCount(0), 8);
    QCOMPARE(plot.pointCount(3), 5); // the int8 Lite scales
    QCOMPARE(plot.pointCount(4), 0);
    QCOMPARE(plot.pointCount(7), 0);
    QCOMPARE(plot.pointCount(8), 8);
    // latency measured here: only presets that were timed are placed (Table 2's B0, Lite0),
    // and timm's points only when timed at their own img_size
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 224}, {"lite0", 224}});
    plot.setAxis(TradeoffPlot::Axis::Latency);
    QCOMPARE(plot.pointCount(0), 1);
    QCOMPARE(plot.pointCount(1), 0); // torchvision's points name no preset
    QCOMPARE(plot.pointCount(2), 1);
    QCOMPARE(plot.pointCount(3), 0); // Lite0 int8 is not Lite0 fp32's latency
    QCOMPARE(plot.pointCount(8), 1);
    QCOMPARE(plot.pointCount(9), 1);
    QCOMPARE(plot.pointCount(10), 1);
    QVERIFY(plot.pointTextAt(plot.pointPosition(0, 0)).contains("9.5 ms here"));
    // the int8 timing places the int8 point, and only it
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}, {"lite0/int8", 4.2}}, {{"b0", 224}, {"lite0", 224}, {"lite0/int8", 224}});
    QCOMPARE(plot.pointCount(3), 1);
    QCOMPARE(plot.pointCount(2), 1);
    QVERIFY(plot.pointTextAt(plot.pointPosition(3, 0)).contains("4.2 ms here"));
    // B0 timed at another size than the one its accuracies were measured at: not placed
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 256}, {"lite0", 224}});
    QCOMPARE(plot.pointCount(0), 0);
    QCOMPARE(plot.pointCount(8), 0);
    QCOMPARE(plot.pointCount(10), 0);
    QCOMPARE(plot.pointCount(9), 1);
    QCOMPARE(plot.pointPosition(0, 0), QPoint(-1, -1)); // no such point
    plot.setLatency({{"b0", 9.5}, {"lite0", 8.1}}, {{"b0", 224}, {"lite0", 224}});
    QCOMPARE(plot.customBand(), (QPair<double, double>()));
    // the explorer's scale: a band at its cost, never a point with an invented accuracy
    plot.setAxis(TradeoffPlot::Axis::Macs);
    plot.setCustomScale("custom-w1.331-d1.728-r344", 3'253'000'000, 16'340'000);
    const auto band = plot.customBand();
    QVERIFY(band.first < 3.253 && band.second > 3.253);
    int points = 0;
    for (int i = 0; i < plot.seriesCount(); ++i)
        points += plot.pointCount(i);
    QCOMPARE(points, 62);
    QTemporaryDir dir;
    // the exported PNG carries its title above the plot (the top rows hold text only when it
    // is asked for), and the plot on screen is left as it was
    QCOMPARE(savePlot(plot.plot(), dir.filePath("untitled.png"), 800, 500, QString()), QString());
    QCOMPARE(savePlot(plot.plot(), dir.filePath("plot.png"), 800, 500, "Accuracy against cost"), QString());
    QCOMPARE(savePlot(plot.plot(), dir.filePath("untitled-again.png"), 800, 500, QString()), QString());
    const QImage titled(dir.filePath("plot.png")), untitled(dir.filePath("untitled.png"));
    QCOMPARE(QImage(dir.filePath("untitled-again.png")), untitled);
    QCOMPARE(titled.size(), QSize(800, 500));
    const auto darkInTopRows = [](const QImage &img) {
        int dark = 0;
        for (int y = 0; y < 14; ++y)
            for (int x = 300; x < 500; ++x)
                dark += qGray(img.pixel(x, y)) < 128;
        return dark;
    };
    QCOMPARE(darkInTopRows(untitled), 0);
    QVERIFY2(darkInTopRows(titled) > 20, qPrintable(QString::number(darkInTopRows(titled))));
    // a name typed without an extension gets the chosen filter's
    QCOMPARE(withFilterSuffix("/tmp/tradeoff", "SVG drawing (*.svg)"), QString("/tmp/tradeoff.svg"));
    QCOMPARE(withFilterSuffix("/tmp/tradeoff", plotFileFilter().split(";;").first()), QString("/tmp/tradeoff.png"));
    QCOMPARE(withFilterSuffix("/tmp/tradeoff.pdf", "SVG drawing (*.svg)"), QString("/tmp/tradeoff.pdf"));
    QCOMPARE(withFilterSuffix("/tmp/top5", "CSV (*.csv);;JSON (*.json)"), QString("/tmp/top5.csv"));
    QCOMPARE(withFilterSuffix(QString(), "CSV (*.csv)"), QString());
    QCOMPARE(savePlot(plot.plot(), dir.filePath("plot.pdf"), 800, 500, "t"), QString());
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

void TestTradeoffPlot::tradeoffSvgAndEvaluations()
{
    QString error;
    const auto series = loadPublishedSeries(testEnvPath("EFFSCOPE_TEST_DATA", "/../../resources/published.json"), &error);
    TradeoffPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setSeries(series);
    // the log axis is labelled within decades too (1-2-5), not only at powers of ten
    const QStringList ticks = plot.xTickLabels();
    for (const char *t : {"0.5", "1", "2", "5", "10", "20"})
        QVERIFY2(ticks.contains(t), qPrintable(t + (" not in " + ticks.join(' '))));
    const auto publishedRange = plot.yRange();
    QVERIFY(publishedRange.first > 60 && publishedRange.second < 95);
    // the user's evaluations: one more series, star markers, no line, a 95% Wilson interval
    // from the number of images
    TradeoffPoint lite0{"Lite0 on set (400 images)", 385e6, 4.65e6, 75.0, 100.0, "lite0", 224, 400, -1.0, QString()};
    TradeoffPoint custom{"custom-w1.1-d1.2-r256 on set (4 images)", 620e6, 6.1e6, 25.0, 50.0, QString(), 256, 4, -1.0, QString()};
    plot.setEvaluations("Your evaluations (set)", {lite0, custom});
    QCOMPARE(plot.seriesCount(), 12);
    QCOMPARE(plot.seriesName(11), QString("Your evaluations (set)"));
    QCOMPARE(plot.pointCount(11), 2);
    const QString hover = plot.pointTextAt(plot.pointPosition(11, 0));
    QVERIFY2(hover.contains("Lite0 on set") && hover.contains("top-1 75%"), qPrintable(hover));
    // 300 of 400: Wilson (0.70532, 0.78992), computed independently in Python
    QVERIFY2(hover.contains("400 images: 95% interval 70.5 to 79.0% (Wilson)"), qPrintable(hover));
    const auto interval = plot.pointInterval(11, 0);
    QVERIFY2(std::abs(interval.first - 70.53228670693259) < 1e-6 && std::abs(interval.second - 78.99209857635259) < 1e-6,
             qPrintable(QString("%1 %2").arg(interval.first).arg(interval.second)));
    const auto w = wilsonInterval(0.25, 4);
    QVERIFY(std::abs(w.first - 0.04558726080970055) < 1e-12 && std::abs(w.second - 0.6993581574175981) < 1e-12);
    // a 4-image 25% does not stretch the axis: it sits at the range's lower edge and says so
    QCOMPARE(plot.yRange(), publishedRange);
    const QString low = plot.pointTextAt(plot.pointPosition(11, 1));
    QVERIFY2(low.contains("top-1 25%") && low.contains("outside the published range"), qPrintable(low));
    // a hidden series' legend entry is greyed
    const QColor shownColour = plot.legendTextColor(0);
    plot.setSeriesVisible(0, false);
    QVERIFY(plot.legendTextColor(0) != shownColour);
    QCOMPARE(plot.legendTextColor(1), shownColour);
    plot.setSeriesVisible(0, true);
    QCOMPARE(plot.legendTextColor(0), shownColour);
    // the custom scale's band names its measured accuracy once it is evaluated
    plot.setCustomScale("custom-w1.1-d1.2-r256", 620'000'000, 6'100'000);
    QVERIFY(plot.customBand().first < 0.62);
    // latency: the evaluated preset sits at its timed latency, the custom scale has none
    plot.setLatency({{"lite0", 8.0}}, {{"lite0", 224}});
    plot.setAxis(TradeoffPlot::Axis::Latency);
    QCOMPARE(plot.pointCount(11), 1);
    QCOMPARE(plot.customBand(), (QPair<double, double>())); // not timed: no band
    plot.setLatency({{"lite0", 8.0}, {"custom-w1.1-d1.2-r256", 12.0}}, {{"lite0", 224}, {"custom-w1.1-d1.2-r256", 256}});
    QVERIFY(plot.customBand().first < 12.0 && plot.customBand().second > 12.0);
    plot.setAxis(TradeoffPlot::Axis::Macs);
    plot.setEvaluations(QString(), {});
    QCOMPARE(plot.seriesCount(), 11);

    // SVG: a well-formed drawing of the requested size with the axis labels as text
    QTemporaryDir dir;
    QCOMPARE(savePlot(plot.plot(), dir.filePath("plot.svg"), 800, 500, "Accuracy against cost"), QString());
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
    QVERIFY2(text.contains("Accuracy against cost"), qPrintable(text.left(200))); // the title
    // an unwritable path is reported, not crashed on
    QVERIFY(!savePlot(plot.plot(), dir.filePath("missing/plot.svg"), 800, 500, "t").isEmpty());
}

QTEST_MAIN(TestTradeoffPlot)
#include "test_tradeoff_plot.moc"
