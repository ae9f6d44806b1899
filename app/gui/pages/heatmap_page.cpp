// SPDX-License-Identifier: MIT
#include "pages/heatmap_page.h"

#include "color_bar.h"
#include "colormaps.h"
#include "elided_combo_box.h"
#include "export_util.h"
#include "exports.h"
#include "faithfulness_plot.h"
#include "heatmap_view.h"
#include "image_collector.h"
#include "image_util.h"
#include "inference_worker.h"
#include "settings.h"
#include "slow_work.h"
#include "workbench.h"
#include "arch/work_estimate.h"

#include "common/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>
#include <QVBoxLayout>

namespace effscope {

HeatmapPage::HeatmapPage(Workbench &bench, QWidget *parent) : Page(View::Heatmap, bench, parent)
{
    m_heatmap = new HeatmapView(this);
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("CAM method"));
    m_method->setToolTip(tr("How the heat map weighs the layer's channels: gradient-based (Grad-CAM and its variants), "
                            "gradient-free (Eigen-CAM) or by perturbation (Score-CAM, Ablation-CAM: slower)"));
    for (core::CamMethod m : core::allCamMethods())
        m_method->addItem(QString::fromLatin1(core::camMethodLabel(m)), QString::fromLatin1(core::camMethodName(m)));
    m_classBox = new QComboBox(this);
    m_classBox->setAccessibleName(tr("CAM target class"));
    m_classBox->setToolTip(tr("The class the heat map explains: type to search the 1000 ImageNet classes, "
                              "or click a prediction"));
    m_classBox->setEditable(true);
    m_classBox->setInsertPolicy(QComboBox::NoInsert);
    m_classBox->setMinimumContentsLength(18);
    m_classBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setClassNames({});
    m_classBox->completer()->setFilterMode(Qt::MatchContains);
    m_classBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_classBox->setCurrentIndex(-1);
    m_layer = new ElidedComboBox(this);
    m_layer->setAccessibleName(tr("CAM target layer"));
    m_layer->setToolTip(tr("The layer whose activations the CAM weighs; its spatial size is the map's resolution"));
    m_layer->setMinimumContentsLength(16);
    m_colormap = new QComboBox(this);
    m_colormap->setAccessibleName(tr("Colour map"));
    m_colormap->setToolTip(tr("Colours from low to high heat; viridis and inferno read in grey and for colour-blind "
                              "eyes"));
    m_colormap->addItems(colormapNames());
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setAccessibleName(tr("Heat map opacity"));
    m_opacity->setToolTip(tr("How much of the heat map covers the photo: 0 the photo alone, 100 the map alone"));
    m_opacity->setMinimumWidth(120);
    m_smooth = new QCheckBox(tr("Smooth (6 copies)"), this);
    m_smooth->setToolTip(tr("Test-time augmentation smoothing, as pytorch-grad-cam's aug_smooth: the CAM of the photo "
                            "and of its mirror image, each at brightness x0.9, x1.0 and x1.1, every map brought to "
                            "the input's resolution, mirrored back and averaged. Six CAMs instead of one."));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_slowBar = new QWidget(this);
    m_slowText = new QLabel(m_slowBar);
    m_slowText->setWordWrap(true);
    m_slowStart = new QPushButton(tr("&Start"), m_slowBar);
    m_slowStart->setAccessibleName(tr("Start the slow heat map"));
    m_slowStart->setToolTip(tr("Run this method now; it takes one forward pass per channel (Esc cancels)"));
    auto *slowRow = new QHBoxLayout(m_slowBar);
    slowRow->setContentsMargins(0, 0, 0, 0);
    slowRow->addWidget(m_slowText, 1);
    slowRow->addWidget(m_slowStart);
    m_slowBar->hide();
    connect(m_slowStart, &QPushButton::clicked, this, [this] {
        m_accepted.insert(m_pendingKey);
        startCam(m_pending);
    });
    m_hover = new QLabel(this);
    m_hover->setMinimumWidth(m_hover->fontMetrics().horizontalAdvance(QStringLiteral("heat 0.00")) + 8);
    m_curves = new FaithfulnessPlot(this);
    m_curves->setMinimumHeight(150);
    m_colorBar = new ColorBar(this);
    m_colorBar->setLabels(tr("high"), tr("low"), tr("importance for the class"));

