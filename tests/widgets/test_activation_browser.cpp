// SPDX-License-Identifier: MIT
// ActivationBrowser: the layer tree, the channel grid and the enlarged channel from plain data.
#include "widget_test_util.h"
#include "activation_browser.h"

using namespace effscope;

class TestActivationBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
    b.setChannel(ChannelView{0, g.layer, 1, 2, 2, {1, 2, 2, 3}});
    QCOMPARE(b.enlargedChannel(), 1);
    QCOMPARE(b.enlargedValue(1, 1), 3.0);
    b.setChannel(ChannelView{0, "features.9", 0, 2, 2, {0, 0, 0, 0}}); // another layer's channel is ignored
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

QTEST_MAIN(TestActivationBrowser)
#include "test_activation_browser.moc"
