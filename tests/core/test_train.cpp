// SPDX-License-Identifier: MIT
// The training engine against its oracles (tools/make_train_fixtures.py): from identical weights
// and batches, two steps of SGD (with gradient clipping) and two of TF-style RMSProp give the
// weights and BN statistics PyTorch 1.13 and timm 0.9.16's RMSpropTF give (relative 1e-5),
// with BN in train mode, label smoothing and weight decay on conv/linear weights only.
// Stochastic depth: timm's per-block rates and drop_path's kept fraction and scale. Checkpoints:
// a run stopped, saved and resumed in a fresh trainer ends bit-identical to one that never
// stopped; bad checkpoints are refused with what is wrong. The training allocator keeps and
// reuses large blocks only while a scope lives.
#include "test_env.h"
#include "tensor_fixtures.h"
#include "arch/presets.h"
#include "common/error.h"
#include "nn/efficientnet.h"
#include "train/block_cache.h"
#include "train/trainer.h"
#include "weights/load_weights.h"
#include "weights/state_dict.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <QtTest/QtTest>

#include <cmath>

using namespace effscope::core;

namespace {

const QString kDir = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/train/");

QJsonObject manifest()
{
    return readJsonObject(kDir + "manifest.json");
}

at::Tensor readBin(const QString &file, const std::vector<int64_t> &shape)
{
    return readFloatBin(kDir + file, shape);
}

// torchvision's EfficientNet at the fixture's width, depth and classes
ModelConfig fixtureConfig(const QJsonObject &m)
{
    ModelConfig c;
    c.name = "b0-w0.5-d0.5";
    c.arch = ArchSpec::efficientNetB0();
    c.arch.numClasses = m["classes"].toInt();
    c.scaling.width = m["width"].toDouble();
    c.scaling.depth = m["depth"].toDouble();
    c.scaling.resolution = m["size"].toInt();
    c.scaling.dropout = 0.0;
    return c;
}

EfficientNet fixtureNet(const QJsonObject &m)
{
    EfficientNet net(resolve(fixtureConfig(m)));
    loadWeights(*net, readStateDict((kDir + "initial.safetensors").toStdString()));
    return net;
}

std::map<std::string, at::Tensor> readAll(const QString &file)
{
    const StateDict d = readStateDict(file.toStdString());
    std::map<std::string, at::Tensor> out;
    for (const TensorRecord &r : d.tensors)
        out[r.name] = recordToTensor(d, r);
    return out;
}


TrainConfig oracleConfig(const QJsonObject &m, const QJsonObject &opt, OptimizerKind kind)
{
    TrainConfig c;
    c.optimizer.kind = kind;
    c.optimizer.momentum = opt["momentum"].toDouble();
    c.optimizer.weightDecay = m["weight_decay"].toDouble();
    if (kind == OptimizerKind::RmsPropTf) {
        c.optimizer.decay = opt["decay"].toDouble();
        c.optimizer.eps = opt["eps"].toDouble();
    }
    c.schedule.base = opt["lr"].toDouble(); // constant: no warm-up, no decay
    c.labelSmoothing = m["label_smoothing"].toDouble();
    c.bnMomentum = m["bn_momentum"].toDouble();
    c.dropout = 0.0;
    c.stochasticDepth = 0.0;
    c.clipNorm = opt["clip_norm"].toDouble(0.0);
    return c;
}

struct Batches
{
    at::Tensor x[2], y[2];
};

Batches fixtureBatches(const QJsonObject &all)
{
    const QJsonObject m = all["model"].toObject();
    const int64_t n = m["batch"].toInt(), s = m["size"].toInt();
    Batches b;
    for (int i = 0; i < 2; ++i) {
        b.x[i] = readBin(QString("batch%1.bin").arg(i + 1), {n, 3, s, s});
        std::vector<int64_t> labels;
        for (const QJsonValue &v : all["labels"].toArray()[i].toArray())
            labels.push_back(v.toInt());
        b.y[i] = at::tensor(labels, at::kLong);
    }
    return b;
}

} // namespace

