// SPDX-License-Identifier: MIT
// Torch headers first: Qt's keyword macros must not reach them (QT_NO_KEYWORDS is set too).
#include "arch/presets.h"
#include "arch/profiler.h"
#include "arch/scaling_study.h"
#include "common/dataset.h"
#include "common/error.h"
#include "common/paths.h"
#include "explain/activations.h"
#include "explain/cam.h"
#include "explain/faithfulness.h"
#include "explain/importance.h"
#include "infer/benchmark.h"
#include "infer/engine.h"
#include "infer/evaluate.h"
#include "vision/heatmap.h"
#include "vision/image.h"

#include "custom_scale.h"
#include "inference_worker.h"

#include <ATen/Parallel.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <map>
#include <optional>

#include <opencv2/imgproc.hpp>

namespace effscope {

struct LoadJob
{
    quint64 id;
    QString model;
    QString device;
    QString weights;
    QString precision;
    std::optional<CustomScale> custom;
};

namespace {

struct ClassifyJob
{
    quint64 id;
    QString path;
    int topk;
};

struct ActivationJob
{
    quint64 id;
    QString path;
    QString layer;
};

struct ChannelJob
{
    quint64 id;
    QString layer;
    int channel;
};

enum Kind { None = 0, Load, Classify, Cam, Activations, Channel, Compare, Latency, Evaluate, Sweep, Importance };

struct LatencyJob
{
    quint64 id;
    QStringList presets;
    int iters;
    QVector<CustomScale> custom;
};

constexpr int kCellMax = 48;      // activation grid cells: at most this many pixels a side
constexpr int kCompareSteps = 16; // deletion / insertion steps in the compare view
constexpr size_t kCompareCache = 4;

// Exceptions stop here, at the task boundary, and travel on as values.
TaskError taskError(quint64 id, const char *task, std::exception_ptr ex)
{
    TaskError e{id, QString::fromLatin1(task), QStringLiteral("error"), QString()};
    try {
        std::rethrow_exception(ex);
    } catch (const core::Error &err) {
        e.category = QString::fromUtf8(core::categoryName(err.category()));
        e.message = QString::fromStdString(err.what());
    } catch (const std::exception &err) {
        e.message = QString::fromStdString(err.what());
    }
    return e;
}

QImage toQImage(const cv::Mat &rgb)
{
    const QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    const int longest = std::max(rgb.cols, rgb.rows);
    if (longest > 1024)
        return view.scaled(view.size() * (1024.0 / longest), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return view.copy(); // detach from the cv::Mat's buffer
}

} // namespace

struct InferenceWorker::State
{
    QMutex mutex; // guards the pending jobs only
    std::optional<LoadJob> pendingLoad;
    std::optional<ClassifyJob> pendingClassify;
    std::optional<std::pair<quint64, CamRequest>> pendingCam;
    std::optional<ActivationJob> pendingActivations;
    std::optional<ChannelJob> pendingChannel;
    std::optional<std::pair<quint64, CompareRequest>> pendingCompare;
    std::optional<LatencyJob> pendingLatency;
    std::optional<std::pair<quint64, EvalRequest>> pendingEvaluate;
    std::optional<std::pair<quint64, SweepRequest>> pendingSweep;
    std::optional<std::pair<quint64, QString>> pendingImportance;
    // Worker-thread only:
    std::map<std::string, core::ModelHandle> compareModels; // other scales for the compare view
    at::Tensor activations;   // [C, h, w] of the last activation request
    QString activationsLayer;
    std::optional<core::ModelHandle> model;
    std::vector<core::WeightEntry> registry;
    bool registryLoaded = false;
    // The last photo decoded (classify, then CAMs of the same photo, reuse it)
    QString photoPath;
    QDateTime photoModified;
    std::shared_ptr<const core::DecodedImage> photo;
    QImage photoImage;

    /// The current model when it is `name` on `device`, else a cached or freshly loaded one
    /// (registry weights for presets, random init for custom scales).
    core::ModelHandle &scaleHandle(const QString &name, const std::optional<CustomScale> &custom,
                                   const QString &device, std::function<bool(double)> progress);

    void ensureRegistry()
    {
        if (!registryLoaded) {
            registry = core::loadRegistry(core::resourcePath("weights.json"));
            registryLoaded = true;
        }
    }

