// SPDX-License-Identifier: MIT
#include "evaluation_view.h"

#include "record_table.h"
#include "scale_labels.h"

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
#include <QTableView>
#include <QVBoxLayout>

namespace effscope {

namespace {

QTableView *makeView(QWidget *parent, RecordTable *model, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAccessibleName(name);
    return t;
}

constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;

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
    m_scales = new ScaleChecklist(this);
    m_scales->setAccessibleName(tr("Scales to evaluate"));
    m_scales->setMaximumHeight(110);
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

    const auto text = [](const QVariant &v) { return v.toString(); };
    m_results = new RecordTable({{tr("Scale"), {QStringLiteral("model")}, [](const QVariant &v) { return displayName(v.toString()); }, kLeft},
                                 {tr("Weights"), {QStringLiteral("weights")}, text, kLeft},
                                 {tr("Size"), {QStringLiteral("img_size")}},
                                 {tr("Images"), {QStringLiteral("images")}},
                                 {tr("Top-1 %"), {QStringLiteral("top1")}, RecordTable::fixed(2)},
                                 {tr("Top-5 %"), {QStringLiteral("top5")}, RecordTable::fixed(2)},
                                 {tr("Params (M)"), {QStringLiteral("params")}, RecordTable::fixed(2, 1e-6)},
                                 {tr("MACs (G)"), {QStringLiteral("macs")}, RecordTable::fixed(3, 1e-9)},
                                 {tr("Status"), {QStringLiteral("status")}, text, kLeft}},
                                this);
    m_classes = new RecordTable({{tr("Class"), {QStringLiteral("class")}, text, kLeft},
                                 {tr("Index"), {QStringLiteral("index")}},
                                 {tr("Images"), {QStringLiteral("images")}},
                                 {tr("Correct"), {QStringLiteral("top1_correct")}},
                                 {tr("Top-1 %"), {QStringLiteral("top1")}, RecordTable::fixed(1)}},
                                this);
    m_confused = new RecordTable({{tr("True class"), {QStringLiteral("class")}, text, kLeft},
                                  {tr("Predicted as"), {QStringLiteral("predicted")}, text, kLeft},
                                  {tr("Images"), {QStringLiteral("images")}}},
                                 this);
    m_table = makeView(this, m_results, tr("Evaluation results"));
    QTableView *classes = makeView(this, m_classes, tr("Per-class accuracy"));
    QTableView *confused = makeView(this, m_confused, tr("Most confused pairs"));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectResult(current.row()); });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(csv);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_evaluate);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(classes);
    details->addWidget(confused);
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
    m_scales->setScales(scales, checked);
    setRunning(m_running);
}

void EvaluationView::setWeightsAvailability(const WeightsAvailabilityMap &states)
{
    m_scales->setWeightsAvailability(states);
}

QListWidget *EvaluationView::scaleList() const
{
    return m_scales;
}

QListWidgetItem *EvaluationView::scaleItem(const QString &scale) const
{
    return m_scales->scaleItem(scale);
}

QStringList EvaluationView::checkedScales() const
{
    return m_scales->checkedScales();
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
                                                 [](const EvalItem &r) { return !r.csvRow.isEmpty(); }));
}

void EvaluationView::addResult(const EvalItem &item)
{
    int at = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].model == item.model && m_rows[i].weightsLabel == item.weightsLabel && m_rows[i].dataset == item.dataset)
            at = i;
    if (at < 0) {
        at = int(m_rows.size());
        m_rows.push_back(item);
        m_results->appendRow(resultRow(item));
    } else {
        m_rows[at] = item;
        m_results->setRow(at, resultRow(item));
    }
    setRunning(m_running);
    const int current = m_table->currentIndex().row();
    if (current < 0 || current == at) {
        m_table->setCurrentIndex(m_results->index(at, 0));
        selectResult(at);
    }
}

void EvaluationView::clearResults()
{
    m_rows.clear();
    m_results->clear();
    m_classes->clear();
    m_confused->clear();
    m_detail->clear();
    setRunning(m_running);
}

QVariantList EvaluationView::resultRow(const EvalItem &r) const
{
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
    return {r.model,
            r.pretrained ? r.weightsLabel : tr("untrained (random init)"),
            ok ? QVariant(r.imageSize) : QVariant(),
            ok ? r.evaluated : 0,
            ok ? QVariant(r.top1) : QVariant(),
            ok ? QVariant(r.top5) : QVariant(),
            r.params,
            r.macs,
            status};
}

void EvaluationView::selectResult(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        m_classes->clear();
        m_confused->clear();
        m_detail->clear();
        return;
    }
    const EvalItem &r = m_rows[row];
    m_detail->setText(tr("%1 on %2: %3 images, top-1 %4%, top-5 %5%%6")
                          .arg(displayName(r.model), QFileInfo(r.dataset).fileName())
                          .arg(r.evaluated)
                          .arg(r.top1, 0, 'f', 2)
                          .arg(r.top5, 0, 'f', 2)
                          .arg(r.errors.isEmpty() ? QString() : QStringLiteral("\n") + r.errors.join(QLatin1Char('\n'))));
    QVector<QVariantList> classes, confused;
    for (const EvalClass &c : r.perClass)
        classes.push_back({c.name, c.label, c.count, c.top1, c.count ? 100.0 * c.top1 / c.count : 0.0});
    for (const EvalConfusion &c : r.confused)
        confused.push_back({c.labelName, c.predictedName, c.count});
    m_classes->setRows(classes);
    m_confused->setRows(confused);
}

QString EvaluationView::saveCsv(const QString &path, const QString &header) const
{
    QByteArray out = header.toUtf8() + '\n';
    int rows = 0;
    for (const EvalItem &r : m_rows)
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
