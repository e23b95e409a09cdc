// SPDX-License-Identifier: Apache-2.0
#include "ui/models/ProgressModel.h"

#include "ui/widgets/Contrast.h"

#include <QGuiApplication>
#include <QPalette>

namespace jurybox::ui {

ProgressModel::ProgressModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProgressModel::setRows(std::vector<report::ProgressRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProgressModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProgressModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const report::ProgressRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const double fraction = r.assigned == 0 ? 1.0 : static_cast<double>(r.submitted) / r.assigned;
    if (role == FractionRole)
        return fraction;
    if (role == Qt::ForegroundRole && index.column() == Name && r.late())
        return readableOn(QColor(0xB0, 0x3A, 0x2E), QGuiApplication::palette().color(QPalette::Base));
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.detail.isEmpty() ? r.name : QStringLiteral("%1 (%2)").arg(r.name, r.detail);
    case Done:
        return QStringLiteral("%1 / %2").arg(r.submitted).arg(r.assigned);
    case Submitted:
        return r.submitted;
    case Assigned:
        return r.assigned;
    case Started:
        return r.started;
    }
    return {};
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Done:
        return tr("Submitted / assigned");
    case Submitted:
        return tr("Submitted");
    case Assigned:
        return tr("Assigned");
    case Started:
        return tr("Started");
    }
    return {};
}

} // namespace jurybox::ui
