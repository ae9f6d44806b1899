// SPDX-License-Identifier: MIT
#include "evaluation_view.h"

#include "record_table.h"
#include "scale_labels.h"

#include <QFileDialog>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
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
    m_path->setToolTip(tr("The labelled set: a folder with one subfolder per class, named by WordNet id, class name "
                          "or index, or a CSV of path,label lines"));
    auto *folder = new QPushButton(tr("&Folder..."), this);
    folder->setAccessibleName(tr("Choose a labelled folder"));
    folder->setToolTip(tr("Choose a folder with one subfolder per class"));
    auto *csv = new QPushButton(tr("C&SV..."), this);
    csv->setAccessibleName(tr("Choose a labelled CSV file"));
    csv->setToolTip(tr("Choose a CSV file of path,label lines (paths relative to the file)"));
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
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        setRunning(m_running);
        m_found->clear();
        Q_EMIT datasetChanged(dataset());
    });
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
    const auto yesNo = [](const QVariant &v) { return v.toBool() ? tr("yes") : tr("no"); };
    m_images = new RecordTable({{tr("Image"), {QStringLiteral("path")},
                                 [](const QVariant &v) { return QFileInfo(v.toString()).fileName(); }, kLeft},
                                {tr("True class"), {QStringLiteral("label")},
                                 [](const QVariant &v) { return className(v.toInt()); }, kLeft},
                                {tr("Predicted"), {QStringLiteral("predicted")},
                                 [](const QVariant &v) { return className(v.toInt()); }, kLeft},
                                {tr("Top-1"), {QStringLiteral("top1_correct")}, yesNo, Qt::AlignCenter},
                                {tr("Top-5"), {QStringLiteral("top5_correct")}, yesNo, Qt::AlignCenter},
                                {tr("Error"), {QStringLiteral("error")}, text, kLeft}},
                               this);
    m_table = makeView(this, m_results, tr("Evaluation results"));
    QTableView *classes = makeView(this, m_classes, tr("Per-class accuracy"));
    QTableView *confused = makeView(this, m_confused, tr("Most confused pairs"));
    // per image, sortable by the raw values (misses first when sorted by Top-1)
    m_imagesSorted = new QSortFilterProxyModel(this);
    m_imagesSorted->setSourceModel(m_images);
    m_imagesSorted->setSortRole(RecordTable::RawRole);
    m_imagesView = makeView(this, m_images, tr("Every image's result"));
    m_imagesView->setModel(m_imagesSorted);
    m_imagesView->setSortingEnabled(true);
    m_imagesView->sortByColumn(-1, Qt::AscendingOrder); // input order until a header is clicked
    m_matrix = new QTableWidget(this);
    m_matrix->setAccessibleName(tr("Confusion matrix of the classes present"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setToolTip(tr("Rows: the true class; columns: the predicted one. Click a cell to list its photos."));
    m_pairText = new QLabel(tr("Click a cell of the matrix or a confused pair to list its photos."), this);
    m_pairText->setWordWrap(true);
    m_pairPhotos = new QListWidget(this);
    m_pairPhotos->setAccessibleName(tr("Photos of the chosen pair"));
    m_pairPhotos->setToolTip(tr("Double-click a photo to open it"));
    connect(m_pairPhotos, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT photoRequested(item->data(Qt::UserRole).toString()); });
    connect(m_matrix, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (row < m_matrixClasses.size())
            showPair(m_matrixClasses[row], column < m_matrixClasses.size() ? m_matrixClasses[column] : -1);
    });
    connect(confused->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_selected >= 0 && m_selected < m_rows.size() && current.row() >= 0
            && current.row() < m_rows[m_selected].confused.size()) {
            const EvalConfusion &c = m_rows[m_selected].confused[current.row()];
            showPair(c.label, c.predicted);
        }
    });
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("datasetSummary"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectResult(current.row()); });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(csv);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_evaluate);
    buttons->addWidget(m_export);
    buttons->addWidget(m_found, 1);
    auto *pairs = new QWidget(this);
    auto *pairsLayout = new QVBoxLayout(pairs);
    pairsLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixAndPhotos = new QSplitter(Qt::Horizontal, pairs);
    matrixAndPhotos->addWidget(m_matrix);
    auto *photos = new QWidget(pairs);
    auto *photosLayout = new QVBoxLayout(photos);
    photosLayout->setContentsMargins(0, 0, 0, 0);
    photosLayout->addWidget(m_pairText);
    photosLayout->addWidget(m_pairPhotos, 1);
    matrixAndPhotos->addWidget(photos);
    matrixAndPhotos->setStretchFactor(0, 3);
    matrixAndPhotos->setStretchFactor(1, 2);
    pairsLayout->addWidget(matrixAndPhotos);
    auto *classesAndPairs = new QSplitter(Qt::Horizontal, this);
    classesAndPairs->addWidget(classes);
    classesAndPairs->addWidget(confused);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Details of the chosen evaluation"));
    m_tabs->addTab(classesAndPairs, tr("Per &class"));
    m_tabs->addTab(m_imagesView, tr("Per &image"));
    m_tabs->addTab(pairs, tr("Confusion &matrix"));
    QWidget *details = m_tabs;
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
    m_images->clear();
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    m_matrixClasses.clear();
    m_pairPhotos->clear();
    m_selected = -1;
    setRunning(m_running);
}

