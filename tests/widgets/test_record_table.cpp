// SPDX-License-Identifier: MIT
// RecordTable: raw values apart from display text; CSV of raw values; a well-behaved model.
#include "widget_test_util.h"
#include "record_table.h"
#include "scaling_explorer.h"
#include "arch/presets.h"
#include "arch/profiler.h"
#include <QAbstractItemModelTester>

using namespace effscope;

class TestRecordTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stageTableCsv();
    void model();
};

void TestRecordTable::stageTableCsv()
{
    ScalingExplorer explorer;
    explorer.setPreset("b0");
    QTemporaryDir dir;
    QCOMPARE(explorer.stageTable()->saveCsv(dir.filePath("stages.csv")), QString());
    const QList<QByteArray> lines = readAllBytes(dir.filePath("stages.csv")).split('\n');
    QCOMPARE(lines.size(), 12); // header, stem, 7 stages, head, total, trailing newline
    QCOMPARE(lines[0], QByteArray("part,channels,repeats,out_height,out_width,params,macs"));
    QVERIFY2(lines[2].startsWith("Stage 1,16,1,112,112,"), lines[2].constData()); // B0 stage 1: 16 channels
    // raw counts, not "5.29 M": torchvision's published 5,288,548 parameters, and the MACs the
    // analytic profiler counts for the whole network
    const qint64 macs = effscope::core::profileModel(effscope::core::resolve(effscope::core::preset("b0"))).macs;
    QCOMPARE(lines[10], QByteArray("Total,,16,,,5288548,") + QByteArray::number(macs));
    QVERIFY(std::abs(macs / 1e9 - 0.386) < 0.0006); // torchvision's _ops for B0 at 224
    QVERIFY(!explorer.stageTable()->saveCsv(dir.filePath("missing/stages.csv")).isEmpty());
    QCOMPARE(csvField("a,b"), QString("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), QString("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("plain"), QString("plain"));
}

void TestRecordTable::model()
{
    // a well-behaved model through resets, appends and in-place updates
    RecordTable table({{"Name", {"name"}, {}, Qt::AlignLeft},
                       {"MACs", {"macs"}, RecordTable::count()},
                       {"Size", {"height", "width"}, RecordTable::size()},
                       {"Share", {"share"}, RecordTable::fixed(1, 100.0)}});
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendRow({"a", qint64(385'880'000), QSize(7, 5), 0.25});
    table.appendRow({"b, \"quoted\"", qint64(999), QVariant(), 1.0 / 3.0});
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.text(0, 1), QString("385.88 M"));
    QCOMPARE(table.text(0, 2), QString("5 x 7"));
    QCOMPARE(table.text(0, 3), QString("25.0"));
    QCOMPARE(table.text(1, 1), QString("999"));
    QCOMPARE(table.text(1, 2), QString()); // no value, no text
    QCOMPARE(table.data(table.index(0, 1), RecordTable::RawRole).toLongLong(), 385'880'000ll);
    QCOMPARE(table.headerData(1, Qt::Horizontal).toString(), QString("MACs"));
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    table.setRow(0, {"a", qint64(385'880'000), QSize(7, 5), 0.5});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().column(), 3); // only the cell that changed
    table.setRow(0, {"a", qint64(385'880'000), QSize(7, 5), 0.5});
    QCOMPARE(changed.size(), 1); // nothing changed, nothing signalled
    QCOMPARE(table.csv(), QByteArray("name,macs,height,width,share\n"
                                     "a,385880000,5,7,0.5\n"
                                     "\"b, \"\"quoted\"\"\",999,,,0.333333333333333\n"));
    table.setRows({{"c", qint64(1), QSize(1, 1), 0.0}}, {"only"});
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.rowLabel(0), QString("only"));
    table.clear();
    QCOMPARE(table.rowCount(), 0);
}

QTEST_MAIN(TestRecordTable)
#include "test_record_table.moc"
