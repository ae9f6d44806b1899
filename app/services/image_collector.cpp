// SPDX-License-Identifier: MIT
#include "image_collector.h"

#include "vision/image.h"

#include <opencv2/imgproc.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>

namespace effscope {

namespace {

QImage thumbnail(const cv::Mat &rgb)
{
    const int longest = std::max(rgb.cols, rgb.rows);
    const double s = std::min(1.0, double(ImageCollector::kThumbnailSize) / longest);
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(std::max(1, int(rgb.cols * s + 0.5)), std::max(1, int(rgb.rows * s + 0.5))), 0, 0,
               cv::INTER_AREA);
    return QImage(small.data, small.cols, small.rows, int(small.step), QImage::Format_RGB888).copy();
}

} // namespace

ImageCollector::ImageCollector(QObject *parent) : QObject(parent), m_pool(std::make_unique<QThreadPool>())
{
    // one file at a time: the two cores belong to the InferenceWorker first
    m_pool->setMaxThreadCount(1);
}

ImageCollector::~ImageCollector()
{
    m_stopping = true;
    m_pool->clear();
    m_pool->waitForDone();
}

QStringList ImageCollector::imageSuffixes()
{
    return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"),
            QStringLiteral("webp"), QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff")};
}

quint64 ImageCollector::add(const QStringList &paths)
{
    const quint64 batch = m_nextBatch++;
    m_pool->start([this, batch, paths] { run(batch, paths); });
    return batch;
}

void ImageCollector::run(quint64 batch, const QStringList &paths)
{
    int good = 0, bad = 0;
    auto check = [&](const QString &path) {
        try {
            const core::DecodedImage img = core::decodeImageFile(QFile::encodeName(path).toStdString());
            ++good;
            Q_EMIT accepted(batch, path, thumbnail(img.rgb), QSize(img.rgb.cols, img.rgb.rows));
        } catch (const std::exception &e) {
            ++bad;
            // the core message starts with the path; the file name is shown beside it already
            QString reason = QString::fromUtf8(e.what());
            for (const QString &prefix : {QStringLiteral("'%1': ").arg(path), path + QStringLiteral(": ")})
                if (reason.startsWith(prefix))
                    reason = reason.mid(prefix.size());
            Q_EMIT rejected(batch, path, reason);
        }
    };
    const QStringList suffixes = imageSuffixes();
    for (const QString &p : paths) {
        if (m_stopping)
            return;
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable);
            while (it.hasNext()) {
                const QFileInfo f(it.next());
                if (suffixes.contains(f.suffix().toLower()))
                    files << f.absoluteFilePath();
            }
            std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
                return QString::compare(a, b, Qt::CaseInsensitive) < 0;
            });
            if (files.isEmpty()) {
                ++bad;
                Q_EMIT rejected(batch, info.absoluteFilePath(),
                                tr("the folder holds no image files (%1)").arg(suffixes.join(QStringLiteral(", "))));
            } else if (files.size() > kMaxFolderImages) {
                ++bad;
                Q_EMIT rejected(batch, info.absoluteFilePath(),
                                tr("the folder holds %1 images; only the first %2 are loaded")
                                    .arg(files.size())
                                    .arg(kMaxFolderImages));
                files = files.mid(0, kMaxFolderImages);
            }
            for (const QString &f : files) {
                if (m_stopping)
                    return;
                check(f);
            }
        } else if (!info.exists()) {
            ++bad;
            Q_EMIT rejected(batch, p, tr("no such file"));
        } else if (!info.isFile()) {
            ++bad;
            Q_EMIT rejected(batch, p, tr("not a regular file"));
        } else {
            check(info.absoluteFilePath());
        }
    }
    Q_EMIT finished(batch, good, bad);
}

QString ImageCollector::savePasted(const QImage &image, QString *error)
{
    if (image.isNull()) {
        *error = tr("the clipboard holds no image");
        return {};
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pasted");
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return {};
    }
    const QString path = dir + QStringLiteral("/pasted-%1.png")
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return {};
    }
    return path;
}

} // namespace effscope
