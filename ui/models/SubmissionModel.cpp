// SPDX-License-Identifier: Apache-2.0
#include "ui/models/SubmissionModel.h"

#include "core/store/SubmissionStore.h"
#include "ui/undo/ChangeSubmissionStatus.h"

#include <QBrush>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>

namespace jurybox::ui {

SubmissionModel::SubmissionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SubmissionModel::reset(std::vector<Submission> submissions, QHash<Id, QString> categoryNames) {
    const bool sameRows =
        !m_rows.empty() && std::equal(m_rows.begin(), m_rows.end(), submissions.begin(), submissions.end(),
                                      [](const Submission& a, const Submission& b) { return a.id == b.id; });
    if (sameRows) {
        // Only the rows that changed (all when a category was renamed): dataChanged() resets an open editor.
        const bool renamed = categoryNames != m_categoryNames;
        std::swap(m_rows, submissions);
        m_categoryNames = std::move(categoryNames);
        if (renamed) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Submission& a = m_rows[i];
            const Submission& b = submissions[i];
            if (a.ref != b.ref || a.title != b.title || a.city != b.city || a.country != b.country ||
                a.organisation != b.organisation || a.summary != b.summary || a.contact != b.contact ||
                a.categoryId != b.categoryId || a.status != b.status)
                Q_EMIT dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(submissions);
    m_categoryNames = std::move(categoryNames);
    endResetModel();
}

int SubmissionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SubmissionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionModel::roleData(const Submission& s, const QString& category, int role) {
    switch (role) {
    case IdRole:
        return QVariant::fromValue(s.id);
    case CategoryRole:
        return category;
    case StatusRole:
        return toString(s.status);
    case SearchTextRole:
        return QStringList{s.ref, s.title, s.city, s.country, s.organisation, s.summary}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant SubmissionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Submission& s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Ref:
            return s.ref;
        case Title:
            return s.title;
        case City:
            return s.city;
        case Country:
            return s.country;
        case Category:
            return m_categoryNames.value(s.categoryId);
        case Status:
            return toString(s.status);
        }
        return {};
    case Qt::ForegroundRole:
        if (s.status != SubmissionStatus::Eligible)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return roleData(s, m_categoryNames.value(s.categoryId), role);
    }
}

void SubmissionModel::setUndoStack(store::AwardFile* file, QUndoStack* undoStack) {
    m_file = file;
    m_undoStack = undoStack;
}

Qt::ItemFlags SubmissionModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.column() == Status && m_undoStack ? flags | Qt::ItemIsEditable : flags;
}

bool SubmissionModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto status = submissionStatusFromString(value.toString());
    Submission& row = m_rows[static_cast<std::size_t>(index.row())];
    if (!status || *status == row.status)
        return false;
    if (!AwardCommand::push(m_undoStack, new ChangeSubmissionStatus(*m_file, row, *status)))
        return false;
    // Shown at once; the pages reload from core when the undo stack moves.
    if (const auto stored = store::SubmissionStore(m_file->db()).byId(row.id))
        row = *stored;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QVariant SubmissionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Entry");
    case Title:
        return tr("Title");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace jurybox::ui
