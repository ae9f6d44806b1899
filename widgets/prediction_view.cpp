// SPDX-License-Identifier: MIT
#include "prediction_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace effscope {

PredictionView::PredictionView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    grid->addWidget(m_caption, 0, 0, 1, 3);
    for (int i = 0; i < kRows; ++i) {
        m_labels[i] = new QLabel(this);
        m_bars[i] = new QProgressBar(this);
        m_bars[i]->setRange(0, 1000);
        // the number beside the bar, not across the fill's edge where half of it is unreadable
        m_bars[i]->setTextVisible(false);
        m_bars[i]->setAccessibleName(tr("Probability of prediction %1").arg(i + 1));
        m_values[i] = new QLabel(this);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setMinimumWidth(m_values[i]->fontMetrics().horizontalAdvance(QStringLiteral("100.00 %")) + 4);
        grid->addWidget(m_labels[i], i + 1, 0);
        grid->addWidget(m_bars[i], i + 1, 1);
        grid->addWidget(m_values[i], i + 1, 2);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(kRows + 1, 1);
    setAccessibleName(tr("Top-5 predictions"));
    clear(tr("Drop an image here or press Ctrl+O."));
}

void PredictionView::setPredictions(const QVector<ClassScore> &rows, const QString &caption)
{
    m_caption->setText(caption);
    m_rowCount = std::min<int>(kRows, rows.size());
    for (int i = 0; i < kRows; ++i) {
        const bool used = i < m_rowCount;
        m_labels[i]->setVisible(used);
        m_bars[i]->setVisible(used);
        m_values[i]->setVisible(used);
        if (!used)
            continue;
        m_indices[i] = rows[i].index;
        m_labels[i]->setText(QStringLiteral("%1  <small>(%2)</small>").arg(rows[i].label.toHtmlEscaped()).arg(rows[i].index));
        m_bars[i]->setValue(qRound(rows[i].probability * 1000));
        m_values[i]->setText(QStringLiteral("%1 %").arg(100.0 * rows[i].probability, 0, 'f', 2));
        m_bars[i]->setAccessibleDescription(m_values[i]->text());
    }
}

void PredictionView::clear(const QString &message)
{
    m_rowCount = 0;
    m_caption->setText(message);
    for (int i = 0; i < kRows; ++i) {
        m_labels[i]->hide();
        m_bars[i]->hide();
        m_values[i]->hide();
    }
}

QString PredictionView::valueText(int row) const
{
    return row >= 0 && row < m_rowCount ? m_values[row]->text() : QString();
}

QString PredictionView::labelText(int row) const
{
    return row >= 0 && row < m_rowCount ? m_labels[row]->text() : QString();
}

QString PredictionView::caption() const
{
    return m_caption->text();
}

void PredictionView::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_rowCount; ++i) {
        const QRect r = m_labels[i]->geometry().united(m_bars[i]->geometry()).united(m_values[i]->geometry());
        if (r.contains(event->position().toPoint())) {
            Q_EMIT classActivated(m_indices[i]);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace effscope
