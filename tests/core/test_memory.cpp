// SPDX-License-Identifier: MIT
// The memory estimate and the refusal before allocation: the estimate's parts against the
// published parameter count, its growth against the peak RSS of real runs (effscope-cli bench
// at two batch sizes, the eager module and the fused plan: the estimate must cover what the
// extra samples took, without more than doubling it), and the refusal that names a batch which
// then runs.
#include "arch/memory.h"
#include "arch/presets.h"
#include "common/error.h"
#include "test_env.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QtTest>

#include <sys/resource.h>

using namespace effscope::core;

namespace {

// limit: gigabytes, "2G": the kernel refuses the CLI's heap and private mappings beyond that
// (RLIMIT_DATA, ulimit -d), which the CLI reads as what it has; an allocation made before the
// refusal ends the process instead of passing unseen.
QJsonObject bench(const QStringList &args, const QString &limit = {}, int *exitCode = nullptr, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!limit.isEmpty()) {
        const rlim_t bytes = rlim_t(limit.chopped(1).toDouble() * (1 << 30)); // the number before the G
        p.setChildProcessModifier([bytes] {
            const rlimit data{bytes, bytes};
            setrlimit(RLIMIT_DATA, &data);
        });
    }
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("EFFSCOPE_CLI"), QStringList{"bench", "--iters", "1", "--warmup", "0", "--json"} + args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitCode();
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parts();
    void fitting();
    void againstRealRuns_data();
    void againstRealRuns();
    void refusalNamesWhatRuns();
};

void TestMemory::parts()
{
    const ResolvedModel b0 = resolve(preset("b0"));
    MemoryPlan plan;
    const MemoryEstimate e = estimateMemory(b0, plan);
    QCOMPARE(e.weightBytes, 5288548ll * 4); // torchvision's parameter count, fp32
    QVERIFY(e.activationBytes > 0 && e.workspaceBytes > 0);
    // linear in the batch; half the bytes in bf16; gradients keep far more; eager more than fused
    plan.batch = 8;
    QCOMPARE(estimateMemory(b0, plan).activationBytes, 8 * e.activationBytes);
    plan.bytesPerValue = 2;
    QCOMPARE(estimateMemory(b0, plan).activationBytes, 4 * e.activationBytes);
    MemoryPlan grad;
    grad.workload = Workload::Gradients;
    QVERIFY(estimateMemory(b0, grad).activationBytes > 5 * e.activationBytes);
    MemoryPlan eager;
    eager.fused = false;
    QVERIFY(estimateMemory(b0, eager).activationBytes > 2 * e.activationBytes);
    QCOMPARE(QString::fromStdString(formatBytes(3 * (int64_t(1) << 30) / 2)), QString("1.5 GB"));
    QCOMPARE(QString::fromStdString(formatBytes(340ll << 20)), QString("340 MB"));
}

void TestMemory::fitting()
{
    const ResolvedModel b7 = resolve(preset("b7"));
    MemoryPlan plan;
    plan.height = plan.width = 600;
    plan.batch = 256;
    const int64_t available = int64_t(8) << 30;
    const int fits = largestFittingBatch(b7, plan, available);
    QVERIFY(fits > 1 && fits < 256);
    MemoryPlan at = plan;
    at.batch = fits;
    QVERIFY(estimateMemory(b7, at).total() <= available);
    at.batch = fits + 1;
    QVERIFY(estimateMemory(b7, at).total() > available);
    try {
        requireFits(b7, plan, available, "cuda:0");
        QFAIL("B7 at batch 256 fit in 8 GB");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::ResourceLimit);
        const QString m = QString::fromStdString(e.what());
        QVERIFY2(m.contains("b7 at 600x600 px, batch 256") && m.contains("cuda:0 has 8.0 GB available")
                     && m.contains(QString("batch %1 would fit").arg(fits)),
                 qPrintable(m));
    }
    requireFits(b7, at = plan, int64_t(1) << 50, "cpu"); // plenty: no refusal
    // not even one sample: the largest resolution that fits at batch 1
    plan.batch = 1;
    const int64_t small = 350ll << 20; // the weights (265 MB) and little else
    const int r = largestFittingResolution(b7, plan, small);
    QVERIFY2(r >= 32 && r < 600 && r % 8 == 0, qPrintable(QString::number(r)));
    at = plan;
    at.height = at.width = r;
    QVERIFY(estimateMemory(b7, at).total() <= small);
    at.height = at.width = r + 8;
    QVERIFY(estimateMemory(b7, at).total() > small);
}

