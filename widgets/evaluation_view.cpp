// SPDX-License-Identifier: MIT
#include "evaluation_view.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace effscope {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &columns, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(columns.size()));
    t->setHorizontalHeaderLabels(columns);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAccessibleName(name);
    return t;
}

void setCells(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

EvaluationView::EvaluationView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Evaluation on a labelled folder"));
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("a folder with one subfolder per class (n02123045, tabby cat or 281), or a CSV of path,label"));
    m_path->setAccessibleName(tr("Labelled folder or CSV"));
    auto *folder = new QPushButton(tr("&Folder..."), this);
    folder->setAccessibleName(tr("Choose a labelled folder"));
    auto *csv = new QPushButton(tr("C&SV..."), this);
    csv->setAccessibleName(tr("Choose a labelled CSV file"));
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Labelled folder (ImageFolder layout)"), m_path->text());
        if (!dir.isEmpty())
            m_path->setText(dir);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Labelled CSV (path,label)"), m_path->text(),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    m_scales = new QListWidget(this);
    m_scales->setAccessibleName(tr("Scales to evaluate"));
    m_scales->setMaximumHeight(110);
    m_scales->setFlow(QListView::LeftToRight);
    m_scales->setWrapping(true);
    m_evaluate = new QPushButton(tr("&Evaluate"), this);
    m_evaluate->setToolTip(tr("Top-1 and top-5 of every ticked scale on these images (presets with their cached "
                              "pretrained weights; partial results are kept, so a rerun continues)"));
    m_export = new QPushButton(tr("Export C&SV..."), this);
    m_export->setToolTip(tr("timm's validate columns: model, img_size, top1, top1_err, top5, top5_err, param_count, "
                            "crop_pct, interpolation"));
    m_export->setEnabled(false);
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        Q_EMIT evaluateRequested(m_path->text().trimmed(), checkedScales());
    });
    connect(m_export, &QPushButton::clicked, this, &EvaluationView::exportRequested);
    connect(m_path, &QLineEdit::textChanged, this, [this] { setRunning(m_running); });
    connect(m_scales, &QListWidget::itemChanged, this, [this] { setRunning(m_running); });

    m_table = makeTable(this, {tr("Scale"), tr("Weights"), tr("Size"), tr("Images"), tr("Top-1 %"), tr("Top-5 %"),
                               tr("Params (M)"), tr("MACs (G)"), tr("Status")},
                        tr("Evaluation results"));
    m_classes = makeTable(this, {tr("Class"), tr("Index"), tr("Images"), tr("Correct"), tr("Top-1 %")},
                          tr("Per-class accuracy"));
    m_confused = makeTable(this, {tr("True class"), tr("Predicted as"), tr("Images")}, tr("Most confused pairs"));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectResult(row); });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(csv);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_evaluate);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_classes);
    details->addWidget(m_confused);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(details, 1);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_scales);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    setRunning(false);
}

void EvaluationView::setScales(const QStringList &scales, const QStringList &checked)
{
    QSignalBlocker block(m_scales);
    m_scales->clear();
    for (const QString &s : scales) {
        auto *item = new QListWidgetItem(s, m_scales);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(s) ? Qt::Checked : Qt::Unchecked);
    }
    setRunning(m_running);
}

QStringList EvaluationView::checkedScales() const
{
    QStringList out;
    for (int i = 0; i < m_scales->count(); ++i)
        if (m_scales->item(i)->checkState() == Qt::Checked)
            out << m_scales->item(i)->text();
    return out;
}

void EvaluationView::setDataset(const QString &path)
{
    m_path->setText(path);
}

QString EvaluationView::dataset() const
{
    return m_path->text().trimmed();
}

void EvaluationView::setRunning(bool running)
{
    m_running = running;
    m_evaluate->setEnabled(!running && !dataset().isEmpty() && !checkedScales().isEmpty());
    m_export->setEnabled(!running && std::any_of(m_rows.begin(), m_rows.end(),
                                                 [](const EvaluationRow &r) { return !r.csvRow.isEmpty(); }));
}