    const core::DecodedImage &decode(const QString &path)
    {
        const QDateTime modified = QFileInfo(path).lastModified();
        if (!photo || path != photoPath || modified != photoModified) {
            photo.reset(); // a failed decode leaves nothing stale behind
            auto img = std::make_shared<core::DecodedImage>(core::decodeImageFile(path.toStdString()));
            photoImage = toQImage(img->rgb);
            photo = std::move(img);
            photoPath = path;
            photoModified = modified;
        }
        return *photo;
    }
};

InferenceWorker::InferenceWorker(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_context(new QObject), m_state(std::make_unique<State>())
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("InferenceWorker"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    // OpenMP thread counts are per calling thread: set the worker's own.
    QMetaObject::invokeMethod(m_context, [] { core::useThreads(); }, Qt::QueuedConnection);
}

InferenceWorker::~InferenceWorker()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->pendingLoad.reset();
        m_state->pendingClassify.reset();
        m_state->pendingCam.reset();
        m_state->pendingActivations.reset();
        m_state->pendingChannel.reset();
        m_state->pendingCompare.reset();
        m_state->pendingLatency.reset();
        m_state->pendingEvaluate.reset();
        m_state->pendingSweep.reset();
        m_state->pendingImportance.reset();
    }
    m_cancel = true;
    // Torch state must die on the thread that used it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_state->model.reset();
            m_state->compareModels.clear();
            m_state->activations = at::Tensor();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

quint64 InferenceWorker::post(const std::function<void(quint64)> &store)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_state->mutex);
        store(id);
    }
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
    return id;
}

quint64 InferenceWorker::requestLoadModel(const QString &model, const QString &device, const QString &weights,
                                          const QString &precision)
{
    return post([&](quint64 id) { m_state->pendingLoad = LoadJob{id, model, device, weights, precision, {}}; });
}

quint64 InferenceWorker::requestBuildModel(const CustomScale &scale, const QString &device, const QString &precision)
{
    return post([&](quint64 id) { m_state->pendingLoad = LoadJob{id, scale.name, device, QString(), precision, scale}; });
}

quint64 InferenceWorker::requestClassify(const QString &imagePath, int topk)
{
    return post([&](quint64 id) { m_state->pendingClassify = ClassifyJob{id, imagePath, topk}; });
}

quint64 InferenceWorker::requestCam(const CamRequest &request)
{
    return post([&](quint64 id) { m_state->pendingCam = std::make_pair(id, request); });
}

void InferenceWorker::cancelCam()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->pendingCam.reset();
    if (m_running == Cam)
        m_cancel = true;
}

quint64 InferenceWorker::requestActivations(const QString &imagePath, const QString &layer)
{
    return post([&](quint64 id) {
        m_state->pendingActivations = ActivationJob{id, imagePath, layer};
        if (m_running == Activations)
            m_cancel = true; // the newer layer supersedes the one being computed
    });
}

quint64 InferenceWorker::requestChannel(const QString &layer, int channel)
{
    return post([&](quint64 id) { m_state->pendingChannel = ChannelJob{id, layer, channel}; });
}

quint64 InferenceWorker::requestCompare(const CompareRequest &request)
{
    return post([&](quint64 id) {
        m_state->pendingCompare = std::make_pair(id, request);
        if (m_running == Compare)
            m_cancel = true;
    });
}

quint64 InferenceWorker::requestLatency(const QStringList &presets, int iters, const QVector<CustomScale> &custom)
{
    return post([&](quint64 id) {
        m_state->pendingLatency = LatencyJob{id, presets, std::max(1, iters), custom};
        if (m_running == Latency)
            m_cancel = true;
    });
}

quint64 InferenceWorker::requestEvaluate(const EvalRequest &request)
{
    return post([&](quint64 id) {
        m_state->pendingEvaluate = std::make_pair(id, request);
        if (m_running == Evaluate)
            m_cancel = true;
    });
}

quint64 InferenceWorker::requestSweep(const SweepRequest &request)
{
    return post([&](quint64 id) {
        m_state->pendingSweep = std::make_pair(id, request);
        if (m_running == Sweep)
            m_cancel = true;
    });
}

quint64 InferenceWorker::requestImportance(const QString &imagePath)
{
    return post([&](quint64 id) { m_state->pendingImportance = std::make_pair(id, imagePath); });
}

QString InferenceWorker::evalCsvHeader()
{
    return QString::fromStdString(core::evalCsvHeader());
}

void InferenceWorker::cancel()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->pendingLatency.reset();
    m_state->pendingEvaluate.reset();
    m_state->pendingSweep.reset();
    m_state->pendingImportance.reset();
    m_state->pendingCam.reset();
    m_state->pendingActivations.reset();
    m_state->pendingCompare.reset();
    if (m_running != None && m_running != Classify && m_running != Channel)
        m_cancel = true;
}

