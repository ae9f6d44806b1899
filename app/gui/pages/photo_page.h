// SPDX-License-Identifier: MIT
#pragma once
// The photo as classified, and the export of its top-5.
#include "pages/page.h"

namespace effscope {

class ImageView;

class PhotoPage : public Page
{
    Q_OBJECT
public:
    explicit PhotoPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("&Photo"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    ImageView *imageView() const { return m_image; }
    /// The shown classification as .csv (rank, index, label, probability, image, model,
    /// weights) or .json. "" or the reason it failed.
    QString exportTop5(const QString &path) const;

private:
    ImageView *m_image = nullptr;
};

} // namespace effscope
