// SPDX-License-Identifier: MIT
// ChannelImportanceView: rows per stage and block, channel-weighted shares.
#include "widget_test_util.h"
#include "channel_importance_view.h"

#include <QHeaderView>

using namespace effscope;

class TestChannelImportanceView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importance();
};

void TestChannelImportanceView::importance()
{
    ChannelImportanceView explorer;
    QSignalSpy spy(&explorer, &ChannelImportanceView::measureRequested);
    QTest::mouseClick(explorer.measureButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    // stage 2: a 96-channel layer with 10% weak scales and a 144-channel one with 50% dead channels
    explorer.setImportance("lite0 on squirrel", {{"features.0", 0, 32, 1.2, 0.0, 0.0, 0.4},
                                                 {"features.2.0.block.1", 2, 96, 0.8, 0.10, 0.05, 0.5},
                                                 {"features.2.1.block.1", 2, 144, 0.6, 0.02, 0.50, 0.7},
                                                 {"features.8", 8, 1280, 1.0, 0.0, 0.01, 0.6}});
    QTreeWidget *tree = explorer.tree();
    QCOMPARE(explorer.caption(), QString("lite0 on squirrel"));
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->text(0), QString("Stage 2"));
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(1), QString("240"));
    // channel-weighted: (96 x 0.10 + 144 x 0.50) / 240 = 0.34
    QVERIFY(std::abs(explorer.shrinkableShare()[2] - 0.34) < 1e-9);
    QVERIFY(tree->topLevelItem(1)->text(6).contains("34.0%"));
    QVERIFY(tree->topLevelItem(0)->text(6).startsWith("keep"));
    QCOMPARE(explorer.shrinkableShare()[4], -1.0); // not measured
    // at a narrow width every header still reads in full (the tree scrolls sideways instead)
    explorer.resize(420, 400);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    QHeaderView *header = tree->header();
    for (int i = 0; i < tree->columnCount(); ++i) {
        const QString text = tree->headerItem()->text(i);
        QVERIFY2(header->sectionSize(i) >= header->fontMetrics().horizontalAdvance(text),
                 qPrintable(QString("%1: %2 px").arg(text).arg(header->sectionSize(i))));
        QVERIFY(!tree->headerItem()->toolTip(i).isEmpty());
    }
}

QTEST_MAIN(TestChannelImportanceView)
#include "test_channel_importance_view.moc"
