// SPDX-License-Identifier: MIT
#pragma once
// A horizontal strip of the loaded photos' thumbnails, in the order they came; one is current.
#include <QListWidget>

namespace effscope {

class ThumbnailStrip : public QListWidget
{
    Q_OBJECT
public:
    explicit ThumbnailStrip(QWidget *parent = nullptr);
    /// Adds a photo (or refreshes its thumbnail when it is in the strip already).
    void addImage(const QString &path, const QImage &thumbnail, const QSize &imageSize);
    QStringList paths() const;
    QString currentPath() const;
    /// Makes a photo current without emitting imageActivated; false when it is not in the strip.
    bool setCurrentPath(const QString &path);
    /// The photo after (step 1) or before (step -1) the current one, wrapping; empty when none.
    QString neighbour(int step) const;
    /// Marks a photo that could not be classified: its caption starts with a warning sign and
    /// its tooltip says why; empty `message` clears the mark.
    void setFailed(const QString &path, const QString &message);
    QString failure(const QString &path) const;

Q_SIGNALS:
    void imageActivated(const QString &path);

private:
    int indexOf(const QString &path) const;
};

} // namespace effscope
