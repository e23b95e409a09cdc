// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Judge.h"

#include <QAbstractTableModel>

#include <vector>

namespace jurybox::ui {

/// The judging panel as a table over a snapshot from core. Whether a judge has an access code yet is shown; the
/// code itself never enters the model (the Judges page reads it from core on demand).
class JudgeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ref, Name, Country, Organisation, Position, Email, AccessCode, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    struct Row {
        Judge judge;
        bool hasCode = false;
    };

    explicit JudgeModel(QObject* parent = nullptr);

    void reset(std::vector<Row> rows);
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace jurybox::ui
