// SPDX-License-Identifier: MIT
#pragma once
// Top-k classes with probability bars. Clicking a row emits classActivated (the CAM target in
// later views).
#include "types.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace effscope {

class PredictionView : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionView(QWidget *parent = nullptr);
    void setPredictions(const QVector<ClassScore> &rows, const QString &caption);
    void clear(const QString &message = QString());
    QString labelText(int row) const;
    /// The probability beside a row's bar ("90.00 %").
    QString valueText(int row) const;
    QString caption() const;
    int rowCount() const { return m_rowCount; }

Q_SIGNALS:
    void classActivated(int classIndex);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    static constexpr int kRows = 5;
    QLabel *m_caption = nullptr;
    QLabel *m_labels[kRows] = {};
    QProgressBar *m_bars[kRows] = {};
    QLabel *m_values[kRows] = {};
    int m_indices[kRows] = {};
    int m_rowCount = 0;
};

} // namespace effscope