void InferenceWorker::drain()
{
    // Loads run before classifications so that an image dropped right after a model switch is
    // classified by the new model; the quick jobs before the long ones.
    for (;;) {
        if (m_stopping)
            return;
        std::optional<LoadJob> load;
        std::optional<ClassifyJob> classify;
        std::optional<std::pair<quint64, CamRequest>> cam;
        std::optional<ActivationJob> acts;
        std::optional<ChannelJob> channel;
        std::optional<std::pair<quint64, CompareRequest>> compare;
        std::optional<LatencyJob> latency;
        std::optional<std::pair<quint64, EvalRequest>> evaluate;
        std::optional<std::pair<quint64, SweepRequest>> sweep;
        std::optional<std::pair<quint64, QString>> importance;
        quint64 id = 0;
        {
            QMutexLocker lock(&m_state->mutex);
            auto take = [&](auto &pending, auto &into, Kind kind) {
                if (m_running != None || !pending)
                    return;
                into = std::move(pending);
                pending.reset();
                m_running = kind;
            };
            take(m_state->pendingLoad, load, Load);
            take(m_state->pendingClassify, classify, Classify);
            take(m_state->pendingChannel, channel, Channel);
            take(m_state->pendingCam, cam, Cam);
            take(m_state->pendingActivations, acts, Activations);
            take(m_state->pendingCompare, compare, Compare);
            take(m_state->pendingImportance, importance, Importance);
            take(m_state->pendingLatency, latency, Latency);
            take(m_state->pendingEvaluate, evaluate, Evaluate);
            take(m_state->pendingSweep, sweep, Sweep);
            if (m_running == None)
                return;
            m_cancel = false;
            id = load ? load->id : classify ? classify->id : channel ? channel->id : cam ? cam->first
               : acts ? acts->id : compare ? compare->first : importance ? importance->first
               : latency ? latency->id : evaluate ? evaluate->first : sweep->first;
        }
        const bool cancellable = !classify && !channel;
        Q_EMIT busyChanged(true);
        if (cancellable)
            Q_EMIT cancellableChanged(id, true);
        if (load)
            runLoad(*load);
        else if (classify)
            runClassify(classify->id, classify->path, classify->topk);
        else if (channel)
            runChannel(channel->id, channel->layer, channel->channel);
        else if (cam)
            runCam(cam->first, cam->second);
        else if (acts)
            runActivations(acts->id, acts->path, acts->layer);
        else if (compare)
            runCompare(compare->first, compare->second);
        else if (importance)
            runImportance(importance->first, importance->second);
        else if (latency)
            runLatency(latency->id, latency->presets, latency->iters, latency->custom);
        else if (evaluate)
            runEvaluate(evaluate->first, evaluate->second);
        else
            runSweep(sweep->first, sweep->second);
        m_running = None;
        if (cancellable)
            Q_EMIT cancellableChanged(id, false);
        Q_EMIT busyChanged(false);
    }
}

namespace {

QVector<LayerRow> layerRows(const core::ResolvedModel &spec, int size)
{
    const core::ModelProfile prof = core::profileModel(spec, size, size);
    QVector<LayerRow> rows;
    for (const core::LayerInfo &l : core::explainableLayers(spec, size, size)) {
        LayerRow r;
        r.path = QString::fromStdString(l.path);
        r.kind = QString::fromStdString(l.kind);
        r.channels = int(l.channels);
        r.height = int(l.height);
        r.width = int(l.width);
        const std::string prefix = l.path + ".";
        for (const core::LayerProfile &p : prof.layers)
            if (p.name == l.path || p.name.compare(0, prefix.size(), prefix) == 0) {
                r.macs += p.macs;
                r.params += p.params;
            }
        rows.push_back(r);
    }
    return rows;
}

core::ModelHandle loadHandle(const std::vector<core::WeightEntry> &registry, const QString &model,
                             const QString &device, std::function<bool(double)> progress,
                             const QString &weights = QString(), const QString &precision = QStringLiteral("fp32"),
                             const std::optional<CustomScale> &custom = std::nullopt)
{
    core::ModelRequest req;
    if (custom)
        req.custom = customScaleConfig(*custom);
    req.model = model.toStdString();
    req.device = device.toStdString();
    req.precision = precision.toStdString();
    if (weights == QLatin1String("untrained"))
        req.pretrained = false;
    else if (!weights.isEmpty())
        req.weightsPath = QFile::encodeName(weights).toStdString();
    req.progress = std::move(progress);
    return core::loadModel(req, registry);
}

} // namespace

core::ModelHandle &InferenceWorker::State::scaleHandle(const QString &name, const std::optional<CustomScale> &custom,
                                                       const QString &device, std::function<bool(double)> progress)
{
    const std::string key = name.toStdString();
    if (model && model->config.name == key && model->device == device.toStdString())
        return *model;
    if (auto found = compareModels.find(key); found != compareModels.end())
        return found->second;
    if (compareModels.size() >= kCompareCache)
        compareModels.clear();
    ensureRegistry();
    core::ModelHandle loaded = loadHandle(registry, name, device, std::move(progress), QString(),
                                          QStringLiteral("fp32"), custom);
    return compareModels.emplace(key, std::move(loaded)).first->second;
}

