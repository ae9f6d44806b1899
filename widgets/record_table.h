// SPDX-License-Identifier: MIT
#pragma once
// A read-only table model that keeps raw values apart from their display text: each row holds
// one raw value per column (a count, a number in its unit, a size, a string), each column says
// how to show it and how it is called in a CSV. Views show the text (Qt::DisplayRole); RawRole
// and saveCsv() give the raw values, so a CSV has 5288548, not "5.29 M". Row labels (the
// vertical header) become the CSV's first column.
#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>

namespace effscope {

class RecordTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RawRole = Qt::UserRole + 1;
    using Format = std::function<QString(const QVariant &)>;

    struct Column
    {
        QString header = {};           ///< display header ("MACs")
        QStringList csv = {};          ///< CSV column name(s): one, or two for a QSize (height, width)
        Format format = {};            ///< raw -> display text; empty: the raw value as text
        Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter;
    };

    explicit RecordTable(const QVector<Column> &columns, QObject *parent = nullptr);

    /// Replaces every row; rows of the same count only signal the cells that changed (the
    /// explorer's stage table updates on every slider step).
    void setRows(const QVector<QVariantList> &rows, const QStringList &rowLabels = {});
    void appendRow(const QVariantList &row, const QString &label = {});
    void setRow(int row, const QVariantList &values);
    void clear();

    QVariant raw(int row, int column) const;
    QString text(int row, int column) const;
    QString rowLabel(int row) const;
    /// The CSV name of the row-label column ("" when the rows have no labels).
    void setRowLabelName(const QString &name) { m_rowLabelName = name; }

    /// Header (CSV names), then every row's raw values, RFC 4180 quoting; written atomically.
    /// "" or the reason it failed.
    QString saveCsv(const QString &path) const;
    /// The same as text (tests).
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // formats
    static Format fixed(int decimals, double scale = 1.0);   ///< value * scale, `decimals` places
    static Format count();                                   ///< 5288548 -> "5.29 M", 1.2e9 -> "1.200 G"
    static Format size();                                    ///< QSize -> "7 x 7"

private:
    QVector<Column> m_columns;
    QVector<QVariantList> m_rows;
    QStringList m_labels;
    QString m_rowLabelName;
};

/// One CSV field, quoted when it holds a comma, quote or line break.
QString csvField(const QString &text);

} // namespace effscope
