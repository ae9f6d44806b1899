// SPDX-License-Identifier: MIT
// core::evaluate and the photo pipeline around it (core::evaluatePhotos), called directly: the
// real Lite0 weights on opencv-doc photos, against the top-5 of the reference EfficientNet-Lite
// implementation (efficientnet_lite_pytorch, tools/make_vision_fixtures.py) on the same photos.
// Accuracy, per-class counts and confused pairs follow from those reference predictions; resume
// files, cancellation and unreadable images are checked on the same set.
#include "common/error.h"
#include "common/paths.h"
#include "infer/evaluate.h"
#include "pipeline/evaluate_photos.h"
#include "pipeline/explain_photo.h"
#include "vision/image.h"
#include "weights/registry.h"

#include "test_env.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <map>
#include <optional>
#include <set>

using namespace effscope::core;

namespace {

struct Reference
{
    std::string path;
    int label = 0;
    std::vector<int> top5; ///< the reference implementation's
};

// Labels chosen so that some photos are right at rank 1, some only within the top 5, some not at
// all (apple and fruits filed under orange, Starry Night under a class that is only in its top 5).
const std::map<QString, int> kLabels = {{"baboon.jpg", 372}, {"squirrel_cls.jpg", 335}, {"orange.jpg", 950},
                                        {"apple.jpg", 950},  {"fruits.jpg", 950},       {"messi5.jpg", 805},
                                        {"butterfly.jpg", 322}, {"starry_night.jpg", 973}};

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesTheReference();
    void resumesWhereItStopped();
    void unreadableImages();
    void timmCsv();

private:
    std::vector<LabelledImage> images() const;
    std::vector<Reference> m_reference;
    std::optional<ModelHandle> m_model;
};

void TestEvaluate::initTestCase()
{
    const QJsonObject manifest = readJsonObject(testEnvPath("EFFSCOPE_FIXTURE_DIR", "/vision/manifest.json"));
    QVERIFY2(!manifest.isEmpty(), "run the fixtures_vision test first (tools/make_vision_fixtures.py)");
    for (const QJsonValue &v : manifest["photos"].toArray()) {
        const QJsonObject p = v.toObject();
        Reference r;
        r.path = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/").toStdString() + p["file"].toString().toStdString();
        QVERIFY2(kLabels.count(p["file"].toString()), qPrintable(p["file"].toString()));
        r.label = kLabels.at(p["file"].toString());
        for (const QJsonValue &t : p["top5"].toArray())
            r.top5.push_back(t.toInt());
        m_reference.push_back(r);
    }
    QCOMPARE(int(m_reference.size()), 8);
    ModelRequest req;
    req.model = "lite0";
    m_model = loadModel(req, loadRegistry(resourcePath("weights.json")));
    if (!m_model->pretrained)
        QSKIP("the Lite0 weights are not cached (tools/setup.sh installs them)");
}

std::vector<LabelledImage> TestEvaluate::images() const
{
    std::vector<LabelledImage> out;
    for (const Reference &r : m_reference)
        out.push_back({r.path, r.label});
    return out;
}

void TestEvaluate::matchesTheReference()
{
    const EvalResult r = evaluatePhotos(*m_model, images());
    QCOMPARE(r.model, std::string("lite0"));
    QCOMPARE(r.imageSize, 224);
    QCOMPARE(r.params, int64_t(4652008)); // the Lite table's parameter count
    QCOMPARE(r.cropPct, 224.0 / 256.0);
    QCOMPARE(int(r.samples.size()), 8);
    QCOMPARE(r.evaluated, 8);
    QCOMPARE(r.failed, 0);
    QVERIFY(!r.cancelled);
    // the expected numbers, from the reference predictions alone
    int top1 = 0, top5 = 0;
    std::map<int, std::pair<int, int>> perClass;  // label -> (count, top-1 correct)
    std::map<std::pair<int, int>, int> confusion; // (label, predicted) -> count
    for (size_t i = 0; i < m_reference.size(); ++i) {
        const Reference &ref = m_reference[i];
        const EvalSample &s = r.samples[i];
        QCOMPARE(s.path, ref.path);
        QCOMPARE(s.top.front(), ref.top5.front());
        QCOMPARE(std::set<int>(s.top.begin(), s.top.end()), std::set<int>(ref.top5.begin(), ref.top5.end()));
        const bool hit = ref.top5.front() == ref.label;
        top1 += hit;
        top5 += std::find(ref.top5.begin(), ref.top5.end(), ref.label) != ref.top5.end();
        perClass[ref.label].first += 1;
        perClass[ref.label].second += hit;
        if (!hit)
            confusion[{ref.label, ref.top5.front()}] += 1;
    }
    QCOMPARE(r.top1, 100.0 * top1 / 8);
    QCOMPARE(r.top5, 100.0 * top5 / 8);
    QVERIFY(r.top1 < r.top5 && r.top5 < 100.0); // the labels make all three kinds of outcome
    QCOMPARE(int(r.perClass.size()), int(perClass.size()));
    for (const ClassAccuracy &c : r.perClass) {
        QCOMPARE(c.count, perClass.at(c.label).first);
        QCOMPARE(c.top1, perClass.at(c.label).second);
    }
    QCOMPARE(int(r.confused.size()), int(confusion.size()));
    for (size_t i = 0; i < r.confused.size(); ++i) {
        const Confusion &c = r.confused[i];
        QCOMPARE(c.count, confusion.at({c.label, c.predicted}));
        if (i)
            QVERIFY(r.confused[i - 1].count >= c.count); // most frequent first
    }
}

