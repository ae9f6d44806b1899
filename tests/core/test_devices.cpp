// SPDX-License-Identifier: MIT
// Devices: the CPU with its name and memory (held to what the kernel reports through another
// interface, sysconf), device ids and their refusals, and a model refused on a device that is not
// there. CUDA devices are checked where the build and the machine have one (the CUDA build on a
// GPU machine; tools/gpu-check.sh runs the suite there).
#include "common/error.h"
#include "infer/devices.h"
#include "infer/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QtTest>

#include <unistd.h>

using namespace effscope::core;

namespace {

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.category() == ErrorCategory::InvalidInput ? QString::fromStdString(e.what()) : QString("wrong category");
    }
    return QString("accepted");
}

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cpuFirst();
    void ids();
    void modelOnAMissingDevice();
    void cudaDevices();
    void cli();
};

void TestDevices::cpuFirst()
{
    const std::vector<DeviceInfo> devices = listDevices();
    QVERIFY(!devices.empty());
    const DeviceInfo &cpu = devices.front();
    QCOMPARE(cpu.id, std::string("cpu"));
    QVERIFY(!cpu.name.empty());
    QVERIFY(cpu.capability.empty() && !cpu.fp16);
    // the machine's RAM as sysconf counts it (a cgroup limit may only make it smaller)
    const double ram = double(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGESIZE);
    QVERIFY2(cpu.totalBytes > 0 && cpu.totalBytes <= ram * 1.01, qPrintable(QString("%1 vs %2").arg(cpu.totalBytes).arg(ram)));
    QVERIFY(cpu.availableBytes > 0 && cpu.availableBytes <= cpu.totalBytes);
    QCOMPARE(deviceInfo("cpu").id, std::string("cpu"));
    QCOMPARE(int(devices.size()), 1 + cudaDeviceCount());
}

void TestDevices::ids()
{
    QCOMPARE(canonicalDevice("cpu"), std::string("cpu"));
    QVERIFY(torchDevice("cpu").is_cpu());
    QVERIFY(isCuda("cuda:1") && isCuda("cuda") && !isCuda("cpu"));
    const QString gpu = refusal([] { canonicalDevice("gpu"); });
    QVERIFY2(gpu.contains("unknown device 'gpu'") && gpu.contains("this machine has: cpu"), qPrintable(gpu));
    QVERIFY(refusal([] { canonicalDevice("cuda:x"); }).contains("unknown device"));
    QVERIFY(refusal([] { canonicalDevice("cuda:99"); }).contains("cuda:99"));
    if (cudaDeviceCount() == 0) {
        const QString cuda = refusal([] { canonicalDevice("cuda"); });
        QVERIFY2(cuda.contains("sees no CUDA device"), qPrintable(cuda));
    } else {
        QCOMPARE(canonicalDevice("cuda"), std::string("cuda:0"));
        QVERIFY(torchDevice("cuda").is_cuda());
    }
}

void TestDevices::modelOnAMissingDevice()
{
    // refused before anything is built, naming the devices there are
    ModelRequest req;
    req.model = "b0";
    req.pretrained = false;
    req.device = "cuda:" + std::to_string(cudaDeviceCount());
    const QString r = refusal([&] { loadModel(req, {}); });
    QVERIFY2(r.contains(QString::fromStdString(req.device)) && r.contains("cpu"), qPrintable(r));
    req.device = "cpu";
    req.precision = "fp16";
    QVERIFY(refusal([&] { loadModel(req, {}); }).contains("fp16 convolutions need CUDA"));
}

void TestDevices::cudaDevices()
{
    if (cudaDeviceCount() == 0)
        QSKIP("no CUDA device in this build or on this machine (Debian's LibTorch is CPU-only)");
    for (int i = 0; i < cudaDeviceCount(); ++i) {
        const DeviceInfo d = cudaDeviceInfo(i);
        QCOMPARE(d.id, "cuda:" + std::to_string(i));
        QVERIFY(!d.name.empty() && !d.capability.empty());
        QVERIFY(d.totalBytes > (int64_t(1) << 30));
        QVERIFY(d.availableBytes > 0 && d.availableBytes <= d.totalBytes);
    }
}

void TestDevices::cli()
{
    // effscope-cli devices --json: the same list, for scripts
    QProcess p;
    p.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"devices", "--json"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray devices = o["devices"].toArray();
    QCOMPARE(devices.size(), 1 + cudaDeviceCount());
    QCOMPARE(devices[0].toObject()["id"].toString(), QString("cpu"));
    QCOMPARE(devices[0].toObject()["name"].toString(), QString::fromStdString(listDevices().front().name));
    QVERIFY(devices[0].toObject()["total_bytes"].toDouble() > 0);
    QVERIFY(!o["libtorch"].toString().isEmpty());
    // a bad --device names the devices there are
    p.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"bench", "--model", "b0", "--device", "gpu", "--iters", "1"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString(p.readAllStandardError()).contains("unknown device 'gpu'"));
}

QTEST_GUILESS_MAIN(TestDevices)
#include "test_devices.moc"
