// SPDX-License-Identifier: MIT
// effscope-cli eval --shard I/N and eval-merge: three shards of a labelled set of opencv-doc
// photos (one of them unreadable), merged in another order, print byte for byte what one eval
// over the whole set prints, in every output format; merges that cannot be whole are refused.
#include "cli_test_util.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace {

const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeObject(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestEvalShards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mergedEqualsOneRun();
    void refusesWhatIsNotWhole();
    void shardOptionChecked();

private:
    QTemporaryDir dir_;
    QString set_;
};

void TestEvalShards::initTestCase()
{
    QVERIFY(dir_.isValid());
    set_ = dir_.filePath("set");
    struct Item
    {
        const char *folder, *photo;
    };
    const Item items[] = {{"n02486410", "baboon.jpg"},   {"fox squirrel", "squirrel_cls.jpg"}, {"950", "orange.jpg"},
                          {"950", "apple.jpg"},          {"948", "apple.jpg"},                 {"n03028079", "building.jpg"},
                          {"n02190166", "butterfly.jpg"}};
    for (const Item &it : items) {
        QVERIFY(QDir(set_).mkpath(it.folder));
        QVERIFY(QFile::copy(kPhotos + it.photo, set_ + "/" + it.folder + "/" + it.photo));
    }
    QFile broken(set_ + "/950/broken.jpg"); // an image that fails: its error must survive the merge
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a JPEG at all");
}

void TestEvalShards::mergedEqualsOneRun()
{
    for (const char *format : {"--json", "--csv", "--human"}) {
        QStringList common{"eval", "--model", "lite0", "--dir", set_};
        if (QByteArray(format) != "--human")
            common << format;
        const CliResult one = runCli(common);
        QCOMPARE(one.code, 5); // the unreadable image: some inputs failed
        int evaluated = 0;
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString out = dir_.filePath(QString("shard%1.json").arg(i));
            files << out;
            const CliResult s = runCli(QStringList(common) << "--shard" << QString("%1/3").arg(i) << "--out" << out);
            QVERIFY2(s.code == 0 || s.code == 5, s.err.constData());
            QVERIFY(QFile::exists(out));
            QVERIFY(!QFile::exists(out + ".part"));
            const QJsonObject o = readObject(out);
            // 8 images: shards 0 and 1 hold 3 (positions 0, 3, 6 and 1, 4, 7), shard 2 holds 2
            QCOMPARE(o["samples"].toArray().size(), i < 2 ? 3 : 2);
            QCOMPARE(o["total_images"].toInt(), 8);
            for (const QJsonValue &v : o["samples"].toArray())
                QCOMPARE(v.toObject()["index"].toInt() % 3, i);
            for (const QJsonValue &v : o["samples"].toArray())
                evaluated += v.toObject()["error"].toString().isEmpty();
        }
        QCOMPARE(evaluated, 7);
        QStringList merge{"eval-merge", files[2], files[0], files[1]};
        if (QByteArray(format) != "--human")
            merge << format;
        const CliResult merged = runCli(merge);
        QCOMPARE(merged.code, one.code);
        QCOMPARE(merged.out, one.out);
        if (QByteArray(format) == "--json") {
            const QJsonObject o = QJsonDocument::fromJson(merged.out).object();
            QCOMPARE(o["images"].toInt(), 8);
            QCOMPARE(o["evaluated"].toInt(), 7);
            QCOMPARE(o["errors"].toArray().size(), 1);
            QVERIFY(o["errors"].toArray()[0].toObject()["path"].toString().endsWith("broken.jpg"));
        }
    }
}

void TestEvalShards::refusesWhatIsNotWhole()
{
    // the shard files mergedEqualsOneRun left (its last round)
    const QString s0 = dir_.filePath("shard0.json"), s1 = dir_.filePath("shard1.json"), s2 = dir_.filePath("shard2.json");
    QVERIFY(QFile::exists(s0) && QFile::exists(s1) && QFile::exists(s2));
    struct Case
    {
        QStringList files;
        const char *message;
    };
    QJsonObject cut = readObject(s1);
    QJsonArray samples = cut["samples"].toArray();
    samples.removeLast();
    cut["samples"] = samples;
    const QString cutFile = dir_.filePath("cut.json");
    QVERIFY(writeObject(cutFile, cut));
    QJsonObject other = readObject(s1);
    other["model"] = "b0";
    const QString otherFile = dir_.filePath("other.json");
    QVERIFY(writeObject(otherFile, other));
    QJsonObject moved = readObject(s1);
    QJsonArray ms = moved["samples"].toArray();
    QJsonObject first = ms[0].toObject();
    first["index"] = 0; // image 0 belongs to shard 0
    ms[0] = first;
    moved["samples"] = ms;
    const QString movedFile = dir_.filePath("moved.json");
    QVERIFY(writeObject(movedFile, moved));
    QJsonObject typed = readObject(s1);
    typed["samples"] = "three images";
    const QString typedFile = dir_.filePath("typed.json");
    QVERIFY(writeObject(typedFile, typed));
    const QString half = dir_.filePath("half.json");
    const CliResult h = runCli({"eval", "--model", "lite0", "--dir", set_, "--shard", "0/2", "--out", half});
    QVERIFY(h.code == 0 || h.code == 5);
    const Case cases[] = {
        {{s0, s1}, "shard 2 of 3 is missing"},
        {{s0, s1, s1, s2}, "shard 1 of 3 is given twice"},
        {{s0, cutFile, s2}, "shard 1 of 3 is incomplete: 2 of its 3 images"},
        {{s0, otherFile, s2}, "not of one evaluation: model 'lite0'"},
        {{s0, movedFile, s2}, "shard 1 holds image 0, which is not in it"},
        {{half, s1, s2}, "not of one evaluation: shard count"},
        {{s0, kPhotos + "baboon.jpg", s2}, "is not JSON"},
        {{s0, typedFile, s2}, "has the wrong type"},
        {{s0, dir_.filePath("absent.json")}, "cannot read"},
        {{}, "needs the result files"},
    };
    for (const Case &c : cases) {
        const CliResult r = runCli(QStringList{"eval-merge"} << c.files);
        const int expected = c.files.isEmpty() ? 1 : 2; // usage without files, else bad input
        QVERIFY2(r.code == expected, qPrintable(QString("%1: exit %2").arg(c.message).arg(r.code)));
        QVERIFY2(r.err.contains(c.message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
}

void TestEvalShards::shardOptionChecked()
{
    for (const char *bad : {"3/3", "0/0", "a/2", "1", "-1/3", "1/200000", "/"}) {
        const CliResult r = runCli({"eval", "--model", "lite0", "--dir", set_, "--shard", bad});
        QCOMPARE(r.code, 1); // usage
        QVERIFY2(r.err.contains("--shard takes I/N"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("'") + bad + "'"), r.err.constData());
    }
    // more shards than images: the last ones are empty, and say so without failing
    const CliResult empty = runCli({"eval", "--model", "lite0", "--dir", set_, "--shard", "9/10", "--json"});
    QCOMPARE(empty.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(empty.out).object();
    QCOMPARE(o["images"].toInt(), 0);
    QCOMPARE(o["evaluated"].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestEvalShards)
#include "test_eval_shards.moc"
