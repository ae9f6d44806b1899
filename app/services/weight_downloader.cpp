// SPDX-License-Identifier: MIT
#include "weight_downloader.h"

#include "weights/registry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QStorageInfo>
#include <QTimer>

#include <cstdio>

namespace effscope {

struct WeightDownloader::Transfer
{
    DownloadJob job;
    int urlIndex = 0;
    QString partPath;
    QFile part;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 received = 0;      // bytes in the .part
    qint64 total = 0;         // expected, 0 when unknown
    QPointer<QNetworkReply> reply;
    QTimer stall;
    bool stalled = false;
    bool resumed = false;
    bool firstChunk = true; // of the current reply
};

WeightDownloader::WeightDownloader(QObject *parent) : QObject(parent), m_net(new QNetworkAccessManager(this))
{
    qRegisterMetaType<DownloadError>();
}

WeightDownloader::~WeightDownloader()
{
    for (auto &[id, t] : m_transfers)
        if (t->reply) {
            t->reply->disconnect(this);
            t->reply->abort();
        }
}

bool WeightDownloader::isRunning(const QString &id) const
{
    return m_transfers.count(id) > 0;
}

void WeightDownloader::start(const DownloadJob &job)
{
    if (isRunning(job.id))
        return;
    auto owned = std::make_unique<Transfer>();
    Transfer &t = *owned;
    t.job = job;
    t.total = job.size;
    t.partPath = job.targetPath + QStringLiteral(".part");
    m_transfers.emplace(job.id, std::move(owned));

    if (job.urls.isEmpty())
        return fail(t, DownloadError::NotFound, tr("%1 has no download address").arg(job.id));
    const QFileInfo target(job.targetPath);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(t, DownloadError::Io, tr("cannot create the folder %1").arg(target.absolutePath()));
    // Resume: hash what is already there, then ask only for the rest.
    t.part.setFileName(t.partPath);
    if (t.part.exists() && t.part.size() > 0) {
        if (!t.part.open(QIODevice::ReadOnly))
            return fail(t, DownloadError::Io, tr("cannot read %1: %2").arg(t.partPath, t.part.errorString()));
        if (!t.hash.addData(&t.part))
            return fail(t, DownloadError::Io, tr("cannot read %1").arg(t.partPath));
        t.received = t.part.size();
        t.part.close();
        t.resumed = true;
    }
    if (t.total > 0) {
        const QStorageInfo disk(target.absolutePath());
        const qint64 needed = t.total - t.received;
        if (disk.isValid() && disk.bytesAvailable() < needed + (16 << 20))
            return fail(t, DownloadError::DiskFull,
                        tr("not enough free space in %1: %2 MB needed, %3 MB free")
                            .arg(target.absolutePath())
                            .arg(needed / 1048576.0, 0, 'f', 1)
                            .arg(disk.bytesAvailable() / 1048576.0, 0, 'f', 1));
    }
    if (!t.part.open(t.resumed ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)))
        return fail(t, DownloadError::Io, tr("cannot write %1: %2").arg(t.partPath, t.part.errorString()));
    t.stall.setSingleShot(true);
    connect(&t.stall, &QTimer::timeout, this, [&t] {
        t.stalled = true;
        if (t.reply)
            t.reply->abort(); // reported by onFinished as a network error
    });
    request(t);
}

void WeightDownloader::request(Transfer &t)
{
    QNetworkRequest req(t.job.urls.at(t.urlIndex));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("effscope"));
    if (t.received > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(t.received) + "-");
    t.firstChunk = true;
    t.reply = m_net->get(req);
    t.stall.start(m_stallSeconds * 1000);
    connect(t.reply, &QNetworkReply::readyRead, this, [this, &t] { onData(t); });
    connect(t.reply, &QNetworkReply::finished, this, [this, &t] { onFinished(t); });
}

void WeightDownloader::onData(Transfer &t)
{
    QNetworkReply *r = t.reply;
    if (!r)
        return;
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // the error is reported when the reply finishes
    if (!r->isOpen())
        return; // aborted
    const QByteArray data = r->readAll();
    if (data.isEmpty())
        return;
    if (t.firstChunk && status == 200 && t.received > 0) {
        // the server ignored the Range request: start over
        t.part.resize(0);
        t.hash.reset();
        t.received = 0;
    }
    t.firstChunk = false;
    if (t.part.write(data) != data.size()) {
        const QString why = t.part.errorString();
        return fail(t, DownloadError::DiskFull, tr("writing %1 failed (disk full?): %2").arg(t.partPath, why));
    }
    t.hash.addData(data);
    t.received += data.size();
    if (t.total <= 0) {
        const qint64 length = r->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0)
            t.total = t.received - data.size() + length;
    }
    t.stall.start(m_stallSeconds * 1000);
    Q_EMIT progress(t.job.id, t.received, t.total);
}

