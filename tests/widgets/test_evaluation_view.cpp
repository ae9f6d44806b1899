// SPDX-License-Identifier: MIT
// EvaluationView: rows that replace partial ones, per-class and confused tables, timm CSV.
#include "widget_test_util.h"
#include "evaluation_view.h"
#include "record_table.h"

#include <QListWidget>
#include <QListWidgetItem>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

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
    // four images: the squirrel right, one orange as an orange (top-5 only), one as a Granny
    // Smith (a class not in the set), one that could not be read
    a.samples = {{"/data/set/335/squirrel.jpg", 335, {335, 336, 337, 338, 339}, {}},
                 {"/data/set/950/a.jpg", 950, {948, 950, 951, 952, 953}, {}},
                 {"/data/set/950/b.jpg", 950, {950, 948, 951, 952, 953}, {}},
                 {"/data/set/950/cut.jpg", 950, {}, "truncated JPEG"}};
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
    // every image: file name, classes by name, hits; sorting by Top-1 puts the misses first
    RecordTable *images = view.imagesModel();
    QCOMPARE(images->rowCount(), 4);
    QCOMPARE(images->text(0, 0), QString("squirrel.jpg"));
    QCOMPARE(images->text(1, 2), QString("Granny Smith"));
    QCOMPARE(images->text(1, 3), QString("no"));
    QCOMPARE(images->text(1, 4), QString("yes"));
    QCOMPARE(images->text(3, 5), QString("truncated JPEG"));
    QCOMPARE(images->raw(0, 0).toString(), QString("/data/set/335/squirrel.jpg"));
    QTableView *imagesView = view.imagesView();
    imagesView->sortByColumn(3, Qt::AscendingOrder);
    QCOMPARE(imagesView->model()->index(0, 0).data().toString(), QString("a.jpg"));
    QCOMPARE(imagesView->model()->index(3, 0).data().toString(), QString("cut.jpg")); // no value: last
    imagesView->sortByColumn(3, Qt::DescendingOrder);
    QStringList descending;
    for (int r = 0; r < 4; ++r)
        descending << imagesView->model()->index(r, 3).data().toString();
    QVERIFY2(descending.indexOf("no") > descending.lastIndexOf("yes"), qPrintable(descending.join(',')));
    // the confusion matrix of the classes present (fox squirrel, orange) and "other"
    QTableWidget *matrix = view.confusionMatrix();
    QCOMPARE(view.matrixClasses(), (QVector<int>{335, 950}));
    QCOMPARE(matrix->rowCount(), 2);
    QCOMPARE(matrix->columnCount(), 3);
    QCOMPARE(matrix->item(0, 0)->text(), QString("1"));
    QCOMPARE(matrix->item(1, 1)->text(), QString("1"));
    QCOMPARE(matrix->item(1, 2)->text(), QString("1"));
    QCOMPARE(matrix->item(1, 0)->text(), QString("0"));
    QCOMPARE(matrix->horizontalHeaderItem(2)->text(), QString("other"));
    // a click on the (orange, other) cell lists its photo; a double click opens it
    view.detailTabs()->setCurrentIndex(2);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualItemRect(matrix->item(1, 2)).center());
    QCOMPARE(view.pairPhotos()->count(), 1);
    QVERIFY2(view.pairText().startsWith("1 photo of orange predicted as a class not in the set"), qPrintable(view.pairText()));
    QSignalSpy opened(&view, &EvaluationView::photoRequested);
    QListWidgetItem *photo = view.pairPhotos()->item(0);
    QVERIFY(view.pairPhotos()->isVisible());
    const QPoint at = view.pairPhotos()->visualItemRect(photo).center();
    QTest::mouseClick(view.pairPhotos()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view.pairPhotos()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].toString(), QString("/data/set/950/a.jpg"));
    view.showPair(950, 950);
    QCOMPARE(view.pairPhotos()->count(), 1);
    QCOMPARE(view.pairPhotos()->item(0)->text(), QString("b.jpg"));
    // the summary of the folder beside the path
    view.setDatasetSummary("4 images in 2 classes.");
    QCOMPARE(view.datasetSummary(), QString("4 images in 2 classes."));
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
