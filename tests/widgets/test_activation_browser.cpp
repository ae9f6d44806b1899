// SPDX-License-Identifier: MIT
// ActivationBrowser: the layer tree, the channel grid and the enlarged channel from plain data.
#include "widget_test_util.h"
#include "activation_browser.h"

#include <cmath>
#include <QLineEdit>

using namespace effscope;

class TestActivationBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installEnglishCatalogue()); }
    void activationBrowser();
};

void TestActivationBrowser::activationBrowser()
{
    ActivationBrowser b;
    b.resize(900, 600);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    b.setColormap(greyLut());
    // layers in forward order as the worker lists them: ops, their block, the stage after them
    // (kernel, stride, a block's expansion and SE as the worker fills them from the architecture)
    b.setLayers({{"features.0", "stem", 32, 112, 112, 10'800'000, 928, 3, 2},
                 {"features.1.0.block.0", "depthwise", 32, 112, 112, 3'600'000, 288, 3, 1},
                 {"features.1.0.block.1", "project", 16, 112, 112, 6'400'000, 512, 1, 1},
                 {"features.1.0", "block", 16, 112, 112, 10'000'000, 1448, 3, 1, 1.0, true},
                 {"features.1", "stage", 16, 112, 112, 10'000'000, 1448, 3, 1},
                 {"features.2", "head", 1280, 7, 7, 20'070'400, 412'160, 1, 1}});
    QTreeWidget *tree = b.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->text(0), QString("Stage 1"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QString("Block 1.0 · MBConv1, SE"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->child(0)->child(1)->text(0), QString("project 1x1"));
    QCOMPARE(tree->topLevelItem(0)->text(4), QString("10.8 M"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QString("3x3 /2"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QString("928"));
    QCOMPARE(tree->topLevelItem(2)->text(3), QString("412.2 k"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QString("1280 x 7 x 7"));
    // search: a match shows with the stage and block above it, the rest hides
    b.setFilter("project");
    QVERIFY(tree->topLevelItem(0)->isHidden());
    QVERIFY(!tree->topLevelItem(1)->isHidden() && !tree->topLevelItem(1)->child(0)->isHidden());
    QVERIFY(!tree->topLevelItem(1)->child(0)->child(1)->isHidden());
    QVERIFY(tree->topLevelItem(1)->child(0)->child(0)->isHidden());
    QVERIFY(tree->topLevelItem(1)->child(0)->isExpanded());
    b.searchBox()->setText("FEATURES.2"); // by path, any case
    QVERIFY(!tree->topLevelItem(2)->isHidden() && tree->topLevelItem(0)->isHidden());
    b.searchBox()->clear();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!tree->topLevelItem(i)->isHidden());
    QSignalSpy selected(&b, &ActivationBrowser::layerSelected);
    QVERIFY(b.selectLayer("features.1.0.block.1"));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(b.currentLayer(), QString("features.1.0.block.1"));
    QVERIFY(!b.selectLayer("features.9"));

    // three 2 x 2 channels with means 1, 2, 3 (channel 2 strongest): grid order 2, 1, 0
    ActivationView g;
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
    g.weightBins = {1, 3, 0, 2};
    g.weightMin = -0.5;
    g.weightMax = 0.5;
    g.weightCount = 6;
    g.weightTensors = 1;
    QSignalSpy complete(&b, &ActivationBrowser::gridComplete);
    b.setActivations(g);
    QTRY_COMPARE(complete.size(), 1);
    QCOMPARE(b.grid()->count(), 3);
    QCOMPARE(b.gridChannel(0), 2);
    QCOMPARE(b.gridChannel(2), 0);
    QVERIFY(b.statsText().contains("3 channels of 2 x 2"));
    QVERIFY(b.statsText().contains("Strongest channel #2"));
    // the layer's weights: a bar per bin, every value in one
    QCOMPARE(b.weightBarCount(), 4);
    QCOMPARE(b.weightBarTotal(), 6);
    QVERIFY2(b.weightsText().contains("6 weights in 1 convolution, from -0.5 to 0.5"), qPrintable(b.weightsText()));
    // before a pick: a placeholder, not empty axes
    QVERIFY(!b.enlargedShown());
    QSignalSpy requested(&b, &ActivationBrowser::channelRequested);
    QTest::mouseClick(b.grid()->viewport(), Qt::LeftButton, {}, b.grid()->visualItemRect(b.grid()->item(1)).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][1].toInt(), 1);
    b.setChannel(ChannelView{0, g.layer, 1, 2, 2, {1, 2, 2, 3}});
    QCOMPARE(b.enlargedChannel(), 1);
    QCOMPARE(b.enlargedValue(1, 1), 3.0);
    QVERIFY(b.enlargedShown());
    b.setChannel(ChannelView{0, "features.9", 0, 2, 2, {0, 0, 0, 0}}); // another layer's channel is ignored
    QCOMPARE(b.enlargedChannel(), 1);

    // a constant channel (2.2 everywhere, like #27 of features.4.1.block.1) and a dead one
    // (never above 0) are marked; on its own range a constant cell is flat at the coldest
    // colour, on the layer's shared range it shows its level
    ActivationView k;
    k.layer = "features.1.0.block.1";
    k.channels = 3;
    k.height = k.width = 2;
    k.order = {1, 0, 2};
    k.mean = {1.0f, 2.2f, -0.5f};
    k.min = {0.0f, 2.2f, -1.0f};
    k.max = {4.0f, 2.2f, 0.0f};
    k.fractionZero = {0.25f, 0.0f, 0.25f};
    k.fractionNegative = {0.0f, 0.0f, 0.75f};
    k.cellSize = QSize(2, 2);
    k.cells = {0, 0, 0, 4, 2.2f, 2.2f, 2.2f, 2.2f, -1, -1, -1, 0};
    complete.clear();
    b.setActivations(k);
    QTRY_COMPARE(complete.size(), 1);
    QCOMPARE(b.gridText(0), QString("#1 constant"));
    QCOMPARE(b.gridText(1), QString("#0"));
    QCOMPARE(b.gridText(2), QString("#2 dead"));
    QVERIFY2(b.statsText().contains("1 channels dead (never above 0), 1 constant"), qPrintable(b.statsText()));
    QCOMPARE(qGray(b.gridPixel(0, 0, 0)), 0);
    complete.clear();
    b.setSharedScale(true);
    QTRY_COMPARE(complete.size(), 1);
    // layer range -1..4: 2.2 sits at 0.64 -> grey 163
    QCOMPARE(qGray(b.gridPixel(0, 0, 0)), int(std::lround(3.2 / 5.0 * 255)));
    QVERIFY(b.statsText().contains("Every cell on the layer's range, -1 to 4"));
    b.setSharedScale(false);

    // the enlarged channel: square pixels at any aspect, ticks on whole pixels, the value under
    // the mouse
    QVector<float> wide(16 * 4);
    for (int i = 0; i < wide.size(); ++i)
        wide[i] = float(i);
    b.setChannel(ChannelView{0, k.layer, 0, 4, 16, wide}); // 4 rows of 16
    QTRY_VERIFY(std::abs(b.enlargedScale().first - b.enlargedScale().second) < 0.01 * b.enlargedScale().first);
    for (double t : b.enlargedTicks())
        QCOMPARE(t, std::round(t));
    QVERIFY(b.enlargedTicks().size() >= 2);
    QCOMPARE(b.hoverTextAt(b.enlargedCellPosition(5, 2)), QString("x 5, y 2: 37"));
    // the axis padded for square pixels labels only rows and columns the channel has
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        const double last = o == Qt::Horizontal ? 15 : 3;
        QVERIFY(!b.enlargedTicks(o).isEmpty());
        for (double t : b.enlargedTicks(o))
            QVERIFY2(t >= 0 && t <= last, qPrintable(QString("tick %1 outside 0..%2").arg(t).arg(last)));
    }
    QCOMPARE(b.hoverTextAt(QPoint(1, 1)), QString()); // outside the map

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

QTEST_MAIN(TestActivationBrowser)
#include "test_activation_browser.moc"