void WeightDownloader::onFinished(Transfer &t)
{
    QNetworkReply *r = t.reply;
    if (!r)
        return;
    t.stall.stop();
    const QString id = t.job.id;
    onData(t); // anything still buffered
    if (!m_transfers.count(id))
        return; // failed while writing; t is gone
    r->deleteLater();
    t.reply = nullptr;
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString url = r->url().toString();
    const bool moreUrls = t.urlIndex + 1 < t.job.urls.size();
    if (status == 416 && t.received > 0) // the .part already holds everything
        return complete(t);
    if ((status == 404 || status == 410) && !moreUrls)
        return fail(t, DownloadError::NotFound, tr("%1 is not on the server (HTTP %2)").arg(url).arg(status));
    if (r->error() != QNetworkReply::NoError || t.stalled) {
        if (moreUrls && t.received == 0) {
            ++t.urlIndex;
            t.stalled = false;
            return request(t);
        }
        if (status >= 400)
            return fail(t, DownloadError::Http, tr("%1 answered HTTP %2").arg(url).arg(status));
        const QString why = t.stalled ? tr("no data for %1 s").arg(m_stallSeconds) : r->errorString();
        if (t.received == 0)
            return fail(t, DownloadError::Network, tr("cannot download from %1: %2").arg(url, why));
        return fail(t, DownloadError::Network,
                    tr("download from %1 stopped after %2 of %3 bytes: %4 (the part is kept; start again to resume)")
                        .arg(url)
                        .arg(t.received)
                        .arg(t.total > 0 ? QString::number(t.total) : tr("unknown"))
                        .arg(why));
    }
    complete(t);
}

void WeightDownloader::complete(Transfer &t)
{
    t.part.close();
    if (t.total > 0 && t.received < t.total)
        return fail(t, DownloadError::Network,
                    tr("the server sent %1 of %2 bytes of %3 and stopped (the part is kept; start again to resume)")
                        .arg(t.received)
                        .arg(t.total)
                        .arg(t.job.id));
    if (t.job.size > 0 && t.received != t.job.size) {
        QFile::remove(t.partPath);
        return fail(t, DownloadError::SizeMismatch,
                    tr("%1 is %2 bytes, the registry says %3; the file was discarded")
                        .arg(t.job.id)
                        .arg(t.received)
                        .arg(t.job.size));
    }
    const QString digest = QString::fromLatin1(t.hash.result().toHex());
    const bool full = !t.job.sha256.isEmpty();
    const bool ok = full ? digest == t.job.sha256.toLower()
                         : t.job.sha256Prefix.isEmpty() || digest.startsWith(t.job.sha256Prefix.toLower());
    if (!ok) {
        QFile::remove(t.partPath);
        return fail(t, DownloadError::HashMismatch,
                    tr("%1: SHA-256 %2 does not match the expected %3; the file was discarded")
                        .arg(t.job.id, digest, full ? t.job.sha256 : t.job.sha256Prefix + QStringLiteral("...")));
    }
    // rename(2) replaces the target atomically on POSIX
    if (std::rename(QFile::encodeName(t.partPath).constData(), QFile::encodeName(t.job.targetPath).constData()) != 0)
        return fail(t, DownloadError::Io, tr("cannot move %1 into place").arg(t.partPath));
    // the full digest beside the file: loads check it, so a change on disk is caught (registry
    // entries often give only a prefix, timm's none)
    QFile record(QString::fromStdString(core::digestRecordPath(QFile::encodeName(t.job.targetPath).toStdString())));
    if (record.open(QIODevice::WriteOnly | QIODevice::Truncate))
        record.write(digest.toLatin1() + '\n');
    const QString id = t.job.id, path = t.job.targetPath;
    m_transfers.erase(id);
    Q_EMIT finished(id, path);
}

void WeightDownloader::cancel(const QString &id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    // the user stopped it: nothing of it stays in the cache (a transfer that broke off keeps
    // its .part for a resume instead)
    const QString part = it->second->partPath;
    fail(*it->second, DownloadError::Cancelled, tr("download of %1 cancelled").arg(id));
    QFile::remove(part);
}

void WeightDownloader::fail(Transfer &t, DownloadError e, const QString &message)
{
    t.stall.stop();
    if (t.reply) {
        QNetworkReply *r = t.reply;
        t.reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    t.part.close();
    if (QFileInfo(t.partPath).exists() && QFileInfo(t.partPath).size() == 0)
        QFile::remove(t.partPath); // nothing worth resuming
    const QString id = t.job.id;
    // `t` dies here; signal afterwards so a slot may start the same id again
    QTimer::singleShot(0, this, [this, id, e, message] { Q_EMIT failed(id, e, message); });
    m_transfers.erase(id);
}

} // namespace effscope
