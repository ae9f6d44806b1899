// SPDX-License-Identifier: MIT
// WeightsView: the weights manager's rows, buttons and requests.
#include "widget_test_util.h"
#include "weights_view.h"

#include <QCheckBox>

using namespace effscope;

class TestWeightsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weightsTable();
};

void TestWeightsView::weightsTable()
{
    WeightsView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    using State = WeightsRow::State;
    auto row = [](const char *id, const char *model, const char *source, qint64 size, double top1, bool downloadable,
                  State state) {
        WeightsRow r;
        r.id = id;
        r.model = model;
        r.source = source;
        r.file = QString(id) + ".pth";
        r.size = size;
        r.top1 = top1;
        r.downloadable = downloadable;
        r.state = state;
        return r;
    };
    WeightsRow a = row("tv-b0", "b0", "torchvision", 21444401, 77.692, true, State::Missing);
    WeightsRow b = row("pypi-lite0", "lite0", "PyPI", 18826032, 75.1, false, State::Cached);
    view.setItems({a, b});
    QCOMPARE(view.rowCount(), 2);
    QSignalSpy download(&view, &WeightsView::downloadRequested), cancel(&view, &WeightsView::cancelRequested),
        import(&view, &WeightsView::importRequested);
    QVERIFY(view.select("tv-b0"));
    QVERIFY(view.downloadButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());
    QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
    QCOMPARE(download.size(), 1);
    QCOMPARE(download[0][0].toString(), QString("tv-b0"));
    // downloading: a progress bar in the state cell, Cancel enabled, Download not
    a.state = State::Downloading;
    a.received = 5 << 20;
    a.total = 20 << 20;
    view.updateItem(0, a);
    QVERIFY(!view.downloadButton()->isEnabled());
    QVERIFY(view.cancelButton()->isEnabled());
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    // failed: the reason is in the row
    a.state = State::Failed;
    a.message = "SHA-256 abc does not match";
    view.updateItem(0, a);
    QVERIFY(view.stateText(0).contains("does not match"));
    // a cached file cannot be downloaded again; a file with no address says how to get it
    QVERIFY(view.select("pypi-lite0"));
    QVERIFY(!view.downloadButton()->isEnabled());
    b.state = State::Missing;
    view.updateItem(1, b);
    QVERIFY(view.stateText(1).contains("PyPI"));
    // import asks for a file and names the chosen model
    view.setFilePicker([] { return QString("/tmp/my.safetensors"); });
    QTest::mouseClick(view.importButton(), Qt::LeftButton);
    QCOMPARE(import.size(), 1);
    QCOMPARE(import[0][0].toString(), QString("/tmp/my.safetensors"));
    QCOMPARE(import[0][1].toString(), QString("lite0"));
    QCOMPARE(import[0][2].toBool(), false);
    QCOMPARE(import[0][3].toBool(), false); // NaN / Inf refused unless ticked
    view.allowNonFiniteBox()->click();
    QTest::mouseClick(view.importButton(), Qt::LeftButton);
    QCOMPARE(import.size(), 2);
    QCOMPARE(import[1][3].toBool(), true);
}

QTEST_MAIN(TestWeightsView)
#include "test_weights_view.moc"