void InferenceWorker::runLoad(const LoadJob &job)
{
    const quint64 id = job.id;
    try {
        QElapsedTimer timer;
        timer.start();
        m_state->ensureRegistry();
        // the previous model stays until this one is complete: a failed or cancelled load keeps it
        core::ModelHandle loaded = loadHandle(
            m_state->registry, job.model, job.device,
            [this, id](double f) {
                Q_EMIT progress(id, f);
                return !m_cancel.load() && !m_stopping.load();
            },
            job.weights, job.precision, job.custom);
        m_state->model.reset();
        m_state->model = std::move(loaded);
        m_state->activations = at::Tensor();
        m_state->activationsLayer.clear();
        const core::ModelHandle &h = *m_state->model;
        const int size = h.preprocess.cropSize;
        const core::ModelProfile prof = core::profileModel(h.net->spec(), size, size);
        ModelInfo info;
        info.requestId = id;
        info.model = QString::fromStdString(h.config.name);
        info.custom = job.custom.has_value();
        info.weightsLabel = QString::fromStdString(h.weightsLabel);
        info.pretrained = h.pretrained;
        info.device = QString::fromStdString(h.device);
        info.precision = QString::fromStdString(h.precision);
        info.params = prof.params;
        info.macs = prof.macs;
        info.inputSize = size;
        info.loadMs = timer.nsecsElapsed() / 1e6;
        info.cudaAvailable = core::cudaAvailable(); // a torch call too: asked here, never on the GUI thread
        info.engine = QString::fromLatin1(h.engineName());
        info.threads = at::get_num_threads();
        info.layers = layerRows(h.net->spec(), size);
        Q_EMIT modelReady(info);
    } catch (...) {
        Q_EMIT failed(taskError(id, "load", std::current_exception()));
    }
}

void InferenceWorker::runClassify(quint64 id, const QString &path, int topk)
{
    try {
        if (!m_state->model)
            throw core::Error(core::ErrorCategory::InvalidInput, "no model is loaded yet");
        core::ModelHandle &h = *m_state->model;
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = m_state->decode(path);
        const auto planes = core::preprocessImage(img.rgb, h.preprocess);
        const auto preds = core::classify(h, core::inputTensor(planes, h.preprocess.cropSize), topk).front();
        ClassifyResult r;
        r.latencyMs = timer.nsecsElapsed() / 1e6;
        r.requestId = id;
        r.imagePath = path;
        r.image = m_state->photoImage;
        r.model = QString::fromStdString(h.config.name);
        r.weightsLabel = QString::fromStdString(h.weightsLabel);
        r.pretrained = h.pretrained;
        r.precision = QString::fromStdString(h.precision);
        for (const std::string &n : img.conversions)
            r.notes << QString::fromStdString(n);
        const auto &names = core::imagenetClasses();
        for (const core::Prediction &p : preds)
            r.top.push_back({p.index, QString::fromStdString(names[size_t(p.index)]), p.probability});
        Q_EMIT classified(r);
    } catch (...) {
        Q_EMIT failed(taskError(id, "classify", std::current_exception()));
    }
}

void InferenceWorker::runCam(quint64 id, const CamRequest &request)
{
    try {
        if (!m_state->model)
            throw core::Error(core::ErrorCategory::InvalidInput, "no model is loaded yet");
        core::ModelHandle &h = *m_state->model;
        const core::DecodedImage &img = m_state->decode(request.imagePath);
        const int crop = h.preprocess.cropSize;
        const at::Tensor x = core::inputTensor(core::preprocessImage(img.rgb, h.preprocess), crop);
        core::CamOptions o;
        o.method = core::parseCamMethod(request.method.toStdString());
        o.layer = request.layer.toStdString();
        o.targetClass = request.classIndex;
        o.augSmooth = request.augSmooth;
        o.eigenSmooth = request.eigenSmooth;
        // the CAM is the first 60% of the work when metrics follow, all of it otherwise
        const double share = request.metrics ? 0.6 : 1.0;
        auto progressFn = [this, id](double from, double span) {
            return [this, id, from, span](double f) {
                Q_EMIT progress(id, from + span * f);
                return !m_cancel.load() && !m_stopping.load();
            };
        };
        QElapsedTimer timer;
        timer.start();
        const core::CamResult r = core::computeCam(h, x, o, progressFn(0.0, share));
        CamView v;
        v.ms = timer.nsecsElapsed() / 1e6;
        v.requestId = id;
        v.request = request;
        v.model = QString::fromStdString(h.config.name);
        v.layer = QString::fromStdString(r.layer);
        v.layerChannels = int(r.layerChannels);
        v.layerSize = QSize(int(r.map.size(1)), int(r.map.size(0)));
        v.classIndex = r.targetClass;
        const auto &names = core::imagenetClasses();
        v.label = r.targetClass < int(names.size()) ? QString::fromStdString(names[size_t(r.targetClass)]) : QString();
        v.probability = r.targetProbability;
        v.closedForm = r.closedForm;
        const at::Tensor heat = core::scaleCam(r.map, crop, crop);
        v.heatSize = crop;
        v.heat.resize(crop * crop);
        std::copy_n(heat.data_ptr<float>(), crop * crop, v.heat.begin());
        const core::CropGeometry g = core::cropGeometry(img.rgb.cols, img.rgb.rows, h.preprocess);
        const cv::Rect c = core::cropRectOnPhoto(g, img.rgb.cols, img.rgb.rows);
        v.covered = QRect(c.x, c.y, c.width, c.height);
        v.imageSize = QSize(img.rgb.cols, img.rgb.rows);
        v.image = m_state->photoImage;
        if (request.metrics) {
            const core::Faithfulness f =
                core::measureFaithfulness(h, x, heat, r.targetClass, {}, progressFn(share, 1.0 - share));
            v.hasMetrics = true;
            v.averageDrop = f.averageDrop;
            v.increase = f.increase;
            v.deletionAuc = f.deletionAuc;
            v.insertionAuc = f.insertionAuc;
            v.fractions = QVector<double>(f.fractions.begin(), f.fractions.end());
            v.deletion = QVector<double>(f.deletion.begin(), f.deletion.end());
            v.insertion = QVector<double>(f.insertion.begin(), f.insertion.end());
        }
        Q_EMIT camReady(v);
    } catch (...) {
        Q_EMIT failed(taskError(id, "cam", std::current_exception()));
    }
}

