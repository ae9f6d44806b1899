// SPDX-License-Identifier: MIT
#pragma once
// The photos the user brought in: files and folders from drops, File > Open, Open Recent and the
// clipboard, each checked off the GUI thread (ImageCollector) before it lands in the thumbnail
// strip; the first good one of a batch is shown. Keeps the recent list.
#include <QObject>
#include <QStringList>

class QMenu;
class QMimeData;

namespace effscope {

class ImageCollector;
class ThumbnailStrip;
class Workbench;

class PhotoList : public QObject
{
    Q_OBJECT
public:
    PhotoList(Workbench &bench, ThumbnailStrip *strip, QMenu *recentMenu, QObject *parent = nullptr);

    /// Adds files and folders to the strip (checked off the GUI thread) and shows the first
    /// photo that passes, or `preferred` when it is one of them and passes.
    void add(const QStringList &paths, const QString &preferred = QString());
    /// add() of one path; false when nothing exists there.
    bool open(const QString &path);
    /// Shows and classifies a photo already in the strip (or any file).
    void show(const QString &path);
    /// The photo after (1) or before (-1) the current one in the strip.
    void step(int step);
    /// Files or a bitmap from a drop or the clipboard (`what` names it in messages): "" when
    /// something was taken, else why nothing was.
    QString takeMime(const QMimeData *mime, const QString &what);
    /// The recent photos, most recent first.
    QStringList recent() const;

Q_SIGNALS:
    /// Nothing could be opened; the message says why (HTML-escaped where it quotes names).
    void nothingOpened(const QString &message);

private:
    void onRejected(quint64 batch, const QString &path, const QString &reason);
    void onChecked(quint64 batch, int accepted, int rejected);
    void remember(const QString &path);
    void rebuildRecentMenu();

    Workbench &m_bench;
    ThumbnailStrip *m_strip;
    QMenu *m_recentMenu;
    ImageCollector *m_collector;
    quint64 m_batch = 0; // the latest add: its first good photo is shown
    bool m_batchShown = false;
    QString m_batchPreferred, m_batchFirst;
    QStringList m_batchRejects;
};

} // namespace effscope
