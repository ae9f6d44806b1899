// SPDX-License-Identifier: MIT
#include "weights_dialog.h"

#include "weights_store.h"
#include "weights_view.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace effscope {

WeightsDialog::WeightsDialog(WeightsStore *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Weights"));
    resize(900, 480);
    m_view = new WeightsView(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resetRows();
    connect(m_store, &WeightsStore::rowChanged, this, [this](int row) {
        const WeightsRow &r = m_store->rows()[row];
        m_view->updateItem(row, r);
        if (r.state == WeightsRow::State::Failed)
            m_view->showMessage(r.message);
        else if (r.state == WeightsRow::State::Cached)
            m_view->showMessage(tr("%1 is in the cache: %2").arg(r.id, r.path));
    });
    connect(m_view, &WeightsView::downloadRequested, m_store, &WeightsStore::download);
    connect(m_view, &WeightsView::cancelRequested, m_store, &WeightsStore::cancel);
    connect(m_view, &WeightsView::importRequested, this,
            [this](const QString &file, const QString &model, bool trusted, bool allowNonFinite) {
                m_view->showMessage(tr("Checking %1 against %2...").arg(file, displayName(model)));
                m_store->importFile(file, model, trusted, allowNonFinite);
            });
    connect(m_store, &WeightsStore::imported, this, [this](const QString &model, const QString &path, const QString &summary) {
        m_view->showMessage(tr("Imported for %1: %2 (%3). Choose it under Weights in the model panel.")
                                .arg(displayName(model), path, summary));
    });
    connect(m_store, &WeightsStore::importFailed, this, [this](const QString &file, const QString &message) {
        m_view->showMessage(tr("%1 was not imported: %2").arg(file, message));
    });
}

void WeightsDialog::resetRows()
{
    m_view->setItems(m_store->rows());
}

void WeightsDialog::showRefreshed()
{
    m_store->refresh();
    resetRows();
    show();
    raise();
}

} // namespace effscope
