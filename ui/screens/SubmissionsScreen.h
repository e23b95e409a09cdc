// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace jurybox::ui {

class SubmissionModel;
class SubmissionFilterModel;

/// The entries: a searchable, filterable, sortable table with the selected entry's full text beside it, and
/// "Import CSV…" through core's all-or-nothing importer. An entry's status is edited in its cell, undoably.
class SubmissionsScreen : public QWidget {
    Q_OBJECT
public:
    SubmissionsScreen(store::AwardFile& award, QWidget* parent = nullptr);
    void reload();
    /// Makes the Status column editable (a combo box) through the workspace's undo stack.
    void setUndoStack(QUndoStack* undoStack);

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* categoryFilter() const { return m_category; }
    SubmissionFilterModel* filter() const { return m_filter; }
    /// Imports a submissions CSV; on a refusal the ErrorPresenter shows core's message and nothing changes.
    bool importCsv(const QString& path);

Q_SIGNALS:
    void awardChanged();

private:
    void showDetail();
    void chooseImport();

    store::AwardFile& m_award;
    SubmissionModel* m_model;
    SubmissionFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_status;
    QComboBox* m_country;
    QTableView* m_table;
    QTextBrowser* m_detail;
};

} // namespace jurybox::ui
