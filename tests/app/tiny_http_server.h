// SPDX-License-Identifier: MIT
#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for the download tests.
#include <QByteArray>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace testing {

// Minimal HTTP/1.1 GET server: /good (with Range support), /truncated (announces the whole file,
// sends 40% and closes), /wrong (other bytes of the same length), /slow (a chunk every 20 ms),
// /stall (headers, then nothing); anything else 404. Records the Range headers it saw.
class TinyServer : public QObject
{
public:
    QByteArray body;
    QStringList ranges;
    QTcpServer server;

    explicit TinyServer(const QByteArray &data) : body(data)
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    if (buffer->contains("\r\n\r\n")) {
                        answer(s, *buffer);
                        buffer->clear();
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
    }

private:
    void answer(QTcpSocket *s, const QByteArray &req)
    {
        const QByteArray path = req.split(' ').value(1);
        qint64 from = 0;
        for (const QByteArray &line : req.split('\n'))
            if (line.toLower().startsWith("range:")) {
                ranges << QString::fromLatin1(line.mid(6).trimmed());
                from = line.mid(line.indexOf('=') + 1).split('-').value(0).toLongLong();
            }
        if (path == "/good" || path == "/truncated" || path == "/wrong" || path == "/slow" || path == "/stall") {
            QByteArray data = body;
            if (path == "/wrong")
                for (int i = 0; i < data.size(); i += 4096)
                    data[i] = char(data[i] ^ 0x5a);
            const bool partial = from > 0 && path == "/good";
            const QByteArray payload = partial ? data.mid(from) : data;
            QByteArray head = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
            head += "Content-Type: application/octet-stream\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(payload.size()) + "\r\n";
            if (partial)
                head += "Content-Range: bytes " + QByteArray::number(from) + "-" + QByteArray::number(data.size() - 1)
                    + "/" + QByteArray::number(data.size()) + "\r\n";
            s->write(head + "\r\n");
            if (path == "/stall")
                return;
            if (path == "/slow") {
                auto *timer = new QTimer(s);
                auto *offset = new qint64(0);
                connect(timer, &QTimer::timeout, s, [s, payload, offset, timer] {
                    s->write(payload.mid(*offset, 65536));
                    *offset += 65536;
                    if (*offset >= payload.size()) {
                        timer->stop();
                        delete offset;
                        s->disconnectFromHost();
                    }
                });
                timer->start(20);
                return;
            }
            s->write(path == "/truncated" ? payload.left(payload.size() * 2 / 5) : payload);
            s->disconnectFromHost();
            return;
        }
        s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
        s->disconnectFromHost();
    }
};

} // namespace testing
