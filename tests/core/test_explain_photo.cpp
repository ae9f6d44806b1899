// SPDX-License-Identifier: MIT
// core::explainPhoto, the one explanation pipeline of the heat-map job, the compare job and
// `effscope-cli cam`, end to end from the photo file: against pytorch-grad-cam's Grad-CAM and the
// oracle's faithfulness curves (tools/make_cam_fixtures.py: torchvision's B0 with seeded weights,
// the photo through torchvision's preprocessing), and the map laid back on the photo.
#include "common/error.h"
#include "common/npy.h"
#include "pipeline/explain_photo.h"

#include "test_env.h"

#include <ATen/ATen.h>

#include <opencv2/core.hpp>

#include <QJsonArray>
#include <QtTest/QtTest>

#include <optional>

using namespace effscope::core;

namespace {

QString fixture(const QString &name)
{
    return testEnvPath("EFFSCOPE_FIXTURE_DIR", "/cam/") + name;
}

NpyArray npy(const QString &name)
{
    return readNpy(fixture(name).toStdString());
}

double pearson(const std::vector<float> &a, const std::vector<float> &b)
{
    double ma = 0, mb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= a.size();
    mb /= b.size();
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestExplainPhoto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesTheOracle_data();
    void matchesTheOracle();
    void laidBackOnThePhoto();
    void progressAndCancel();

private:
    QJsonObject m_manifest;
    std::optional<ModelHandle> m_b0;
};

void TestExplainPhoto::initTestCase()
{
    m_manifest = readJsonObject(fixture("manifest.json"));
    QVERIFY2(!m_manifest.isEmpty(), "run the fixtures_cam test first (tools/make_cam_fixtures.py)");
    ModelRequest req;
    req.model = "b0";
    req.weightsPath = fixture("b0.pth").toStdString();
    m_b0 = loadModel(req, {});
}

void TestExplainPhoto::matchesTheOracle_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray faith = m_manifest["faithfulness"].toArray();
    for (int i = 0; i < faith.size(); ++i)
        QTest::newRow(qPrintable(faith[i].toObject()["photo"].toString())) << i;
}

void TestExplainPhoto::matchesTheOracle()
{
    // B0 Grad-CAM on the head for the oracle's class, with its number of deletion steps
    QFETCH(int, index);
    const QJsonObject f = m_manifest["faithfulness"].toArray()[index].toObject();
    const DecodedImage photo = decodeImageFile(testEnvPath("EFFSCOPE_TESTDATA_DIR", "/").toStdString()
                                               + f["photo"].toString().toStdString());
    ExplainOptions o;
    o.cam.method = CamMethod::GradCam;
    o.cam.targetClass = f["class"].toInt();
    o.topk = 5;
    o.faithfulness.steps = f["steps"].toInt();
    const PhotoExplanation e = explainPhoto(*m_b0, photo, o);

    // the photo became the oracle's input (torchvision's resize 256 bicubic + centre crop 224)
    NpyArray input = npy(f["input"].toString());
    const at::Tensor x = photoInput(*m_b0, photo);
    const at::Tensor expected = at::from_blob(input.data.data(), input.shape, at::kFloat);
    QVERIFY2((x - expected).abs().max().item<double>() < 1e-4, "the preprocessed photo differs from torchvision's");

    QCOMPARE(e.layer, std::string("features.8"));
    QCOMPARE(e.targetClass, f["class"].toInt());
    QCOMPARE(e.inputSize, 224);
    QCOMPARE(int(e.top.size()), 5);
    QVERIFY(e.classifyMs > 0 && e.camMs > 0);
    // the raw map against pytorch-grad-cam's, and the heat over the input against the library's
    // upsampled map
    int matched = 0;
    for (const QJsonValue &cv : m_manifest["cases"].toArray()) {
        const QJsonObject c = cv.toObject();
        if (c["model"] == "b0" && c["photo"] == f["photo"] && c["layer"] == "features.8" && c["method"] == "gradcam"
            && !c["aug_smooth"].toBool() && !c["eigen_smooth"].toBool() && c["class"] == f["class"]) {
            ++matched;
            const NpyArray map = npy(c["map"].toString());
            QCOMPARE((std::vector<int64_t>{e.mapHeight, e.mapWidth}), map.shape);
            const double r = pearson(e.map, map.data);
            QVERIFY2(r >= 0.999, qPrintable(QString("Pearson %1").arg(r)));
        }
    }
    QCOMPARE(matched, 1);
    const NpyArray heat = npy(f["heat"].toString());
    QCOMPARE(heat.data.size(), e.heat.size());
    float worst = 0;
    for (size_t i = 0; i < heat.data.size(); ++i)
        worst = std::max(worst, std::abs(heat.data[i] - e.heat[i]));
    QVERIFY2(worst < 2e-3, qPrintable(QString("heat differs by %1").arg(worst)));
    // faithfulness as the oracle computed it on the library's heat
    QVERIFY(e.hasMetrics);
    QVERIFY(std::abs(e.metrics.probability - f["probability"].toDouble()) < 1e-3);
    QVERIFY(std::abs(e.metrics.deletionAuc - f["deletion_auc"].toDouble()) < 2e-3);
    QVERIFY(std::abs(e.metrics.insertionAuc - f["insertion_auc"].toDouble()) < 2e-3);
    QCOMPARE(int(e.metrics.fractions.size()), f["fractions"].toArray().size());
}