    // what is explained on the first row, how it is drawn on the second
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_method);
    controls->addWidget(m_classBox, 1);
    controls->addWidget(m_layer, 1);
    controls->addWidget(m_smooth);
    auto *look = new QHBoxLayout;
    look->addWidget(m_colormap);
    look->addWidget(new QLabel(tr("Opacity"), this));
    look->addWidget(m_opacity, 1);
    look->addWidget(m_hover);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_text, 1);
    bottom->addWidget(m_curves, 1);
    auto *picture = new QHBoxLayout;
    picture->addWidget(m_heatmap, 1);
    picture->addWidget(m_colorBar);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picture, 1);
    layout->addWidget(m_slowBar);
    layout->addLayout(controls);
    layout->addLayout(look);
    layout->addLayout(bottom);

    // the look is shared with the activation and compare views, through the workbench
    connect(m_colormap, &QComboBox::currentTextChanged, &bench, &Workbench::setColormap);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { this->bench().setOpacity(v / 100.0); });
    connect(&bench, &Workbench::colormapChanged, m_heatmap, &HeatmapView::setColormap);
    connect(&bench, &Workbench::colormapChanged, m_colorBar, &ColorBar::setColormap);
    connect(&bench, &Workbench::opacityChanged, m_heatmap, &HeatmapView::setOpacity);
    m_colormap->setCurrentText(settings::colormap.value());
    m_opacity->setValue(settings::opacity.value());
    bench.setColormap(m_colormap->currentText()); // also when the saved name is the first (no change signal)
    bench.setOpacity(m_opacity->value() / 100.0);

    connect(m_heatmap, &HeatmapView::hovered, this,
            [this](double heat) { m_hover->setText(heat >= 0 ? tr("heat %1").arg(heat, 0, 'f', 2) : QString()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        this->bench().setCamMethod(core::parseCamMethod(m_method->currentData().toString().toStdString()));
        requestCam(this->bench().camClass());
    });
    connect(m_smooth, &QCheckBox::toggled, this, [this] { requestCam(this->bench().camClass()); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { requestCam(this->bench().camClass()); });
    connect(m_classBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            requestCam(m_classBox->itemData(index).toInt());
    });

    connect(&bench, &Workbench::modelReady, this, &HeatmapPage::setLayers);
    // a fine-tuned model explains the user's own classes
    connect(&bench, &Workbench::modelReady, this, [this](const ModelInfo &info) {
        if (info.classes != m_classNames)
            setClassNames(info.classes);
    });
    connect(&bench, &Workbench::classified, this, [this](const ClassifyResult &r) {
        if (r.imagePath != m_lastCam.request.imagePath) {
            // another photo: nothing shown so far describes it
            m_lastCam = CamView();
            m_heatmap->setPhoto(toQImage(r.image), r.image.size());
            m_heatmap->clearHeat();
            m_curves->clear();
            m_text->clear();
        }
        // the same photo through another model keeps its old map, greyed, until the new one
        requestCam(r.top.isEmpty() ? -1 : r.top.front().index);
    });
    connect(&bench, &Workbench::explainRequested, this, &HeatmapPage::requestCam);
    connect(&worker(), &InferenceWorker::camReady, this, &HeatmapPage::onCamReady);
    connect(&worker(), &InferenceWorker::camExportItem, this, [this](const CamExportItem &it) {
        if (it.requestId != m_folderId)
            return;
        if (it.error.isEmpty())
            ++m_folderWritten;
        else
            m_folderFailed << QStringLiteral("%1: %2").arg(QFileInfo(it.image).fileName(), it.error);
    });
    connect(&worker(), &InferenceWorker::camExportFinished, this, [this](quint64 id, bool cancelled) {
        if (id != m_folderId)
            return;
        this->bench().showMessage(
            tr("%1 heat maps written to %2%3%4")
                .arg(m_folderWritten)
                .arg(m_folderOut, cancelled ? tr(" (cancelled)") : QString(),
                     m_folderFailed.isEmpty() ? QString() : tr("; failed: %1").arg(m_folderFailed.join(QStringLiteral("; ")))),
            20000);
        Q_EMIT folderExported(m_folderWritten, int(m_folderFailed.size()), cancelled);
    });
    connect(&worker(), &InferenceWorker::failed, this, &HeatmapPage::onFailed);
}

QString HeatmapPage::camText() const
{
    return m_text->text();
}

void HeatmapPage::setClassNames(const QStringList &own)
{
    m_classNames = own;
    QSignalBlocker block(m_classBox);
    m_classBox->clear();
    if (own.isEmpty()) {
        const auto &names = core::imagenetClasses();
        for (size_t i = 0; i < names.size(); ++i)
            m_classBox->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(names[i])).arg(i), int(i));
        m_classBox->setToolTip(tr("The class the heat map explains: type to search the 1000 ImageNet classes, "
                                  "or click a prediction"));
    } else {
        for (int i = 0; i < own.size(); ++i)
            m_classBox->addItem(QStringLiteral("%1 (%2)").arg(own[i]).arg(i), i);
        m_classBox->setToolTip(tr("The class the heat map explains: one of the %1 classes these weights were "
                                  "fine-tuned on, or click a prediction").arg(own.size()));
    }
    m_classBox->setCurrentIndex(-1);
    bench().setCamClass(-1);
}

