// SPDX-License-Identifier: Apache-2.0
#include "ui/models/JudgeModel.h"

namespace jurybox::ui {

JudgeModel::JudgeModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void JudgeModel::reset(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int JudgeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JudgeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JudgeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Judge& j = row.judge;
    if (role == IdRole)
        return QVariant::fromValue(j.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ref:
        return j.ref;
    case Name:
        return j.name;
    case Country:
        return j.country;
    case Organisation:
        return j.organisation;
    case Position:
        return j.position;
    case Email:
        return j.email;
    case AccessCode:
        return row.hasCode ? tr("issued") : tr("not yet");
    }
    return {};
}

QVariant JudgeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Judge");
    case Name:
        return tr("Name");
    case Country:
        return tr("Country");
    case Organisation:
        return tr("Organisation");
    case Position:
        return tr("Position");
    case Email:
        return tr("Email");
    case AccessCode:
        return tr("Access code");
    }
    return {};
}

} // namespace jurybox::ui
