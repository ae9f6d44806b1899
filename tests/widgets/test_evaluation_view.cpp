// SPDX-License-Identifier: MIT
// EvaluationView: rows that replace partial ones, per-class and confused tables, timm CSV.
#include "widget_test_util.h"
#include "evaluation_view.h"
#include "record_table.h"

#include <QListWidgetItem>

using namespace effscope;

class TestEvaluationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluationView();
};

void TestEvaluationView::evaluationView()
{
    EvaluationView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.evaluateButton()->isEnabled()); // no dataset, no scale
    view.setWeightsAvailability({{"lite0", WeightsAvailability::Cached}, {"b0", WeightsAvailability::Downloadable}});
    view.setScales({"b0", "lite0", "custom-w1.1-d1-r224"}, {"lite0"});
    QCOMPARE(view.scaleItem("lite0")->text(), QString("Lite0 (pretrained)"));
    QCOMPARE(view.scaleItem("b0")->text(), QString("B0 (downloadable)"));
    QCOMPARE(view.scaleItem("custom-w1.1-d1-r224")->text(), QString("custom-w1.1-d1-r224 (untrained)"));
    QVERIFY(view.scaleItem("b0")->toolTip().contains("File > Weights"));
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

    EvalItem a;
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
    a.params = 4652008;
    a.macs = 385'000'000;
    a.confused = {{950, 948, 1, "orange", "Granny Smith"}};
    view.addResult(a);
    RecordTable *results = view.resultsModel();
    QCOMPARE(results->rowCount(), 1);
    QVERIFY(results->text(0, 8).contains("partial: 2 of 4"));
    QCOMPARE(results->text(0, 0), QString("Lite0"));
    QCOMPARE(results->text(0, 6), QString("4.65")); // millions on screen
    QCOMPARE(results->raw(0, 6).toLongLong(), 4652008ll); // a count behind it
    // the finished rerun replaces the partial row
    a.evaluated = 4;
    a.cancelled = false;
    a.top1 = 75;
    view.addResult(a);
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->text(0, 4), QString("75.00"));
    EvalItem b = a;
    b.model = "custom-w1.1-d1-r224";
    b.pretrained = false;
    b.error = "no such folder";
    b.csvRow.clear();
    view.addResult(b);
    QCOMPARE(results->rowCount(), 2);
    QVERIFY(results->text(1, 1).contains("untrained"));
    QCOMPARE(results->text(1, 4), QString()); // a failed scale has no accuracy
    view.selectResult(0);
    QCOMPARE(view.classModel()->rowCount(), 2);
    QCOMPARE(view.classModel()->text(1, 0), QString("orange"));
    QCOMPARE(view.classModel()->text(1, 4), QString("0.0"));
    QCOMPARE(view.confusedModel()->text(0, 1), QString("Granny Smith"));
    const QList<QByteArray> classes = view.classModel()->csv().split('\n');
    QCOMPARE(classes[0], QByteArray("class,index,images,top1_correct,top1"));
    QCOMPARE(classes[1], QByteArray("fox squirrel,335,1,1,100"));
    view.setRunning(false);
    QVERIFY(view.exportButton()->isEnabled());
    QTemporaryDir dir;
    QCOMPARE(view.saveCsv(dir.filePath("eval.csv"), "model,img_size,top1"), QString());
    QCOMPARE(readAllBytes(dir.filePath("eval.csv")), QByteArray("model,img_size,top1\n") + a.csvRow.toUtf8() + "\n");
    view.clearResults();
    QVERIFY(!view.saveCsv(dir.filePath("none.csv"), "h").isEmpty());
}

QTEST_MAIN(TestEvaluationView)
#include "test_evaluation_view.moc"
