// SPDX-License-Identifier: MIT
// Torch headers first: Qt's keyword macros must not reach them (QT_NO_KEYWORDS is set too).
#include "arch/profiler.h"
#include "common/error.h"
#include "common/paths.h"
#include "explain/cam.h"
#include "explain/faithfulness.h"
#include "infer/engine.h"
#include "vision/heatmap.h"
#include "vision/image.h"

#include "inference_worker.h"

#include <ATen/Parallel.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <optional>

namespace effscope {

namespace {

struct LoadJob
{
    quint64 id;
    QString model;
    QString device;
};

struct ClassifyJob
{
    quint64 id;
    QString path;
    int topk;
};

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
    // Worker-thread only:
    std::optional<core::ModelHandle> model;
    std::vector<core::WeightEntry> registry;
    bool registryLoaded = false;
    // The last photo decoded (classify, then CAMs of the same photo, reuse it)
    QString photoPath;
    QDateTime photoModified;
    std::shared_ptr<const core::DecodedImage> photo;
    QImage photoImage;

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
    }
    m_cancelCam = true;
    // Torch state must die on the thread that used it.
    QMetaObject::invokeMethod(m_context, [this] { m_state->model.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

quint64 InferenceWorker::requestLoadModel(const QString &model, const QString &device)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->pendingLoad = LoadJob{id, model, device};
    }
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
    return id;
}

quint64 InferenceWorker::requestClassify(const QString &imagePath, int topk)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->pendingClassify = ClassifyJob{id, imagePath, topk};
    }
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
    return id;
}

quint64 InferenceWorker::requestCam(const CamRequest &request)
{
    const quint64 id = m_nextId++;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->pendingCam = std::make_pair(id, request);
    }
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
    return id;
}

void InferenceWorker::cancelCam()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->pendingCam.reset();
    }
    m_cancelCam = true;
}

void InferenceWorker::drain()
{
    // Loads run before classifications so that an image dropped right after a model switch is
    // classified by the new model.
    for (;;) {
        if (m_stopping)
            return;
        std::optional<LoadJob> load;
        std::optional<ClassifyJob> classify;
        std::optional<std::pair<quint64, CamRequest>> cam;
        {
            QMutexLocker lock(&m_state->mutex);
            if (m_state->pendingLoad) {
                load = m_state->pendingLoad;
                m_state->pendingLoad.reset();
            } else if (m_state->pendingClassify) {
                classify = m_state->pendingClassify;
                m_state->pendingClassify.reset();
            } else if (m_state->pendingCam) {
                cam = m_state->pendingCam;
                m_state->pendingCam.reset();
                m_cancelCam = false;
            }
        }
        if (!load && !classify && !cam)
            return;
        Q_EMIT busyChanged(true);
        if (load)
            runLoad(load->id, load->model, load->device);
        else if (classify)
            runClassify(classify->id, classify->path, classify->topk);
        else
            runCam(cam->first, cam->second);
        Q_EMIT busyChanged(false);
    }
}

void InferenceWorker::runLoad(quint64 id, const QString &model, const QString &device)
{
    try {
        QElapsedTimer timer;
        timer.start();
        if (!m_state->registryLoaded) {
            m_state->registry = core::loadRegistry(core::resourcePath("weights.json"));
            m_state->registryLoaded = true;
        }
        core::ModelRequest req;
        req.model = model.toStdString();
        req.device = device.toStdString();
        m_state->model.reset(); // free the old model first: B7 is large
        m_state->model = core::loadModel(req, m_state->registry);
        const core::ModelHandle &h = *m_state->model;
        const int size = h.preprocess.cropSize;
        const core::ModelProfile prof = core::profileModel(h.net->spec(), size, size);
        ModelInfo info;
        info.requestId = id;
        info.model = QString::fromStdString(h.config.name);
        info.weightsLabel = QString::fromStdString(h.weightsLabel);
        info.pretrained = h.pretrained;
        info.device = QString::fromStdString(h.device);
        info.params = prof.params;
        info.macs = prof.macs;
        info.inputSize = size;
        info.loadMs = timer.nsecsElapsed() / 1e6;
        info.cudaAvailable = core::cudaAvailable(); // a torch call too: asked here, never on the GUI thread
        info.engine = QString::fromLatin1(h.engineName());
        info.threads = at::get_num_threads();
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
                return !m_cancelCam.load() && !m_stopping.load();
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

} // namespace effscope
