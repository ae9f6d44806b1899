// SPDX-License-Identifier: MIT
#pragma once
// One tab of the main window. A page owns its controls, the ids of its last requests, its
// connections to the worker (results and failures of its own job kinds) and its exports; it
// reads and writes shared state only through the Workbench.
#include "view.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QMenu;

namespace effscope {

class InferenceWorker;
class Workbench;

class Page : public QWidget
{
    Q_OBJECT
public:
    Page(View view, Workbench &bench, QWidget *parent = nullptr);
    View view() const { return m_view; }
    /// The tab's title, with its mnemonic ("&Heat map").
    virtual QString title() const = 0;
    /// Adds the page's exports to File > Export.
    virtual void addExports(QMenu *menu) { Q_UNUSED(menu); }
    /// The tab became the current one.
    virtual void activated() {}
    /// Stores what the user set on the page (the window is closing).
    virtual void saveSettings() const {}
    /// Edit > Copy Picture: what the page shows, as a picture (the photo, the heat map overlay at
    /// the photo's size, the compare cards, a plot); by default the page as on screen.
    virtual QImage picture() const { return const_cast<Page *>(this)->grab().toImage(); }

protected:
    Workbench &bench() const { return m_bench; }
    InferenceWorker &worker() const;
    bool isCurrent() const;
    /// The page is this one widget, edge to edge (the usual case).
    void setContent(QWidget *content);
    /// File > Export: asks where (suggesting `suggestedName` in the last export folder), writes
    /// with `write` ("" or the reason it failed) and says how it went in the status bar.
    void exportTo(const QString &title, const QString &filter, const QString &suggestedName,
                  const std::function<QString(const QString &path)> &write);

private:
    View m_view;
    Workbench &m_bench;
};

} // namespace effscope
