// SPDX-License-Identifier: MIT
#include "export_util.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QHeaderView>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>

namespace effscope {

QString savePlotSvg(QCustomPlot *plot, const QString &path, int width, int height, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("effscope"));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return QObject::tr("cannot start the SVG painter");
    plot->toPainter(&painter, width, height);
    painter.end();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(buffer.data()) != buffer.size() || !f.commit())
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString saveTableCsv(const QTableWidget *table, const QString &path)
{
    bool rowLabels = false;
    for (int r = 0; r < table->rowCount() && !rowLabels; ++r)
        rowLabels = table->verticalHeaderItem(r) && !table->verticalHeaderItem(r)->text().isEmpty();
    QStringList header;
    if (rowLabels)
        header << QString();
    for (int c = 0; c < table->columnCount(); ++c)
        header << csvField(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        if (rowLabels)
            cells << csvField(table->verticalHeaderItem(r) ? table->verticalHeaderItem(r)->text() : QString());
        for (int c = 0; c < table->columnCount(); ++c)
            cells << csvField(table->item(r, c) ? table->item(r, c)->text() : QString());
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

} // namespace effscope