void InferenceWorker::runActivations(quint64 id, const QString &path, const QString &layer)
{
    try {
        if (!m_state->model)
            throw core::Error(core::ErrorCategory::InvalidInput, "no model is loaded yet");
        core::ModelHandle &h = *m_state->model;
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = m_state->decode(path);
        const int crop = h.preprocess.cropSize;
        const at::Tensor x = core::inputTensor(core::preprocessImage(img.rgb, h.preprocess), crop);
        Q_EMIT progress(id, 0.2);
        const at::Tensor a = core::layerActivations(h, x, layer.toStdString()).to(at::kCPU).contiguous();
        if (m_cancel || m_stopping)
            throw core::Error(core::ErrorCategory::Cancelled, "the activations were cancelled");
        Q_EMIT progress(id, 0.8);
        const std::vector<core::ChannelStats> stats = core::channelStats(a);
        ActivationView v;
        v.requestId = id;
        v.imagePath = path;
        v.model = QString::fromStdString(h.config.name);
        v.layer = layer;
        v.channels = int(a.size(0));
        v.height = int(a.size(1));
        v.width = int(a.size(2));
        for (int c : core::channelsByMean(stats))
            v.order.push_back(c);
        for (const core::ChannelStats &st : stats) {
            v.mean.push_back(st.mean);
            v.min.push_back(st.min);
            v.max.push_back(st.max);
            v.fractionZero.push_back(st.fractionZero);
            v.fractionNegative.push_back(st.fractionNegative);
        }
        const double s = std::min(1.0, double(kCellMax) / std::max(v.width, v.height));
        const cv::Size cell(std::max(1, int(v.width * s + 0.5)), std::max(1, int(v.height * s + 0.5)));
        v.cellSize = QSize(cell.width, cell.height);
        v.cells.resize(qsizetype(v.channels) * cell.area());
        const float *src = a.data_ptr<float>();
        for (int c = 0; c < v.channels; ++c) {
            const cv::Mat map(v.height, v.width, CV_32F, const_cast<float *>(src + qsizetype(c) * v.height * v.width));
            cv::Mat out(cell, CV_32F, v.cells.data() + qsizetype(c) * cell.area());
            if (cell.width == v.width && cell.height == v.height)
                map.copyTo(out);
            else
                cv::resize(map, out, cell, 0, 0, cv::INTER_AREA);
        }
        m_state->activations = a;
        m_state->activationsLayer = layer;
        v.ms = timer.nsecsElapsed() / 1e6;
        Q_EMIT activationsReady(v);
    } catch (...) {
        Q_EMIT failed(taskError(id, "activations", std::current_exception()));
    }
}

void InferenceWorker::runChannel(quint64 id, const QString &layer, int channel)
{
    try {
        const at::Tensor &a = m_state->activations;
        if (!a.defined() || layer != m_state->activationsLayer)
            throw core::Error(core::ErrorCategory::InvalidInput,
                              "the activations of " + layer.toStdString() + " are not computed yet");
        if (channel < 0 || channel >= a.size(0))
            throw core::Error(core::ErrorCategory::InvalidInput, layer.toStdString() + " has "
                                                                     + std::to_string(a.size(0)) + " channels, not "
                                                                     + std::to_string(channel + 1));
        ChannelView v;
        v.requestId = id;
        v.layer = layer;
        v.channel = channel;
        v.height = int(a.size(1));
        v.width = int(a.size(2));
        const float *p = a.data_ptr<float>() + qsizetype(channel) * v.height * v.width;
        v.values = QVector<float>(p, p + qsizetype(v.height) * v.width);
        Q_EMIT channelReady(v);
    } catch (...) {
        Q_EMIT failed(taskError(id, "channel", std::current_exception()));
    }
}

