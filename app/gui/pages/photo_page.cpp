// SPDX-License-Identifier: MIT
#include "pages/photo_page.h"

#include "image_util.h"
#include "image_view.h"
#include "workbench.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSaveFile>

namespace effscope {

namespace {
QString csvQuoted(QString s)
{
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}
} // namespace

PhotoPage::PhotoPage(Workbench &bench, QWidget *parent) : Page(View::Photo, bench, parent)
{
    m_image = new ImageView(this);
    m_image->setPlaceholder(tr("Drop a photo here"));
    setContent(m_image);
    connect(&bench, &Workbench::classified, this, [this](const ClassifyResult &r) { m_image->setImage(toQImage(r.image)); });
    connect(&bench, &Workbench::classifyFailed, this, [this] {
        if (this->bench().lastResult().top.isEmpty()) // nothing shown before: say so in the view
            m_image->setPlaceholder(tr("Could not open this image"));
    });
}

void PhotoPage::addExports(QMenu *menu)
{
    menu->addAction(tr("&Top-5 (CSV or JSON)..."), this, [this] {
        const ClassifyResult &r = bench().lastResult();
        const QString name = QStringLiteral("%1-%2-top5.csv").arg(QFileInfo(r.imagePath).completeBaseName(), r.model);
        exportTo(tr("Export the top-5"), tr("CSV (*.csv);;JSON (*.json)"), name,
                 [this](const QString &path) { return exportTop5(path); });
    });
}

QString PhotoPage::exportTop5(const QString &path) const
{
    const ClassifyResult &r = bench().lastResult();
    if (r.top.isEmpty())
        return tr("there are no predictions to export yet");
    QByteArray data;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonArray top;
        for (const ClassScore &c : r.top)
            top.append(QJsonObject{{"index", c.index}, {"label", c.label}, {"probability", double(c.probability)}});
        data = QJsonDocument(QJsonObject{{"image", r.imagePath}, {"model", r.model}, {"weights", r.weightsLabel}, {"top", top}})
                   .toJson();
    } else if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        data = "rank,index,label,probability,image,model,weights\n";
        int rank = 1;
        for (const ClassScore &c : r.top)
            data += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                        .arg(rank++)
                        .arg(c.index)
                        .arg(csvQuoted(c.label))
                        .arg(c.probability, 0, 'g', 6)
                        .arg(csvQuoted(r.imagePath), csvQuoted(r.model), csvQuoted(r.weightsLabel))
                        .toUtf8();
    } else {
        return tr("choose a .csv or .json file name");
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QImage PhotoPage::picture() const
{
    return m_image->image().isNull() ? Page::picture() : m_image->image();
}

} // namespace effscope
