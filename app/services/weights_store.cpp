// SPDX-License-Identifier: MIT
#include "weights_store.h"

#include "arch/presets.h"
#include "arch/profiler.h"
#include "common/error.h"
#include "common/file_io.h"
#include "infer/engine.h"
#include "infer/torchscript_import.h"
#include "weights/finite.h"
#include "weights/match.h"
#include "weights/registry.h"
#include "weights/state_dict.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace effscope {

struct WeightsStore::Registry
{
    std::vector<core::WeightEntry> entries;
};

namespace {

/// 4 bytes for every parameter and for the two running statistics of every BN channel (each
/// convolution but the SE's and the classifier is followed by one); 0 for an unknown model.
qint64 stateDictBytes(const std::string &model)
{
    try {
        const core::ModelProfile prof = core::profileModel(core::resolve(core::preset(model)));
        qint64 bnChannels = 0;
        for (const core::LayerProfile &l : prof.layers)
            if (l.kind == core::LayerKind::Stem || l.kind == core::LayerKind::Expand || l.kind == core::LayerKind::Depthwise
                || l.kind == core::LayerKind::Project || l.kind == core::LayerKind::Head)
                bnChannels += l.outShape[1];
        return 4 * (prof.params + 2 * bnChannels);
    } catch (const std::exception &) {
        return 0;
    }
}

} // namespace

WeightsStore::WeightsStore(const QString &registryPath, const QString &cacheDir, QObject *parent)
    : QObject(parent), m_registry(std::make_unique<Registry>()),
      m_cacheDir(cacheDir.isEmpty() ? QString::fromStdString(core::weightsCacheDir()) : cacheDir),
      m_downloader(new WeightDownloader(this))
{
    m_registry->entries = core::loadRegistry(registryPath.toStdString());
    for (const core::WeightEntry &e : m_registry->entries) {
        WeightsRow r;
        r.id = QString::fromStdString(e.id);
        r.model = QString::fromStdString(e.model);
        r.source = QString::fromStdString(e.source);
        r.file = QString::fromStdString(e.file);
        r.size = e.size;
        r.estimatedSize = stateDictBytes(e.model);
        r.top1 = e.top1.value_or(-1);
        r.downloadable = !e.urls.empty();
        m_rows.push_back(r);
    }
    refresh();
    connect(m_downloader, &WeightDownloader::progress, this, [this](const QString &id, qint64 got, qint64 total) {
        const int i = indexOf(id);
        if (i < 0)
            return;
        m_rows[i].received = got;
        m_rows[i].total = total;
        Q_EMIT rowChanged(i);
    });
    connect(m_downloader, &WeightDownloader::finished, this, [this](const QString &id, const QString &path) {
        const int i = indexOf(id);
        if (i < 0)
            return;
        m_rows[i].state = WeightsRow::State::Cached;
        m_rows[i].path = path;
        m_rows[i].message.clear();
        Q_EMIT rowChanged(i);
    });
    connect(m_downloader, &WeightDownloader::failed, this,
            [this](const QString &id, DownloadError e, const QString &message) {
                const int i = indexOf(id);
                if (i < 0)
                    return;
                m_rows[i].state = e == DownloadError::Cancelled ? WeightsRow::State::Missing : WeightsRow::State::Failed;
                m_rows[i].error = e;
                m_rows[i].message = message;
                Q_EMIT rowChanged(i);
            });
}

WeightsStore::~WeightsStore()
{
    m_pool.waitForDone();
}

int WeightsStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

void WeightsStore::refresh()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        WeightsRow &r = m_rows[i];
        if (r.state == WeightsRow::State::Downloading)
            continue;
        const auto cached = core::findCachedFile(m_registry->entries[size_t(i)], m_cacheDir.toStdString());
        if (cached) {
            r.state = WeightsRow::State::Cached;
            r.path = QString::fromStdString(*cached);
            r.size = QFileInfo(r.path).size(); // exact, whatever the registry says
        } else if (r.state == WeightsRow::State::Cached) {
            r.state = WeightsRow::State::Missing;
            r.path.clear();
        }
    }
}

void WeightsStore::download(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0 || m_downloader->isRunning(id))
        return;
    const core::WeightEntry &e = m_registry->entries[size_t(i)];
    DownloadJob job;
    job.id = id;
    for (const std::string &u : e.urls)
        job.urls << QUrl(QString::fromStdString(u));
    job.sha256 = QString::fromStdString(e.sha256);
    job.sha256Prefix = QString::fromStdString(e.sha256Prefix);
    job.size = e.size;
    job.targetPath = QDir(m_cacheDir).filePath(m_rows[i].file);
    m_rows[i].state = WeightsRow::State::Downloading;
    m_rows[i].received = 0;
    m_rows[i].total = e.size;
    m_rows[i].message.clear();
    Q_EMIT rowChanged(i);
    m_downloader->start(job);
}

