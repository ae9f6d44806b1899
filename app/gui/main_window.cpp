// SPDX-License-Identifier: MIT
#include "main_window.h"

#include "inference_worker.h"
#include "export_util.h"
#include "model_panel.h"
#include "compound_scaling_help.h"
#include "scaling_explorer.h"
#include "model_sidebar.h"
#include "preferences_dialog.h"
#include "pages/activations_page.h"
#include "pages/compare_page.h"
#include "pages/evaluate_page.h"
#include "pages/explorer_page.h"
#include "pages/heatmap_page.h"
#include "pages/photo_page.h"
#include "pages/study_page.h"
#include "pages/train_page.h"
#include "pages/tradeoff_page.h"
#include "photo_list.h"
#include "prediction_view.h"
#include "settings.h"
#include "slow_work.h"
#include "thumbnail_strip.h"
#include "weights_dialog.h"
#include "weights_store.h"
#include "weights/registry.h"
#include "workbench.h"

#include "common/paths.h"
#include "pipeline/versions.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace effscope {

MainWindow::MainWindow(InferenceWorker *worker, QWidget *parent)
    : QMainWindow(parent), m_bench(new Workbench(worker, this))
{
    setWindowTitle(tr("effscope"));
    setAcceptDrops(true);
    m_weights = new WeightsStore(QString::fromStdString(core::resourcePath("weights.json")), QString(), this);
    m_bench->setWeightsAvailability(weightsAvailability(m_weights->rows()));
    connect(m_weights, &WeightsStore::rowChanged, m_bench,
            [this] { m_bench->setWeightsAvailability(weightsAvailability(m_weights->rows())); });

    // the pages, in View order
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Views"));
    m_pages = {new PhotoPage(*m_bench, this),   new HeatmapPage(*m_bench, this),  new ActivationsPage(*m_bench, this),
               new ComparePage(*m_bench, this), new ExplorerPage(*m_bench, this), new TradeoffPage(*m_bench, this),
               new EvaluatePage(*m_bench, this), new StudyPage(*m_bench, this),   new TrainPage(*m_bench, this)};
    for (Page *p : m_pages)
        m_tabs->addTab(p, p->title());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < kViews)
            m_pages[size_t(index)]->activated();
    });

    m_sidebar = new ModelSidebar(*m_bench, m_weights, this);
    m_strip = new ThumbnailStrip(this);
    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_tabs, 1);
    leftColumn->addWidget(m_strip);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("windowSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_sidebar);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    // on every page while the model's weights hold NaN or Inf (loaded because the user asked)
    m_unreliable = new QLabel(this);
    m_unreliable->setObjectName(QStringLiteral("unreliableWeights"));
    m_unreliable->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; padding: 1px 6px; }"));
    m_unreliable->setText(tr("UNRELIABLE: NaN/Inf weights"));
    m_unreliable->hide();
    statusBar()->addPermanentWidget(m_unreliable);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate until the work reports progress
    m_busy->setMaximumWidth(260);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running work (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelWork);

    createMenus();
    m_photos = new PhotoList(*m_bench, m_strip, m_recentMenu, this);
    connect(m_photos, &PhotoList::nothingOpened, this, &MainWindow::showNothingOpened);
    // a photo that cannot be classified: marked in the strip and said in the status bar; the
    // photo and result shown before stay (the strip's selection goes back to them)
    connect(m_bench, &Workbench::classifyFailed, this, [this](const TaskError &e, const QString &path) {
        m_strip->setFailed(path, e.message);
        if (!m_bench->currentImage().isEmpty())
            m_strip->setCurrentPath(m_bench->currentImage());
        statusBar()->showMessage(tr("Could not classify %1: %2").arg(QFileInfo(path).fileName(), e.message), 15000);
    });
    connect(m_bench, &Workbench::classified, this, [this](const ClassifyResult &r) {
        if (!m_strip->failure(r.imagePath).isEmpty())
            m_strip->setFailed(r.imagePath, QString());
    });

    // long work: determinate progress and a Cancel button while it runs
    connect(worker, &InferenceWorker::busyChanged, m_busy, &QWidget::setVisible);
    connect(worker, &InferenceWorker::cancellableChanged, this, [this](quint64 id, bool running) {
        if (running) {
            m_cancellableId = id;
            m_workClock.start();
            m_cancel->show();
        } else if (id == m_cancellableId) {
            m_cancellableId = 0;
            m_cancel->hide();
            m_busy->setRange(0, 0);
            m_busy->setTextVisible(false);
        }
    });
    connect(worker, &InferenceWorker::progress, this, [this](quint64 id, double f) {
        if (id != m_cancellableId)
            return;
        m_busy->setRange(0, 1000);
        m_busy->setValue(int(f * 1000));
        // the time left, extrapolated from the time so far once there is enough of both
        const double elapsed = m_workClock.isValid() ? m_workClock.elapsed() / 1000.0 : 0.0;
        if (f >= 0.02 && f < 1.0 && elapsed >= 1.0)
            m_busy->setFormat(tr("%p% · %1 left").arg(durationText(elapsed * (1.0 - f) / f)));
        else
            m_busy->setFormat(tr("%p%"));
        m_busy->setTextVisible(true);
    });

    // after the pages and the side column: they have updated when these run
    connect(m_sidebar, &ModelSidebar::resultShown, this, &MainWindow::resultShown);
    connect(m_bench, &Workbench::modelRequested, this, &MainWindow::updateStatus);
    connect(m_bench, &Workbench::modelReady, this, [this] {
        updateStatus();
        Q_EMIT modelShown();
    });
    connect(m_bench, &Workbench::modelFailed, this, [this](const TaskError &e, const QString &wanted) {
        statusBar()->showMessage(e.cancelled() ? tr("Loading %1 was cancelled").arg(displayName(wanted))
                                               : tr("Could not load %1: %2").arg(displayName(wanted), e.message),
                                 15000);
        updateStatus();
        Q_EMIT modelShown();
        if (e.category == core::ErrorCategory::Damaged)
            offerDownloadAgain(wanted, e.message);
    });
    connect(m_bench, &Workbench::message, statusBar(), &QStatusBar::showMessage);
    connect(m_bench, &Workbench::viewRequested, this, &MainWindow::showView);

    if (!restoreGeometry(settings::windowGeometry.value()))
        resize(defaultSize());
    splitter->restoreState(settings::windowSplitter.value());
    showView(parseView(settings::view.value()).value_or(View::Photo));
    m_sidebar->loadChosenModel();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::offerDownloadAgain(const QString &model, const QString &message)
{
    // the cached file of the model's registry entry that the message names
    const WeightsRow *row = nullptr;
    for (const WeightsRow &r : m_weights->rows())
        if (r.model == model && r.state == WeightsRow::State::Cached && !r.path.isEmpty() && message.contains(r.path))
            row = &r;
    QMessageBox box(QMessageBox::Warning, tr("Damaged weights"),
                    tr("The cached weights of %1 have changed on disk since they were fetched.").arg(displayName(model)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(message);
    if (!row || !row->downloadable) {
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
        return;
    }
    QPushButton *download = box.addButton(tr("Download again"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(download);
    box.exec();
    if (box.clickedButton() != download)
        return;
    const QString id = row->id, path = row->path;
    // the damaged copy goes first: nothing loads it while the new one comes
    QFile::remove(path);
    QFile::remove(QString::fromStdString(core::digestRecordPath(QFile::encodeName(path).toStdString())));
    m_weights->refresh();
    auto *once = new QObject(this);
    connect(m_weights, &WeightsStore::rowChanged, once, [this, once, id](int i) {
        const WeightsRow &r = m_weights->rows()[i];
        if (r.id != id || r.state == WeightsRow::State::Downloading)
            return;
        once->deleteLater();
        if (r.state == WeightsRow::State::Cached)
            m_sidebar->loadChosenModel(); // the fresh copy
    });
    m_weights->download(id);
    statusBar()->showMessage(tr("Downloading %1 again...").arg(id), 15000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Images..."), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Images"), QString(),
                                                                tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"));
        addImages(paths);
    })->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Folder..."), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Images"));
        if (!dir.isEmpty())
            addImages({dir});
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Weights..."), this, [this] {
        weightsView();
        m_weightsDialog->showRefreshed();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QMenu *exports = file->addMenu(tr("&Export"));
    for (Page *p : m_pages) { // one group per view, in tab order
        const qsizetype before = exports->actions().size();
        p->addExports(exports);
        if (exports->actions().size() > before && p != m_pages.back())
            exports->addSeparator();
    }
    file->addSeparator();
    file->addAction(tr("&Save Session..."), this, [this] { saveSessionAs(); })->setShortcut(QKeySequence::Save);
    file->addAction(tr("Open Sessio&n..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(), tr("effscope session (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = loadSessionFrom(path);
        statusBar()->showMessage(error.isEmpty() ? tr("Opened the session %1").arg(path) : tr("Not opened: %1").arg(error), 15000);
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy Picture"), this, &MainWindow::copyPicture)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste Image"), this, &MainWindow::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("&Cancel Work"), this, &MainWindow::cancelWork)->setShortcut(QKeySequence(Qt::Key_Escape));
    edit->addSeparator();
    edit->addAction(tr("Pre&ferences..."), this, &MainWindow::showPreferences)->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kViews; ++i)
        view->addAction(m_pages[size_t(i)]->title(), this, [this, i] { showView(View(i)); })
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    view->addSeparator();
    view->addAction(tr("&Next Image"), this, [this] { stepImage(1); })->setShortcut(QKeySequence(Qt::Key_PageDown));
    view->addAction(tr("P&revious Image"), this, [this] { stepImage(-1); })->setShortcut(QKeySequence(Qt::Key_PageUp));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Compound Scaling in One Page"), this, &MainWindow::showCompoundScalingHelp);
    help->addSeparator();
    help->addAction(tr("&About effscope"), this, [this] { QMessageBox::about(this, tr("About effscope"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QSize MainWindow::copyPicture()
{
    const QImage picture = m_pages[size_t(currentView())]->picture();
    if (picture.isNull()) {
        statusBar()->showMessage(tr("Nothing to copy on this tab yet"), 5000);
        return {};
    }
    QGuiApplication::clipboard()->setImage(picture);
    statusBar()->showMessage(tr("Copied the %1 tab's picture (%2 x %3) to the clipboard")
                                 .arg(m_pages[size_t(currentView())]->title().remove(QLatin1Char('&')))
                                 .arg(picture.width())
                                 .arg(picture.height()),
                             5000);
    return picture.size();
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CompoundScalingHelp *MainWindow::showCompoundScalingHelp()
{
    auto *help = new CompoundScalingHelp(this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    connect(help, &CompoundScalingHelp::openExplorerRequested, this, [this] {
        showView(View::Explorer);
        page<ExplorerPage>()->explorer()->setCompound(1.2, 1.1, 1.15, 1.0);
    });
    help->show();
    return help;
}

QString MainWindow::aboutText() const
{
    QString rows;
    const auto row = [&rows](const QString &name, const QString &version) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    };
    row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    for (const auto &[name, version] : core::libraryVersions())
        row(QString::fromStdString(name), QString::fromStdString(version));
    row(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    const QString libraries = rows;
    rows.clear();
    for (const auto &[name, value] : core::buildOptions())
        row(QString::fromStdString(name), QString::fromStdString(value));
    return tr("<h3>effscope %1</h3><p>A workbench for the EfficientNet family: compound scaling, accuracy against "
              "cost, and what the networks look at.</p><table>%2</table><p><b>Build</b></p><table>%3</table>"
              "<p>Running on %4 with %5 threads.</p>")
        .arg(QStringLiteral(EFFSCOPE_VERSION), libraries, rows,
             m_bench->modelInfo().device.isEmpty() ? tr("the CPU") : m_bench->modelInfo().device)
        .arg(m_bench->modelInfo().threads);
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

View MainWindow::currentView() const
{
    return View(std::max(0, m_tabs->currentIndex()));
}

void MainWindow::addImages(const QStringList &paths)
{
    m_photos->add(paths);
}

bool MainWindow::openImage(const QString &path)
{
    return m_photos->open(path);
}

void MainWindow::stepImage(int step)
{
    m_photos->step(step);
}

void MainWindow::paste()
{
    const QString error = m_photos->takeMime(QGuiApplication::clipboard()->mimeData(), tr("clipboard"));
    if (!error.isEmpty())
        statusBar()->showMessage(error, 8000);
}

QString MainWindow::currentImage() const
{
    return m_bench->currentImage();
}

QStringList MainWindow::recentImages() const
{
    return m_photos->recent();
}

ModelPanel *MainWindow::modelPanel() const
{
    return m_sidebar->modelPanel();
}

PredictionView *MainWindow::predictionView() const
{
    return m_sidebar->predictionView();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    if (!m_bench->modelLoaded()) {
        m_status->setText(tr("Loading %1...").arg(displayName(m_bench->requestedModel())));
        return;
    }
    const ModelInfo &m = m_bench->modelInfo();
    m_unreliable->setVisible(!m.unreliable.isEmpty());
    m_unreliable->setToolTip(m.unreliable);
    m_status->setText(tr("Model %1 · weights: %2 · device: %3 (%4, %5, %6) · loaded in %7 ms")
                          .arg(displayName(m.model), m.weightsLabel, m.device.toUpper(),
                               m.precision == QLatin1String("fp32") ? m.engine : QStringLiteral("libtorch-eager"),
                               m.precision, tr("%n threads", nullptr, int(m.threads)))
                          .arg(m.loadMs, 0, 'f', 0));
}

void MainWindow::showNothingOpened(const QString &message)
{
    // said in the status bar; the result shown stays (an empty view says it too)
    statusBar()->showMessage(message, 15000);
    if (m_bench->lastResult().top.isEmpty())
        predictionView()->clear(message);
    Q_EMIT resultShown();
}

WeightsView *MainWindow::weightsView()
{
    if (!m_weightsDialog)
        m_weightsDialog = new WeightsDialog(m_weights, this);
    return m_weightsDialog->view();
}

void MainWindow::cancelWork()
{
    m_bench->worker()->cancel();
    statusBar()->showMessage(tr("Cancelling..."), 3000);
}

Session MainWindow::session() const
{
    Session s = m_bench->session();
    s.hasWorkspace = true;
    Workspace &w = s.workspace;
    for (const QString &p : m_strip->paths())
        w.photos << QFileInfo(p).absoluteFilePath();
    w.currentPhoto = m_bench->currentImage();
    w.model = m_bench->requestedModel(); // the one loaded, or being loaded (a failed load falls back)
    w.view = viewName(currentView());
    w.explorer = page<ExplorerPage>()->explorer()->state();
    return s;
}

QString MainWindow::saveSessionTo(const QString &path)
{
    const QString error = saveSession(path, session());
    if (error.isEmpty()) {
        m_sessionPath = path;
        m_bench->setSaved();
    }
    return error;
}

bool MainWindow::saveSessionAs()
{
    const QString suggested = m_sessionPath.isEmpty() ? QDir(QDir::homePath()).filePath(QStringLiteral("session.json"))
                                                      : m_sessionPath;
    QString filter;
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(this, tr("Save session"), suggested, tr("effscope session (*.json)"), &filter), filter);
    if (path.isEmpty())
        return false;
    const QString error = saveSessionTo(path);
    statusBar()->showMessage(error.isEmpty() ? tr("Saved the session to %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
    return error.isEmpty();
}

QString MainWindow::loadSessionFrom(const QString &path)
{
    Session s;
    const QString error = m_bench->loadSession(path, &s);
    if (!error.isEmpty())
        return error;
    m_sessionPath = path;
    if (!s.hasWorkspace)
        return QString();
    const Workspace &w = s.workspace;
    page<ExplorerPage>()->explorer()->setState(w.explorer);
    if (const auto view = parseView(w.view))
        showView(*view);
    if (!w.model.isEmpty() && m_bench->offeredScales().contains(w.model) && w.model != m_bench->requestedModel())
        modelPanel()->setModel(w.model);
    QStringList found, missing;
    for (const QString &p : w.photos)
        (QFileInfo::exists(p) ? found : missing) << p;
    if (!found.isEmpty())
        m_photos->add(found, found.contains(w.currentPhoto) ? w.currentPhoto : QString());
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &p : missing)
            names << QFileInfo(p).fileName();
        m_bench->showMessage(tr("Opened the session; photos no longer there: %1").arg(names.join(QStringLiteral(", "))),
                             15000);
    }
    return QString();
}

bool MainWindow::confirmClose()
{
    if (!m_bench->hasUnsavedWork())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved measurements"),
                    tr("Save the measurements, evaluations and custom scales of this session before quitting?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(m_sessionPath.isEmpty()
                               ? tr("They are lost otherwise: effscope keeps them only in a session file.")
                               : tr("They would be saved to %1.").arg(m_sessionPath));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (!m_sessionPath.isEmpty()) {
            const QString error = saveSessionTo(m_sessionPath);
            if (error.isEmpty())
                return true;
            QMessageBox::warning(this, tr("Not saved"), tr("The session was not saved: %1").arg(error));
            return false;
        }
        return saveSessionAs();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

const QHash<QString, CustomScale> &MainWindow::customScales() const
{
    return m_bench->customScales();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString error = m_photos->takeMime(event->mimeData(), tr("drop"));
    if (!error.isEmpty())
        showNothingOpened(error);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.set(saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings::windowSplitter.set(splitter->saveState());
    settings::view.set(viewName(currentView()));
    m_sidebar->saveSettings();
    for (Page *p : m_pages)
        p->saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace effscope