void TestMemory::againstRealRuns_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("eager module") << "reference";
    QTest::newRow("fused plan") << "fast";
}

void TestMemory::againstRealRuns()
{
    // what 8 more samples of B4 at 380 px took (peak RSS, batch 9 against batch 1) against what
    // the estimate says they take
    QFETCH(QString, engine);
    const QJsonObject one = bench({"--model", "b4", "--engine", engine, "--batch", "1"});
    const QJsonObject nine = bench({"--model", "b4", "--engine", engine, "--batch", "9"});
    QVERIFY2(!one.isEmpty() && !nine.isEmpty(), "effscope-cli bench failed");
    const double measured = (nine["peak_rss_mb"].toDouble() - one["peak_rss_mb"].toDouble()) * 1048576.0;
    const double estimated = nine["estimated_activation_bytes"].toDouble() - one["estimated_activation_bytes"].toDouble();
    QVERIFY(measured > 0);
    const double ratio = estimated / measured;
    qInfo("%s: 8 more samples took %.0f MB, estimated %.0f MB (x%.2f)", qPrintable(engine), measured / 1048576.0,
          estimated / 1048576.0, ratio);
    QVERIFY2(ratio >= 0.95 && ratio <= 2.0, qPrintable(QString("estimate / measured = %1").arg(ratio)));
}

void TestMemory::refusalNamesWhatRuns()
{
    if (kAddressSanitizer)
        QSKIP("an AddressSanitizer build maps terabytes of shadow memory: it cannot start under a data limit");
    // the issue's case: B7 at 4000 px, batch 8 under 6 GB ended in LibTorch's stack trace (the
    // first run at that shape came before the check); refused now, at once, naming batch 1 (or,
    // where the process holds more than here, the resolution that fits at batch 1)
    {
        int code = 0;
        QString err;
        bench({"--model", "b7", "--resolution", "4000", "--batch", "8"}, "6G", &code, &err);
        QCOMPARE(code, 3); // a resource limit
        QVERIFY2(err.startsWith("error: b7 at 4000x4000 px, batch 8 needs about")
                     && (err.contains("batch 1 would fit") || err.contains(QRegularExpression("\\d+ px at batch 1 would fit")))
                     && !err.contains("frame #"),
                 qPrintable(err));
    }
    // B7 at 1200 px, batch 8 under a 2 GB budget: refused before anything runs, naming a batch;
    // that batch then runs under the same budget
    int code = 0;
    QString err;
    bench({"--model", "b7", "--resolution", "1200", "--batch", "8"}, "2G", &code, &err);
    QCOMPARE(code, 3);
    const QRegularExpressionMatch m = QRegularExpression("batch (\\d+) would fit").match(err);
    // what the limit leaves once the CLI, LibTorch and B7 are in memory
    QVERIFY2(m.hasMatch() && err.contains("needs about") && err.contains(QRegularExpression("cpu has (1\\.[0-9] GB|[0-9]{3} MB) available")),
             qPrintable(err));
    const int fits = m.captured(1).toInt();
    QVERIFY(fits >= 1 && fits < 8);
    const QJsonObject ran = bench({"--model", "b7", "--resolution", "1200", "--batch", QString::number(fits)}, "2G", &code, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(ran["batch"].toInt(), fits);
    QVERIFY(ran["estimated_bytes"].toDouble() <= 2.0 * (1 << 30));
}

QTEST_GUILESS_MAIN(TestMemory)
#include "test_memory.moc"
