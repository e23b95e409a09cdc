// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/store/AwardFile.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace jurybox::ui {

/// The award's prize tiers in order, with name and optional minimum score editable as ChangeTier commands through
/// the undo stack. An empty minimum means none.
class TierModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Minimum, ColumnCount };

    TierModel(store::AwardFile& file, QUndoStack* undoStack, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    store::AwardFile& m_file;
    QUndoStack* m_undoStack;
    std::vector<Tier> m_tiers;
};

} // namespace jurybox::ui