void HeatmapPage::setLayers(const ModelInfo &info)
{
    const QString key = info.model + QLatin1Char('@') + QString::number(info.inputSize);
    if (key == m_layersFor && m_layer->count() == std::max<qsizetype>(1, info.layers.size()))
        return;
    m_layersFor = key;
    const QString previous = m_layer->currentData().toString();
    QSignalBlocker block(m_layer);
    m_layer->clear();
    // the head first, by its own name (what the caption will say), as the default; "" asks the
    // engine for its default layer, which is the head
    for (const LayerRow &r : info.layers)
        if (r.kind == QLatin1String("head"))
            m_layer->addItem(tr("%1 head (%2 x %3), default").arg(r.path).arg(r.height).arg(r.width), QString());
    if (m_layer->count() == 0)
        m_layer->addItem(tr("the head, default"), QString());
    for (const LayerRow &r : info.layers)
        if (r.kind != QLatin1String("head"))
            m_layer->addItem(QStringLiteral("%1 %2 (%3 x %4)").arg(r.path, r.kind).arg(r.height).arg(r.width), r.path);
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(previous)));
}

void HeatmapPage::requestCam(int classIndex)
{
    Workbench &b = bench();
    if (b.currentImage().isEmpty() || !b.modelLoaded())
        return;
    worker().cancelCam(); // a newer question replaces the one being answered
    CamRequest req;
    req.imagePath = b.currentImage();
    req.method = b.camMethod();
    req.classIndex = classIndex;
    req.layer = m_layer->currentData().toString();
    req.augSmooth = m_smooth->isChecked();
    b.setCamClass(classIndex);
    double passes = 0;
    QString layer;
    const double seconds = estimateSeconds(req, &passes, &layer);
    const QString method = QString::fromLatin1(core::camMethodLabel(req.method));
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(b.modelInfo().model, QString::fromLatin1(core::camMethodName(req.method)), layer)
                            .arg(req.augSmooth);
    if (seconds > slowWorkSeconds() && !m_accepted.contains(key)) {
        // slow: say so and wait for Start (a new photo or model asks again; once started, the
        // same model, method, layer and smoothing run without asking for the rest of the session)
        m_pending = req;
        m_pendingKey = key;
        ++m_lastCamId; // a result still arriving for an older request is not this one
        m_slowText->setText(tr("<b>%1 on %2 would take %3 on this machine</b> (%4 forward passes of %5 GMACs at "
                               "%6 ms per GMAC, as measured here). Start it, or choose a "
                               "cheaper method, layer or model.")
                                .arg(method, displayName(b.modelInfo().model), durationText(seconds))
                                .arg(qRound64(passes))
                                .arg(double(b.modelInfo().macs) / 1e9, 0, 'f', 2)
                                .arg(b.secondsPerGmac(b.modelInfo().device) * 1000, 0, 'f', 1));
        m_slowBar->show();
        setStale(tr("%1 on %2 not started").arg(method, layer));
        m_text->setText(tr("%1 on %2 not started: %3 (see above).").arg(method, layer, durationText(seconds))
                        + shownSuffix());
        return;
    }
    startCam(req);
}

void HeatmapPage::startCam(const CamRequest &req)
{
    m_slowBar->hide();
    const QString method = QString::fromLatin1(core::camMethodLabel(req.method));
    setStale(tr("computing %1...").arg(method));
    m_text->setText(tr("Computing %1 of %2...").arg(method, displayName(bench().modelInfo().model)) + shownSuffix());
    m_lastCamId = worker().requestCam(req);
}

void HeatmapPage::setStale(const QString &note)
{
    const bool stale = !note.isEmpty();
    m_heatmap->setStale(stale && !m_lastCam.heat.isEmpty(), note);
    m_curves->setStale(stale && !m_lastCam.fractions.isEmpty());
}

bool HeatmapPage::isStale() const
{
    return m_heatmap->isStale();
}

QString HeatmapPage::shownSuffix() const
{
    if (m_lastCam.heat.isEmpty())
        return QString();
    return QStringLiteral("<br><span style=\"color: %1\">%2</span>")
        .arg(palette().color(QPalette::PlaceholderText).name(), tr("Shown, greyed: %1").arg(caption(m_lastCam)));
}

