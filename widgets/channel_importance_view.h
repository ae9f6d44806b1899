// SPDX-License-Identifier: MIT
#pragma once
// Channel importance of the loaded model, per stage and block: BN scale magnitudes of every
// block's hidden channels and how sparse their activations are on one photo, summed per stage
// into how much of it could shrink. The explorer page asks the worker and feeds the rows in.
#include "types.h"

#include <QGroupBox>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace effscope {

class ChannelImportanceView : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChannelImportanceView(QWidget *parent = nullptr);

    /// Rows of the stem, every block's depthwise op and the head; the caption says what was measured.
    void setImportance(const QString &caption, const QVector<ImportanceRow> &rows);
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *measureButton() const { return m_measure; }
    QString caption() const;
    /// Per stage: the share of hidden channels that look removable (weak BN scale or dead on the
    /// photo, whichever is larger, weighted by channels); index 0 stem .. 8 head, -1 when unknown.
    QVector<double> shrinkableShare() const { return m_shrinkable; }

Q_SIGNALS:
    /// "Measure on the current photo".
    void measureRequested();

private:
    QPushButton *m_measure = nullptr;
    QLabel *m_caption = nullptr;
    QTreeWidget *m_tree = nullptr;
    QVector<double> m_shrinkable;
};

} // namespace effscope
