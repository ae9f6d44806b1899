// SPDX-License-Identifier: MIT
#include "pages/page.h"

#include "export_util.h"
#include "workbench.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QVBoxLayout>

namespace effscope {

namespace {
QString g_exportFolder; // the folder of the last export, for the next dialog
} // namespace

Page::Page(View view, Workbench &bench, QWidget *parent) : QWidget(parent), m_view(view), m_bench(bench)
{
    setObjectName(viewName(view) + QStringLiteral("Page"));
}

InferenceWorker &Page::worker() const
{
    return *m_bench.worker();
}

bool Page::isCurrent() const
{
    // the page sits in a QTabWidget's stack (through a scroll area for the explorer)
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            return tabs->currentWidget() && (tabs->currentWidget() == this || tabs->currentWidget()->isAncestorOf(this));
    return isVisible();
}

void Page::setContent(QWidget *content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
}

void Page::exportTo(const QString &title, const QString &filter, const QString &suggestedName,
                    const std::function<QString(const QString &path)> &write)
{
    const QString folder = g_exportFolder.isEmpty() ? QDir::homePath() : g_exportFolder;
    QString chosenFilter;
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedName), filter, &chosenFilter), chosenFilter);
    if (path.isEmpty())
        return;
    g_exportFolder = QFileInfo(path).absolutePath();
    const QString error = write(path);
    m_bench.showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error));
}

} // namespace effscope
