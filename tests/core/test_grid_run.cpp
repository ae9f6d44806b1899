// SPDX-License-Identifier: MIT
// The grid search of compound scaling's step 1 trained for real on a labelled set made at test
// time (synthetic_set.h): three candidates of a small B0-shaped base, each from scratch under
// the same step budget, ranked by validation accuracy; a search cancelled inside its second
// candidate and resumed from its folder skips the finished candidate, continues the running one
// from its checkpoint, and ends with the same accuracies and ranking as a search that never
// stopped; a folder recorded for another search is refused.
#include "test_env.h"
#include "synthetic_set.h"
#include "arch/presets.h"
#include "common/error.h"
#include "pipeline/grid_run.h"

#include <ATen/ATen.h>

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace effscope::core;

namespace {

ModelConfig base()
{
    ModelConfig c;
    c.name = "b0-w0.5-d0.5-48";
    c.arch = ArchSpec::efficientNetB0();
    c.scaling.width = 0.5;
    c.scaling.depth = 0.5;
    c.scaling.resolution = 48;
    c.scaling.dropout = 0.1;
    return c;
}

GridRunOptions options(const QString &dir, uint64_t seed = 2)
{
    GridRunOptions o;
    o.recipe.optimizer.kind = OptimizerKind::Sgd;
    o.recipe.schedule.base = 0.05;
    o.recipe.schedule.warmupSteps = 5;
    o.recipe.bnMomentum = 0.1;
    o.recipe.stochasticDepth = 0.1;
    o.recipe.seed = seed;
    o.budget.batchSize = 16;
    o.budget.steps = 18; // two epochs of 128 images and a bit
    o.augmentation.minScale = 0.35;
    o.directory = dir.toStdString();
    o.latencyIterations = 2;
    return o;
}

} // namespace

class TestGridRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        at::set_num_threads(2);
        QVERIFY(m_dir.isValid());
        QVERIFY(synthetic::writePatterns(m_dir.filePath("patterns"), 40, 48));
        m_data = loadTrainingData(m_dir.filePath("patterns").toStdString(), 0.2, 3);
        const ModelConfig b = base();
        for (const auto &[a, be, g] : std::vector<std::tuple<double, double, double>>{{1.2, 1.1, 1.15}, {1.0, 1.2, 1.2}, {1.4, 1.0, 1.2}})
            m_candidates.push_back(gridCandidate(b, a, be, g));
    }
    void candidates();
    void ranking();
    void searchRanksAndResumes();

private:
    QTemporaryDir m_dir;
    TrainingData m_data;
    std::vector<GridCandidate> m_candidates;
};

void TestGridRun::candidates()
{
    // a candidate is its base scaled with phi = 1: depth x alpha, width x beta, resolution x gamma
    const GridCandidate &paper = m_candidates[0];
    QVERIFY(paper.paperPoint);
    QCOMPARE(paper.config.scaling.resolution, 55); // round(48 x 1.15)
    QVERIFY(qAbs(paper.constraint - 1.2 * 1.1 * 1.1 * 1.15 * 1.15) < 1e-12);
    QVERIFY(paper.macs > 0 && paper.params > 0 && paper.realisedGrowth > 1.0);
    QCOMPARE(m_candidates[1].config.scaling.resolution, 58); // round(57.6)
    QVERIFY(!m_candidates[1].paperPoint);
    // the same as the grid enumerates
    GridOptions g;
    g.tolerance = 0.05;
    bool found = false;
    for (const GridCandidate &c : enumerateGrid(base(), g))
        if (qAbs(c.alpha - 1.2) < 1e-9 && qAbs(c.beta - 1.1) < 1e-9 && qAbs(c.gamma - 1.15) < 1e-9) {
            found = true;
            QCOMPARE(c.macs, paper.macs);
            QCOMPARE(c.params, paper.params);
        }
    QVERIFY(found);
    // a short list keeps the paper's point for comparison, after the nearest ones
    const std::vector<GridCandidate> all = enumerateGrid(base(), g), few = nearestCandidates(all, 3);
    QVERIFY(all.size() > 10);
    size_t paperAt = 0;
    while (paperAt < all.size() && !all[paperAt].paperPoint)
        ++paperAt;
    QVERIFY(paperAt >= 3 && paperAt < all.size()); // 1.92 is 4% from the target: not among the nearest
    QCOMPARE(few.size(), size_t(4));
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(few[i].alpha * 1000 + few[i].beta * 100 + few[i].gamma, all[i].alpha * 1000 + all[i].beta * 100 + all[i].gamma);
    QVERIFY(few[3].paperPoint);
    QCOMPARE(nearestCandidates(all, paperAt + 1).size(), paperAt + 1);
    try {
        gridCandidate(base(), 0.9, 1.0, 1.0);
        QFAIL("a coefficient below 1 accepted");
    } catch (const Error &e) {
        QVERIFY(e.category() == ErrorCategory::InvalidInput);
    }
}

