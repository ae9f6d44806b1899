// SPDX-License-Identifier: MIT
#pragma once
// The weights manager's table: every known weight file with its model, source, size, published
// top-1 and state (cached, downloading with a progress bar, missing, failed with the reason),
// and Download / Cancel / Import buttons. It only shows data and emits requests; the window
// wires it to the services' WeightsStore.
#include "types.h"

#include <QVector>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace effscope {

class WeightsView : public QWidget
{
    Q_OBJECT
public:
    explicit WeightsView(QWidget *parent = nullptr);

    void setItems(const QVector<WeightsRow> &items);
    void updateItem(int row, const WeightsRow &item);
    int rowCount() const;
    QString stateText(int row) const;
    QString sizeText(int row) const;
    /// Selects the row of `id`; returns false when there is none.
    bool select(const QString &id);
    /// Replaces the file dialog of Import (tests pass a function that returns a path).
    void setFilePicker(std::function<QString()> picker) { m_picker = std::move(picker); }
    void showMessage(const QString &text);
    QString message() const;

    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *importButton() const { return m_import; }
    QCheckBox *trustBox() const { return m_trust; }
    QCheckBox *allowNonFiniteBox() const { return m_allowNonFinite; }

Q_SIGNALS:
    void downloadRequested(const QString &id);
    void cancelRequested(const QString &id);
    /// trusted: the user allows TorchScript archives (they carry code) to be read.
    /// allowNonFinite: weights holding NaN or Inf are imported anyway (results marked unreliable).
    void importRequested(const QString &file, const QString &model, bool trusted, bool allowNonFinite);

private:
    void updateButtons();
    void fillRow(int row, const WeightsRow &item);

    QTableWidget *m_table = nullptr;
    QPushButton *m_download = nullptr, *m_cancel = nullptr, *m_import = nullptr;
    QComboBox *m_importModel = nullptr;
    QCheckBox *m_trust = nullptr;
    QCheckBox *m_allowNonFinite = nullptr;
    QLabel *m_message = nullptr;
    QVector<WeightsRow> m_items;
    std::function<QString()> m_picker;
};

} // namespace effscope