void EvaluationView::addResult(const EvaluationRow &row)
{
    int at = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].model == row.model && m_rows[i].weightsLabel == row.weightsLabel && m_rows[i].dataset == row.dataset)
            at = i;
    if (at < 0) {
        at = int(m_rows.size());
        m_rows.push_back(row);
        m_table->setRowCount(int(m_rows.size()));
    } else {
        m_rows[at] = row;
    }
    refreshRow(at);
    setRunning(m_running);
    if (m_table->currentRow() < 0 || m_table->currentRow() == at)
        m_table->setCurrentCell(at, 0);
}

void EvaluationView::clearResults()
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_classes->setRowCount(0);
    m_confused->setRowCount(0);
    m_detail->clear();
    setRunning(m_running);
}

void EvaluationView::refreshRow(int row)
{
    const EvaluationRow &r = m_rows[row];
    QString status;
    if (!r.error.isEmpty())
        status = tr("failed: %1").arg(r.error);
    else if (r.cancelled)
        status = tr("partial: %1 of %2 images (cancelled; Evaluate continues)").arg(r.evaluated + r.failed).arg(r.images);
    else
        status = tr("complete%1%2")
                     .arg(r.failed ? tr(", %n image(s) unreadable", nullptr, r.failed) : QString())
                     .arg(r.resumed ? tr(", %n kept from an earlier run", nullptr, r.resumed) : QString());
    const bool ok = r.error.isEmpty();
    setCells(m_table, row,
             {r.model, r.pretrained ? r.weightsLabel : tr("untrained (random init)"),
              ok ? QString::number(r.imageSize) : QString(), QString::number(ok ? r.evaluated : 0),
              ok ? QString::number(r.top1, 'f', 2) : QString(), ok ? QString::number(r.top5, 'f', 2) : QString(),
              QString::number(r.paramsM, 'f', 2), QString::number(r.macsG, 'f', 3), status});
}

void EvaluationView::selectResult(int row)
{
    m_classes->setRowCount(0);
    m_confused->setRowCount(0);
    if (row < 0 || row >= m_rows.size()) {
        m_detail->clear();
        return;
    }
    const EvaluationRow &r = m_rows[row];
    m_detail->setText(tr("%1 on %2: %3 images, top-1 %4%, top-5 %5%%6")
                          .arg(r.model, QFileInfo(r.dataset).fileName())
                          .arg(r.evaluated)
                          .arg(r.top1, 0, 'f', 2)
                          .arg(r.top5, 0, 'f', 2)
                          .arg(r.imageErrors.isEmpty() ? QString() : QStringLiteral("\n") + r.imageErrors.join(QLatin1Char('\n'))));
    m_classes->setRowCount(int(r.perClass.size()));
    for (int i = 0; i < r.perClass.size(); ++i) {
        const EvaluationRow::Class &c = r.perClass[i];
        setCells(m_classes, i, {c.name, QString::number(c.label), QString::number(c.count), QString::number(c.top1),
                                QString::number(c.count ? 100.0 * c.top1 / c.count : 0.0, 'f', 1)});
    }
    m_confused->setRowCount(int(r.confused.size()));
    for (int i = 0; i < r.confused.size(); ++i)
        setCells(m_confused, i, {r.confused[i].from, r.confused[i].to, QString::number(r.confused[i].count)});
}

QString EvaluationView::saveCsv(const QString &path, const QString &header) const
{
    QByteArray out = header.toUtf8() + '\n';
    int rows = 0;
    for (const EvaluationRow &r : m_rows)
        if (!r.csvRow.isEmpty()) {
            out += r.csvRow.toUtf8() + '\n';
            ++rows;
        }
    if (!rows)
        return tr("no evaluation to export yet");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

} // namespace effscope
