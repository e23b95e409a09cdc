// SPDX-License-Identifier: Apache-2.0
#include "ui/models/ReportTableModel.h"

namespace jurybox::ui {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(report::Table table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto& cell = m_table.rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    const bool numeric = std::holds_alternative<double>(cell) || std::holds_alternative<std::int64_t>(cell);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return report::cellText(cell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_table.columns.size())
        return {};
    QString name = m_table.columns[section];
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace jurybox::ui