void TestGridRun::ranking()
{
    // by final validation accuracy; ties by the best accuracy seen, then the cheaper network;
    // candidates not trained yet have no rank
    auto result = [](double acc, double best, int64_t macs, bool done = true) {
        GridRunResult r;
        r.done = done;
        r.valAccuracy = acc;
        r.bestValAccuracy = best;
        r.candidate.macs = macs;
        return r;
    };
    std::vector<GridRunResult> r{result(0.50, 0.60, 100), result(0.75, 0.75, 300), result(0.50, 0.70, 200),
                                 result(0.50, 0.60, 90), result(0.99, 0.99, 10, false)};
    rankGridResults(r);
    QCOMPARE(r[1].rank, 1);
    QCOMPARE(r[2].rank, 2);
    QCOMPARE(r[3].rank, 3);
    QCOMPARE(r[0].rank, 4);
    QCOMPARE(r[4].rank, 0);
    // the record lists every candidate, finished or not, with its rank
    const nlohmann::json j = nlohmann::json::parse(gridResultsJson(r));
    QCOMPARE(j["candidates"].size(), size_t(5));
    QCOMPARE(j["candidates"][1]["rank"].get<int>(), 1);
    QCOMPARE(j["candidates"][4]["done"].get<bool>(), false);
    QVERIFY(!j["candidates"][4].contains("rank"));
}

void TestGridRun::searchRanksAndResumes()
{
    if (sanitizerSample())
        QSKIP("three trainings twice under a sanitizer take many minutes; train_run's steps are checked by test_train_data");
    const Preprocess pre = Preprocess::imagenet(55, 48, Interpolation::Bicubic);

    // uninterrupted
    QTemporaryDir straightDir;
    const std::vector<GridRunResult> straight = runGridSearch(m_candidates, m_data, pre, options(straightDir.path()));
    QCOMPARE(straight.size(), size_t(3));
    std::set<int> ranks;
    for (const GridRunResult &r : straight) {
        qInfo("alpha %.2f beta %.2f gamma %.2f (%d px, %.3f GMACs, x%.3f): validation accuracy %.3f (best %.3f), "
              "%.1f s, %.2f ms, rank %d",
              r.candidate.alpha, r.candidate.beta, r.candidate.gamma, r.candidate.config.scaling.resolution,
              double(r.candidate.macs) / 1e9, r.candidate.realisedGrowth, r.valAccuracy, r.bestValAccuracy, r.seconds,
              r.latencyMs, r.rank);
        QVERIFY(r.done);
        QCOMPARE(r.steps, int64_t(18));
        QVERIFY(r.valAccuracy >= 0.0 && r.valAccuracy <= 1.0);
        QVERIFY(r.bestValAccuracy >= r.valAccuracy);
        QVERIFY(r.latencyMs > 0.0);
        ranks.insert(r.rank);
    }
    QCOMPARE(ranks, (std::set<int>{1, 2, 3}));
    for (const GridRunResult &a : straight)
        for (const GridRunResult &b : straight)
            if (a.rank < b.rank)
                QVERIFY(a.valAccuracy >= b.valAccuracy);
    // the record on disk is the same search, finished, and its checkpoints are gone
    std::ifstream in(QDir(straightDir.path()).filePath("grid.json").toStdString());
    const nlohmann::json record = nlohmann::json::parse(in);
    QCOMPARE(record["candidates"].size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(record["candidates"][i]["done"].get<bool>(), true);
        QCOMPARE(record["candidates"][i]["rank"].get<int>(), straight[i].rank);
        QCOMPARE(record["candidates"][i]["macs"].get<int64_t>(), straight[i].candidate.macs);
        QVERIFY(!QFile::exists(QDir(straightDir.path()).filePath(QString("candidate-%1.safetensors").arg(i))));
    }

    // cancelled inside the second candidate, then resumed
    QTemporaryDir dir;
    try {
        runGridSearch(m_candidates, m_data, pre, options(dir.path()),
                      [](size_t index, const TrainPoint &p, const TrainOutcome &) { return !(index == 1 && p.step == 11); });
        QFAIL("not cancelled");
    } catch (const Error &e) {
        QVERIFY2(e.category() == ErrorCategory::Cancelled, e.what());
    }
    QVERIFY(QFile::exists(QDir(dir.path()).filePath("candidate-1.safetensors")));
    GridRunOptions resume = options(dir.path());
    resume.resume = true;
    std::set<size_t> trained;
    const std::vector<GridRunResult> resumed =
        runGridSearch(m_candidates, m_data, pre, resume, [&](size_t index, const TrainPoint &p, const TrainOutcome &s) {
            trained.insert(index);
            if (index == 1)
                [&] { QVERIFY(p.step > 11 && s.resumedFrom == 11); }();
            return true;
        });
    QCOMPARE(trained, (std::set<size_t>{1, 2})); // the first candidate was not trained again
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(resumed[i].valAccuracy, straight[i].valAccuracy);
        QCOMPARE(resumed[i].bestValAccuracy, straight[i].bestValAccuracy);
        QCOMPARE(resumed[i].valLoss, straight[i].valLoss);
        QCOMPARE(resumed[i].steps, straight[i].steps);
        QCOMPARE(resumed[i].rank, straight[i].rank);
    }

    // the folder now belongs to this search: another seed's is refused
    GridRunOptions other = options(dir.path(), 9);
    other.resume = true;
    try {
        runGridSearch(m_candidates, m_data, pre, other);
        QFAIL("a record of another search accepted");
    } catch (const Error &e) {
        QVERIFY2(e.category() == ErrorCategory::InvalidInput && QString(e.what()).contains("another grid search"), e.what());
    }
}

QTEST_MAIN(TestGridRun)
#include "test_grid_run.moc"
