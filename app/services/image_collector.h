// SPDX-License-Identifier: MIT
#pragma once
// ImageCollector turns what the user hands the window (dropped files and folders, Open, paste)
// into checked photos. Folders are expanded to the image files they hold (not recursively,
// sorted by name); every file is decoded once on a background thread (the same decoder and limits
// as the InferenceWorker, so an unreadable, corrupt, non-image or oversized file is refused
// here with the same message) and reported with a thumbnail. The GUI thread never touches a file.
#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <atomic>
#include <memory>

class QThreadPool;

namespace effscope {

class ImageCollector : public QObject
{
    Q_OBJECT
public:
    explicit ImageCollector(QObject *parent = nullptr);
    ~ImageCollector() override;

    /// Checks the files (and the image files in the folders) in the order given. Returns the
    /// batch id the signals carry.
    quint64 add(const QStringList &paths);
    /// Longest side of the thumbnails, in pixels.
    static constexpr int kThumbnailSize = 96;
    /// At most this many images are taken from one folder.
    static constexpr int kMaxFolderImages = 1000;
    /// File name suffixes taken from folders (lower case).
    static QStringList imageSuffixes();
    /// Saves a pasted image as a PNG under the app's data folder (written atomically); returns its
    /// path, or an empty string and the reason in *error.
    static QString savePasted(const QImage &image, QString *error);

Q_SIGNALS:
    void accepted(quint64 batch, const QString &path, const QImage &thumbnail, const QSize &imageSize);
    void rejected(quint64 batch, const QString &path, const QString &reason);
    void finished(quint64 batch, int acceptedCount, int rejectedCount);

private:
    void run(quint64 batch, const QStringList &paths);

    std::unique_ptr<QThreadPool> m_pool;
    std::atomic<quint64> m_nextBatch{1};
    std::atomic<bool> m_stopping{false};
};

} // namespace effscope