void InferenceWorker::runCompare(quint64 id, const CompareRequest &request)
{
    bool cancelled = false;
    try {
        m_state->ensureRegistry();
        const core::DecodedImage &img = m_state->decode(request.imagePath);
        const QImage photo = m_state->photoImage;
        const QString device = m_state->model ? QString::fromStdString(m_state->model->device) : QStringLiteral("cpu");
        const core::CamMethod method = core::parseCamMethod(request.method.toStdString());
        QVector<QString> errors;
        const auto order = cheapestFirst(request.models, request.custom, &errors);
        const double n = double(order.size());
        double done = 0;
        for (const auto &[macs, slot] : order) {
            if (m_cancel || m_stopping) {
                cancelled = true;
                break;
            }
            CompareItem it;
            it.requestId = id;
            it.slot = slot;
            it.model = request.models[slot];
            it.error = errors[slot];
            auto step = [&](double from, double span) {
                return [this, id, done, n, from, span](double f) {
                    Q_EMIT progress(id, (done + from + span * f) / n);
                    return !m_cancel.load() && !m_stopping.load();
                };
            };
            try {
                if (!it.error.isEmpty())
                    throw core::Error(core::ErrorCategory::InvalidInput, it.error.toStdString());
                const std::string name = request.models[slot].toStdString();
                core::ModelHandle &h = m_state->scaleHandle(it.model, findCustomScale(request.custom, it.model), device, step(0.0, 0.3));
                it.model = QString::fromStdString(h.config.name);
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                const int crop = h.preprocess.cropSize;
                it.inputSize = crop;
                it.macs = core::profileModel(h.net->spec(), crop, crop).macs;
                QElapsedTimer timer;
                timer.start();
                const at::Tensor x = core::inputTensor(core::preprocessImage(img.rgb, h.preprocess), crop);
                const auto preds = core::classify(h, x, 5).front();
                it.latencyMs = timer.nsecsElapsed() / 1e6;
                const auto &names = core::imagenetClasses();
                for (const core::Prediction &p : preds)
                    it.top.push_back({p.index, QString::fromStdString(names[size_t(p.index)]), p.probability});
                if (!step(0.3, 0.1)(1.0))
                    throw core::Error(core::ErrorCategory::Cancelled, "the comparison was cancelled");
                core::CamOptions o;
                o.method = method;
                o.targetClass = request.classIndex;
                timer.restart();
                const core::CamResult r = core::computeCam(h, x, o, step(0.4, 0.3));
                it.camMs = timer.nsecsElapsed() / 1e6;
                it.classIndex = r.targetClass;
                it.classLabel = r.targetClass < int(names.size()) ? QString::fromStdString(names[size_t(r.targetClass)]) : QString();
                it.classProbability = r.targetProbability;
                it.layer = QString::fromStdString(r.layer);
                it.layerSize = QSize(int(r.map.size(1)), int(r.map.size(0)));
                const at::Tensor heat = core::scaleCam(r.map, crop, crop).to(at::kCPU).contiguous();
                it.heatSize = crop;
                it.heat = QVector<float>(heat.data_ptr<float>(), heat.data_ptr<float>() + crop * crop);
                const core::CropGeometry g = core::cropGeometry(img.rgb.cols, img.rgb.rows, h.preprocess);
                const cv::Rect c = core::cropRectOnPhoto(g, img.rgb.cols, img.rgb.rows);
                it.covered = QRect(c.x, c.y, c.width, c.height);
                it.imageSize = QSize(img.rgb.cols, img.rgb.rows);
                it.image = photo;
                core::FaithfulnessOptions fo;
                fo.steps = kCompareSteps;
                const core::Faithfulness f = core::measureFaithfulness(h, x, heat, r.targetClass, fo, step(0.7, 0.3));
                it.deletionAuc = f.deletionAuc;
                it.insertionAuc = f.insertionAuc;
                it.averageDrop = f.averageDrop;
            } catch (const core::Error &e) {
                if (e.category() == core::ErrorCategory::Cancelled) {
                    cancelled = true;
                    break;
                }
                it.error = QString::fromStdString(e.what());
            } catch (const std::exception &e) {
                it.error = QString::fromStdString(e.what());
            }
            Q_EMIT compareItem(it);
            done += 1;
        }
    } catch (...) {
        Q_EMIT failed(taskError(id, "compare", std::current_exception()));
    }
    Q_EMIT compareFinished(id, cancelled);
}

