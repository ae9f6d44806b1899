// SPDX-License-Identifier: MIT
#include "model_panel.h"

#include "elided_combo_box.h"
#include "types.h"

#include "arch/presets.h"
#include "arch/profiler.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace effscope {

ModelPanel::ModelPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_model = new ElidedComboBox(this);
    for (const std::string &n : core::presetNames()) {
        const QString name = QString::fromStdString(n);
        m_model->addItem(displayName(name), name);
    }
    m_model->setAccessibleName(tr("Model"));
    // the closed box takes the room the column gives it, eliding in the middle (the pop-up
    // shows every entry in full), so a long entry ("custom-w1.331-d1.728-r344-lite-s0badf00d —
    // custom, untrained") never widens the window and keeps both its ends readable
    m_model->setMinimumContentsLength(22);
    m_device = new QComboBox(this);
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->setAccessibleName(tr("Device"));
    m_device->setToolTip(tr("Where the model runs: the CPU, or a CUDA GPU that LibTorch sees"));
    m_precision = new QComboBox(this);
    m_precision->setAccessibleName(tr("Precision"));
    m_precision->setToolTip(tr("Number format of the classification; heat maps and activations are computed in fp32"));
    m_quantize = new QPushButton(tr("&Quantize to int8..."), this);
    m_quantize->setToolTip(tr("Make this Lite model's int8 version: its activation ranges are measured on a folder "
                              "of your photos (photos like the ones it will see), and the int8 model is saved beside "
                              "the weights"));
    updatePrecisions();
    m_weightsChoice = new QComboBox(this);
    m_weightsChoice->setAccessibleName(tr("Weights to load"));
    m_weightsChoice->setToolTip(tr("The pretrained file of this model, one you imported, or random initialisation "
                                   "(the model is then \"untrained\" everywhere)"));
    setWeightChoices({});
    m_facts = new QLabel(this);
    m_weights = new QLabel(this);
    m_weights->setWordWrap(true);
    form->addRow(tr("&Model"), m_model);
    form->addRow(tr("&Device"), m_device);
    form->addRow(tr("&Precision"), m_precision);
    form->addRow(QString(), m_quantize);
    form->addRow(tr("Size"), m_facts);
    form->addRow(tr("&Weights"), m_weightsChoice);
    form->addRow(QString(), m_weights);
    connect(m_quantize, &QPushButton::clicked, this, [this] { Q_EMIT quantizeRequested(model()); });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        updateFacts();
        {
            QSignalBlocker block(m_precision);
            updatePrecisions(); // int8 is offered for Lite presets only
        }
        {
            QSignalBlocker block(m_weightsChoice);
            setWeightChoices({}); // the window offers the new preset's imported files
        }
        Q_EMIT modelChosen(model(), device());
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        {
            QSignalBlocker block(m_precision);
            updatePrecisions();
        }
        Q_EMIT modelChosen(model(), device());
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT modelChosen(model(), device()); });
    connect(m_weightsChoice, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT modelChosen(model(), device()); });
    updateFacts();
}

QString ModelPanel::model() const
{
    return m_model->currentData().toString();
}

void ModelPanel::setModel(const QString &preset)
{
    const int i = m_model->findData(preset);
    if (i >= 0)
        m_model->setCurrentIndex(i);
}

QString ModelPanel::device() const
{
    return m_device->currentData().toString();
}

void ModelPanel::setDevice(const QString &device)
{
    const int i = m_device->findData(device);
    if (i >= 0)
        m_device->setCurrentIndex(i);
}

void ModelPanel::updatePrecisions()
{
    const QString keep = m_precision->count() ? precision() : QStringLiteral("fp32");
    m_precision->clear();
    m_precision->addItem(tr("fp32"), QStringLiteral("fp32"));
    m_precision->addItem(tr("bf16 (eager module)"), QStringLiteral("bf16"));
    if (m_fp16.value(device()))
        m_precision->addItem(tr("fp16"), QStringLiteral("fp16"));
    if (int8Offered())
        m_precision->addItem(tr("int8 (quantized)"), QStringLiteral("int8"));
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(keep)));
    if (m_quantize)
        m_quantize->setVisible(int8Offered());
}

bool ModelPanel::int8Offered() const
{
    const std::string preset = model().toStdString();
    return device() == QLatin1String("cpu") && core::isPreset(preset) && !core::preset(preset).variant.squeezeExcite;
}

QString ModelPanel::precision() const
{
    return m_precision->currentData().toString();
}