void TestEvaluate::resumesWhereItStopped()
{
    QTemporaryDir dir;
    const std::string resume = dir.filePath("lite0.tsv").toStdString();
    EvalOptions o;
    o.resumeFile = resume;
    // stopped before the fourth image: three done, on disk, the result says it is partial
    o.progress = [](double f) { return f < 3.0 / 8.0; };
    const EvalResult partial = evaluatePhotos(*m_model, images(), o);
    QVERIFY(partial.cancelled);
    QCOMPARE(int(partial.samples.size()), 3);
    QCOMPARE(partial.evaluated, 3);
    QCOMPARE(readAllBytes(dir.filePath("lite0.tsv")).count('\n'), 3);
    // an interruption mid-write leaves a cut line: that image simply runs again
    QFile f(dir.filePath("lite0.tsv"));
    QVERIFY(f.open(QIODevice::Append));
    f.write("950\t948 945");
    f.close();
    o.progress = {};
    const EvalResult resumed = evaluatePhotos(*m_model, images(), o);
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.resumed, 3);
    QCOMPARE(resumed.evaluated, 8);
    const EvalResult whole = evaluatePhotos(*m_model, images());
    QCOMPARE(resumed.top1, whole.top1);
    QCOMPARE(resumed.top5, whole.top5);
    QCOMPARE(int(resumed.confused.size()), int(whole.confused.size()));
    for (size_t i = 0; i < whole.samples.size(); ++i)
        QCOMPARE(resumed.samples[i].top, whole.samples[i].top);
    // a resume file that cannot be written is an error, not a silent run without one
    o.resumeFile = dir.filePath("missing/x.tsv").toStdString();
    try {
        evaluatePhotos(*m_model, images(), o);
        QFAIL("ran without its resume file");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Io);
    }
}

void TestEvaluate::unreadableImages()
{
    // a truncated JPEG and a missing file among good photos: counted as failed with their reason,
    // the others evaluated as always
    QTemporaryDir dir;
    const QByteArray jpeg = readAllBytes(QString::fromStdString(m_reference[0].path));
    QFile cut(dir.filePath("cut.jpg"));
    QVERIFY(cut.open(QIODevice::WriteOnly) && cut.write(jpeg.left(jpeg.size() / 4)) > 0);
    cut.close();
    std::vector<LabelledImage> set = images();
    set.insert(set.begin() + 1, {dir.filePath("cut.jpg").toStdString(), 372});
    set.push_back({dir.filePath("gone.jpg").toStdString(), 1});
    const EvalResult r = evaluatePhotos(*m_model, set);
    QCOMPARE(r.failed, 2);
    QCOMPARE(r.evaluated, 8);
    QVERIFY(r.samples[1].top.empty());
    QVERIFY2(QString::fromStdString(r.samples[1].error).contains("cut.jpg"), r.samples[1].error.c_str());
    QVERIFY2(QString::fromStdString(r.samples[9].error).contains("gone.jpg"), r.samples[9].error.c_str());
    QCOMPARE(r.top1, evaluatePhotos(*m_model, images()).top1); // failures do not count as wrong answers
    // the loader is the caller's: evaluate() itself needs no image library
    const EvalResult loaded = evaluate(*m_model, {{"a", 1}, {"b", 2}}, [](const std::string &path) -> std::vector<float> {
        if (path == "b")
            throw Error(ErrorCategory::UnsupportedFormat, "b is not an image");
        return std::vector<float>(3 * 224 * 224, 0.0f);
    });
    QCOMPARE(loaded.evaluated, 1);
    QCOMPARE(loaded.failed, 1);
    QCOMPARE(loaded.samples[1].error, std::string("b is not an image"));
}

void TestEvaluate::timmCsv()
{
    // timm's validate.py columns, in its order, top-1 / top-5 and their errors in percent,
    // param_count in millions
    QCOMPARE(evalCsvHeader(), std::string("model,img_size,top1,top1_err,top5,top5_err,param_count,crop_pct,interpolation"));
    EvalResult r;
    r.model = "lite0";
    r.imageSize = 224;
    r.top1 = 62.5;
    r.top5 = 87.5;
    r.params = 4652008;
    r.cropPct = 0.875;
    r.interpolation = "bicubic";
    QCOMPARE(evalCsvRow(r), std::string("lite0,224,62.500,37.500,87.500,12.500,4.65,0.875,bicubic"));
}

QTEST_GUILESS_MAIN(TestEvaluate)
#include "test_evaluate.moc"
