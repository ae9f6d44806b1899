// SPDX-License-Identifier: MIT
#pragma once
// File > Weights: the weights manager's table wired to the WeightsStore (downloads, cancels,
// imports and what came of them).
#include <QDialog>

namespace effscope {

class WeightsStore;
class WeightsView;

class WeightsDialog : public QDialog
{
    Q_OBJECT
public:
    WeightsDialog(WeightsStore *store, QWidget *parent = nullptr);
    WeightsView *view() const { return m_view; }
    /// Re-checks the cache and shows the dialog.
    void showRefreshed();

private:
    void resetRows();

    WeightsStore *m_store;
    WeightsView *m_view = nullptr;
};

} // namespace effscope