void ModelPanel::setPrecision(const QString &precision)
{
    const int i = m_precision->findData(precision);
    if (i >= 0)
        m_precision->setCurrentIndex(i);
}

QStringList ModelPanel::presets() const
{
    QStringList out;
    for (int i = 0; i < m_model->count(); ++i)
        if (!m_custom.contains(m_model->itemData(i).toString()))
            out << m_model->itemData(i).toString();
    return out;
}

void ModelPanel::setDevices(const QVector<DeviceRow> &devices)
{
    const QString keep = device();
    QSignalBlocker block(m_device);
    m_device->clear();
    m_fp16.clear();
    for (const DeviceRow &d : devices) {
        const QString memory = tr("%1 GB").arg(d.totalBytes / 1e9, 0, 'f', 1);
        m_device->addItem(d.id == QLatin1String("cpu") ? tr("CPU (%1, %2)").arg(d.name, memory)
                                                       : tr("%1: %2, %3").arg(d.id.toUpper(), d.name, memory),
                          d.id);
        m_device->setItemData(m_device->count() - 1,
                              tr("%1: %2 GB of %3 GB free now").arg(d.name).arg(d.availableBytes / 1e9, 0, 'f', 1).arg(d.totalBytes / 1e9, 0, 'f', 1),
                              Qt::ToolTipRole);
        m_fp16.insert(d.id, d.fp16);
    }
    if (m_device->findData(QStringLiteral("cpu")) < 0) // always offered
        m_device->insertItem(0, tr("CPU"), QStringLiteral("cpu"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(keep)));
    QSignalBlocker blockPrecision(m_precision);
    updatePrecisions();
}

void ModelPanel::setWeightsText(const QString &text)
{
    m_weights->setText(text);
}

void ModelPanel::setWeightsStates(const WeightsAvailabilityMap &states)
{
    for (int i = 0; i < m_model->count(); ++i) {
        const QString preset = m_model->itemData(i).toString();
        if (m_custom.contains(preset))
            continue;
        const QString name = displayName(preset);
        QString state;
        switch (states.value(preset, WeightsAvailability::Untrained)) {
        case WeightsAvailability::Cached: state = tr("pretrained"); break;
        case WeightsAvailability::Downloadable: state = tr("downloadable (File > Weights), untrained until then"); break;
        case WeightsAvailability::Untrained: state = tr("no weights: untrained"); break;
        }
        m_model->setItemText(i, tr("%1 — %2").arg(name, state));
    }
}

void ModelPanel::setWeightChoices(const QVector<QPair<QString, QString>> &choices)
{
    const QString keep = weightsChoice();
    QSignalBlocker block(m_weightsChoice);
    m_weightsChoice->clear();
    m_weightsChoice->addItem(tr("default (pretrained when cached)"), QString());
    for (const auto &[label, path] : choices) {
        m_weightsChoice->addItem(label, path);
        m_weightsChoice->setItemData(m_weightsChoice->count() - 1, path, Qt::ToolTipRole);
    }
    m_weightsChoice->addItem(tr("untrained (random init)"), QStringLiteral("untrained"));
    m_weightsChoice->setCurrentIndex(std::max(0, m_weightsChoice->findData(keep)));
}

QString ModelPanel::weightsChoice() const
{
    return m_weightsChoice->currentData().toString();
}

void ModelPanel::setWeightsChoice(const QString &choice)
{
    const int i = m_weightsChoice->findData(choice);
    if (i >= 0)
        m_weightsChoice->setCurrentIndex(i);
}

QString ModelPanel::modelItemText(const QString &preset) const
{
    const int i = m_model->findData(preset);
    return i < 0 ? QString() : m_model->itemText(i);
}

bool ModelPanel::addCustomModel(const QString &name, const core::ModelConfig &config)
{
    if (core::isPreset(name.toStdString()))
        return false;
    m_custom.insert(name, config);
    if (m_model->findData(name) < 0)
        m_model->addItem(tr("%1 — custom, untrained").arg(name), name);
    return true;
}

void ModelPanel::updateFacts()
{
    const QString name = model();
    const core::ResolvedModel m = core::resolve(m_custom.contains(name) ? m_custom.value(name)
                                                                        : core::preset(name.toStdString()));
    const core::ModelProfile p = core::profileModel(m);
    m_facts->setText(tr("%1 px, %2 M params, %3 GMACs")
                         .arg(m.resolution)
                         .arg(p.params / 1e6, 0, 'f', 2)
                         .arg(p.macs / 1e9, 0, 'f', 3));
}

} // namespace effscope
