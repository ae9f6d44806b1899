// SPDX-License-Identifier: MIT
#pragma once
// Downloads pretrained weight files into the cache: one file at a time per id, written as
// <file>.part, resumed with an HTTP Range request when a .part is already there, checked against
// the registry's SHA-256 (or the digest prefix in the file name when that is all the registry
// knows) and size, then renamed into place. Nothing is left half-written under the final name.
// Runs on the thread that owns it (Qt's network stack is asynchronous); no torch here.
#include "types.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace effscope {

struct DownloadJob
{
    QString id;           ///< registry id (also the key of progress/finished/failed)
    QList<QUrl> urls;     ///< tried in order until one answers
    QString sha256;       ///< full lowercase hex digest, empty when unknown
    QString sha256Prefix; ///< prefix from the file name (torchvision style), may be empty
    qint64 size = 0;      ///< expected bytes, 0 when unknown
    QString targetPath;   ///< final path in the cache
};


class WeightDownloader : public QObject
{
    Q_OBJECT
public:
    explicit WeightDownloader(QObject *parent = nullptr);
    ~WeightDownloader() override;

    /// Starts (or resumes) a download. A second start for an id already running is ignored.
    void start(const DownloadJob &job);
    /// Stops a running download and removes its .part (only a transfer that broke off keeps
    /// one, for a resume). Emits failed(Cancelled).
    void cancel(const QString &id);
    bool isRunning(const QString &id) const;

    /// Seconds without data before a transfer counts as failed (default 30).
    void setStallTimeout(int seconds) { m_stallSeconds = seconds; }

Q_SIGNALS:
    void progress(const QString &id, qint64 received, qint64 total);
    void finished(const QString &id, const QString &path);
    void failed(const QString &id, effscope::DownloadError error, const QString &message);

private:
    struct Transfer;
    void request(Transfer &t);
    void onData(Transfer &t);
    void onFinished(Transfer &t);
    void fail(Transfer &t, DownloadError e, const QString &message);
    void complete(Transfer &t);

    QNetworkAccessManager *m_net = nullptr;
    std::map<QString, std::unique_ptr<Transfer>> m_transfers;
    int m_stallSeconds = 30;
};

} // namespace effscope

