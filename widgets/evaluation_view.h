// SPDX-License-Identifier: MIT
#pragma once
// Accuracy on the user's own labelled images: pick a folder (ImageFolder layout: subfolders named
// by WordNet id, class name or index) or a CSV of path,label, tick scales, Evaluate. One row per
// scale with top-1 / top-5 and its cost; the selected row's per-class accuracy and most confused
// pairs below. The page runs the evaluation in the worker and feeds the results in.
#include "types.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace effscope {

class RecordTable;
class ScaleChecklist;

class EvaluationView : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationView(QWidget *parent = nullptr);

    /// The scales offered (presets and built custom scales); `checked` are ticked.
    void setScales(const QStringList &scales, const QStringList &checked);
    /// Labels each scale with what it would load (pretrained, downloadable, untrained).
    void setWeightsAvailability(const WeightsAvailabilityMap &states);
    /// The list's item of a scale (its model name in Qt::UserRole), or null.
    QListWidgetItem *scaleItem(const QString &scale) const;
    QStringList checkedScales() const;
    void setDataset(const QString &path);
    QString dataset() const;
    /// Adds a result, replacing the row of the same scale, weights and dataset.
    void addResult(const EvalItem &item);
    void clearResults();
    const QVector<EvalItem> &results() const { return m_rows; }
    /// Whether an evaluation runs (the Evaluate button waits for it).
    void setRunning(bool running);
    /// timm's validate CSV: the header, then one row per evaluated scale ("" or the reason it failed).
    QString saveCsv(const QString &path, const QString &header) const;

    /// Scale, weights, size, images, top-1, top-5, params, MACs, status.
    RecordTable *resultsModel() const { return m_results; }
    /// The selected row's classes: name, index, images, correct, top-1 %.
    RecordTable *classModel() const { return m_classes; }
    /// The selected row's most confused pairs: true class, predicted as, images.
    RecordTable *confusedModel() const { return m_confused; }
    QTableView *resultsTable() const { return m_table; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *exportButton() const { return m_export; }
    QListWidget *scaleList() const;
    /// Shows a row's per-class accuracy and confused pairs.
    void selectResult(int row);

Q_SIGNALS:
    void evaluateRequested(const QString &dataset, const QStringList &scales);
    void exportRequested();

private:
    QVariantList resultRow(const EvalItem &item) const;

    QLineEdit *m_path = nullptr;
    ScaleChecklist *m_scales = nullptr;
    QPushButton *m_evaluate = nullptr, *m_export = nullptr;
    RecordTable *m_results = nullptr, *m_classes = nullptr, *m_confused = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QVector<EvalItem> m_rows;
    bool m_running = false;
};

} // namespace effscope