class TestTrain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        at::set_num_threads(2);
        QVERIFY2(!manifest().isEmpty(), "no training fixtures: the fixtures_train test generates them");
    }
    void optimizerStep_data();
    void optimizerStep();
    void stochasticDepth();
    void schedule();
    void resumeIsExact();
    void refusals();
    void blockCache();
};

void TestTrain::optimizerStep_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("sgd + clipping") << "sgd" << int(OptimizerKind::Sgd);
    QTest::newRow("rmsproptf") << "rmsproptf" << int(OptimizerKind::RmsPropTf);
}

void TestTrain::optimizerStep()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const QJsonObject all = manifest();
    const QJsonObject m = all["model"].toObject(), opt = all[name].toObject();
    EfficientNet net = fixtureNet(m);
    const auto initial = moduleState(*net);
    Trainer trainer(net, oracleConfig(all, opt, OptimizerKind(kind)));
    const Batches b = fixtureBatches(all);
    const QJsonArray losses = opt["losses"].toArray();
    for (int i = 0; i < 2; ++i) {
        const StepResult r = trainer.step(b.x[i], b.y[i]);
        QVERIFY2(std::abs(r.loss - losses[i].toDouble()) <= 1e-5 * std::abs(losses[i].toDouble()),
                 qPrintable(QString("step %1 loss %2, PyTorch %3").arg(i).arg(r.loss, 0, 'g', 9).arg(losses[i].toDouble(), 0, 'g', 9)));
    }
    const auto ours = moduleState(*net);
    const auto reference = readAll(kDir + name + ".safetensors");
    QCOMPARE(ours.size(), reference.size());
    double worstWeight = 0.0, worstUpdate = 0.0;
    std::string worstName;
    for (const auto &[key, ref] : reference) {
        const auto it = ours.find(key);
        QVERIFY2(it != ours.end(), key.c_str());
        if (!ref.is_floating_point()) { // num_batches_tracked
            QVERIFY2(at::equal(it->second, ref), key.c_str());
            continue;
        }
        const double scale = ref.abs().max().item<double>();
        const double rel = (it->second - ref).abs().max().item<double>() / std::max(scale, 1e-12);
        if (rel > worstWeight) {
            worstWeight = rel;
            worstName = key;
        }
        // the update itself, so a wrong optimizer cannot hide behind the weights' size
        const at::Tensor refUpdate = ref - initial.at(key), ourUpdate = it->second - initial.at(key);
        const double updateNorm = refUpdate.norm().item<double>();
        if (updateNorm > 1e-3 * std::max(scale, 1e-12) * std::sqrt(double(ref.numel())))
            worstUpdate = std::max(worstUpdate, (ourUpdate - refUpdate).norm().item<double>() / updateNorm);
    }
    qInfo("%s: worst relative weight difference %.2e (%s), worst relative update difference %.2e", qPrintable(name),
          worstWeight, worstName.c_str(), worstUpdate);
    QVERIFY2(worstWeight <= 1e-5, worstName.c_str());
    QVERIFY(worstUpdate <= 2e-4);
    QVERIFY(worstUpdate > 0.0 || worstWeight == 0.0); // some update was compared
}

