// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace jurybox::ui {

/// Search text (in ref, title, city, country, organisation and summary) and category / status / country filters
/// over a SubmissionModel.
class SubmissionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SubmissionFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /// Empty = any.
    void setCategory(const QString& category);
    void setStatus(const QString& status);
    void setCountry(const QString& country);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_category;
    QString m_status;
    QString m_country;
};

} // namespace jurybox::ui
