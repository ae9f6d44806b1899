// SPDX-License-Identifier: MIT
// The machine's measured limits: the FMA loop picks the widest unit /proc/cpuinfo lists, beats
// the plain loop by the vector width it claims, and stays under the ceiling that width, two FMA
// ports and a 6 GHz clock allow (a wrong flop count lands far outside); the triad's bandwidth is
// in a physical range, and so is the int8 multiply-add loop's; effscope-cli peak reports the same
// unit and oneDNN's instruction set.
#include "common/error.h"
#include "infer/machine_peak.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QtTest>

using namespace effscope::core;

namespace {

QStringList cpuFlags()
{
    QFile f("/proc/cpuinfo");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("flags"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1)).split(' ', Qt::SkipEmptyParts);
    return {};
}

// what the flags say the widest FMA unit is, by the names measureMachinePeak uses
QString expectedIsa(const QStringList &flags)
{
    if (flags.contains("avx512f"))
        return "avx512f";
    if (flags.contains("avx2") && flags.contains("fma"))
        return "avx2+fma";
    return "scalar";
}

int lanesOf(const QString &isa)
{
    return isa == "avx512f" ? 16 : isa == "avx2+fma" ? 8 : 1;
}

} // namespace

class TestMachinePeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("EFFSCOPE_MAX_CPU_ISA"); // expectations below come from /proc/cpuinfo alone
    }

    void widestUnit()
    {
        const QStringList flags = cpuFlags();
        QVERIFY2(!flags.isEmpty(), "no flags line in /proc/cpuinfo");
        QCOMPARE(QString::fromStdString(widestFmaIsa()), expectedIsa(flags));
        if (!flags.contains("avx512f")) {
            try {
                fmaLoopGflops("avx512f");
                QFAIL("an AVX-512 loop ran on a CPU without AVX-512");
            } catch (const Error &e) {
                QVERIFY(QString(e.what()).contains("no AVX-512"));
            }
        }
        try {
            fmaLoopGflops("neon");
            QFAIL("an unknown loop was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.category(), ErrorCategory::InvalidInput);
        }
    }

    void vectorLoopAgainstPlainLoop()
    {
        const QString isa = QString::fromStdString(widestFmaIsa());
        if (isa == "scalar")
            QSKIP("no vector FMA on this CPU");
        const double vector = fmaLoopGflops(isa.toStdString());
        const double plain = fmaLoopGflops("scalar");
        qInfo("%s loop %.1f GFLOP/s, plain loop %.1f GFLOP/s on one thread", qPrintable(isa), vector, plain);
        // the plain loop is SSE2 mul + add at best (4 lanes, no FMA): the vector unit does at
        // least twice its work per cycle
        QVERIFY2(vector > 2.0 * plain, qPrintable(QString("%1 against %2").arg(vector).arg(plain)));
        // lanes x 2 flops x 2 FMA ports x 6 GHz: no core does more
        const double ceiling = lanesOf(isa) * 2.0 * 2.0 * 6.0;
        QVERIFY2(vector < ceiling, qPrintable(QString("%1 GFLOP/s above the ceiling %2").arg(vector).arg(ceiling)));
    }

    void wholeMachine()
    {
        const MachinePeak p = measureMachinePeak(2);
        QCOMPARE(p.threads, 2);
        QCOMPARE(p.isa, widestFmaIsa());
        const double ceiling = lanesOf(QString::fromStdString(p.isa)) * 2.0 * 2.0 * 6.0;
        QVERIFY(p.gflopsPerThread > 0.0 && p.gflopsPerThread < ceiling);
        QVERIFY(p.gflops > 0.0 && p.gflops < 2 * ceiling);
        // DRAM from one DDR3 channel to many HBM stacks
        QVERIFY2(p.bandwidthGBs > 0.5 && p.bandwidthGBs < 5000.0, qPrintable(QString::number(p.bandwidthGBs)));

        // the int8 loop: the path the flags allow, under its own ceiling (products per
        // instruction x 2 ops x 2 ports x 6 GHz x threads)
        const QStringList flags = cpuFlags();
        const QString int8 = flags.contains("avx512f") && flags.contains("avx512_vnni") ? "avx512-vnni"
                             : flags.contains("avx2")                                   ? "avx2"
                                                                                        : "";
        QCOMPARE(QString::fromStdString(p.int8Isa), int8);
        if (int8.isEmpty()) {
            QCOMPARE(p.int8Gops, 0.0);
        } else {
            const double products = int8 == "avx512-vnni" ? 64 : 16;
            qInfo("int8 loop (%s) %.1f GOP/s, FMA loop %.1f GFLOP/s", qPrintable(int8), p.int8Gops, p.gflops);
            QVERIFY2(p.int8Gops > 0.0 && p.int8Gops < products * 2.0 * 2.0 * 6.0 * 2,
                     qPrintable(QString::number(p.int8Gops)));
            // vpdpbusd multiplies four times the lanes of an fp32 FMA: even at half its rate it
            // does more work than the FMA loop
            if (int8 == "avx512-vnni")
                QVERIFY2(p.int8Gops > p.gflops, qPrintable(QString("%1 against %2").arg(p.int8Gops).arg(p.gflops)));
        }
    }

    // EFFSCOPE_MAX_CPU_ISA=avx2 makes an AVX-512 machine measure its AVX2 units (benchmarks of
    // AVX2 machines), and scalar leaves no vector loop at all
    void cappedIsa()
    {
        const QStringList flags = cpuFlags();
        if (!flags.contains("avx2") || !flags.contains("fma"))
            QSKIP("no AVX2 with FMA on this CPU");
        qputenv("EFFSCOPE_MAX_CPU_ISA", "avx2");
        const MachinePeak avx2 = measureMachinePeak(1);
        qputenv("EFFSCOPE_MAX_CPU_ISA", "scalar");
        const std::string scalar = widestFmaIsa();
        const MachinePeak none = measureMachinePeak(1);
        qunsetenv("EFFSCOPE_MAX_CPU_ISA");
        QCOMPARE(QString::fromStdString(avx2.isa), QString("avx2+fma"));
        QCOMPARE(QString::fromStdString(avx2.int8Isa), QString("avx2"));
        QVERIFY(avx2.int8Gops > 0.0 && avx2.int8Gops < 16 * 2.0 * 2.0 * 6.0);
        QCOMPARE(QString::fromStdString(scalar), QString("scalar"));
        QCOMPARE(QString::fromStdString(none.int8Isa), QString());
        QCOMPARE(none.int8Gops, 0.0);
    }

    void cliPeak()
    {
        QProcess cli;
        cli.start(qEnvironmentVariable("EFFSCOPE_CLI"), {"peak", "--threads", "1", "--json"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o["isa"].toString(), expectedIsa(cpuFlags()));
        QCOMPARE(o["threads"].toInt(), 1);
        QVERIFY(o["gflops"].toDouble() > 0.0);
        QVERIFY(o["bandwidth_gbs"].toDouble() > 0.5);
        const QString dnnl = o["dnnl_isa"].toString();
#ifdef EFFSCOPE_HAVE_DNNL
        // oneDNN cannot use more than the CPU has
        if (expectedIsa(cpuFlags()) == "avx2+fma")
            QVERIFY2(dnnl.startsWith("avx2"), qPrintable(dnnl));
        if (expectedIsa(cpuFlags()) == "avx512f")
            QVERIFY2(dnnl.startsWith("avx512"), qPrintable(dnnl));
#else
        QCOMPARE(dnnl, QString());
#endif
    }
};

QTEST_MAIN(TestMachinePeak)
#include "test_machine_peak.moc"