QString HeatmapPage::caption(const CamView &v) const
{
    QString text = tr("%1 of %2 on %3 (%4 x %5)")
                       .arg(QString::fromLatin1(core::camMethodLabel(v.method)), displayName(v.model), v.layer)
                       .arg(v.layerSize.width())
                       .arg(v.layerSize.height());
    if (v.request.augSmooth)
        text += tr(", smoothed over 6 copies (mirrored, brightness x0.9 to x1.1) at %1 x %1").arg(v.heatSize);
    text += tr(" for \"%1\" (p = %2), %3 ms").arg(v.label).arg(v.probability, 0, 'f', 3).arg(v.ms, 0, 'f', 0);
    return text;
}

void HeatmapPage::showControlsOf(const CamView &v)
{
    // the controls say what the picture shows (signals blocked: nothing is asked again)
    QSignalBlocker a(m_method), b(m_layer), c(m_smooth), d(m_classBox);
    m_method->setCurrentIndex(std::max(0, m_method->findData(QString::fromLatin1(core::camMethodName(v.method)))));
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(v.request.layer)));
    m_smooth->setChecked(v.request.augSmooth);
    m_classBox->setCurrentIndex(m_classBox->findData(v.classIndex));
    bench().setCamMethod(v.method);
    bench().setCamClass(v.classIndex);
}

QString HeatmapPage::slowWorkText() const
{
    return m_slowBar->isVisible() ? m_slowText->text() : QString();
}

double HeatmapPage::estimateSeconds(const CamRequest &req, double *passes, QString *layerName) const
{
    const ModelInfo &info = bench().modelInfo();
    core::CamWork work;
    work.method = req.method;
    work.augSmooth = req.augSmooth;
    work.metrics = req.metrics;
    const LayerRow *head = nullptr, *chosen = nullptr;
    for (const LayerRow &r : info.layers) {
        if (r.kind == QLatin1String("head"))
            head = &r;
        if (r.path == req.layer)
            chosen = &r;
    }
    if (!chosen)
        chosen = head;
    work.layerChannels = chosen ? chosen->channels : 0;
    work.closedForm = chosen && chosen == head && info.engine == QLatin1String("effscope-onednn");
    *passes = core::camForwardPasses(work);
    *layerName = chosen ? chosen->path : req.layer;
    const double rate = bench().secondsPerGmac(info.device);
    return *passes * double(info.macs) / 1e9 * rate;
}

void HeatmapPage::onCamReady(const CamView &v)
{
    if (v.requestId != m_lastCamId)
        return;
    m_lastCam = v;
    m_slowBar->hide();
    showControlsOf(v);
    m_heatmap->setExplanation(v);
    setStale(QString());
    QString text = caption(v) + unreliableHtml(v.unreliable);
    if (v.hasMetrics) {
        m_curves->setCurves(v.fractions, v.deletion, v.insertion, v.deletionAuc, v.insertionAuc);
        text += tr("<br>Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4")
                    .arg(v.averageDrop, 0, 'f', 1)
                    .arg(v.increase ? tr("yes") : tr("no"))
                    .arg(v.deletionAuc, 0, 'f', 3)
                    .arg(v.insertionAuc, 0, 'f', 3);
    } else {
        m_curves->clear();
    }
    m_text->setText(text);
    Q_EMIT camShown();
}

void HeatmapPage::onFailed(const TaskError &e)
{
    if (e.kind != JobKind::Cam || e.requestId != m_lastCamId)
        return;
    const QString what = e.cancelled() ? tr("Heat map cancelled") : tr("No heat map: %1").arg(e.message.toHtmlEscaped());
    if (m_lastCam.heat.isEmpty()) {
        m_text->setText(what);
    } else {
        // back to what is on screen: the controls describe it again, and it is only greyed
        // when it was made by another model than the one loaded now
        showControlsOf(m_lastCam);
        const bool otherModel = m_lastCam.model != bench().modelInfo().model;
        setStale(otherModel ? tr("made by %1, not the loaded model").arg(displayName(m_lastCam.model)) : QString());
        m_text->setText(what + QStringLiteral(".<br>") + tr("Shown: %1").arg(caption(m_lastCam)));
    }
    Q_EMIT camShown();
}

void HeatmapPage::saveSettings() const
{
    settings::colormap.set(m_colormap->currentText());
    settings::opacity.set(m_opacity->value());
}

