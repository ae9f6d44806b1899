// SPDX-License-Identifier: MIT
#pragma once
// Accuracy on the user's own labelled images: pick a folder (ImageFolder layout: subfolders named
// by WordNet id, class name or index) or a CSV of path,label, tick scales, Evaluate. One row per
// scale with top-1 / top-5 and its cost; below, for the selected row: per-class accuracy, the
// most confused pairs, every image's result (sortable: which photos failed) and the confusion
// matrix of the classes present, where a click on a cell (or a confused pair) lists its photos
// and a double click opens one. The number of images found shows before anything runs. The
// page runs the evaluation in the worker and feeds the results in.
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
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

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
    /// What the chosen folder or CSV holds ("6 images in 3 classes" or why it cannot be read),
    /// shown beside the path before anything runs.
    void setDatasetSummary(const QString &text);
    QString datasetSummary() const;
    /// The selected row's images: image, true class, predicted, top-1 and top-5 hits, error
    /// (raw: the path, class indices, booleans); the view sorts by any column.
    RecordTable *imagesModel() const { return m_images; }
    QTableView *imagesView() const { return m_imagesView; }
    /// Rows: the classes present (by index); columns: the same, then "other"; cells: images.
    QTableWidget *confusionMatrix() const { return m_matrix; }
    /// The classes of the matrix's rows (and first columns), in order.
    QVector<int> matrixClasses() const { return m_matrixClasses; }
    /// Lists the images of a true class predicted as `predicted` (-1: any class not present).
    void showPair(int label, int predicted);
    QListWidget *pairPhotos() const { return m_pairPhotos; }
    QString pairText() const;
    QTabWidget *detailTabs() const { return m_tabs; }

Q_SIGNALS:
    void evaluateRequested(const QString &dataset, const QStringList &scales);
    void exportRequested();
    /// The path or CSV changed (the page counts its images off the GUI thread).
    void datasetChanged(const QString &path);
    /// A photo of a confused pair was opened (double click).
    void photoRequested(const QString &path);

private:
    QVariantList resultRow(const EvalItem &item) const;

    QLineEdit *m_path = nullptr;
    ScaleChecklist *m_scales = nullptr;
    QPushButton *m_evaluate = nullptr, *m_export = nullptr;
    RecordTable *m_results = nullptr, *m_classes = nullptr, *m_confused = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_found = nullptr;
    RecordTable *m_images = nullptr;
    QSortFilterProxyModel *m_imagesSorted = nullptr;
    QTableView *m_imagesView = nullptr;
    QTableWidget *m_matrix = nullptr;
    QVector<int> m_matrixClasses;
    QListWidget *m_pairPhotos = nullptr;
    QLabel *m_pairText = nullptr;
    QTabWidget *m_tabs = nullptr;
    int m_selected = -1;
    QVector<EvalItem> m_rows;
    bool m_running = false;
};

} // namespace effscope