void WeightsStore::cancel(const QString &id)
{
    m_downloader->cancel(id);
}

void WeightsStore::importFile(const QString &file, const QString &model, bool trustTorchScript, bool allowNonFinite)
{
    const QString dir = QDir(m_cacheDir).filePath(QStringLiteral("imported/%1").arg(model));
    m_pool.start([this, file, model, dir, trustTorchScript, allowNonFinite] {
        QString summary, error, target = QDir(dir).filePath(QFileInfo(file).fileName());
        QString converted; // a TorchScript archive's tensors, before they are checked
        try {
            if (!QDir().mkpath(dir))
                throw core::Error(core::ErrorCategory::Io, "cannot create " + dir.toStdString());
            const std::string path = QFile::encodeName(file).toStdString();
            std::string source = "file";
            const core::FileBytes bytes = core::readFileBytes(path);
            if (core::isTorchScriptArchive(*bytes)) {
                if (!trustTorchScript)
                    throw core::Error(core::ErrorCategory::UnsupportedFormat,
                                      "this is a TorchScript archive: it carries code that is compiled when it is "
                                      "read. Tick \"Trust TorchScript\" to import it if it comes from a source you trust");
                target = QDir(dir).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".safetensors"));
                converted = target + QStringLiteral(".checking");
                core::torchScriptToSafetensors(path, QFile::encodeName(converted).toStdString());
                source = "TorchScript";
            }
            const core::StateDict dict = converted.isEmpty()
                                             ? core::parseStateDict(bytes, path)
                                             : core::readStateDict(QFile::encodeName(converted).toStdString());
            core::ResolvedModel spec = core::resolve(core::preset(model.toStdString()));
            // weights fine-tuned on the user's classes have a classifier of that many outputs
            const std::vector<std::string> own = core::classesFromMetadata(dict.metadata);
            if (!own.empty())
                spec.numClasses = int(own.size());
            const core::MatchedWeights m = core::matchStateDict(spec, dict);
            const std::vector<core::NonFiniteTensor> nonFinite = core::findNonFinite(dict);
            if (!allowNonFinite)
                core::refuseNonFinite(nonFinite);
            if (converted.isEmpty()) {
                core::writeFileAtomic(QFile::encodeName(target).toStdString(), *dict.bytes);
            } else {
                QFile::remove(target);
                if (!QFile::rename(converted, target))
                    throw core::Error(core::ErrorCategory::Io, "cannot move the converted file to " + target.toStdString());
            }
            summary = QStringLiteral("%1%2, %3 key layout, %4 tensors checked against %5")
                          .arg(source == "TorchScript" ? QStringLiteral("TorchScript -> ") : QString(),
                               QString::fromStdString(dict.format), QString::fromLatin1(core::keySchemeName(m.scheme)))
                          .arg(m.byName.size())
                          .arg(model);
            // the marker follows this import's choice: a clean file (or a refusal) leaves none
            const QString marker = nonFiniteMarker(target);
            QFile::remove(marker);
            if (!nonFinite.empty()) {
                const std::string why = core::describeNonFinite(nonFinite);
                core::writeFileAtomic(QFile::encodeName(marker).toStdString(), why + "\n");
                summary += QStringLiteral("; UNRELIABLE: ") + QString::fromStdString(why)
                           + QStringLiteral(", loaded anyway as asked");
            }
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        if (!converted.isEmpty())
            QFile::remove(converted); // nothing half-checked stays in the cache
    QMetaObject::invokeMethod(
            this,
            [this, file, model, target, summary, error] {
                if (error.isEmpty())
                    Q_EMIT imported(model, target, summary);
                else
                    Q_EMIT importFailed(file, error);
            },
            Qt::QueuedConnection);
    });
}

QStringList WeightsStore::importedFiles(const QString &model) const
{
    QStringList out;
    const QDir dir(QDir(m_cacheDir).filePath(QStringLiteral("imported/%1").arg(model)));
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Time))
        if (!f.fileName().endsWith(QLatin1String(".checking")) && !f.fileName().endsWith(QLatin1String(".part"))
            && !f.fileName().endsWith(QLatin1String(".allow-nonfinite")))
            out << f.absoluteFilePath();
    return out;
}

QString fineTunedDirectory(const QString &model)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("fine-tuned/") + model);
}

QStringList fineTunedFiles(const QString &model)
{
    QStringList out;
    const QDir dir(fineTunedDirectory(model));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Time))
        out << f.absoluteFilePath();
    return out;
}

QString nonFiniteMarker(const QString &weightsFile)
{
    return weightsFile + QStringLiteral(".allow-nonfinite");
}

bool nonFiniteAllowed(const QString &weightsFile)
{
    return !weightsFile.isEmpty() && QFileInfo::exists(nonFiniteMarker(weightsFile));
}

} // namespace effscope
