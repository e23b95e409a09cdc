// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Submission.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace jurybox::ui {

/// The award's submissions as a table: a snapshot loaded from core with one query, refreshed on demand.
class SubmissionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ref, Title, City, Country, Category, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole, CategoryRole, StatusRole, SearchTextRole };

    explicit SubmissionModel(QObject* parent = nullptr);

    void reset(std::vector<Submission> submissions, QHash<Id, QString> categoryNames);
    const Submission& submissionAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The entry's IdRole, CategoryRole, StatusRole and SearchTextRole (what SubmissionFilterModel reads), for any
    /// model with a submission per row; null for other roles.
    static QVariant roleData(const Submission& submission, const QString& category, int role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Submission> m_rows;
    QHash<Id, QString> m_categoryNames;
};

} // namespace jurybox::ui