void TestTrain::stochasticDepth()
{
    const QJsonObject dp = manifest()["drop_path"].toObject();
    // the per-block schedule of timm's efficientnet_b0 at drop_path_rate 0.2
    EfficientNet b0(resolve(preset("b0")));
    b0->setStochasticDepth(0.2);
    const QJsonArray rates = dp["rates_b0_0.2"].toArray();
    QCOMPARE(int(b0->blockCount()), rates.size());
    for (int i = 0; i < rates.size(); ++i) {
        // a block without a residual branch has nothing to drop (timm keeps the rate but never uses it)
        const double expected = b0->spec().blocks[size_t(i)].hasResidual() ? rates[i].toDouble() : 0.0;
        QVERIFY2(std::abs(b0->dropProbability(size_t(i)) - expected) < 1e-12, qPrintable(QString("block %1").arg(i)));
    }
    // drop_path itself: the kept fraction and the kept value 1 / (1 - p), the mean 1 (in
    // expectation) as timm's over the same number of draws
    const int draws = dp["draws"].toInt();
    at::Generator g = at::make_generator<at::CPUGeneratorImpl>(11);
    const QJsonObject byRate = dp["by_rate"].toObject();
    for (const QString &key : byRate.keys()) {
        const double p = key.toDouble();
        const QJsonObject timm = byRate[key].toObject();
        const at::Tensor out = dropPath(at::ones({draws, 4, 2, 2}), p, &g);
        // one decision per sample: all of a sample's values equal
        QVERIFY(at::equal(out.amax({1, 2, 3}), out.amin({1, 2, 3})));
        const at::Tensor perSample = out.select(1, 0).select(1, 0).select(1, 0);
        const double kept = perSample.ne(0).to(at::kDouble).mean().item<double>();
        const double sigma = std::sqrt(p * (1 - p) / draws);
        QVERIFY2(std::abs(kept - (1 - p)) < 5 * sigma, qPrintable(QString("p %1: kept %2").arg(p).arg(kept)));
        QVERIFY2(std::abs(kept - timm["kept_fraction"].toDouble()) < 7 * sigma,
                 qPrintable(QString("p %1: kept %2, timm %3").arg(p).arg(kept).arg(timm["kept_fraction"].toDouble())));
        const float keptValue = perSample.index_select(0, perSample.ne(0).nonzero().flatten().slice(0, 0, 1)).item<float>();
        QCOMPARE(keptValue, float(timm["kept_value"].toDouble()));
        QVERIFY(std::abs(perSample.mean().item<double>() - 1.0) < 5 * sigma / (1 - p));
    }
    // eval mode never drops; training does, per sample
    EfficientNet net = fixtureNet(manifest()["model"].toObject());
    net->setStochasticDepth(0.5);
    const at::Tensor x = at::randn({8, 3, 64, 64});
    net->eval();
    const at::Tensor a = net->forward(x), b = net->forward(x);
    QVERIFY(at::equal(a, b));
    net->train();
    at::Generator g1 = at::make_generator<at::CPUGeneratorImpl>(3), g2 = at::make_generator<at::CPUGeneratorImpl>(3);
    net->setGenerator(&g1);
    const at::Tensor t1 = net->forward(x);
    net->setGenerator(&g2);
    const at::Tensor t2 = net->forward(x);
    QVERIFY(at::equal(t1, t2)); // the same draws from the same seed
    net->setGenerator(&g1);
    QVERIFY(!at::equal(t1, net->forward(x))); // other draws
    net->setGenerator(nullptr);
}

void TestTrain::schedule()
{
    // warm-up to the base rate, then TF's staircase decay counted from step 0
    LearningRateSchedule s;
    s.base = 0.256;
    s.warmupSteps = 4;
    s.decayRate = 0.97;
    s.decaySteps = 2.4;
    QCOMPARE(s.at(0), 0.256 / 4);
    QCOMPARE(s.at(3), 0.256);
    QCOMPARE(s.at(4), 0.256 * 0.97);          // floor(4 / 2.4) = 1
    QCOMPARE(s.at(5), 0.256 * std::pow(0.97, 2)); // floor(5 / 2.4) = 2
    s.staircase = false;
    QVERIFY(std::abs(s.at(6) - 0.256 * std::pow(0.97, 2.5)) < 1e-15);
}

