// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report/Table.h"

#include <QAbstractTableModel>

namespace jurybox::ui {

/// A read-only table model over a core report::Table (judges, conflicts, audit trail): the same rows the CLI prints.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(report::Table table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    report::Table m_table;
};

} // namespace jurybox::ui
