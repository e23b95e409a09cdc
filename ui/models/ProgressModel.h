// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report/Progress.h"

#include <QAbstractTableModel>

namespace jurybox::ui {

/// Progress rows (per judge or per category): name, submitted / assigned as a bar, and who is late.
class ProgressModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Done, Submitted, Assigned, Started, ColumnCount };
    /// The fraction 0–1 of the Done column, for the bar delegate.
    static constexpr int FractionRole = Qt::UserRole + 1;

    explicit ProgressModel(QObject* parent = nullptr);
    void setRows(std::vector<report::ProgressRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<report::ProgressRow> m_rows;
};

} // namespace jurybox::ui