void TestTrain::resumeIsExact()
{
    // 6 steps with dropout, stochastic depth, warm-up and decay; stopped after 3, saved,
    // resumed in a new trainer over a new module: the same weights, bit for bit
    const QJsonObject all = manifest();
    const QJsonObject m = all["model"].toObject();
    TrainConfig c;
    c.optimizer.kind = OptimizerKind::RmsPropTf;
    c.schedule.base = 0.01;
    c.schedule.warmupSteps = 2;
    c.schedule.decaySteps = 2;
    c.dropout = 0.3;
    c.stochasticDepth = 0.3;
    c.clipNorm = 1.0;
    c.seed = 99;
    const Batches b = fixtureBatches(all);
    auto batch = [&](int step) { return step % 2; };

    EfficientNet straight = fixtureNet(m);
    Trainer whole(straight, c);
    std::vector<double> losses;
    for (int s = 0; s < 6; ++s)
        losses.push_back(whole.step(b.x[batch(s)], b.y[batch(s)]).loss);

    QTemporaryDir dir;
    const std::string path = dir.filePath("run.safetensors").toStdString();
    {
        EfficientNet first = fixtureNet(m);
        Trainer t(first, c);
        for (int s = 0; s < 3; ++s)
            QCOMPARE(t.step(b.x[batch(s)], b.y[batch(s)]).loss, losses[size_t(s)]);
        CheckpointExtra extra;
        extra.epoch = 1;
        extra.dataOrder = {4, 2, 0, 1, 3};
        extra.metadata["note"] = "halfway";
        t.saveCheckpoint(path, extra);
    }
    EfficientNet resumed = fixtureNet(m);
    {
        // perturb the fresh module so that only the checkpoint can make it equal
        at::NoGradGuard noGrad;
        for (auto &p : resumed->parameters())
            p.add_(0.01);
    }
    Trainer t(resumed, c);
    const CheckpointExtra extra = t.loadCheckpoint(path);
    QCOMPARE(t.steps(), int64_t(3));
    QCOMPARE(extra.epoch, int64_t(1));
    QCOMPARE(extra.dataOrder, (std::vector<int64_t>{4, 2, 0, 1, 3}));
    QCOMPARE(extra.metadata.at("note"), std::string("halfway"));
    for (int s = 3; s < 6; ++s)
        QCOMPARE(t.step(b.x[batch(s)], b.y[batch(s)]).loss, losses[size_t(s)]);
    const auto x = moduleState(*straight), y = moduleState(*resumed);
    for (const auto &[key, value] : x)
        QVERIFY2(at::equal(value, y.at(key)), key.c_str());
}

void TestTrain::refusals()
{
    const QJsonObject all = manifest();
    const QJsonObject m = all["model"].toObject();
    auto refused = [](const std::function<void()> &f, const QString &part) {
        try {
            f();
        } catch (const Error &e) {
            return QString::fromStdString(e.what()).contains(part) ? QString() : QString::fromStdString(e.what());
        }
        return QString("not refused");
    };
    TrainConfig c;
    EfficientNet net = fixtureNet(m);
    Trainer t(net, c);
    const Batches b = fixtureBatches(all);
    QCOMPARE(refused([&] { t.step(b.x[0].slice(0, 0, 1), b.y[0].slice(0, 0, 1)); }, "N >= 2"), QString());
    QCOMPARE(refused([&] { t.step(b.x[0], b.y[0] + 5); }, "labels must lie in [0, 5)"), QString());
    QCOMPARE(refused([&] { t.step(b.x[0], b.y[0].slice(0, 0, 2)); }, "one label per image"), QString());
    TrainConfig amp;
    amp.amp = true;
    QCOMPARE(refused([&] { Trainer(fixtureNet(m), amp); }, "needs a CUDA device"), QString());
    TrainConfig bad;
    bad.optimizer.momentum = 1.5;
    QCOMPARE(refused([&] { Trainer(fixtureNet(m), bad); }, "momentum must be in [0, 1)"), QString());
    QCOMPARE(refused([] { parseOptimizer("adam"); }, "choose sgd or rmsproptf"), QString());
    TrainConfig nan;
    nan.schedule.base = 1e30;
    nan.optimizer.kind = OptimizerKind::Sgd;
    {
        Trainer blowUp(fixtureNet(m), nan);
        QCOMPARE(refused([&] {
                     for (int i = 0; i < 20; ++i)
                         blowUp.step(b.x[i % 2], b.y[i % 2]);
                 },
                         "not finite"),
                 QString());
    }

    // checkpoints: another architecture, another optimizer, not a checkpoint at all
    QTemporaryDir dir;
    const std::string path = dir.filePath("c.safetensors").toStdString();
    t.step(b.x[0], b.y[0]);
    t.saveCheckpoint(path);
    ModelConfig other = fixtureConfig(m);
    other.arch.numClasses = 7;
    QCOMPARE(refused([&] { Trainer(EfficientNet(resolve(other)), c).loadCheckpoint(path); }, "classifier.1.weight"),
             QString());
    TrainConfig sgd = c;
    sgd.optimizer.kind = OptimizerKind::Sgd;
    QCOMPARE(refused([&] { Trainer(fixtureNet(m), sgd).loadCheckpoint(path); }, "trained with rmsproptf"), QString());
    QCOMPARE(refused([&] { Trainer(fixtureNet(m), c).loadCheckpoint((kDir + "initial.safetensors").toStdString()); },
                     "not an effscope training checkpoint"),
             QString());
    // a refused checkpoint changes nothing
    EfficientNet kept = fixtureNet(m);
    const auto before = moduleState(*kept);
    Trainer k(kept, sgd);
    QCOMPARE(refused([&] { k.loadCheckpoint(path); }, "trained with rmsproptf"), QString());
    for (const auto &[key, value] : moduleState(*kept))
        QVERIFY2(at::equal(value, before.at(key)), key.c_str());
}

