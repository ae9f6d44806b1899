// SPDX-License-Identifier: MIT
// effscope-cli's command line as a user meets it: --help on every command, every option the help
// shows accepted with a value its hint allows, errors that name the option, each documented exit
// code produced by the case it documents, and the bash completion offering what the parser takes.
#include "cli_test_util.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>
#include <signal.h>

namespace {

const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

// the commands the README documents; a new one is added here on purpose
const QStringList kCommands{"info",    "scale",  "classify", "eval",   "eval-merge",  "train",      "grid",  "probe",
                            "calibrate", "quantize", "bench", "forward", "profile",  "peak",   "memory", "layers",
                            "cam",     "activations", "importance", "study", "devices", "presets"};

struct HelpOption
{
    QString name;
    QString type; ///< empty for a flag
    QString hint; ///< the "(...)" at the end of the description, if any
};

/// The option lines of a command's --help: "  --name TYPE   description (hint)".
QList<HelpOption> optionsIn(const QString &help)
{
    QList<HelpOption> out;
    static const QRegularExpression line(R"(^  (--[a-z0-9-]+)(?: ([A-Z][A-Z/]*))?\s{2,}(.*)$)");
    // the hints the parser writes: "(one of a, b or c)", "(lo..hi)", "(in [lo, hi))"
    static const QRegularExpression hint(R"(\((one of [^()]*|-?\d+\.\.-?\d+|in [\[(][^\[\]()]*[\])])\)$)");
    for (const QString &l : help.split('\n')) {
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch() || m.captured(1) == "--help")
            continue;
        const QRegularExpressionMatch h = hint.match(m.captured(3));
        out.push_back({m.captured(1), m.captured(2), h.hasMatch() ? h.captured(1) : QString()});
    }
    return out;
}

/// A value the option's hint says is allowed: a choice, an integer range's low end, a number
/// inside an interval; free text otherwise.
QString allowedValue(const HelpOption &o)
{
    if (o.hint.startsWith("one of "))
        return o.hint.mid(7).split(QRegularExpression(", | or ")).front();
    const QRegularExpressionMatch ints = QRegularExpression(R"(^(-?\d+)\.\.(-?\d+)$)").match(o.hint);
    if (ints.hasMatch())
        return ints.captured(1);
    const QRegularExpressionMatch real = QRegularExpression(R"(^in [\[(]([-\d.]+), ([-\d.]+|inf)[\])]$)").match(o.hint);
    if (real.hasMatch()) { // the middle of the interval; above an open-ended one's low end
        const double lo = real.captured(1).toDouble();
        return QString::number(real.captured(2) == "inf" ? lo + 1 : (lo + real.captured(2).toDouble()) / 2);
    }
    return "x";
}

/// The commands a loop runs: all of them, or every third under a sanitizer (tools/sanitize.sh),
/// where each effscope-cli start costs seconds; topLevelHelp still checks the whole list.
QStringList sampledCommands()
{
    if (!sanitizerSample())
        return kCommands;
    QStringList some;
    for (int i = 0; i < kCommands.size(); i += 3)
        some << kCommands[i];
    return some;
}

/// A command's --help, asked once.
QString helpOf(const QString &command)
{
    static QMap<QString, QString> cache;
    if (!cache.contains(command)) {
        const CliResult r = runCli({command, "--help"});
        if (r.code != 0 || !r.err.isEmpty())
            return {};
        cache[command] = r.out;
    }
    return cache[command];
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelHelp();
    void helpOnEveryCommand();
    void everyOptionAccepted();
    void errorsNameTheOption_data();
    void errorsNameTheOption();
    void exitCodes();
    void interruptedEvalResumes();
    void bashCompletion();
    void csvMatchesJson();
};

