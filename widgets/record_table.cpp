// SPDX-License-Identifier: MIT
#include "record_table.h"

#include <QSaveFile>
#include <QSize>

namespace effscope {

namespace {

// A raw value as CSV text: integers whole, reals with enough digits to round-trip.
QStringList csvValues(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QSize: {
        const QSize s = v.toSize();
        return {QString::number(s.height()), QString::number(s.width())};
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return {QString::number(v.toDouble(), 'g', 15)};
    default:
        return {v.toString()};
    }
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

RecordTable::RecordTable(const QVector<Column> &columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns)
{
}

void RecordTable::setRows(const QVector<QVariantList> &rows, const QStringList &rowLabels)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        m_labels = rowLabels;
        endResetModel();
        return;
    }
    for (int r = 0; r < rows.size(); ++r)
        setRow(r, rows[r]);
    if (rowLabels != m_labels) {
        m_labels = rowLabels;
        if (!m_rows.isEmpty())
            Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
    }
}

void RecordTable::appendRow(const QVariantList &row, const QString &label)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back(row);
    if (!label.isEmpty() || !m_labels.isEmpty()) {
        while (m_labels.size() < at)
            m_labels << QString();
        m_labels << label;
    }
    endInsertRows();
}

void RecordTable::setRow(int row, const QVariantList &values)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QVariantList &old = m_rows[row];
    int first = -1, last = -1;
    for (int c = 0; c < values.size(); ++c)
        if (c >= old.size() || old[c] != values[c]) { // unchanged cells cost no repaint
            first = first < 0 ? c : first;
            last = c;
        }
    if (first < 0 && old.size() == values.size())
        return;
    old = values;
    Q_EMIT dataChanged(index(row, std::max(0, first)), index(row, std::max(0, last)));
}

void RecordTable::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    endResetModel();
}

QVariant RecordTable::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].size())
        return {};
    return m_rows[row][column];
}

QString RecordTable::text(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

QString RecordTable::rowLabel(int row) const
{
    return row >= 0 && row < m_labels.size() ? m_labels[row] : QString();
}

int RecordTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariant v = raw(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (!v.isValid() || v.isNull())
            return QString();
        const Format &f = m_columns[index.column()].format;
        return f ? f(v) : v.toString();
    }
    case Qt::ToolTipRole: {
        const QString shown = data(index, Qt::DisplayRole).toString();
        return shown.size() > 40 ? shown : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns[index.column()].alignment);
    case RawRole:
        return v;
    default:
        return {};
    }
}

QVariant RecordTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? m_columns[section].header : QVariant();
    return section >= 0 && section < m_labels.size() ? m_labels[section] : QVariant(section + 1);
}

QByteArray RecordTable::csv() const
{
    const bool labels = !m_labels.isEmpty();
    QStringList header;
    if (labels)
        header << csvField(m_rowLabelName);
    for (const Column &c : m_columns)
        for (const QString &n : c.csv)
            header << csvField(n);
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int r = 0; r < m_rows.size(); ++r) {
        QStringList cells;
        if (labels)
            cells << csvField(rowLabel(r));
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant v = raw(r, c);
            QStringList values = v.isValid() && !v.isNull() ? csvValues(v) : QStringList();
            while (values.size() < m_columns[c].csv.size())
                values << QString(); // an empty cell stays empty in every field it spans
            for (const QString &s : values.mid(0, m_columns[c].csv.size()))
                cells << csvField(s);
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QString RecordTable::saveCsv(const QString &path) const
{
    const QByteArray out = csv();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return tr("cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

RecordTable::Format RecordTable::fixed(int decimals, double scale)
{
    return [decimals, scale](const QVariant &v) { return QString::number(v.toDouble() * scale, 'f', decimals); };
}

RecordTable::Format RecordTable::count()
{
    return [](const QVariant &v) {
        const double x = v.toDouble();
        return x >= 1e9   ? QStringLiteral("%1 G").arg(x / 1e9, 0, 'f', 3)
             : x >= 1e6   ? QStringLiteral("%1 M").arg(x / 1e6, 0, 'f', 2)
             : x >= 1e3   ? QStringLiteral("%1 k").arg(x / 1e3, 0, 'f', 1)
                          : QString::number(qint64(x));
    };
}

RecordTable::Format RecordTable::size()
{
    return [](const QVariant &v) {
        const QSize s = v.toSize();
        return QStringLiteral("%1 x %2").arg(s.height()).arg(s.width());
    };
}

} // namespace effscope
