// SPDX-License-Identifier: MIT
#include "export_util.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace effscope {

namespace {

QByteArray renderSvg(QCustomPlot *plot, int width, int height, const QString &title, QString *error)
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
    if (!painter.begin(&svg)) {
        *error = QObject::tr("cannot start the SVG painter");
        return {};
    }
    plot->toPainter(&painter, width, height);
    painter.end();
    return buffer.data();
}

QByteArray renderPdf(QCustomPlot *plot, int width, int height, const QString &title, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72); // one unit a point: the page is width x height points
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("effscope"));
        QCPPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QObject::tr("cannot start the PDF painter");
            return {};
        }
        painter.setMode(QCPPainter::pmVectorized);
        plot->toPainter(&painter, width, height);
        painter.end();
    }
    return buffer.data();
}

QByteArray renderPng(QCustomPlot *plot, int width, int height, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!plot->toPixmap(width, height, 1.0).save(&buffer, "PNG"))
        *error = QObject::tr("cannot encode the PNG");
    return buffer.data();
}

// A title row above the plot for as long as it is being exported: a saved plot says what it
// shows (the on-screen plot has the tab and the window around it instead)
class ExportTitle
{
public:
    ExportTitle(QCustomPlot *plot, const QString &title) : m_plot(plot)
    {
        if (title.isEmpty())
            return;
        QFont font = plot->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        m_plot->plotLayout()->insertRow(0);
        m_element = new QCPTextElement(m_plot, title, font);
        m_element->setObjectName(QStringLiteral("exportTitle"));
        m_plot->plotLayout()->addElement(0, 0, m_element);
    }
    ~ExportTitle()
    {
        if (!m_element)
            return;
        m_plot->plotLayout()->remove(m_element);
        m_plot->plotLayout()->simplify();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    ExportTitle(const ExportTitle &) = delete;
    ExportTitle &operator=(const ExportTitle &) = delete;

private:
    QCustomPlot *m_plot;
    QCPTextElement *m_element = nullptr;
};

} // namespace

QString withFilterSuffix(const QString &path, const QString &selectedFilter)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    // "PNG image (*.png)" -> ".png"; the first pattern of the filter the user had chosen
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    const QRegularExpressionMatch m = pattern.match(selectedFilter);
    return m.hasMatch() ? path + QLatin1Char('.') + m.captured(1) : path;
}

QString plotFileFilter()
{
    return QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString savePlot(QCustomPlot *plot, const QString &path, int width, int height, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    QByteArray data;
    const bool known = suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf");
    std::unique_ptr<ExportTitle> titled;
    if (known)
        titled = std::make_unique<ExportTitle>(plot, title);
    if (suffix == QLatin1String("png"))
        data = renderPng(plot, width, height, &error);
    else if (suffix == QLatin1String("svg"))
        data = renderSvg(plot, width, height, title, &error);
    else if (suffix == QLatin1String("pdf"))
        data = renderPdf(plot, width, height, title, &error);
    else
        return QObject::tr("%1: choose a .png, .svg or .pdf file name").arg(QFileInfo(path).fileName());
    if (!error.isEmpty())
        return error;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

} // namespace effscope