QString HeatmapPage::exportFolder(const QString &source, const QString &outDir)
{
    const Workbench &b = bench();
    if (!b.modelLoaded())
        return tr("no model is loaded yet");
    QStringList images;
    for (const QFileInfo &f : QDir(source).entryInfoList(QDir::Files, QDir::Name))
        if (ImageCollector::imageSuffixes().contains(f.suffix().toLower()))
            images << f.absoluteFilePath();
    if (images.isEmpty())
        return tr("%1 holds no photos (JPEG, PNG, WebP or BMP)").arg(source);
    CamExportRequest req;
    req.images = images;
    req.outDir = outDir;
    req.method = b.camMethod();
    req.layer = m_layer->currentData().toString();
    req.lut = b.colormap();
    req.opacity = b.opacity();
    // one CAM per photo, no faithfulness curves: say how long when it is slow
    CamRequest one;
    one.method = req.method;
    one.layer = req.layer;
    one.metrics = false;
    double passes = 0;
    QString layer;
    const double seconds = images.size() * (estimateSeconds(one, &passes, &layer) + b.secondsPerGmac(b.modelInfo().device) * double(b.modelInfo().macs) / 1e9);
    if (seconds > slowWorkSeconds()
        && !confirmSlowWork(this, tr("Heat maps of %n photos", nullptr, int(images.size())), seconds,
                            tr("%1 photos, %2 forward passes each with %3 on %4")
                                .arg(images.size())
                                .arg(qRound64(passes + 1))
                                .arg(QString::fromLatin1(core::camMethodLabel(req.method)), displayName(b.modelInfo().model))))
        return tr("not started (%1)").arg(durationText(seconds));
    m_folderWritten = 0;
    m_folderFailed.clear();
    m_folderOut = outDir;
    m_folderId = worker().requestCamExport(req);
    bench().showMessage(tr("Writing the heat maps of %n photos to %1...", nullptr, int(images.size())).arg(outDir), 0);
    return {};
}

void HeatmapPage::addExports(QMenu *menu)
{
    auto baseName = [this] {
        return QStringLiteral("%1-%2-%3").arg(QFileInfo(m_lastCam.request.imagePath).completeBaseName(), m_lastCam.model,
                                              QString::fromLatin1(core::camMethodName(m_lastCam.method)));
    };
    menu->addAction(tr("Heat map &overlay (PNG)..."), this, [this, baseName] {
        exportTo(tr("Export the heat map overlay"), tr("PNG image (*.png)"), baseName() + QStringLiteral(".png"),
                 [this](const QString &path) { return exportOverlay(path); });
    });
    menu->addAction(tr("&Raw heat map (.npy, .tiff or .exr)..."), this, [this, baseName] {
        exportTo(tr("Export the raw heat map"), tr("NumPy array (*.npy);;32-bit float TIFF (*.tiff);;OpenEXR (*.exr)"),
                 baseName() + QStringLiteral(".npy"), [this](const QString &path) { return exportRawHeat(path); });
    });
    menu->addAction(tr("Heat maps of a &folder (PNG and .npy)..."), this, [this] {
        const QString source = QFileDialog::getExistingDirectory(this, tr("Folder of photos to explain"));
        if (source.isEmpty())
            return;
        const QString out = QFileDialog::getExistingDirectory(this, tr("Folder to write the heat maps to"), source);
        if (out.isEmpty())
            return;
        const QString error = exportFolder(source, out);
        if (!error.isEmpty())
            bench().showMessage(tr("No heat maps written: %1").arg(error));
    });
    menu->addAction(tr("&Deletion / insertion curves (PNG, SVG or PDF)..."), this, [this, baseName] {
        exportTo(tr("Export the faithfulness curves"), plotFileFilter(), baseName() + QStringLiteral("-curves.png"),
                 [this](const QString &path) { return exportCurves(path); });
    });
}

QString HeatmapPage::exportOverlay(const QString &path) const
{
    const QImage img = m_heatmap->renderOverlay();
    if (img.isNull() || m_lastCam.heat.isEmpty())
        return tr("there is no heat map to export yet");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString HeatmapPage::exportRawHeat(const QString &path) const
{
    return writeRawHeat(m_lastCam, path);
}

QString HeatmapPage::exportCurves(const QString &path) const
{
    if (m_lastCam.fractions.isEmpty())
        return tr("there are no curves to export yet");
    return savePlot(m_curves->plot(), path, 900, 500, tr("Deletion and insertion curves"));
}

QImage HeatmapPage::picture() const
{
    const QImage overlay = m_heatmap->renderOverlay();
    return overlay.isNull() ? Page::picture() : overlay;
}

} // namespace effscope
