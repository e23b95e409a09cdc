// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report/Table.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableView;

namespace jurybox::ui {

class ReportTableModel;

/// A page that shows one core report table (the panel, conflicts, the audit trail) with a heading and a note,
/// reloaded from core on demand.
class TableScreen : public QWidget {
    Q_OBJECT
public:
    TableScreen(const QString& heading, std::function<report::Table()> load, QWidget* parent = nullptr);
    void reload();
    void setNote(const QString& note);
    QTableView* table() const { return m_table; }

private:
    std::function<report::Table()> m_load;
    ReportTableModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
};

} // namespace jurybox::ui
