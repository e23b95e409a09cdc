// SPDX-License-Identifier: Apache-2.0
#include "ui/models/SubmissionModel.h"

#include <QBrush>
#include <QPalette>

namespace jurybox::ui {

SubmissionModel::SubmissionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SubmissionModel::reset(std::vector<Submission> submissions, QHash<Id, QString> categoryNames) {
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
