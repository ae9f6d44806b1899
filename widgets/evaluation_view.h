// SPDX-License-Identifier: MIT
#pragma once
// Accuracy on the user's own labelled images: pick a folder (ImageFolder layout: subfolders named
// by WordNet id, class name or index) or a CSV of path,label, tick scales, Evaluate. One row per
// scale with top-1 / top-5 and its cost; the selected row's per-class accuracy and most confused
// pairs below. The window runs the evaluation in the worker and feeds results in.
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace effscope {

struct EvaluationRow
{
    QString model, weightsLabel, dataset;
    bool pretrained = false;
    int imageSize = 0;
    int images = 0, evaluated = 0, failed = 0, resumed = 0;
    double top1 = 0.0, top5 = 0.0;
    double paramsM = 0.0, macsG = 0.0;
    bool cancelled = false;
    QString error;
    QString csvRow;                        ///< timm validate columns
    struct Class { int label = 0; QString name; int count = 0, top1 = 0; };
    struct Confusion { QString from, to; int count = 0; };
    QVector<Class> perClass;
    QVector<Confusion> confused;
    QStringList imageErrors;
};

class EvaluationView : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationView(QWidget *parent = nullptr);

    /// The scales offered (presets and built custom scales); `checked` are ticked.
    void setScales(const QStringList &scales, const QStringList &checked);
    QStringList checkedScales() const;
    void setDataset(const QString &path);
    QString dataset() const;
    /// Adds a result, replacing the row of the same scale, weights and dataset.
    void addResult(const EvaluationRow &row);
    void clearResults();
    const QVector<EvaluationRow> &results() const { return m_rows; }
    /// Whether an evaluation runs (the Evaluate button waits for it).
    void setRunning(bool running);
    /// timm's validate CSV: the header, then one row per evaluated scale ("" or the reason it failed).
    QString saveCsv(const QString &path, const QString &header) const;

    QTableWidget *resultsTable() const { return m_table; }
    QTableWidget *classTable() const { return m_classes; }
    QTableWidget *confusedTable() const { return m_confused; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *exportButton() const { return m_export; }
    QListWidget *scaleList() const { return m_scales; }
    /// Shows a row's per-class accuracy and confused pairs.
    void selectResult(int row);

Q_SIGNALS:
    void evaluateRequested(const QString &dataset, const QStringList &scales);
    void exportRequested();

private:
    void refreshRow(int row);

    QLineEdit *m_path = nullptr;
    QListWidget *m_scales = nullptr;
    QPushButton *m_evaluate = nullptr, *m_export = nullptr;
    QTableWidget *m_table = nullptr, *m_classes = nullptr, *m_confused = nullptr;
    QLabel *m_detail = nullptr;
    QVector<EvaluationRow> m_rows;
    bool m_running = false;
};

} // namespace effscope
