// SPDX-License-Identifier: MIT
#include "thumbnail_strip.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

namespace effscope {

namespace {
constexpr int kIcon = 96;
}

ThumbnailStrip::ThumbnailStrip(QWidget *parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(QSize(kIcon, kIcon));
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(kIcon + fontMetrics().height() + 2 * frameWidth() + 22);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Loaded images"));
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT imageActivated(item->data(Qt::UserRole).toString()); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT imageActivated(item->data(Qt::UserRole).toString()); });
}

int ThumbnailStrip::indexOf(const QString &path) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole).toString() == path)
            return i;
    return -1;
}

void ThumbnailStrip::addImage(const QString &path, const QImage &thumb, const QSize &imageSize)
{
    int i = indexOf(path);
    if (i < 0) {
        auto *it = new QListWidgetItem(QFileInfo(path).fileName(), this);
        it->setData(Qt::UserRole, path);
        it->setSizeHint(QSize(kIcon + 16, kIcon + fontMetrics().height() + 12));
        i = count() - 1;
    }
    QListWidgetItem *it = item(i);
    QPixmap pm(kIcon, kIcon);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        const QImage img = thumb.scaled(kIcon, kIcon, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage((kIcon - img.width()) / 2, (kIcon - img.height()) / 2, img);
    }
    it->setIcon(QIcon(pm));
    it->setToolTip(tr("%1\n%2 x %3 px").arg(path).arg(imageSize.width()).arg(imageSize.height()));
}

void ThumbnailStrip::setFailed(const QString &path, const QString &message)
{
    const int i = indexOf(path);
    if (i < 0)
        return;
    QListWidgetItem *it = item(i);
    it->setData(Qt::UserRole + 1, message);
    it->setText(message.isEmpty() ? QFileInfo(path).fileName() : QStringLiteral("⚠ ") + QFileInfo(path).fileName());
    it->setForeground(message.isEmpty() ? palette().color(QPalette::Text) : QColor(Qt::red));
    if (!message.isEmpty())
        it->setToolTip(tr("%1\nNot classified: %2").arg(path, message));
}

QString ThumbnailStrip::failure(const QString &path) const
{
    const int i = indexOf(path);
    return i < 0 ? QString() : item(i)->data(Qt::UserRole + 1).toString();
}

QStringList ThumbnailStrip::paths() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->data(Qt::UserRole).toString();
    return out;
}

QString ThumbnailStrip::currentPath() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

bool ThumbnailStrip::setCurrentPath(const QString &path)
{
    const int i = indexOf(path);
    if (i < 0)
        return false;
    QSignalBlocker block(this);
    setCurrentRow(i);
    scrollToItem(item(i));
    return true;
}

QString ThumbnailStrip::neighbour(int step) const
{
    if (count() == 0)
        return {};
    const int cur = currentRow();
    const int i = cur < 0 ? 0 : ((cur + step) % count() + count()) % count();
    return item(i)->data(Qt::UserRole).toString();
}

} // namespace effscope
