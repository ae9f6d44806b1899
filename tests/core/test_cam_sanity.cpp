// SPDX-License-Identifier: MIT
// Heatmaps from the real ImageNet-trained Lite0 land on the object: for photos with hand-drawn
// object boxes (tests/data/cam_boxes.json), more than half of the hottest 10% of the photo's
// pixels (those the model saw) lie inside the box, for at least 4 photos. The heat map is the
// one the CLI and app show: scaled to the crop and laid back on the original photo.
#include "common/paths.h"
#include "explain/cam.h"
#include "infer/engine.h"
#include "vision/heatmap.h"
#include "vision/image.h"
#include "weights/registry.h"

#include "test_env.h"

#include <ATen/ATen.h>

#include <QJsonArray>
#include <QtTest/QtTest>

#include <algorithm>

using namespace effscope::core;

class TestCamSanity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heatOnObject_data();
    void heatOnObject();
    void cleanupTestCase();

private:
    ModelHandle m_model;
    int m_passed = 0;
    int m_photos = 0;
};

void TestCamSanity::initTestCase()
{
    ModelRequest req;
    req.model = "lite0";
    req.allowUntrained = false;
    m_model = loadModel(req, loadRegistry(resourcePath("weights.json")));
    QVERIFY(m_model.pretrained);
}

void TestCamSanity::heatOnObject_data()
{
    QTest::addColumn<QJsonObject>("photo");
    QTest::addColumn<QString>("method");
    const QJsonObject boxes = readJsonObject(testEnvPath("EFFSCOPE_TEST_DATA", "/cam_boxes.json"));
    for (const QJsonValue &v : boxes["photos"].toArray())
        for (const char *m : {"gradcam", "cam"})
            QTest::newRow(qPrintable(v["file"].toString() + " " + m)) << v.toObject() << QString(m);
}

void TestCamSanity::heatOnObject()
{
    QFETCH(QJsonObject, photo);
    QFETCH(QString, method);
    const DecodedImage img = decodeImageFile(testEnvPath("EFFSCOPE_TESTDATA_DIR", "/").toStdString()
                                             + photo["file"].toString().toStdString());
    const int crop = m_model.preprocess.cropSize;
    const at::Tensor x = inputTensor(preprocessImage(img.rgb, m_model.preprocess), crop);
    CamOptions o;
    o.method = parseCamMethod(method.toStdString());
    o.targetClass = photo["class"].toInt();
    const CamResult r = computeCam(m_model, x, o);
    const at::Tensor heat = scaleCam(r.map, crop, crop);
    const HeatOnImage on = heatToImage(heat.data_ptr<float>(), crop, cropGeometry(img.rgb.cols, img.rgb.rows,
                                                                                   m_model.preprocess),
                                       img.rgb.cols, img.rgb.rows);
    // the hottest 10% of the pixels the model saw
    const cv::Mat seen = on.heat(on.covered).clone();
    std::vector<float> values(seen.begin<float>(), seen.end<float>());
    std::nth_element(values.begin(), values.begin() + values.size() * 9 / 10, values.end());
    const float threshold = values[values.size() * 9 / 10];
    const QJsonArray b = photo["box"].toArray();
    const cv::Rect box(b[0].toInt(), b[1].toInt(), b[2].toInt() - b[0].toInt(), b[3].toInt() - b[1].toInt());
    int hot = 0, inside = 0;
    for (int y = on.covered.y; y < on.covered.br().y; ++y)
        for (int xx = on.covered.x; xx < on.covered.br().x; ++xx)
            if (on.heat.at<float>(y, xx) >= threshold) {
                ++hot;
                inside += box.contains(cv::Point(xx, y));
            }
    const double share = double(inside) / std::max(1, hot);
    // how much of what the model saw the box covers: the chance level of this measure
    const double boxShare = double((box & on.covered).area()) / on.covered.area();
    qInfo("%s %s (class %d, p = %.2f): %.0f%% of the hottest 10%% inside the box (box covers %.0f%% of the crop)",
          qPrintable(photo["file"].toString()), qPrintable(method), r.targetClass, r.targetProbability, 100 * share,
          100 * boxShare);
    if (method == "gradcam") {
        ++m_photos;
        m_passed += share > 0.5;
    }
    QVERIFY(share > boxShare * 0.8 || share > 0.5); // never clearly below chance, for either method
}

void TestCamSanity::cleanupTestCase()
{
    QVERIFY2(m_photos >= 4 && m_passed >= 4,
             qPrintable(QString("Grad-CAM on the object for %1 of %2 photos").arg(m_passed).arg(m_photos)));
}

QTEST_GUILESS_MAIN(TestCamSanity)
#include "test_cam_sanity.moc"
