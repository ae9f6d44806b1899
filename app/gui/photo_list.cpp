// SPDX-License-Identifier: MIT
#include "photo_list.h"

#include "image_collector.h"
#include "settings.h"
#include "thumbnail_strip.h"
#include "workbench.h"

#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QUrl>

namespace effscope {

namespace {
constexpr int kRecent = 10;
} // namespace

PhotoList::PhotoList(Workbench &bench, ThumbnailStrip *strip, QMenu *recentMenu, QObject *parent)
    : QObject(parent), m_bench(bench), m_strip(strip), m_recentMenu(recentMenu), m_collector(new ImageCollector(this))
{
    connect(m_collector, &ImageCollector::accepted, this,
            [this](quint64 batch, const QString &path, const QImage &thumb, const QSize &size) {
                m_strip->addImage(path, thumb, size);
                if (batch != m_batch || m_batchShown)
                    return;
                if (m_batchFirst.isEmpty())
                    m_batchFirst = path;
                if (m_batchPreferred.isEmpty() || QFileInfo(path).absoluteFilePath() == m_batchPreferred) {
                    m_batchShown = true;
                    show(path);
                }
            });
    connect(m_collector, &ImageCollector::rejected, this, &PhotoList::onRejected);
    connect(m_collector, &ImageCollector::finished, this, &PhotoList::onChecked);
    connect(m_strip, &ThumbnailStrip::imageActivated, this, &PhotoList::show);
    rebuildRecentMenu();
}

bool PhotoList::open(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Q_EMIT nothingOpened(tr("'%1' does not exist.").arg(path.toHtmlEscaped()));
        return false;
    }
    add({path});
    return true;
}

void PhotoList::add(const QStringList &paths, const QString &preferred)
{
    if (paths.isEmpty())
        return;
    m_batch = m_collector->add(paths);
    m_batchShown = false;
    m_batchPreferred = preferred.isEmpty() ? QString() : QFileInfo(preferred).absoluteFilePath();
    m_batchFirst.clear();
    m_batchRejects.clear();
    m_bench.showMessage(tr("Checking %n files...", nullptr, int(paths.size())), 0);
}

void PhotoList::onRejected(quint64 batch, const QString &path, const QString &reason)
{
    if (batch == m_batch)
        m_batchRejects << tr("%1: %2").arg(QFileInfo(path).fileName(), reason);
}

void PhotoList::onChecked(quint64 batch, int accepted, int rejected)
{
    if (batch != m_batch)
        return;
    if (!m_batchShown && !m_batchFirst.isEmpty()) { // the preferred photo did not pass
        m_batchShown = true;
        show(m_batchFirst);
    }
    if (rejected == 0) {
        m_bench.showMessage(tr("Added %n images", nullptr, int(accepted)), 5000);
        return;
    }
    const QString list = m_batchRejects.join(QStringLiteral("; "));
    if (accepted == 0) {
        m_bench.showMessage(tr("Nothing to open"));
        Q_EMIT nothingOpened(tr("Nothing to open: %1").arg(list.toHtmlEscaped()));
    } else {
        m_bench.showMessage(tr("Added %n images; skipped %1", nullptr, int(accepted)).arg(list), 15000);
    }
}

void PhotoList::show(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_strip->setCurrentPath(absolute);
    remember(absolute);
    m_bench.showImage(absolute);
}

void PhotoList::step(int step)
{
    const QString path = m_strip->neighbour(step);
    if (!path.isEmpty() && path != m_bench.currentImage())
        show(path);
}

QString PhotoList::takeMime(const QMimeData *mime, const QString &what)
{
    QStringList files, remote;
    if (mime)
        for (const QUrl &url : mime->urls())
            (url.isLocalFile() ? files : remote) << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    if (!remote.isEmpty())
        m_bench.showMessage(tr("Only local files can be opened; skipped %1").arg(remote.join(QStringLiteral(", "))));
    if (files.isEmpty() && mime && mime->hasImage()) {
        QString error;
        const QString path = ImageCollector::savePasted(qvariant_cast<QImage>(mime->imageData()), &error);
        if (path.isEmpty())
            return tr("Cannot take the image from the %1: %2").arg(what, error);
        files << path;
    }
    if (files.isEmpty())
        return tr("Nothing to open: the %1 holds neither image files (JPEG, PNG, WebP or BMP), folders of them, "
                  "nor an image.")
            .arg(what);
    add(files);
    return {};
}

QStringList PhotoList::recent() const
{
    return settings::recentImages.value();
}

void PhotoList::remember(const QString &path)
{
    QStringList list = recent();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kRecent)
        list.removeLast();
    settings::recentImages.set(list);
    rebuildRecentMenu();
}

void PhotoList::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recent();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        m_recentMenu->addAction(tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"),
                                                 QFileInfo(path).fileName()),
                                this, [this, path] { open(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!list.isEmpty());
    if (!list.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            settings::recentImages.remove();
            rebuildRecentMenu();
        });
    }
}

} // namespace effscope
