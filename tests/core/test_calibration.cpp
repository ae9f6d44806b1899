// SPDX-License-Identifier: MIT
// Calibration for int8: the range observer against exact statistics of the same values (min
// and max equal, each percentile of |x| no lower than the exact order statistic and at most one
// bin width above it, while the range grows over batches); Lite0 with its ImageNet weights
// calibrated on opencv-doc photos, where every ReLU6 output must lie in [0, 6], the input range
// must be the preprocessed photos' own and the counts the tensors' sizes; the JSON record read
// back equal, damaged records and bad input refused; listing a calibration folder.
#include "common/dataset.h"
#include "common/error.h"
#include "common/paths.h"
#include "pipeline/calibrate_photos.h"
#include "quant/range_observer.h"
#include "vision/image.h"
#include "weights/registry.h"

#include "test_env.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <optional>

using namespace effscope::core;

namespace {

const QStringList kPhotoNames{"orange.jpg", "baboon.jpg", "fruits.jpg", "messi5.jpg", "HappyFish.jpg"};

std::string photo(const QString &name)
{
    return testEnvPath("EFFSCOPE_TESTDATA_DIR", "/").toStdString() + name.toStdString();
}

template <typename F>
QString refusal(F f, ErrorCategory category)
{
    try {
        f();
    } catch (const Error &e) {
        return e.category() == category ? QString() : QString("wrong category: ") + e.what();
    }
    return "accepted";
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void observerAgainstExactStatistics()
    {
        at::manual_seed(3);
        // the range grows twice (x5, then a far outlier) and shrinks once: bins merge, none split
        const std::vector<at::Tensor> batches{at::randn({4000}), at::randn({3000}) * 5.0, at::randn({5000}) * 0.1,
                                              at::tensor(std::vector<float>{-73.5f, 0.0f, 12.0f})};
        RangeObserver o;
        for (const at::Tensor &b : batches)
            o.observe(b);
        const at::Tensor all = at::cat(batches);
        QCOMPARE(o.count(), all.numel());
        QCOMPARE(o.min(), all.min().item<double>());
        QCOMPARE(o.max(), all.max().item<double>());
        const at::Tensor sorted = std::get<0>(all.abs().to(at::kDouble).sort());
        for (double p : {1.0, 50.0, 90.0, 99.0, 99.9, 99.99, 100.0}) {
            const int64_t k = int64_t(std::ceil(p / 100.0 * double(all.numel()))) - 1;
            const double exact = sorted[k].item<double>(), got = o.absPercentile(p);
            QVERIFY2(got >= exact - 1e-9 && got <= exact + o.binWidth() + 1e-9,
                     qPrintable(QString("p%1: %2 against exact %3 (bin %4)").arg(p).arg(got).arg(exact).arg(o.binWidth())));
        }
        QCOMPARE(o.absPercentile(100.0), 73.5);
        // 73.5 fits in a power-of-two multiple of the first batch's maximum, 2048 bins
        QVERIFY(o.binWidth() * RangeObserver::kBins >= 73.5 && o.binWidth() * RangeObserver::kBins < 2 * 73.5);
    }

    void observerRefusals()
    {
        RangeObserver o;
        QCOMPARE(refusal([&] { o.absPercentile(50); }, ErrorCategory::InvalidInput), QString());
        o.observe(at::ones({3}));
        QCOMPARE(refusal([&] { o.absPercentile(0); }, ErrorCategory::InvalidInput), QString());
        QCOMPARE(refusal([&] { o.absPercentile(100.5); }, ErrorCategory::InvalidInput), QString());
        QCOMPARE(refusal([&] { o.observe(at::tensor(std::vector<float>{1.0f, NAN})); }, ErrorCategory::InvalidInput),
                 QString());
        o.observe(at::empty({0})); // nothing to see, nothing changes
        QCOMPARE(o.count(), int64_t(3));
    }

    void lite0OnPhotos()
    {
        ModelRequest req;
        req.model = "lite0";
        ModelHandle h = loadModel(req, loadRegistry(resourcePath("weights.json")));
        if (!h.pretrained)
            QSKIP("the Lite0 weights are not cached (tools/setup.sh installs them)");
        std::vector<std::string> photos;
        for (const QString &n : kPhotoNames)
            photos.push_back(photo(n));
        std::vector<std::pair<int, int>> progress;
        const CalibrationRecord r = calibratePhotos(h, photos, 2, [&](int done, int total) {
            progress.emplace_back(done, total);
            return true;
        });
        QCOMPARE(progress, (std::vector<std::pair<int, int>>{{2, 5}, {4, 5}, {5, 5}}));
        QCOMPARE(r.model, std::string("lite0"));
        QCOMPARE(r.resolution, 224);
        QCOMPARE(r.photos, photos);

        // the input: the preprocessed photos' own extremes, computed here without the engine's batching
        double lo = 1e30, hi = -1e30;
        for (const std::string &p : photos) {
            const std::vector<float> planes = preprocessImage(decodeImageFile(p).rgb, h.preprocess);
            lo = std::min(lo, double(*std::min_element(planes.begin(), planes.end())));
            hi = std::max(hi, double(*std::max_element(planes.begin(), planes.end())));
        }
        const ActivationRange &in = r.ranges.at("input");
        QCOMPARE(in.min, lo);
        QCOMPARE(in.max, hi);
        QCOMPARE(in.count, int64_t(5) * 3 * 224 * 224);
        QCOMPARE(r.ranges.at("classifier.1").count, int64_t(5) * 1000);

        // every unit followed by ReLU6 (stem, expand, depthwise, head) lies in [0, 6], and some reach 6
        std::vector<std::string> relu6{"features.0", "features." + std::to_string(h.net->spec().headIndex())};
        for (const ResolvedBlock &b : h.net->spec().blocks) {
            const BlockOps ops = b.ops();
            if (ops.expand >= 0)
                relu6.push_back(b.path() + ".block." + std::to_string(ops.expand));
            relu6.push_back(b.path() + ".block." + std::to_string(ops.depthwise));
        }
        int saturated = 0;
        for (const std::string &name : relu6) {
            QVERIFY2(r.ranges.count(name), name.c_str());
            const ActivationRange &a = r.ranges.at(name);
            QVERIFY2(a.min >= 0.0 && a.max <= 6.0, qPrintable(QString("%1: [%2, %3]").arg(name.c_str()).arg(a.min).arg(a.max)));
            QVERIFY(a.p999 <= a.p9999 && a.p9999 <= a.p99999 && a.p99999 <= a.max);
            saturated += a.max == 6.0;
        }
        QVERIFY(saturated > 0);
        // projections are linear: they go negative
        const ResolvedBlock &last = h.net->spec().blocks.back();
        QVERIFY(r.ranges.at(last.path() + ".block." + std::to_string(last.ops().project)).min < 0.0);

        // the record, written and read back
        QTemporaryDir dir;
        const std::string file = dir.filePath("lite0.calibration.json").toStdString();
        writeCalibration(file, r);
        const CalibrationRecord back = readCalibration(file);
        QCOMPARE(back.model, r.model);
        QCOMPARE(back.photos, r.photos);
        QCOMPARE(back.ranges.size(), r.ranges.size());
        for (const auto &[name, a] : r.ranges) {
            const ActivationRange &b = back.ranges.at(name);
            QVERIFY2(a.min == b.min && a.max == b.max && a.p9999 == b.p9999 && a.count == b.count, name.c_str());
        }

        // cancelled after the first batch; a photo that is not one
        QCOMPARE(refusal([&] { calibratePhotos(h, photos, 2, [](int, int) { return false; }); }, ErrorCategory::Cancelled),
                 QString());
        const std::string text = dir.filePath("notes.jpg").toStdString();
        QFile f(QString::fromStdString(text));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        try {
            calibratePhotos(h, {photos[0], text});
            QFAIL("a text file was calibrated on");
        } catch (const Error &e) {
            QVERIFY2(QString(e.what()).contains("notes.jpg"), e.what());
        }
        QCOMPARE(refusal([&] { calibratePhotos(h, {}); }, ErrorCategory::InvalidInput), QString());
    }

    void damagedRecords()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return dir.filePath(name).toStdString();
        };
        const QByteArray head = R"({"format": "effscope-calibration-1", "model": "lite0", "weights": "", "resolution": 224,
                                    "photos": [], "ranges": {"input": )";
        QCOMPARE(refusal([&] { readCalibration(write("a", "{nope")); }, ErrorCategory::UnsupportedFormat), QString());
        QCOMPARE(refusal([&] { readCalibration(write("b", R"({"format": "other"})")); }, ErrorCategory::UnsupportedFormat),
                 QString());
        QCOMPARE(refusal([&] { readCalibration(write("c", head + R"({"min": 2, "max": 1, "p99.9": 0.5, "p99.99": 0.6,
                                                               "p99.999": 0.7, "count": 4}}})")); },
                         ErrorCategory::Damaged),
                 QString());
        QCOMPARE(refusal([&] { readCalibration(write("d", head + R"({"min": -1, "max": 1, "p99.9": 0.5, "p99.99": 0.6,
                                                               "p99.999": 9, "count": 4}}})")); },
                         ErrorCategory::Damaged),
                 QString());
        QCOMPARE(refusal([&] { readCalibration(write("e", head + R"({"min": -1, "max": "x"}}})")); },
                         ErrorCategory::UnsupportedFormat),
                 QString());
        const CalibrationRecord ok = readCalibration(write("f", head + R"({"min": -1, "max": 1, "p99.9": 0.5,
                                                               "p99.99": 0.6, "p99.999": 0.7, "count": 4}}})"));
        QCOMPARE(ok.ranges.at("input").p9999, 0.6);
    }

    void listingAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("b/c"));
        for (const char *name : {"b/c/z.png", "a.JPG", "b/y.webp", "notes.txt"}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const std::vector<std::string> got = listImagesUnder(dir.path().toStdString());
        const std::string root = dir.path().toStdString();
        QCOMPARE(got, (std::vector<std::string>{root + "/a.JPG", root + "/b/c/z.png", root + "/b/y.webp"}));
        QVERIFY(QDir(dir.path()).mkpath("empty"));
        QCOMPARE(refusal([&] { listImagesUnder(dir.filePath("empty").toStdString()); }, ErrorCategory::InvalidInput),
                 QString());
        QCOMPARE(refusal([&] { listImagesUnder(dir.filePath("missing").toStdString()); }, ErrorCategory::Io), QString());
    }
};

QTEST_MAIN(TestCalibration)
#include "test_calibration.moc"