void InferenceWorker::runLatency(quint64 id, const QStringList &presets, int iters, const QVector<CustomScale> &custom)
{
    bool cancelled = false;
    const std::string device = m_state->model ? m_state->model->device : "cpu";
    const auto order = cheapestFirst(presets, custom); // a bad name fails below, when it is built
    double done = 0;
    for (const auto &[macs, index] : order) {
        const QString &name = presets[index];
        if (m_cancel || m_stopping) {
            cancelled = true;
            break;
        }
        LatencyItem it;
        it.requestId = id;
        it.model = name;
        try {
            const auto c = findCustomScale(custom, name);
            const core::ModelConfig config = c ? customScaleConfig(*c) : core::preset(name.toStdString());
            Q_EMIT progress(id, (done + 0.3) / order.size());
            core::BenchOptions o;
            o.warmup = 2;
            o.iters = iters;
            // at the architecture's own resolution (the paper's for presets), which is what
            // the published accuracies beside it were measured at
            o.resolution = config.scaling.resolution;
            const core::BenchResult r = core::benchmarkConfig(config, device, o);
            it.inputSize = r.imgSize;
            it.macs = r.macs;
            it.medianMs = r.stepMsMedian;
            it.engine = QString::fromStdString(r.engine);
        } catch (const std::exception &e) {
            it.error = QString::fromUtf8(e.what());
        }
        Q_EMIT latencyItem(it);
        done += 1;
        Q_EMIT progress(id, done / order.size());
    }
    Q_EMIT latencyFinished(id, cancelled);
}

namespace {

QString safeFilePart(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'.') ? c : QChar(u'_');
    return out.left(60);
}

} // namespace

void InferenceWorker::runEvaluate(quint64 id, const EvalRequest &request)
{
    bool cancelled = false;
    try {
        const std::vector<core::LabelledImage> images = core::listLabelledImages(QFile::encodeName(request.dataset).toStdString());
        const QString device = m_state->model ? QString::fromStdString(m_state->model->device) : QStringLiteral("cpu");
        const std::vector<std::string> &classes = core::imagenetClasses();
        const auto order = cheapestFirst(request.models, request.custom); // a bad name fails when it loads
        const QByteArray datasetKey = QCryptographicHash::hash(QFileInfo(request.dataset).absoluteFilePath().toUtf8(),
                                                               QCryptographicHash::Sha1).toHex().left(12);
        const double n = double(order.size());
        double done = 0;
        for (const auto &[macs, slot] : order) {
            if (m_cancel || m_stopping) {
                cancelled = true;
                break;
            }
            EvalItem it;
            it.requestId = id;
            it.slot = slot;
            it.model = request.models[slot];
            it.dataset = request.dataset;
            it.images = int(images.size());
            try {
                core::ModelHandle &h = m_state->scaleHandle(it.model, findCustomScale(request.custom, it.model), device,
                                                            [this, id, done, n](double f) {
                                                                Q_EMIT progress(id, (done + 0.1 * f) / n);
                                                                return !m_cancel.load() && !m_stopping.load();
                                                            });
                it.weightsLabel = QString::fromStdString(h.weightsLabel);
                it.pretrained = h.pretrained;
                it.macs = core::profileModel(h.net->spec(), h.preprocess.cropSize, h.preprocess.cropSize).macs;
                core::EvalOptions o;
                if (!request.resumeDir.isEmpty()) {
                    QDir().mkpath(request.resumeDir);
                    o.resumeFile = QFile::encodeName(QDir(request.resumeDir).filePath(
                                                         safeFilePart(it.model) + QLatin1Char('-') + safeFilePart(it.weightsLabel)
                                                         + QLatin1Char('-') + QString::fromLatin1(datasetKey) + QStringLiteral(".tsv")))
                                       .toStdString();
                }
                o.progress = [this, id, done, n](double f) {
                    Q_EMIT progress(id, (done + 0.1 + 0.9 * f) / n);
                    return !m_cancel.load() && !m_stopping.load();
                };
                const core::EvalResult r = core::evaluate(h, images, [&h](const std::string &path) {
                    return core::preprocessImage(core::decodeImageFile(path).rgb, h.preprocess);
                }, o);
                it.imageSize = r.imageSize;
                it.cropPct = r.cropPct;
                it.interpolation = QString::fromStdString(r.interpolation);
                it.params = r.params;
                it.evaluated = r.evaluated;
                it.failed = r.failed;
                it.resumed = r.resumed;
                it.top1 = r.top1;
                it.top5 = r.top5;
                it.cancelled = r.cancelled;
                for (const core::ClassAccuracy &c : r.perClass)
                    it.perClass.push_back({c.label, QString::fromStdString(classes[size_t(c.label)]), c.count, c.top1});
                for (const core::Confusion &c : r.confused)
                    it.confused.push_back({c.label, c.predicted, c.count, QString::fromStdString(classes[size_t(c.label)]),
                                           QString::fromStdString(classes[size_t(c.predicted)])});
                for (const core::EvalSample &smp : r.samples)
                    if (!smp.error.empty())
                        it.errors.push_back(QString::fromStdString(smp.error));
                it.csvRow = QString::fromStdString(core::evalCsvRow(r));
                cancelled = r.cancelled;
            } catch (const std::exception &e) {
                if (m_cancel || m_stopping) { // stopped while its model loaded: nothing to report
                    cancelled = true;
                    break;
                }
                it.error = QString::fromUtf8(e.what());
            }
            Q_EMIT evalItem(it);
            done += 1;
            Q_EMIT progress(id, done / n);
            if (cancelled)
                break;
        }
    } catch (...) {
        Q_EMIT failed(taskError(id, "evaluate", std::current_exception()));
    }
    Q_EMIT evalFinished(id, cancelled || m_cancel);
}

