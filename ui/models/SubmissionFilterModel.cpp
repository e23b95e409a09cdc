// SPDX-License-Identifier: Apache-2.0
#include "ui/models/SubmissionFilterModel.h"

#include "ui/models/SubmissionModel.h"

namespace jurybox::ui {

SubmissionFilterModel::SubmissionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SubmissionFilterModel::setSearchText(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void SubmissionFilterModel::setCategory(const QString& category) {
    m_category = category;
    invalidateFilter();
}

void SubmissionFilterModel::setStatus(const QString& status) {
    m_status = status;
    invalidateFilter();
}

void SubmissionFilterModel::setCountry(const QString& country) {
    m_country = country;
    invalidateFilter();
}

bool SubmissionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(SubmissionModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_status.isEmpty() && index.data(SubmissionModel::StatusRole).toString() != m_status)
        return false;
    if (!m_country.isEmpty() &&
        sourceModel()->index(sourceRow, SubmissionModel::Country, sourceParent).data().toString() != m_country)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(SubmissionModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace jurybox::ui
