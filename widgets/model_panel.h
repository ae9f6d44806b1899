// SPDX-License-Identifier: MIT
#pragma once
// Preset picker with each preset's params, MACs and resolution (computed by effscope_arch on
// the GUI thread: microseconds, no tensors) and the device choice.
#include "arch/arch_spec.h"
#include "types.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace effscope {

class ElidedComboBox;

class ModelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPanel(QWidget *parent = nullptr);
    QString model() const;
    void setModel(const QString &preset);
    /// The model box (its closed face elides long names in the middle).
    ElidedComboBox *modelBox() const { return m_model; }
    QString device() const;
    /// Selects a device when it is offered (CUDA only once a load found it available).
    void setDevice(const QString &device);
    QStringList presets() const;
    /// Adds (or replaces) a custom scale in the model list, under its name; returns false when
    /// the name is a preset's.
    bool addCustomModel(const QString &name, const core::ModelConfig &config);
    bool isCustom(const QString &name) const { return m_custom.contains(name); }
    /// The devices to offer (the CPU first), labelled with their name and memory; fp16 is
    /// offered where the device has it. Keeps the choice when it is still offered.
    void setDevices(const QVector<DeviceRow> &devices);
    /// fp32, bf16 (CPU or CUDA), fp16 (offered on CUDA only) or int8 (EfficientNet-Lite presets
    /// on the CPU: the int8 model made by Quantize).
    QString precision() const;
    /// The button that makes a Lite preset's int8 model (shown for Lite presets on the CPU).
    QPushButton *quantizeButton() const { return m_quantize; }
    void setPrecision(const QString &precision);
    void setWeightsText(const QString &text);
    /// What each preset would load (absent: untrained), shown in the model list.
    void setWeightsStates(const WeightsAvailabilityMap &states);
    QString modelItemText(const QString &preset) const;
    /// Extra weight files for the current preset (label, path), offered between "default"
    /// (the registry's cached file, else random init) and "untrained". Keeps the choice when
    /// it is still offered; emits nothing.
    void setWeightChoices(const QVector<QPair<QString, QString>> &choices);
    /// "" (default), "untrained", or a file path.
    QString weightsChoice() const;
    void setWeightsChoice(const QString &choice);

Q_SIGNALS:
    void modelChosen(const QString &preset, const QString &device);
    /// Quantize was clicked: make the current Lite preset's int8 model.
    void quantizeRequested(const QString &preset);

private:
    void updateFacts();
    ElidedComboBox *m_model = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_weightsChoice = nullptr;
    QComboBox *m_precision = nullptr;
    QPushButton *m_quantize = nullptr;
    bool int8Offered() const;
    QHash<QString, core::ModelConfig> m_custom;
    QHash<QString, bool> m_fp16; // by device id
    void updatePrecisions();
    QLabel *m_facts = nullptr;
    QLabel *m_weights = nullptr;
};

} // namespace effscope