void TestCliUsage::topLevelHelp()
{
    const CliResult r = runCli({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QString help = r.out;
    QStringList listed;
    bool inList = false;
    for (const QString &l : help.split('\n')) {
        if (l == "Subcommands:")
            inList = true;
        else if (inList && l.isEmpty())
            break;
        else if (inList)
            listed << l.simplified().section(' ', 0, 0);
    }
    QCOMPARE(listed, kCommands);
    // the exit codes, each with its meaning
    for (const char *code : {"0  success", "1  bad usage", "2  bad input", "3  a resource limit", "4  interrupted",
                             "5  some inputs failed", "6  any other failure"})
        QVERIFY2(help.contains(code), code);
    const CliResult version = runCli({"--version"});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith("effscope-cli " EFFSCOPE_VERSION "\n"), version.out.constData());
    // no command: the help on stderr, usage
    const CliResult none = runCli({});
    QCOMPARE(none.code, 1);
    QVERIFY(none.out.isEmpty() && none.err.contains("Subcommands:"));
    // --help-all holds every command's help
    const CliResult all = runCli({"--help-all"});
    QCOMPARE(all.code, 0);
    for (const QString &c : kCommands)
        QVERIFY2(all.out.contains("Usage: effscope-cli " + c.toUtf8() + " [OPTIONS]"), qPrintable(c));
}

void TestCliUsage::helpOnEveryCommand()
{
    // the issue's case first: cam --help answered "unknown option --help for 'cam'"
    for (const QString &c : sampledCommands()) {
        const QString help = helpOf(c);
        QVERIFY2(!help.isEmpty(), qPrintable(c + " --help failed"));
        QVERIFY2(help.contains("Usage: effscope-cli " + c + " [OPTIONS]"), qPrintable(help));
        QVERIFY2(help.contains("Options:\n  -h,--help"), qPrintable(help));
        if (c != "presets" && c != "devices" && c != "peak")
            QVERIFY2(optionsIn(help).size() >= 2, qPrintable(c));
        // machine-readable output on every command
        QVERIFY2(help.contains("\n  --json "), qPrintable(c));
    }
    // -h is --help, and wins over what would be an error on the same line
    const CliResult shortFlag = runCli({"cam", "--opacity", "7", "-h"});
    QCOMPARE(shortFlag.code, 0);
    QCOMPARE(QString(shortFlag.out), helpOf("cam"));
    // --csv where a table of rows exists
    for (const char *c : {"info", "scale", "layers", "presets", "devices", "classify", "eval", "eval-merge", "bench",
                          "profile", "memory", "probe", "grid", "study", "importance", "activations", "calibrate"})
        QVERIFY2(helpOf(c).contains("\n  --csv "), c);
}

void TestCliUsage::everyOptionAccepted()
{
    // every option a command's help shows, each with a value its hint allows, then an option no
    // command has: the parser must get through all of them and stop at the last, naming it
    for (const QString &c : sampledCommands()) {
        const QList<HelpOption> options = optionsIn(helpOf(c));
        QStringList args{c};
        for (const HelpOption &o : options) {
            args << o.name;
            if (!o.type.isEmpty())
                args << allowedValue(o);
        }
        args << "--not-an-option";
        const CliResult r = runCli(args);
        QVERIFY2(r.code == 1, qPrintable(c + ": " + args.join(' ') + "\n" + r.err));
        QVERIFY2(r.err.startsWith("error: unknown option --not-an-option for '" + c.toUtf8() + "'"),
                 qPrintable(args.join(' ') + "\n" + r.err));
        // and a value option without its value is named
        for (const HelpOption &o : options) {
            if (o.type.isEmpty())
                continue;
            const CliResult missing = runCli({c, o.name});
            QCOMPARE(missing.code, 1);
            QVERIFY2(missing.err.startsWith("error: option " + o.name.toUtf8() + " needs a value"), missing.err.constData());
            break; // one per command: the rest share the path
        }
    }
}

void TestCliUsage::errorsNameTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString photo = kPhotos + "orange.jpg";
    QTest::newRow("integer below") << QStringList{"classify", "--model", "lite0", "--topk", "0", photo}
                                   << "--topk: needs an integer in [1, 1000], got '0'";
    QTest::newRow("integer text") << QStringList{"info", "b0", "--resolution", "big"}
                                  << "--resolution: needs an integer in [16, 4096], got 'big'";
    QTest::newRow("integer fraction") << QStringList{"bench", "--model", "b0", "--batch", "1.5"}
                                      << "--batch: needs an integer in [1, 1024], got '1.5'";
    QTest::newRow("number outside") << QStringList{"cam", "--model", "lite0", "--opacity", "1.5", photo}
                                    << "--opacity: needs a number in [0, 1], got '1.5'";
    QTest::newRow("open interval") << QStringList{"train", "--model", "lite0", "--data", "/tmp", "--val-fraction", "1"}
                                   << "--val-fraction: needs a number in (0, 1), got '1'";
    QTest::newRow("not finite") << QStringList{"study", "--budget", "nan"} << "--budget: needs a number in (0, inf), got 'nan'";
    QTest::newRow("choice") << QStringList{"eval", "--model", "lite0", "--dir", "/tmp", "--dtype", "fp64"}
                            << "--dtype: must be fp32, bf16, fp16 or int8, got 'fp64'";
    QTest::newRow("choice per command") << QStringList{"forward", "--model", "lite0", "--dtype", "int8"}
                                        << "--dtype: must be fp32, bf16 or fp16, got 'int8'";
    QTest::newRow("unknown option") << QStringList{"cam", "--colour", "red"} << "unknown option --colour for 'cam'";
    QTest::newRow("unknown option with value") << QStringList{"eval", "--shards=3"} << "unknown option --shards for 'eval'";
    QTest::newRow("missing value") << QStringList{"eval", "--model"} << "option --model needs a value";
    QTest::newRow("two images") << QStringList{"cam", "--model", "lite0", photo, photo} << "'cam' takes one IMAGE";
    QTest::newRow("stray argument") << QStringList{"bench", "--model", "b0", "extra"} << "'bench' takes no argument 'extra'";
    QTest::newRow("unknown command") << QStringList{"evaluate"} << "unknown command 'evaluate'";
    QTest::newRow("two formats") << QStringList{"presets", "--json", "--csv"} << "--json and --csv: choose one";
    QTest::newRow("options together") << QStringList{"forward", "--model", "lite0", "--input", "x.npy", "--cam", "gradcam",
                                                     "--json"}
                                      << "--cam METHOD and --cam-out maps.npy go together";
}

