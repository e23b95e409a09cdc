// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Submission.h"
#include "core/store/AwardFile.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class QUndoStack;

namespace jurybox::ui {

/// The award's submissions as a table: a snapshot loaded from core with one query, refreshed on demand. With an undo
/// stack set, the Status column is editable: a change is a ChangeSubmissionStatus command through core.
class SubmissionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ref, Title, City, Country, Category, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole, CategoryRole, StatusRole, SearchTextRole };

    explicit SubmissionModel(QObject* parent = nullptr);

    /// Replaces the snapshot; in place (selection and scroll kept) when the same entries remain in the same order.
    void reset(std::vector<Submission> submissions, QHash<Id, QString> categoryNames);
    /// Makes the Status column editable through this award's undo stack.
    void setUndoStack(store::AwardFile* file, QUndoStack* undoStack);
    const Submission& submissionAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The entry's IdRole, CategoryRole, StatusRole and SearchTextRole (what SubmissionFilterModel reads), for any
    /// model with a submission per row; null for other roles.
    static QVariant roleData(const Submission& submission, const QString& category, int role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    store::AwardFile* m_file = nullptr;
    QUndoStack* m_undoStack = nullptr;
    std::vector<Submission> m_rows;
    QHash<Id, QString> m_categoryNames;
};

} // namespace jurybox::ui
