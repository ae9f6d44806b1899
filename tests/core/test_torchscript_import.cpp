// SPDX-License-Identifier: MIT
// Trusted TorchScript import against its oracle: torchvision's B0 scripted and saved by Python
// (tools/make_torchscript_fixture.py). The archive's parameters and buffers, written as
// safetensors, load into effscope's B0 and give the logits the scripted module computed.
// Files that are not TorchScript are refused with a clear message, and nothing is written.
#include "test_env.h"
#include "common/error.h"
#include "common/npy.h"
#include "infer/engine.h"
#include "infer/torchscript_import.h"
#include "weights/state_dict.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <QtTest/QtTest>

using namespace effscope;

namespace {
const QString kDir = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/torchscript/");
}

class TestTorchScriptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importedWeightsReproduceTheScriptedModel();
    void refusesOtherFiles();
};

void TestTorchScriptImport::importedWeightsReproduceTheScriptedModel()
{
    QTemporaryDir tmp;
    const std::string out = tmp.filePath("b0.safetensors").toStdString();
    const size_t n = core::torchScriptToSafetensors((kDir + "b0_scripted.pt").toStdString(), out);
    // torchvision B0: 5,288,548 parameters in 213 tensors (weights and biases), 147 BN buffers
    // (running mean, var, num_batches_tracked for each of 49 BNs)
    QCOMPARE(n, size_t(213 + 147));
    const core::StateDict dict = core::readStateDict(out);
    QCOMPARE(dict.format, std::string("safetensors"));
    QVERIFY(dict.find("features.0.0.weight"));
    QVERIFY(dict.find("features.1.0.block.0.1.running_var"));

    core::ModelRequest req;
    req.model = "b0";
    req.weightsPath = out;
    for (bool fast : {true, false}) {
        req.fastPath = fast;
        core::ModelHandle h = core::loadModel(req, {});
        QVERIFY(h.pretrained);
        const core::NpyArray x = core::readNpy((kDir + "input.npy").toStdString());
        const core::NpyArray y = core::readNpy((kDir + "logits.npy").toStdString());
        const at::Tensor input = at::from_blob(const_cast<float *>(x.data.data()), {1, 3, 224, 224}).clone();
        const at::Tensor expected = at::from_blob(const_cast<float *>(y.data.data()), {1, 1000}).clone();
        c10::InferenceMode guard;
        const at::Tensor logits = h.forward(input);
        const double err = (logits - expected).abs().max().item<double>();
        const double std = expected.std().item<double>();
        QVERIFY2(err <= 1e-4 * std + 1e-5, qPrintable(QString("fast %1: max error %2, logit std %3").arg(fast).arg(err).arg(std)));
    }
}

void TestTorchScriptImport::refusesOtherFiles()
{
    QTemporaryDir tmp;
    const std::string out = tmp.filePath("x.safetensors").toStdString();
    QFile text(tmp.filePath("notes.pt"));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a model") > 0);
    text.close();
    try {
        core::torchScriptToSafetensors(text.fileName().toStdString(), out);
        QFAIL("a text file was accepted");
    } catch (const core::Error &e) {
        QCOMPARE(e.category(), core::ErrorCategory::UnsupportedFormat);
        QVERIFY2(QString(e.what()).contains("not a TorchScript archive"), e.what());
    }
    QVERIFY(!QFile::exists(QString::fromStdString(out)));
    // a torch.save state_dict is a zip too, but holds no code: the ordinary import takes it
    const QString lite0 = QDir::homePath() + "/.cache/effscope/weights/efficientnet-lite0-57934424.pth";
    try {
        core::torchScriptToSafetensors(lite0.toStdString(), out);
        QFAIL("a state_dict was taken for TorchScript");
    } catch (const core::Error &e) {
        QVERIFY2(QString(e.what()).contains("not a TorchScript archive"), e.what());
    }
    QVERIFY(!QFile::exists(QString::fromStdString(out)));
    // and the ordinary reader refuses TorchScript, pointing at the trusted import
    try {
        core::readStateDict((kDir + "b0_scripted.pt").toStdString());
        QFAIL("TorchScript read as a state_dict");
    } catch (const core::Error &e) {
        QVERIFY2(QString(e.what()).contains("trusted"), e.what());
    }
}

QTEST_MAIN(TestTorchScriptImport)
#include "test_torchscript_import.moc"
