// SPDX-License-Identifier: MIT
// SweepPlot: points per dimension, the table of raw values, hover, exports, palette.
#include "widget_test_util.h"
#include "export_util.h"
#include "record_table.h"
#include "sweep_plot.h"

using namespace effscope;

class TestSweepPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sweepPlot();
};

void TestSweepPlot::sweepPlot()
{
    SweepPlot plot;
    plot.resize(900, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.seriesCount(), 4);
    // base, dimension, multiplier, width, depth, resolution, MACs, params, latency, engine, error
    const SweepItem points[] = {{0, "b0", "width", 1.0, 1.0, 1.0, 224, 386'000'000, 5'290'000, 9.0, {}, {}},
                                {0, "b0", "depth", 1.0, 1.0, 1.0, 224, 386'000'000, 5'290'000, 9.1, {}, {}},
                                {0, "b0", "width", 1.6, 1.6, 1.0, 224, 950'000'000, 12'000'000, 15.0, {}, {}},
                                {0, "b0", "resolution", 1.5, 1.0, 1.0, 336, 870'000'000, 5'290'000, 21.0, {}, {}},
                                {0, "b0", "compound", 1.0, 1.1, 1.2, 258, 700'000'000, 7'000'000, 13.0, {}, {}},
                                {0, "b0", "depth", 2.0, 1.0, 2.0, 224, 700'000'000, 9'000'000, 16.0, {}, {}},
                                {0, "b0", "width", 2.0, 2.0, 1.0, 224, 1'400'000'000, 19'000'000, 0.0, {}, "out of memory"}};
    QSignalSpy run(&plot, &SweepPlot::runRequested);
    for (const SweepItem &p : points)
        plot.addPoint(p);
    QCOMPARE(plot.pointCount("width"), 2); // the failed one is listed, not drawn
    QCOMPARE(plot.pointCount("depth"), 2);
    QCOMPARE(plot.pointCount("resolution"), 1);
    QCOMPARE(plot.pointCount("compound"), 1);
    QCOMPARE(plot.table()->rowCount(), 7);
    QVERIFY(plot.table()->text(6, 8).contains("out of memory"));
    QCOMPARE(plot.table()->text(2, 6), QString("0.950")); // billions on screen
    // phi and the single dimensions' multipliers in columns of their own
    QCOMPARE(plot.table()->text(4, 1), QString());
    QCOMPARE(plot.table()->text(4, 2), QString("1.000"));
    QCOMPARE(plot.table()->text(3, 1), QString("1.500"));
    QCOMPARE(plot.table()->text(3, 2), QString());
    // the CSV holds the raw values: counts and milliseconds, not display text
    const QList<QByteArray> csv = plot.table()->csv().split('\n');
    QCOMPARE(csv[0], QByteArray("dimension,multiplier,phi,width,depth,resolution,macs,params,latency_ms"));
    QCOMPARE(csv[3], QByteArray("width,1.6,,1.6,1,224,950000000,12000000,15"));
    QCOMPARE(csv[5], QByteArray("compound,,1,1.1,1.2,258,700000000,7000000,13"));
    QCOMPARE(csv[7], QByteArray("width,2,,2,1,224,1400000000,19000000,out of memory"));
    const QString hover = plot.pointTextAt(plot.pointPosition("resolution", 0));
    QVERIFY2(hover.contains("resolution") && hover.contains("336 px") && hover.contains("21.00 ms"), qPrintable(hover));
    QTest::mouseClick(plot.runButton(), Qt::LeftButton);
    QCOMPARE(run.count(), 1);
    QCOMPARE(run[0][0].toString(), QString("b0"));
    QCOMPARE(run[0][1].value<qint64>(), 2'000'000'000ll);
    plot.setRunning(true);
    QVERIFY(!plot.runButton()->isEnabled());
    QTemporaryDir dir;
    QCOMPARE(savePlot(plot.plot(), dir.filePath("sweep.svg"), 600, 400, "t"), QString());
    QCOMPARE(savePlot(plot.plot(), dir.filePath("sweep.png"), 600, 400, "t"), QString());
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

QTEST_MAIN(TestSweepPlot)
#include "test_sweep_plot.moc"