void InferenceWorker::runSweep(quint64 id, const SweepRequest &request)
{
    bool cancelled = false;
    try {
        const std::string baseName = request.base.toStdString();
        const core::ModelConfig base = core::preset(baseName);
        const int64_t budget = int64_t(request.budgetGmacs * 1e9);
        const std::string device = m_state->model ? m_state->model->device : "cpu";
        std::vector<std::vector<core::StudyStep>> plans;
        for (const QString &d : request.dimensions) {
            const core::ScalingDimension dim = core::parseDimension(d.toStdString());
            plans.push_back(core::scalingStudy(base, dim, budget, request.points));
        }
        size_t total = 0, longest = 0;
        for (const auto &p : plans) {
            total += p.size();
            longest = std::max(longest, p.size());
        }
        double done = 0;
        for (size_t k = 0; k < longest && !cancelled; ++k) {
            for (const auto &plan : plans) {
                if (k >= plan.size())
                    continue;
                if (m_cancel || m_stopping) {
                    cancelled = true;
                    break;
                }
                const core::StudyStep &st = plan[k];
                SweepItem it;
                it.requestId = id;
                it.base = request.base;
                it.dimension = QString::fromLatin1(core::dimensionName(st.dimension));
                it.multiplier = st.multiplier;
                it.width = st.width;
                it.depth = st.depth;
                it.resolution = st.resolution;
                it.macs = st.macs;
                it.params = st.params;
                try {
                    core::ModelConfig config = core::scaledConfig(base, st.dimension, st.multiplier);
                    config.name = baseName + "-" + it.dimension.toStdString();
                    core::BenchOptions o;
                    o.warmup = 2;
                    o.iters = std::max(1, request.iters);
                    const core::BenchResult r = core::benchmarkConfig(config, device, o);
                    it.medianMs = r.stepMsMedian;
                    it.engine = QString::fromStdString(r.engine);
                } catch (const std::exception &e) {
                    it.error = QString::fromUtf8(e.what());
                }
                Q_EMIT sweepItem(it);
                done += 1;
                Q_EMIT progress(id, done / double(total));
            }
        }
    } catch (...) {
        Q_EMIT failed(taskError(id, "sweep", std::current_exception()));
    }
    Q_EMIT sweepFinished(id, cancelled);
}

void InferenceWorker::runImportance(quint64 id, const QString &imagePath)
{
    try {
        if (!m_state->model)
            throw core::Error(core::ErrorCategory::InvalidInput, "no model is loaded yet");
        core::ModelHandle &h = *m_state->model;
        QElapsedTimer timer;
        timer.start();
        const core::DecodedImage &img = m_state->decode(imagePath);
        const int crop = h.preprocess.cropSize;
        const at::Tensor x = core::inputTensor(core::preprocessImage(img.rgb, h.preprocess), crop);
        ImportanceView v;
        v.requestId = id;
        v.model = QString::fromStdString(h.config.name);
        v.weightsLabel = QString::fromStdString(h.weightsLabel);
        v.pretrained = h.pretrained;
        v.imagePath = imagePath;
        const auto rows = core::channelImportance(h, x, [this, id](double f) {
            Q_EMIT progress(id, f);
            return !m_cancel.load() && !m_stopping.load();
        });
        for (const core::LayerImportance &l : rows)
            v.rows.push_back({QString::fromStdString(l.layer), l.stage, l.channels, l.meanAbsGamma, l.weakFraction,
                              l.deadFraction, l.nonPositiveFraction});
        v.ms = timer.nsecsElapsed() / 1e6;
        Q_EMIT importanceReady(v);
    } catch (...) {
        Q_EMIT failed(taskError(id, "importance", std::current_exception()));
    }
}

} // namespace effscope
