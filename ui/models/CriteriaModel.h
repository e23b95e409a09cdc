// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Category.h"
#include "core/store/AwardFile.h"

#include <QAbstractItemModel>

#include <vector>

class QUndoStack;

namespace jurybox::ui {

/// The award's categories with their criteria beneath, over a snapshot read from core. Edits go through the undo
/// stack as ChangeCategory / ChangeCriterion commands, which call the core edit operations; a refused edit leaves
/// the snapshot (and the award) as it was.
class CriteriaModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Weight, ScaleMin, ScaleMax, Descriptors, Description, ColumnCount };
    enum Role { IdRole = Qt::UserRole, IsCriterionRole };

    CriteriaModel(store::AwardFile& file, QUndoStack* undoStack, QObject* parent = nullptr);

    /// Reads the snapshot again: in place (expansion and selection kept) when the same items remain.
    void reload();
    /// The criterion at a child index; nullptr for a category row.
    const Criterion* criterionAt(const QModelIndex& index) const;
    const Category* categoryAt(const QModelIndex& index) const;
    /// The index of the criterion named `name` in the category named `category` (column 0), or invalid.
    QModelIndex criterionIndex(const QString& category, const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Category category;
        std::vector<Criterion> criteria;
    };
    bool sameShape(const std::vector<Group>& groups) const;

    store::AwardFile& m_file;
    QUndoStack* m_undoStack;
    std::vector<Group> m_groups;
};

} // namespace jurybox::ui
