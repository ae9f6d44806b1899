// SPDX-License-Identifier: MIT
// A layer's convolution weights as a histogram (the activation browser's Weights tab): the bins
// the worker counted, with the count, range, mean and spread above them. Plain data in.
#pragma once
#include "types.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace effscope {

class WeightsHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit WeightsHistogram(QWidget *parent = nullptr);
    /// The weights of the activations' layer (nothing, with a word, when it has none).
    void setActivations(const ActivationView &view);
    QString text() const;
    int barCount() const;    ///< bars drawn (0 without weights)
    qint64 barTotal() const; ///< values the bars hold

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace effscope
