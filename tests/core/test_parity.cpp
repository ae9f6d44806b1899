// SPDX-License-Identifier: MIT
// Logit parity with the reference implementations (torchvision 0.14 B0..B7, lukemelas 0.7.1
// TF-SAME B0/B4) on seeded random weights with non-degenerate logits, written by
// tools/make_parity_fixtures.py in torch zip, legacy and safetensors/timm layouts.
// Tolerance: max |ours - reference| <= 1e-4 x the reference logits' standard deviation.
#include "test_env.h"
#include "tensor_fixtures.h"
#include "arch/presets.h"
#include "nn/efficientnet.h"
#include "weights/load_weights.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QtTest/QtTest>

using namespace effscope::core;

namespace {

const QString kDir = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/parity/");

at::Tensor readBin(const QString &file, const std::vector<int64_t> &shape)
{
    return readFloatBin(kDir + file, shape);
}

QJsonObject manifest()
{
    return readJsonObject(kDir + "manifest.json");
}

} // namespace

class TestParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        at::set_num_threads(2);
        QVERIFY2(!manifest().isEmpty(), "no parity fixtures: the fixtures_parity test generates them");
    }
    void logits_data();
    void logits();
};

void TestParity::logits_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &v : manifest()["cases"].toArray()) {
        // under a sanitizer one network per key layout (tests/test_env.h)
        const QString name = v["name"].toString();
        if (sanitizerSample() && name != "b0" && name != "lukemelas-b0")
            continue;
        QTest::newRow(qPrintable(name)) << v.toObject();
    }
}

void TestParity::logits()
{
    QFETCH(QJsonObject, entry);
    ModelConfig config = preset(entry["preset"].toString().toStdString());
    const QJsonObject variant = entry["variant"].toObject();
    if (variant["padding"].toString() == "tf-same")
        config.variant.padding = Padding::TfSame;
    if (variant.contains("bn_eps"))
        config.variant.bnEps = variant["bn_eps"].toDouble();
    EfficientNet net(resolve(config));
    const StateDict dict = readStateDict((kDir + entry["weights"].toString()).toStdString());
    const LoadReport report = loadWeights(*net, dict);
    if (entry.contains("key_scheme"))
        QCOMPARE(QString(keySchemeName(report.scheme)), entry["key_scheme"].toString());

    c10::InferenceMode guard;
    for (const QJsonValue &c : entry["inputs"].toArray()) {
        std::vector<int64_t> shape;
        for (const QJsonValue &s : c["shape"].toArray())
            shape.push_back(s.toInteger());
        const at::Tensor x = readBin(c["input"].toString(), shape);
        const at::Tensor expected = readBin(c["logits"].toString(), {shape[0], 1000});
        const at::Tensor y = net->forward(x);
        const double std = c["logit_std"].toDouble();
        QVERIFY2(std > 0.3, "fixture logits are degenerate");
        const double maxDiff = (y - expected).abs().max().item<double>();
        const double rel = maxDiff / std;
        qInfo("%s %s [%lld,3,%lld,%lld] (%s): max |diff| %.3g, logit std %.3f, relative %.3g",
              qPrintable(entry["name"].toString()), dict.format.c_str(), (long long)shape[0],
              (long long)shape[2], (long long)shape[3], keySchemeName(report.scheme), maxDiff, std, rel);
        QVERIFY2(rel <= 1e-4, qPrintable(QString("relative difference %1 exceeds 1e-4").arg(rel)));
        QCOMPARE(y.argmax(1).sum().item<int64_t>(), expected.argmax(1).sum().item<int64_t>());
    }
}

QTEST_GUILESS_MAIN(TestParity)
#include "test_parity.moc"