void TestCliUsage::errorsNameTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = runCli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.err.startsWith("error: " + message.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("--help"), r.err.constData()); // where to look
    QCOMPARE(r.err.count('\n'), 1);                        // one line, no stack trace
}

void TestCliUsage::exitCodes()
{
    QTemporaryDir dir;
    // 0: success
    QCOMPARE(runCli({"presets", "--json"}).code, 0);
    // 1: usage (more in errorsNameTheOption)
    QCOMPARE(runCli({"classify", kPhotos + "orange.jpg"}).code, 1); // no --model
    // 2: bad input: weights that are not a weight file, a folder that does not exist
    const CliResult notWeights = runCli({"classify", "--model", "lite0", "--weights", kPhotos + "orange.jpg",
                                         kPhotos + "orange.jpg"});
    QCOMPARE(notWeights.code, 2);
    QVERIFY2(notWeights.err.contains("not a weight file"), notWeights.err.constData());
    const CliResult noSet = runCli({"eval", "--model", "lite0", "--dir", dir.filePath("absent")});
    QCOMPARE(noSet.code, 2);
    QVERIFY2(noSet.err.contains("absent"), noSet.err.constData());
    // 3: a resource limit: B7 at 4096 px in batches of 1024 needs terabytes, refused before it runs
    const CliResult huge = runCli({"bench", "--model", "b7", "--resolution", "4096", "--batch", "1024", "--iters", "1"});
    QCOMPARE(huge.code, 3);
    QVERIFY2(huge.err.contains("would fit") && !huge.err.contains("frame #"), huge.err.constData());
    // 5: some inputs failed, the others done
    QFile text(dir.filePath("notes.jpg"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    const CliResult partial = runCli({"classify", "--model", "lite0", "--json", text.fileName(), kPhotos + "orange.jpg"});
    QCOMPARE(partial.code, 5);
    QCOMPARE(QJsonDocument::fromJson(partial.out).array().size(), 1);
    // 4 (interrupted): interruptedEvalResumes, and grid in test_cli
}

void TestCliUsage::interruptedEvalResumes()
{
    // an eval stopped by SIGTERM (what Slurm and Kubernetes send first) exits 4 after the images
    // it finished are in the --resume file; the same command then finishes the set
    QTemporaryDir dir;
    const QString cls = dir.filePath("set/n07747607"); // orange
    QVERIFY(QDir().mkpath(cls));
    const int count = sanitizerSample() ? 40 : 400; // ASan classifies far slower
    for (int i = 0; i < count; ++i)
        QVERIFY(QFile::link(kPhotos + "orange.jpg", cls + QString("/%1.jpg").arg(i, 3, 10, QChar('0'))));
    const QString resume = dir.filePath("resume.tsv");
    const QStringList args{"eval", "--model", "lite2", "--dir", dir.filePath("set"), "--resume", resume, "--json"};
    QProcess p;
    p.start(qEnvironmentVariable("EFFSCOPE_CLI"), args);
    QVERIFY(p.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (QFileInfo(resume).size() < 200 && t.elapsed() < 120000 && p.state() == QProcess::Running)
        QTest::qWait(20);
    QVERIFY2(p.state() == QProcess::Running, "eval finished before it could be stopped");
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 4);
    QVERIFY2(err.contains("interrupted after") && err.contains("--resume"), err.constData());
    const QJsonObject stopped = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const int done = stopped["evaluated"].toInt();
    QVERIFY2(done > 0 && done < count, qPrintable(QString::number(done)));

    const CliResult rest = runCli(args);
    QCOMPARE(rest.code, 0);
    const QJsonObject whole = QJsonDocument::fromJson(rest.out).object();
    QCOMPARE(whole["evaluated"].toInt(), count);
    QVERIFY(whole["resumed"].toInt() >= done);
    QCOMPARE(whole["top1"].toDouble(), 100.0); // Lite2 knows an orange
}

void TestCliUsage::bashCompletion()
{
    const CliResult script = runCli({"--bash-completion"});
    QCOMPARE(script.code, 0);
    QTemporaryDir dir;
    const QString file = dir.filePath("effscope-cli");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(script.out);
    f.close();
    // what bash offers after the words typed (the last one being completed)
    const auto complete = [&](const QStringList &words) {
        QProcess bash;
        QStringList quoted;
        for (const QString &w : words)
            quoted << "'" + w + "'";
        bash.start("bash", {"-c", QString("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _effscope_cli; "
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                      .arg(file, quoted.join(' '))
                                      .arg(words.size() - 1)});
        bash.waitForFinished(30000);
        QStringList out = QString(bash.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        out.sort();
        return out;
    };
    QCOMPARE(complete({"effscope-cli", "eval-"}), QStringList{"eval-merge"});
    QCOMPARE(complete({"effscope-cli", "eval", "--dt"}), QStringList{"--dtype"});
    QCOMPARE(complete({"effscope-cli", "eval", "--dtype", ""}), (QStringList{"bf16", "fp16", "fp32", "int8"}));
    QCOMPARE(complete({"effscope-cli", "profile", "--dtype", ""}), (QStringList{"fp32", "int8"}));
    QCOMPARE(complete({"effscope-cli", "info", "lite"}), (QStringList{"lite0", "lite1", "lite2", "lite3", "lite4"}));
    QCOMPARE(complete({"effscope-cli", "classify", "--model", "b"}).size(), 8);
    // every command's options in the completion are the ones its help shows
    for (const QString &c : sampledCommands()) {
        QStringList fromHelp;
        for (const HelpOption &o : optionsIn(helpOf(c)))
            fromHelp << o.name;
        fromHelp << "--help";
        fromHelp.sort();
        QCOMPARE(complete({"effscope-cli", c, "--"}), fromHelp);
    }
}

namespace {

/// RFC 4180 CSV (quoted fields with doubled quotes) as rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            row << field, field.clear(), fieldStarted = false;
        } else if (c == '\n') {
            row << field, rows << row, row.clear(), field.clear(), fieldStarted = false;
        } else {
            field += c, fieldStarted = true;
        }
    }
    return rows;
}

/// The CSV's rows against the JSON's: the same columns, every number exactly (no rounding).
void compareRows(const QList<QStringList> &csv, const QJsonArray &json)
{
    QVERIFY(csv.size() >= 2);
    QCOMPARE(csv.size() - 1, json.size());
    const QStringList header = csv[0];
    for (int r = 0; r < json.size(); ++r) {
        const QJsonObject o = json[r].toObject();
        QCOMPARE(csv[r + 1].size(), header.size());
        for (int c = 0; c < header.size(); ++c) {
            const QJsonValue v = o[header[c]];
            const QString f = csv[r + 1][c];
            if (v.isDouble())
                QVERIFY2(f.toDouble() == v.toDouble(), qPrintable(header[c] + ": " + f));
            else if (v.isString())
                QCOMPARE(f, v.toString());
            else if (v.isBool())
                QCOMPARE(f, QString(v.toBool() ? "true" : "false"));
            else if (v.isArray())
                QCOMPARE(QJsonDocument::fromJson(f.toUtf8()).array(), v.toArray());
        }
    }
}

} // namespace

void TestCliUsage::csvMatchesJson()
{
    // the same rows in both machine formats, numbers unrounded; B0's MACs summed from the CSV
    // are the paper's 0.39 G
    compareRows(parseCsv(runCli({"presets", "--csv"}).out), QJsonDocument::fromJson(runCli({"presets", "--json"}).out).array());
    const CliResult infoCsv = runCli({"info", "b0", "--csv"});
    QCOMPARE(infoCsv.code, 0);
    const QList<QStringList> layers = parseCsv(infoCsv.out);
    const QJsonObject info = QJsonDocument::fromJson(runCli({"info", "b0", "--json"}).out).object();
    compareRows(layers, info["layers"].toArray());
    const int macs = layers[0].indexOf("macs");
    double sum = 0;
    for (int i = 1; i < layers.size(); ++i)
        sum += layers[i][macs].toDouble();
    QCOMPARE(sum, info["macs"].toDouble());
    QVERIFY2(std::abs(sum / 1e9 - 0.39) < 0.005, qPrintable(QString::number(sum)));
    const QStringList scale{"scale", "--alpha", "1.2", "--beta", "1.1", "--gamma", "1.15", "--phi", "2"};
    compareRows(parseCsv(runCli(scale + QStringList{"--csv"}).out),
                QJsonDocument::fromJson(runCli(scale + QStringList{"--json"}).out).object()["stages"].toArray());
    compareRows(parseCsv(runCli({"layers", "--model", "lite0", "--csv"}).out),
                QJsonDocument::fromJson(runCli({"layers", "--model", "lite0", "--json"}).out).object()["layers"].toArray());
    // (info's shapes hold commas: quoted, and read back as the JSON's arrays) top-k rows of a photo
    const QString photo = kPhotos + "orange.jpg";
    const CliResult top = runCli({"classify", "--model", "lite0", "--topk", "5", "--csv", photo});
    QCOMPARE(top.code, 0);
    const QList<QStringList> rows = parseCsv(top.out);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0], (QStringList{"image", "rank", "index", "label", "prob", "model", "weights", "dtype"}));
    QCOMPARE(rows[1][3], QString("orange"));
    QCOMPARE(rows[1][2], QString("950"));
    const QJsonArray preds = QJsonDocument::fromJson(runCli({"classify", "--model", "lite0", "--topk", "5", "--json", photo}).out)
                                 .array()[0]
                                 .toObject()["top"]
                                 .toArray();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rows[i + 1][3], preds[i].toObject()["label"].toString());
        QCOMPARE(rows[i + 1][4].toDouble(), preds[i].toObject()["prob"].toDouble());
    }
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"
