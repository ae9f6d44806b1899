// SPDX-License-Identifier: MIT
#pragma once
// Preset picker with each preset's params, MACs and resolution (computed by effscope_arch on
// the GUI thread: microseconds, no tensors) and the device choice.
#include <QWidget>

class QComboBox;
class QLabel;

namespace effscope {

class ModelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPanel(QWidget *parent = nullptr);
    QString model() const;
    void setModel(const QString &preset);
    QString device() const;
    void setCudaAvailable(bool available);
    void setWeightsText(const QString &text);

Q_SIGNALS:
    void modelChosen(const QString &preset, const QString &device);

private:
    void updateFacts();
    QComboBox *m_model = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_weights = nullptr;
};

} // namespace effscope
