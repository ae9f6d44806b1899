// SPDX-License-Identifier: MIT
#pragma once
// The main window is a shell: the tabs (one Page per View), the menus, the side column (model
// and predictions), the thumbnail strip and the status bar with progress and Cancel. Each page
// owns its controls, requests, results and exports; what pages share lives in the Workbench.
#include "session.h"
#include "types.h"
#include "view.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <array>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace effscope {

class CompoundScalingHelp;
class PreferencesDialog;
class InferenceWorker;
class ModelPanel;
class ModelSidebar;
class Page;
class PhotoList;
class PredictionView;
class ThumbnailStrip;
class WeightsDialog;
class WeightsStore;
class WeightsView;
class Workbench;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(InferenceWorker *worker, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench &workbench() const { return *m_bench; }
    Page *page(View view) const { return m_pages[size_t(view)]; }
    /// The page of a type (HeatmapPage, ComparePage, ...).
    template <typename P>
    P *page() const
    {
        for (Page *p : m_pages)
            if (auto *typed = qobject_cast<P *>(p))
                return typed;
        return nullptr;
    }
    void showView(View view);
    View currentView() const;

    /// Adds files and folders to the strip and shows the first photo that passes (as a drop does).
    void addImages(const QStringList &paths);
    /// addImages() of one path; false when nothing exists there.
    bool openImage(const QString &path);
    /// View > Next / Previous image in the strip (step 1 or -1).
    void stepImage(int step);
    /// Edit > Paste: image files or a bitmap from the clipboard.
    void paste();
    /// Edit > Copy Picture: the current tab's picture (Page::picture) to the clipboard; its size,
    /// or an empty size when the tab has nothing to copy.
    QSize copyPicture();
    QString currentImage() const;
    QStringList recentImages() const;
    ThumbnailStrip *thumbnailStrip() const { return m_strip; }

    ModelPanel *modelPanel() const;
    ModelSidebar *modelSidebar() const { return m_sidebar; }
    /// The first run's size (later runs restore the last one): fits a 1366 x 768 screen.
    static QSize defaultSize() { return {1200, 700}; }
    PredictionView *predictionView() const;
    /// The status bar's permanent line: model, weights, device, engine, load time.
    QString statusText() const;
    /// The status bar's red "UNRELIABLE" badge (visible while the weights hold NaN or Inf).
    QLabel *unreliableBadge() const { return m_unreliable; }
    /// The weights manager (File > Weights...), created on first use.
    WeightsView *weightsView();
    WeightsStore *weightsStore() const { return m_weights; }

    /// Stops the running long work (Esc, or the status bar's Cancel button).
    void cancelWork();
    QToolButton *cancelButton() const { return m_cancel; }
    /// The status bar's progress: busy, then the share done and the time left once work reports it.
    QProgressBar *progressBar() const { return m_busy; }

    /// The study so far (custom scales, measured latencies and study points, evaluations) and
    /// the workspace: the photos in the strip, the one shown, the model, the view, the explorer.
    Session session() const;
    /// File > Save Session / Open Session; "" or the reason it failed. Loading replaces the
    /// measurements and evaluations, adds the session's custom scales, adds its photos to the
    /// strip and shows the one that was shown, loads its model and sets the explorer.
    QString saveSessionTo(const QString &path);
    QString loadSessionFrom(const QString &path);
    /// The file the session was last saved to or opened from ("" for none).
    QString sessionPath() const { return m_sessionPath; }
    /// Quit with unsaved measurements asks first: Save (to the session's file, or one chosen),
    /// Discard or Cancel. True when the window may close.
    bool confirmClose();
    /// File > Save Session: asks where (the session's own file suggested); true when saved.
    bool saveSessionAs();
    const QHash<QString, CustomScale> &customScales() const;

Q_SIGNALS:
    /// A classification result or error for the current image is on screen.
    void resultShown();
    /// A model finished loading (or failed to) and the window shows it.
    void modelShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// A cached weight file failed its digest at load: offers to download it again (when its
    /// registry entry has a URL), then loads the model from the new copy.
    void offerDownloadAgain(const QString &model, const QString &message);
    void createMenus();
public:
    /// Help > About: what effscope is and what this build is made of (library versions, options).
    QString aboutText() const;
    /// Help > Compound Scaling in One Page (shown, not modal; deletes itself when closed). Its
    /// button opens the Explorer at the paper's coefficients, phi = 1.
    CompoundScalingHelp *showCompoundScalingHelp();
    /// Edit > Preferences (the language); opened, not run.
    PreferencesDialog *showPreferences();

private:
    void updateStatus();
    void showNothingOpened(const QString &message);

    Workbench *m_bench = nullptr;
    std::array<Page *, kViews> m_pages{};
    QTabWidget *m_tabs = nullptr;
    ModelSidebar *m_sidebar = nullptr;
    ThumbnailStrip *m_strip = nullptr;
    PhotoList *m_photos = nullptr;
    WeightsStore *m_weights = nullptr;
    WeightsDialog *m_weightsDialog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unreliable = nullptr; ///< shown while the model's weights hold NaN or Inf
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
    quint64 m_cancellableId = 0;
    QElapsedTimer m_workClock; // since the cancellable work started
    QString m_sessionPath;
};

} // namespace effscope