void EvaluationView::setDatasetSummary(const QString &text)
{
    m_found->setText(text);
}

QString EvaluationView::datasetSummary() const
{
    return m_found->text();
}

QString EvaluationView::pairText() const
{
    return m_pairText->text();
}

void EvaluationView::showPair(int label, int predicted)
{
    m_pairPhotos->clear();
    if (m_selected < 0 || m_selected >= m_rows.size())
        return;
    for (const EvalImage &i : m_rows[m_selected].samples) {
        if (i.label != label || i.top.isEmpty())
            continue;
        const int got = i.top.front();
        if (predicted >= 0 ? got != predicted : m_matrixClasses.contains(got))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(i.path).fileName(), m_pairPhotos);
        item->setData(Qt::UserRole, i.path);
        item->setToolTip(i.path);
    }
    const QString predictedName = predicted >= 0 ? className(predicted) : tr("a class not in the set");
    m_pairText->setText(m_pairPhotos->count() == 1
                            ? tr("1 photo of %1 predicted as %2 (double-click to open):").arg(className(label), predictedName)
                            : tr("%1 photos of %2 predicted as %3 (double-click one to open it):")
                                  .arg(m_pairPhotos->count())
                                  .arg(className(label), predictedName));
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
                     .arg(r.failed ? tr(", %n images unreadable", nullptr, int(r.failed)) : QString())
                     .arg(r.resumed ? tr(", %1 kept from an earlier run").arg(r.resumed) : QString());
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
    m_selected = row;
    m_pairPhotos->clear();
    if (row < 0 || row >= m_rows.size()) {
        m_classes->clear();
        m_confused->clear();
        m_detail->clear();
        m_images->clear();
        m_matrix->setRowCount(0);
        m_matrix->setColumnCount(0);
        m_matrixClasses.clear();
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

    // every image, and the matrix of the classes present
    QVector<QVariantList> images;
    QVector<int> present;
    for (const EvalImage &i : r.samples) {
        const bool ok = !i.top.isEmpty();
        images.push_back({i.path, i.label, ok ? QVariant(i.top.front()) : QVariant(), ok ? QVariant(i.top.front() == i.label) : QVariant(),
                          ok ? QVariant(i.top.contains(i.label)) : QVariant(), i.error});
        if (!present.contains(i.label))
            present.push_back(i.label);
    }
    m_images->setRows(images);
    std::sort(present.begin(), present.end());
    m_matrixClasses = present;
    const int n = int(present.size());
    QVector<QVector<int>> counts(n, QVector<int>(n + 1, 0));
    int largest = 1;
    for (const EvalImage &i : r.samples) {
        if (i.top.isEmpty())
            continue;
        const int at = int(present.indexOf(i.top.front()));
        int &cell = counts[present.indexOf(i.label)][at >= 0 ? at : n];
        largest = std::max(largest, ++cell);
    }
    m_matrix->clear();
    m_matrix->setRowCount(n);
    m_matrix->setColumnCount(n + 1);
    QStringList names;
    for (int c : present)
        names << className(c);
    m_matrix->setVerticalHeaderLabels(names);
    m_matrix->setHorizontalHeaderLabels(names + QStringList{tr("other")});
    const QColor hot = palette().color(QPalette::Highlight);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j <= n; ++j) {
            auto *cell = new QTableWidgetItem(QString::number(counts[i][j]));
            cell->setTextAlignment(Qt::AlignCenter);
            QColor shade = hot;
            shade.setAlphaF(0.6 * counts[i][j] / largest);
            cell->setBackground(shade);
            cell->setToolTip(tr("%1 photos of %2 predicted as %3")
                                 .arg(counts[i][j])
                                 .arg(names[i], j < n ? names[j] : tr("a class not in the set")));
            m_matrix->setItem(i, j, cell);
        }
    m_matrix->resizeColumnsToContents();
    m_pairText->setText(tr("Click a cell of the matrix or a confused pair to list its photos."));
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