// The training allocator: a freed large block is handed back for the next request of its size
// class while a scope lives, never outside one, and a tensor that outlives the scope stays valid.
void TestTrain::blockCache()
{
    installCpuBlockCache();
    QVERIFY(cpuBlockCacheStats().installed);
    const int64_t n = int64_t(2) << 20; // 8 MiB of floats
    auto sumOf = [](int64_t k) { return double(k) * double(k - 1) / 2.0; };
    {
        const CpuBlockCacheStats before = cpuBlockCacheStats();
        at::empty({n}).fill_(1.0f); // allocated and freed
        at::Tensor again = at::arange(n, at::kDouble).to(at::kFloat);
        QCOMPARE(cpuBlockCacheStats().reused, before.reused); // no scope: nothing kept
        QCOMPARE(cpuBlockCacheStats().keptBytes, size_t(0));
        QCOMPARE(again.to(at::kDouble).sum().item<double>(), sumOf(n));
    }
    at::Tensor survivor;
    {
        CpuBlockCacheScope scope;
        QCOMPARE(cpuBlockCacheStats().scopes, 1);
        at::Tensor a = at::empty({n});
        const uintptr_t block = reinterpret_cast<uintptr_t>(a.data_ptr());
        QCOMPARE(block % (uintptr_t(2) << 20), uintptr_t(0)); // huge-page aligned
        const uint64_t reused = cpuBlockCacheStats().reused;
        a.reset();
        QVERIFY(cpuBlockCacheStats().keptBytes >= size_t(n) * 4);
        // a little smaller: the same size class, the same block, and it holds what is written
        at::Tensor b = at::empty({n - 1000});
        QCOMPARE(reinterpret_cast<uintptr_t>(b.data_ptr()), block);
        QCOMPARE(cpuBlockCacheStats().reused, reused + 1);
        QCOMPARE(cpuBlockCacheStats().keptBytes, size_t(0));
        b.copy_(at::arange(n - 1000, at::kDouble));
        QCOMPARE(b.to(at::kDouble).sum().item<double>(), sumOf(n - 1000));
        b.reset();
        // small blocks are not kept
        const size_t kept = cpuBlockCacheStats().keptBytes;
        at::Tensor small = at::ones({1000});
        small.reset();
        QCOMPARE(cpuBlockCacheStats().keptBytes, kept);
        // twice the size: another class, a fresh block
        at::Tensor big = at::empty({2 * n});
        QVERIFY(reinterpret_cast<uintptr_t>(big.data_ptr()) != block);
        survivor = at::full({n}, 3.0f);
    }
    const CpuBlockCacheStats after = cpuBlockCacheStats();
    QCOMPARE(after.scopes, 0);
    QCOMPARE(after.keptBytes, size_t(0)); // the last scope freed what was kept
    QCOMPARE(survivor.sum().item<double>(), 3.0 * double(n));
    survivor.reset(); // freed outright, not kept
    QCOMPARE(cpuBlockCacheStats().keptBytes, size_t(0));
}

QTEST_MAIN(TestTrain)
#include "test_train.moc"
