// SPDX-License-Identifier: MIT
#include "main_window.h"

#include "activation_browser.h"
#include "colormaps.h"
#include "compare_view.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "image_collector.h"
#include "image_view.h"
#include "inference_worker.h"
#include "model_panel.h"
#include "prediction_view.h"
#include "scaling_explorer.h"
#include "tradeoff_plot.h"
#include "thumbnail_strip.h"
#include "weights_store.h"
#include "weights_view.h"

#include "common/npy.h"
#include "common/paths.h"

#include <QCompleter>

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScrollArea>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSlider>
#include <QTabWidget>
#include <QToolButton>
#include <QCloseEvent>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace effscope {

namespace {
// presets in capitals as the paper writes them (B0, LITE0); custom scales keep their names
QString shownName(const QString &model)
{
    return model.startsWith(QLatin1String("custom")) ? model : model.toUpper();
}
} // namespace

MainWindow::MainWindow(InferenceWorker *worker, QWidget *parent) : QMainWindow(parent), m_worker(worker)
{
    setWindowTitle(tr("effscope"));
    setAcceptDrops(true);

    m_image = new ImageView(this);
    m_image->setPlaceholder(tr("Drop a photo here"));
    m_modelPanel = new ModelPanel(this);
    m_predictions = new PredictionView(this);

    auto *side = new QWidget(this);
    auto *column = new QVBoxLayout(side);
    column->addWidget(m_modelPanel);
    column->addWidget(m_predictions, 1);
    // Heat map tab: the overlay and its controls
    auto *camPage = new QWidget(this);
    m_heatmap = new HeatmapView(camPage);
    m_camMethod = new QComboBox(camPage);
    m_camMethod->setAccessibleName(tr("CAM method"));
    const QList<QPair<QString, QString>> methods{{"gradcam", "Grad-CAM"},   {"gradcam++", "Grad-CAM++"},
                                                 {"xgradcam", "XGrad-CAM"}, {"hirescam", "HiResCAM"},
                                                 {"layercam", "Layer-CAM"}, {"eigencam", "Eigen-CAM"},
                                                 {"cam", "CAM"},            {"scorecam", "Score-CAM"},
                                                 {"ablationcam", "Ablation-CAM"}};
    for (const auto &[id, label] : methods)
        m_camMethod->addItem(label, id);
    m_camClassBox = new QComboBox(camPage);
    m_camClassBox->setAccessibleName(tr("CAM target class"));
    m_camClassBox->setToolTip(tr("The class the heat map explains: type to search the 1000 ImageNet classes, "
                                 "or click a prediction"));
    m_camClassBox->setEditable(true);
    m_camClassBox->setInsertPolicy(QComboBox::NoInsert);
    m_camClassBox->setMinimumContentsLength(18);
    m_camClassBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    {
        const auto &names = core::imagenetClasses();
        for (size_t i = 0; i < names.size(); ++i)
            m_camClassBox->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(names[i])).arg(i), int(i));
        m_camClassBox->completer()->setFilterMode(Qt::MatchContains);
        m_camClassBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_camClassBox->setCurrentIndex(-1);
    }
    m_camLayer = new QComboBox(camPage);
    m_camLayer->setAccessibleName(tr("CAM target layer"));
    m_camLayer->setToolTip(tr("The layer whose activations the CAM weighs; its spatial size is the map's resolution"));
    m_camLayer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_camLayer->setMinimumContentsLength(16);
    m_colormap = new QComboBox(camPage);
    m_colormap->setAccessibleName(tr("Colour map"));
    m_colormap->addItems(colormapNames());
    m_opacity = new QSlider(Qt::Horizontal, camPage);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_opacity->setAccessibleName(tr("Heat map opacity"));
    m_smooth = new QCheckBox(tr("Smooth"), camPage);
    m_smooth->setToolTip(tr("Average over flipped and brightened copies of the photo (test-time augmentation)"));
    m_camText = new QLabel(camPage);
    m_camText->setWordWrap(true);
    m_hover = new QLabel(camPage);
    m_curves = new FaithfulnessPlot(camPage);
    m_curves->setMinimumHeight(150);
    // what is explained on the first row, how it is drawn on the second
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_camMethod);
    controls->addWidget(m_camClassBox, 1);
    controls->addWidget(m_camLayer, 1);
    controls->addWidget(m_smooth);
    auto *look = new QHBoxLayout;
    look->addWidget(m_colormap);
    look->addWidget(new QLabel(tr("Opacity"), camPage));
    m_opacity->setMinimumWidth(120);
    look->addWidget(m_opacity, 1);
    look->addWidget(m_hover);
    m_hover->setMinimumWidth(m_hover->fontMetrics().horizontalAdvance(QStringLiteral("heat 0.00")) + 8);
    auto *camLayout = new QVBoxLayout(camPage);
    camLayout->addWidget(m_heatmap, 1);
    camLayout->addLayout(controls);
    camLayout->addLayout(look);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_camText, 1);
    bottom->addWidget(m_curves, 1);
    camLayout->addLayout(bottom);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_image, tr("&Photo"));
    m_tabs->addTab(camPage, tr("&Heat map"));
    m_activations = new ActivationBrowser(this);
    m_tabs->addTab(m_activations, tr("&Activations"));
    m_compare = new CompareView(this);
    m_tabs->addTab(m_compare, tr("C&ompare"));
    // in a scroll area: the explorer's controls must not set the window's minimum size
    m_explorer = new ScalingExplorer(this);
    auto *explorerScroll = new QScrollArea(this);
    explorerScroll->setWidgetResizable(true);
    explorerScroll->setFrameShape(QFrame::NoFrame);
    explorerScroll->setWidget(m_explorer);
    m_tabs->addTab(explorerScroll, tr("&Explorer"));
    m_tradeoff = new TradeoffPlot(this);
    {
        QString error;
        const auto series = loadPublishedSeries(QString::fromStdString(core::resourcePath("published.json")), &error);
        if (!error.isEmpty())
            qWarning("effscope: %s", qPrintable(error));
        m_tradeoff->setSeries(series);
    }
    m_tabs->addTab(m_tradeoff, tr("&Trade-off"));
    m_tabs->setAccessibleName(tr("Views"));

    m_strip = new ThumbnailStrip(this);
    m_collector = new ImageCollector(this);
    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_tabs, 1);
    leftColumn->addWidget(m_strip);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate while the worker computes
    m_busy->setMaximumWidth(120);
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

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Image..."), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *weights = file->addAction(tr("&Weights..."), this, &MainWindow::showWeights);
    weights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Heat map &overlay (PNG)..."), this, [this] { exportDialog(0); });
    exportMenu->addAction(tr("&Raw heat map (.npy)..."), this, [this] { exportDialog(1); });
    exportMenu->addAction(tr("&Top-5 (CSV or JSON)..."), this, [this] { exportDialog(2); });
    exportMenu->addAction(tr("&Compare view (PNG)..."), this, [this] { exportDialog(3); });
    exportMenu->addAction(tr("Trade-off &plot (PNG or PDF)..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(),
                                                          tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        const bool saved = pdf ? m_tradeoff->savePdf(path, 1200, 800) : m_tradeoff->savePng(path, 1200, 800);
        statusBar()->showMessage(saved ? tr("Saved %1").arg(path) : tr("Not saved: cannot write %1").arg(path), 8000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *pasteAction = edit->addAction(tr("&Paste Image"), this, &MainWindow::paste);
    pasteAction->setShortcut(QKeySequence::Paste);
    QAction *cancelAction = edit->addAction(tr("&Cancel Work"), this, &MainWindow::cancelWork);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *photoView = view->addAction(tr("&Photo"), this, [this] { showView(0); });
    photoView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *heatView = view->addAction(tr("&Heat map"), this, [this] { showView(1); });
    heatView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *actView = view->addAction(tr("&Activations"), this, [this] { showView(2); });
    actView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *compareViewAction = view->addAction(tr("C&ompare"), this, [this] { showView(3); });
    compareViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_explorer, &ScalingExplorer::buildRequested, this, &MainWindow::buildCustomScale);
    connect(m_explorer, &ScalingExplorer::scaleChanged, this, [this] {
        m_tradeoff->setCustomScale(m_explorer->scaleName(), m_explorer->profile().macs / 1e9,
                                   m_explorer->profile().params / 1e6);
    });
    m_tradeoff->setCustomScale(m_explorer->scaleName(), m_explorer->profile().macs / 1e9,
                               m_explorer->profile().params / 1e6);
    connect(m_tradeoff, &TradeoffPlot::measureRequested, this, [this] {
        m_latency.clear();
        m_latencyItems.clear();
        m_tradeoff->setLatency(m_latency);
        m_tradeoff->setAxis(TradeoffPlot::Axis::Latency);
        // the presets and every custom scale built so far
        m_lastLatencyId = m_worker->requestLatency(offeredScales(), 5,
                                                   QVector<CustomScale>(m_customScales.begin(), m_customScales.end()));
        statusBar()->showMessage(tr("Timing every preset on this machine..."), 5000);
    });
    connect(m_worker, &InferenceWorker::latencyItem, this, [this](const LatencyItem &it) {
        if (it.requestId != m_lastLatencyId)
            return;
        if (!it.error.isEmpty()) {
            statusBar()->showMessage(tr("%1 could not be timed: %2").arg(it.model, it.error), 8000);
            return;
        }
        m_latency.insert(it.model, it.medianMs);
        m_latencyItems.push_back(it);
        QHash<QString, int> sizes;
        for (const LatencyItem &l : m_latencyItems)
            sizes.insert(l.model, l.inputSize);
        m_tradeoff->setLatency(m_latency, sizes);
    });
    connect(m_worker, &InferenceWorker::latencyFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastLatencyId)
            return;
        statusBar()->showMessage(cancelled ? tr("Latency measurement cancelled (%n preset(s) timed)", nullptr, int(m_latency.size()))
                                           : tr("Timed %n preset(s) at batch 1", nullptr, int(m_latency.size())),
                                 8000);
        Q_EMIT latencyMeasured();
    });
    QAction *tradeoffAction = view->addAction(tr("&Trade-off Plot"), this, [this] { showView(5); });
    tradeoffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction *explorerAction = view->addAction(tr("&Scaling Explorer"), this, [this] { showView(4); });
    explorerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Image"), this, [this] { stepImage(1); });
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    QAction *previous = view->addAction(tr("P&revious Image"), this, [this] { stepImage(-1); });
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    setUpStudy(file, exportMenu, view);

    connect(m_collector, &ImageCollector::accepted, this,
            [this](quint64 batch, const QString &path, const QImage &thumb, const QSize &size) {
                m_strip->addImage(path, thumb, size);
                if (batch == m_batch && !m_batchShown) {
                    m_batchShown = true;
                    showImage(path);
                }
            });
    connect(m_collector, &ImageCollector::rejected, this, &MainWindow::onImageRejected);
    connect(m_collector, &ImageCollector::finished, this, &MainWindow::onImagesChecked);
    connect(m_strip, &ThumbnailStrip::imageActivated, this, &MainWindow::showImage);

    // long work: determinate progress and a Cancel button while it runs
    connect(m_worker, &InferenceWorker::cancellableChanged, this, [this](quint64 id, bool running) {
        if (running) {
            m_cancellableId = id;
            m_cancel->show();
        } else if (id == m_cancellableId) {
            m_cancellableId = 0;
            m_cancel->hide();
            m_busy->setRange(0, 0);
        }
    });
    connect(m_worker, &InferenceWorker::progress, this, [this](quint64 id, double f) {
        if (id != m_cancellableId)
            return;
        m_busy->setRange(0, 1000);
        m_busy->setValue(int(f * 1000));
    });

    // activation browser
    connect(m_activations, &ActivationBrowser::layerSelected, this, [this] { requestActivations(); });
    connect(m_activations, &ActivationBrowser::channelRequested, this,
            [this](const QString &layer, int channel) { m_worker->requestChannel(layer, channel); });
    connect(m_worker, &InferenceWorker::activationsReady, this, [this](const ActivationView &v) {
        if (v.requestId != m_lastActivationsId)
            return;
        ActivationGrid g;
        g.layer = v.layer;
        g.channels = v.channels;
        g.height = v.height;
        g.width = v.width;
        g.order = v.order;
        g.mean = v.mean;
        g.min = v.min;
        g.max = v.max;
        g.fractionZero = v.fractionZero;
        g.fractionNegative = v.fractionNegative;
        g.cellSize = v.cellSize;
        g.cells = v.cells;
        m_activations->setActivations(g);
        Q_EMIT activationsShown();
    });
    connect(m_worker, &InferenceWorker::channelReady, this, [this](const ChannelView &v) {
        m_activations->setChannel(v.layer, v.channel, v.width, v.height, v.values);
        Q_EMIT channelShown();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2)
            requestActivations();
    });

    // compare view
    m_compare->setPresets(m_modelPanel->presets(),
                         QSettings().value(QStringLiteral("compare/models"),
                                           QStringList{"lite0", "lite1", "lite2", "b0"}).toStringList());
    connect(m_compare, &CompareView::compareRequested, this, &MainWindow::startCompare);
    connect(m_worker, &InferenceWorker::compareItem, this, [this](const CompareItem &it) {
        if (it.requestId != m_lastCompareId)
            return;
        CompareCard c;
        c.model = it.model;
        c.weightsLabel = it.weightsLabel;
        c.pretrained = it.pretrained;
        c.inputSize = it.inputSize;
        c.macs = it.macs;
        for (const ClassScore &t : it.top)
            c.top << QStringLiteral("%1  %2%").arg(t.label).arg(100.0 * t.probability, 0, 'f', 1);
        c.latencyMs = it.latencyMs;
        c.camMs = it.camMs;
        c.classLabel = it.classLabel;
        c.classProbability = it.classProbability;
        c.layer = it.layer;
        c.layerSize = it.layerSize;
        c.heat = it.heat;
        c.heatSize = it.heatSize;
        c.covered = it.covered;
        c.imageSize = it.imageSize;
        c.image = it.image;
        c.deletionAuc = it.deletionAuc;
        c.insertionAuc = it.insertionAuc;
        c.averageDrop = it.averageDrop;
        c.error = it.error;
        m_compare->setCard(it.slot, c);
        Q_EMIT compareCardShown(it.slot);
    });
    connect(m_worker, &InferenceWorker::compareFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_lastCompareId)
            return;
        m_compare->finish(cancelled);
        Q_EMIT compareFinished();
    });
    connect(m_camLayer, &QComboBox::currentIndexChanged, this, [this] { requestCam(m_camClass); });
    connect(m_camClassBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            requestCam(m_camClassBox->itemData(index).toInt());
    });

    connect(m_worker, &InferenceWorker::modelReady, this, [this](const ModelInfo &info) { onModelReady(info); });
    connect(m_worker, &InferenceWorker::classified, this, &MainWindow::onClassified);
    connect(m_worker, &InferenceWorker::failed, this, &MainWindow::onFailed);
    connect(m_worker, &InferenceWorker::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_worker, &InferenceWorker::camReady, this, &MainWindow::onCamReady);
    connect(m_predictions, &PredictionView::classActivated, this, [this](int index) {
        requestCam(index);
        m_tabs->setCurrentIndex(1);
    });
    connect(m_camMethod, &QComboBox::currentIndexChanged, this, [this] { requestCam(m_camClass); });
    connect(m_smooth, &QCheckBox::toggled, this, [this] { requestCam(m_camClass); });
    connect(m_colormap, &QComboBox::currentTextChanged, this, &MainWindow::applyColormap);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        m_heatmap->setOpacity(v / 100.0);
        m_compare->setOpacity(v / 100.0);
    });
    connect(m_heatmap, &HeatmapView::hovered, this, [this](double heat) {
        m_hover->setText(heat >= 0 ? tr("heat %1").arg(heat, 0, 'f', 2) : QString());
    });
    connect(m_modelPanel, &ModelPanel::modelChosen, this, [this](const QString &model, const QString &device) {
        m_modelLoaded = false;
        if (m_choicesFor != model)
            refreshWeightChoices();
        m_modelPanel->setWeightsText(tr("loading..."));
        if (m_customScales.contains(model))
            m_lastLoadId = m_worker->requestBuildModel(m_customScales.value(model), device, m_modelPanel->precision());
        else
            m_lastLoadId = m_worker->requestLoadModel(model, device, m_modelPanel->weightsChoice(), m_modelPanel->precision());
        if (!m_currentImage.isEmpty())
            m_lastClassifyId = m_worker->requestClassify(m_currentImage);
        updateStatus();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (auto *inner = m_activations->findChild<QSplitter *>(QStringLiteral("activationSplitter")))
        inner->restoreState(settings.value(QStringLiteral("window/activationSplitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
    m_colormap->setCurrentText(settings.value(QStringLiteral("cam/colormap"), QStringLiteral("jet")).toString());
    m_opacity->setValue(settings.value(QStringLiteral("cam/opacity"), 50).toInt());
    applyColormap(); // also when the saved name is the list's first (no change signal then)
    const QString model = settings.value(QStringLiteral("model/preset"), QStringLiteral("lite0")).toString();
    {
        QSignalBlocker block(m_modelPanel);
        m_modelPanel->setModel(model);
        m_modelPanel->setDevice(settings.value(QStringLiteral("model/device"), QStringLiteral("cpu")).toString());
        m_modelPanel->setPrecision(settings.value(QStringLiteral("model/precision"), QStringLiteral("fp32")).toString());
    }
    m_weights = new WeightsStore(QString::fromStdString(core::resourcePath("weights.json")), QString(), this);
    refreshWeightsStates();
    refreshWeightChoices();
    connect(m_weights, &WeightsStore::rowChanged, this, [this] { refreshWeightsStates(); });
    m_modelPanel->setWeightsText(tr("loading..."));
    m_lastLoadId = m_worker->requestLoadModel(m_modelPanel->model(), m_modelPanel->device(), m_modelPanel->weightsChoice(),
                                             m_modelPanel->precision());
    rebuildRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusText() const
{
    return m_status->text();
}

bool MainWindow::openImage(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_predictions->clear(tr("'%1' does not exist.").arg(path));
        return false;
    }
    addImages({path});
    return true;
}

void MainWindow::addImages(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_batch = m_collector->add(paths);
    m_batchShown = false;
    m_batchRejects.clear();
    statusBar()->showMessage(tr("Checking %n file(s)...", nullptr, int(paths.size())));
}

void MainWindow::onImageRejected(quint64 batch, const QString &path, const QString &reason)
{
    if (batch == m_batch)
        m_batchRejects << tr("%1: %2").arg(QFileInfo(path).fileName(), reason);
}

void MainWindow::onImagesChecked(quint64 batch, int accepted, int rejected)
{
    if (batch != m_batch)
        return;
    if (rejected == 0) {
        statusBar()->showMessage(tr("Added %n image(s)", nullptr, accepted), 5000);
        return;
    }
    const QString list = m_batchRejects.join(QStringLiteral("; "));
    if (accepted == 0) {
        m_predictions->clear(tr("Nothing to open: %1").arg(list.toHtmlEscaped()));
        statusBar()->showMessage(tr("Nothing to open"), 8000);
        Q_EMIT resultShown();
    } else {
        statusBar()->showMessage(tr("Added %n image(s); skipped %1", nullptr, accepted).arg(list), 15000);
    }
}

void MainWindow::showImage(const QString &path)
{
    const QFileInfo info(path);
    m_currentImage = info.absoluteFilePath();
    m_strip->setCurrentPath(m_currentImage);
    rememberRecent(m_currentImage);
    m_predictions->clear(tr("Classifying %1...").arg(info.fileName()));
    m_lastClassifyId = m_worker->requestClassify(m_currentImage);
}

void MainWindow::stepImage(int step)
{
    const QString path = m_strip->neighbour(step);
    if (!path.isEmpty() && path != m_currentImage)
        showImage(path);
}

QStringList MainWindow::recentImages() const
{
    return QSettings().value(QStringLiteral("images/recent")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentImages();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("images/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentImages();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        m_recentMenu->addAction(tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"),
                                                 QFileInfo(path).fileName()),
                                this, [this, path] { openImage(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("images/recent"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        statusBar()->showMessage(tr("The clipboard is empty"), 5000);
        return;
    }
    QStringList files;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        addImages(files);
        return;
    }
    if (mime->hasImage()) {
        QString error;
        const QString path = ImageCollector::savePasted(qvariant_cast<QImage>(mime->imageData()), &error);
        if (path.isEmpty())
            statusBar()->showMessage(tr("Cannot paste: %1").arg(error), 8000);
        else
            addImages({path});
        return;
    }
    statusBar()->showMessage(tr("The clipboard holds neither an image nor image files"), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files, remote;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
        else
            remote << url.toString();
    }
    if (files.isEmpty() && event->mimeData()->hasImage()) {
        QString error;
        const QString path = ImageCollector::savePasted(qvariant_cast<QImage>(event->mimeData()->imageData()), &error);
        if (!path.isEmpty())
            files << path;
    }
    if (!remote.isEmpty())
        statusBar()->showMessage(tr("Only local files can be opened; skipped %1").arg(remote.join(QStringLiteral(", "))), 8000);
    if (files.isEmpty())
        m_predictions->clear(tr("Nothing to open: drop image files (JPEG, PNG, WebP or BMP) or folders of them."));
    else
        addImages(files);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    if (auto *inner = m_activations->findChild<QSplitter *>(QStringLiteral("activationSplitter")))
        settings.setValue(QStringLiteral("window/activationSplitter"), inner->saveState());
    settings.setValue(QStringLiteral("window/view"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("cam/opacity"), m_opacity->value());
    settings.setValue(QStringLiteral("model/preset"), m_modelPanel->model());
    settings.setValue(QStringLiteral("model/device"), m_modelPanel->device());
    settings.setValue(QStringLiteral("model/precision"), m_modelPanel->precision());
    settings.setValue(QStringLiteral("compare/models"), m_compare->checkedPresets());
    settings.setValue(QStringLiteral("cam/colormap"), m_colormap->currentText());
    QMainWindow::closeEvent(event);
}

void MainWindow::onModelReady(const ModelInfo &info, bool restored)
{
    if (!restored && info.requestId != m_lastLoadId)
        return; // superseded by a later choice
    const bool layersChanged = m_modelInfo.layers.size() != info.layers.size() || m_modelInfo.model != info.model
                            || m_modelInfo.inputSize != info.inputSize;
    m_modelInfo = info;
    m_modelLoaded = true;
    if (layersChanged) {
        QVector<LayerNode> nodes;
        const QString previousLayer = m_camLayer->currentData().toString();
        QSignalBlocker block(m_camLayer);
        m_camLayer->clear();
        m_camLayer->addItem(tr("head (default)"), QString());
        for (const LayerRow &r : info.layers) {
            nodes.push_back({r.path, r.kind, r.channels, r.height, r.width, r.macs});
            m_camLayer->addItem(QStringLiteral("%1 %2 (%3 x %4)").arg(r.path, r.kind).arg(r.height).arg(r.width), r.path);
        }
        m_camLayer->setCurrentIndex(std::max(0, m_camLayer->findData(previousLayer)));
        const QString shown = m_activations->currentLayer();
        m_activations->setLayers(nodes);
        m_activationsFor.clear();
        if (!shown.isEmpty())
            m_activations->selectLayer(shown);
    }
    m_modelPanel->setCudaAvailable(info.cudaAvailable);
    m_modelPanel->setWeightsText(info.pretrained
                                     ? tr("%1 (pretrained, input %2 px)").arg(info.weightsLabel).arg(info.inputSize)
                                     : tr("<b>untrained</b> (random init): no pretrained file is cached, "
                                          "predictions are meaningless"));
    updateStatus();
    if (!restored)
        Q_EMIT modelShown();
}

void MainWindow::onClassified(const ClassifyResult &r)
{
    if (r.requestId != m_lastClassifyId)
        return;
    m_image->setImage(r.image);
    QVector<PredictionView::Row> rows;
    for (const ClassScore &s : r.top)
        rows.push_back({s.index, s.label, s.probability});
    QString caption = tr("%1 — %2, %3 ms").arg(QFileInfo(r.imagePath).fileName(), shownName(r.model))
                          .arg(r.latencyMs, 0, 'f', 1);
    if (r.precision != QLatin1String("fp32"))
        caption += QStringLiteral(" (%1)").arg(r.precision);
    if (!r.pretrained)
        caption += tr(" — untrained model");
    if (!r.notes.isEmpty())
        caption += QStringLiteral("<br><small>") + r.notes.join(QStringLiteral("; ")).toHtmlEscaped()
                 + QStringLiteral("</small>");
    m_predictions->setPredictions(rows, caption);
    m_lastResult = r;
    Q_EMIT resultShown();
    m_heatmap->setPhoto(r.image, r.image.size());
    m_heatmap->clearHeat();
    requestCam(r.top.isEmpty() ? -1 : r.top.front().index);
    requestActivations();
}

void MainWindow::onFailed(const TaskError &e)
{
    if (e.task == QLatin1String("load") && e.requestId == m_lastLoadId) {
        // the worker keeps the previous model: show that one again
        const bool cancelled = e.category == QLatin1String("cancelled");
        const QString wanted = shownName(m_modelPanel->model());
        if (!m_modelInfo.model.isEmpty()) {
            QSignalBlocker block(m_modelPanel);
            m_modelPanel->setModel(m_modelInfo.model);
            m_modelPanel->setDevice(m_modelInfo.device);
            m_modelPanel->setPrecision(m_modelInfo.precision);
            m_modelLoaded = true;
            onModelReady(m_modelInfo, true);
        } else {
            m_modelPanel->setWeightsText(tr("failed to load"));
        }
        statusBar()->showMessage(cancelled ? tr("Loading %1 was cancelled").arg(wanted)
                                           : tr("Could not load %1: %2").arg(wanted, e.message),
                                 15000);
        Q_EMIT modelShown();
    } else if (e.task == QLatin1String("activations") && e.requestId == m_lastActivationsId) {
        m_activationsFor.clear();
        m_activations->clearActivations(e.category == QLatin1String("cancelled") ? tr("Cancelled.")
                                                                                 : tr("No activations: %1").arg(e.message));
        Q_EMIT activationsShown();
    } else if (e.task == QLatin1String("compare") && e.requestId == m_lastCompareId) {
        m_compare->setTargetText(tr("Comparison failed: %1").arg(e.message));
    } else if (e.task == QLatin1String("channel")) {
        statusBar()->showMessage(e.message, 8000);
    } else if (e.task == QLatin1String("cam") && e.requestId == m_lastCamId) {
        m_camText->setText(e.category == QLatin1String("cancelled") ? tr("Heat map cancelled")
                                                                     : tr("No heat map: %1").arg(e.message));
        Q_EMIT camShown();
    } else if (e.task == QLatin1String("classify") && e.requestId == m_lastClassifyId) {
        m_image->setPlaceholder(tr("Could not open this image"));
        m_predictions->clear(e.message);
        Q_EMIT resultShown();
    }
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.webp *.bmp)"));
    if (!path.isEmpty())
        openImage(path);
}

void MainWindow::updateStatus()
{
    if (!m_modelLoaded) {
        m_status->setText(tr("Loading %1...").arg(shownName(m_modelPanel->model())));
        return;
    }
    m_status->setText(tr("Model %1 · weights: %2 · device: %3 (%4, %5, %n thread(s)) · loaded in %6 ms", nullptr,
                         m_modelInfo.threads)
                          .arg(shownName(m_modelInfo.model), m_modelInfo.weightsLabel, m_modelInfo.device.toUpper(),
                               m_modelInfo.precision == QLatin1String("fp32") ? m_modelInfo.engine
                                                                              : QStringLiteral("libtorch-eager"),
                               m_modelInfo.precision)
                          .arg(m_modelInfo.loadMs, 0, 'f', 0));
}

namespace {

WeightsItem toItem(const WeightsRow &r)
{
    WeightsItem i;
    i.id = r.id;
    i.model = r.model;
    i.source = r.source;
    i.file = r.file;
    i.state = weightsStateName(r.state);
    i.message = r.message;
    i.size = r.size;
    i.received = r.received;
    i.total = r.total;
    i.top1 = r.top1;
    i.downloadable = r.downloadable;
    return i;
}

} // namespace

void MainWindow::resetWeightsItems()
{
    QVector<WeightsItem> items;
    for (const WeightsRow &r : m_weights->rows())
        items << toItem(r);
    m_weightsView->setItems(items);
}

WeightsView *MainWindow::weightsView()
{
    if (m_weightsView)
        return m_weightsView;
    m_weightsDialog = new QDialog(this);
    m_weightsDialog->setWindowTitle(tr("Weights"));
    m_weightsDialog->resize(900, 480);
    m_weightsView = new WeightsView(m_weightsDialog);
    auto *layout = new QVBoxLayout(m_weightsDialog);
    layout->addWidget(m_weightsView);
    resetWeightsItems();
    connect(m_weights, &WeightsStore::rowChanged, this, [this](int row) {
        m_weightsView->updateItem(row, toItem(m_weights->rows()[row]));
        const WeightsRow &r = m_weights->rows()[row];
        if (r.state == WeightsRow::State::Failed)
            m_weightsView->showMessage(r.message);
        else if (r.state == WeightsRow::State::Cached)
            m_weightsView->showMessage(tr("%1 is in the cache: %2").arg(r.id, r.path));
    });
    connect(m_weightsView, &WeightsView::downloadRequested, m_weights, &WeightsStore::download);
    connect(m_weightsView, &WeightsView::cancelRequested, m_weights, &WeightsStore::cancel);
    connect(m_weightsView, &WeightsView::importRequested, this,
            [this](const QString &file, const QString &model, bool trusted) {
                m_weightsView->showMessage(tr("Checking %1 against %2...").arg(file, model.toUpper()));
                m_weights->importFile(file, model, trusted);
            });
    connect(m_weights, &WeightsStore::imported, this, [this](const QString &model, const QString &path, const QString &summary) {
        m_weightsView->showMessage(tr("Imported for %1: %2 (%3). Choose it under Weights in the model panel.")
                                       .arg(model.toUpper(), path, summary));
        if (model == m_modelPanel->model())
            refreshWeightChoices();
    });
    connect(m_weights, &WeightsStore::importFailed, this, [this](const QString &file, const QString &message) {
        m_weightsView->showMessage(tr("%1 was not imported: %2").arg(file, message));
    });
    return m_weightsView;
}

QString MainWindow::exportOverlay(const QString &path) const
{
    const QImage img = m_heatmap->renderOverlay();
    if (img.isNull() || m_lastCam.heat.isEmpty())
        return tr("there is no heat map to export yet");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString MainWindow::exportHeat(const QString &path) const
{
    if (m_lastCam.heat.isEmpty())
        return tr("there is no heat map to export yet");
    try {
        core::writeNpy(path.toStdString(), {m_lastCam.heatSize, m_lastCam.heatSize}, m_lastCam.heat.constData());
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString MainWindow::exportTop5(const QString &path) const
{
    if (m_lastResult.top.isEmpty())
        return tr("there are no predictions to export yet");
    QByteArray data;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonArray top;
        for (const ClassScore &c : m_lastResult.top)
            top.append(QJsonObject{{"index", c.index}, {"label", c.label}, {"probability", double(c.probability)}});
        data = QJsonDocument(QJsonObject{{"image", m_lastResult.imagePath},
                                         {"model", m_lastResult.model},
                                         {"weights", m_lastResult.weightsLabel},
                                         {"top", top}})
                   .toJson();
    } else if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        data = "rank,index,label,probability\n";
        int rank = 1;
        for (const ClassScore &c : m_lastResult.top) {
            QString label = c.label;
            label.replace(QLatin1Char('"'), QLatin1String("\"\""));
            data += QStringLiteral("%1,%2,\"%3\",%4\n").arg(rank++).arg(c.index).arg(label).arg(c.probability, 0, 'g', 6).toUtf8();
        }
    } else {
        return tr("choose a .csv or .json file name");
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

void MainWindow::exportDialog(int what)
{
    const QString filters[] = {tr("PNG image (*.png)"), tr("NumPy array (*.npy)"), tr("CSV (*.csv);;JSON (*.json)"),
                               tr("PNG image (*.png)")};
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filters[what]);
    if (path.isEmpty())
        return;
    const QString error = what == 0   ? exportOverlay(path)
                          : what == 1 ? exportHeat(path)
                          : what == 2 ? exportTop5(path)
                                      : exportCompare(path);
    statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(error), 8000);
}

void MainWindow::showView(int index)
{
    m_tabs->setCurrentIndex(index);
}

QString MainWindow::camText() const
{
    return m_camText->text();
}

void MainWindow::requestActivations()
{
    const QString layer = m_activations->currentLayer();
    if (layer.isEmpty() || m_currentImage.isEmpty() || !m_modelLoaded || m_tabs->currentIndex() != 2)
        return;
    const QString key = m_currentImage + QLatin1Char('|') + layer + QLatin1Char('|') + m_modelInfo.model;
    if (key == m_activationsFor)
        return;
    m_activationsFor = key;
    m_activations->clearActivations(tr("Computing the activations of %1...").arg(layer));
    m_lastActivationsId = m_worker->requestActivations(m_currentImage, layer);
}

void MainWindow::startCompare(const QStringList &models)
{
    if (m_currentImage.isEmpty()) {
        m_compare->setTargetText(tr("Open a photo first: the scales are compared on it."));
        return;
    }
    if (models.isEmpty()) {
        m_compare->setTargetText(tr("Tick at least one scale."));
        return;
    }
    CompareRequest req;
    req.imagePath = m_currentImage;
    req.models = models;
    req.method = m_camMethod->currentData().toString();
    req.custom = QVector<CustomScale>(m_customScales.begin(), m_customScales.end());
    req.classIndex = m_camClass >= 0 ? m_camClass : (m_lastResult.top.isEmpty() ? -1 : m_lastResult.top.front().index);
    QString target = tr("(each scale's own top-1)");
    for (const ClassScore &c : m_lastResult.top)
        if (c.index == req.classIndex)
            target = QStringLiteral("\"%1\" (%2)").arg(c.label.toHtmlEscaped()).arg(c.index);
    m_compare->setTargetText(tr("%1 of the shared class %2 on %3, each scale at its own resolution, cheapest "
                                "first. Faithfulness over 16 deletion / insertion steps.")
                                 .arg(m_camMethod->currentText(), target,
                                      QFileInfo(m_currentImage).fileName().toHtmlEscaped()));
    m_compare->begin(models);
    m_lastCompareId = m_worker->requestCompare(req);
}

QString MainWindow::exportCompare(const QString &path)
{
    if (m_compare->resultCount() == 0)
        return tr("there is no comparison to export yet");
    const QImage img = m_compare->render();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

void MainWindow::buildCustomScale()
{
    const core::ModelConfig &c = m_explorer->config();
    CustomScale scale;
    scale.name = m_explorer->scaleName();
    scale.width = c.scaling.width;
    scale.depth = c.scaling.depth;
    scale.resolution = c.scaling.resolution;
    scale.lite = m_explorer->lite();
    scale.stageWidth = m_explorer->stageWidths();
    scale.stageDepth = m_explorer->stageDepths();
    addCustomScale(scale);
    statusBar()->showMessage(tr("Building %1 (random init)...").arg(scale.name), 5000);
    m_modelPanel->setModel(scale.name); // emits modelChosen: the worker builds it
}

void MainWindow::applyColormap()
{
    const QVector<QRgb> lut = colormapLut(m_colormap->currentText());
    m_heatmap->setColormap(lut);
    m_activations->setColormap(lut);
    m_compare->setColormap(lut);
}

void MainWindow::cancelWork()
{
    m_worker->cancel();
    statusBar()->showMessage(tr("Cancelling..."), 3000);
}

void MainWindow::refreshWeightChoices()
{
    m_choicesFor = m_modelPanel->model();
    QVector<QPair<QString, QString>> choices;
    for (const QString &f : m_weights->importedFiles(m_choicesFor))
        choices.push_back({tr("imported: %1").arg(QFileInfo(f).fileName()), f});
    m_modelPanel->setWeightChoices(choices);
}

void MainWindow::refreshWeightsStates()
{
    QHash<QString, ModelPanel::WeightsState> states;
    for (const WeightsRow &r : m_weights->rows()) {
        ModelPanel::WeightsState &st = states[r.model];
        if (r.state == WeightsRow::State::Cached)
            st = ModelPanel::WeightsState::Cached;
        else if (r.downloadable && st != ModelPanel::WeightsState::Cached)
            st = ModelPanel::WeightsState::Downloadable;
    }
    m_modelPanel->setWeightsStates(states);
}

void MainWindow::requestCam(int classIndex)
{
    if (m_currentImage.isEmpty() || !m_modelLoaded)
        return;
    m_worker->cancelCam(); // a newer question replaces the one being answered
    CamRequest req;
    req.imagePath = m_currentImage;
    req.method = m_camMethod->currentData().toString();
    req.classIndex = classIndex;
    req.layer = m_camLayer->currentData().toString();
    req.augSmooth = m_smooth->isChecked();
    m_camClass = classIndex;
    m_camText->setText(tr("Computing %1...").arg(m_camMethod->currentText()));
    m_lastCamId = m_worker->requestCam(req);
}

void MainWindow::onCamReady(const CamView &v)
{
    if (v.requestId != m_lastCamId)
        return;
    m_lastCam = v;
    m_camClass = v.classIndex;
    {
        QSignalBlocker block(m_camClassBox);
        m_camClassBox->setCurrentIndex(m_camClassBox->findData(v.classIndex));
    }
    m_heatmap->setPhoto(v.image, v.imageSize);
    m_heatmap->setHeat(v.heat, v.heatSize, v.covered);
    QString text = tr("%1 on %2 (%3 x %4) for \"%5\" (p = %6), %7 ms")
                       .arg(m_camMethod->currentText(), v.layer)
                       .arg(v.layerSize.width())
                       .arg(v.layerSize.height())
                       .arg(v.label)
                       .arg(v.probability, 0, 'f', 3)
                       .arg(v.ms, 0, 'f', 0);
    if (v.hasMetrics)
        m_curves->setCurves(v.fractions, v.deletion, v.insertion, v.deletionAuc, v.insertionAuc);
    else
        m_curves->clear();
    if (v.hasMetrics)
        text += tr("<br>Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4")
                    .arg(v.averageDrop, 0, 'f', 1)
                    .arg(v.increase ? tr("yes") : tr("no"))
                    .arg(v.deletionAuc, 0, 'f', 3)
                    .arg(v.insertionAuc, 0, 'f', 3);
    m_camText->setText(text);
    Q_EMIT camShown();
}

void MainWindow::showWeights()
{
    weightsView();
    m_weights->refresh();
    resetWeightsItems();
    m_weightsDialog->show();
    m_weightsDialog->raise();
}

} // namespace effscope