void TestExplainPhoto::laidBackOnThePhoto()
{
    // a 512 x 512 photo through B0's recipe: resized to 256, the centre 224 cut out, so the crop
    // covers the photo's 448 x 448 centre from (32, 32); outside it the map is 0
    const DecodedImage photo = decodeImageFile(testEnvPath("EFFSCOPE_TESTDATA_DIR", "/baboon.jpg").toStdString());
    QCOMPARE(photo.rgb.cols, 512);
    ExplainOptions o;
    o.metrics = false;
    const PhotoExplanation e = explainPhoto(*m_b0, photo, o);
    QVERIFY(!e.hasMetrics);
    QCOMPARE(e.geometry.resizedWidth, 256);
    QCOMPARE(e.geometry.left, 16);
    const HeatOnImage on = heatOnPhoto(e);
    QCOMPARE(on.heat.cols, 512);
    QCOMPARE(on.heat.rows, 512);
    QCOMPARE(on.covered, cv::Rect(32, 32, 448, 448));
    double lo = 0, hi = 0;
    cv::minMaxLoc(on.heat, &lo, &hi);
    QVERIFY(lo >= 0.0 && hi > 0.98 && hi <= 1.0);
    for (const cv::Point p : {cv::Point(10, 10), cv::Point(500, 256), cv::Point(256, 20)})
        QCOMPARE(on.heat.at<float>(p), 0.0f);
    // the hottest pixel on the photo is where the hottest input pixel lands (scale 2, offset 32)
    const auto top = std::max_element(e.heat.begin(), e.heat.end()) - e.heat.begin();
    const cv::Point input(int(top % 224), int(top / 224));
    QVERIFY(on.heat.at<float>(32 + 2 * input.y, 32 + 2 * input.x) > 0.97f);
    // a heat of the wrong size is refused, not read past its end
    try {
        heatOnPhoto(std::vector<float>(10), 224, e.geometry, 512, 512);
        QFAIL("accepted 10 values as 224 x 224");
    } catch (const std::exception &) {
    }
}

void TestExplainPhoto::progressAndCancel()
{
    const DecodedImage photo = decodeImageFile(testEnvPath("EFFSCOPE_TESTDATA_DIR", "/orange.jpg").toStdString());
    std::vector<double> seen;
    ExplainOptions o;
    o.faithfulness.steps = 8;
    explainPhoto(*m_b0, photo, o, [&](double f) {
        seen.push_back(f);
        return true;
    });
    QVERIFY(seen.size() > 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
    // Score-CAM stopped at its first report: Cancelled, nothing returned
    o.cam.method = CamMethod::ScoreCam;
    try {
        explainPhoto(*m_b0, photo, o, [](double) { return false; });
        QFAIL("not cancelled");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Cancelled);
    }
}

QTEST_GUILESS_MAIN(TestExplainPhoto)
#include "test_explain_photo.moc"
