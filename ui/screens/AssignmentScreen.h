// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assign/AutoAssign.h"
#include "core/domain/Conflict.h"
#include "core/store/AwardFile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace jurybox::ui {

class AssignmentMatrixModel;
class AssignmentFilterModel;
class AwardCommand;

/// Conflicts & assignments: the judge × submission matrix of a round with conflict marks and assignments, a legend,
/// search, category and conflict filters, and the actions — find same-country conflicts, confirm / clear / declare a
/// conflict, assign or unassign a judge, auto-assign — all through core. Single-cell edits and auto-assign go on the
/// undo stack; core's refusals go to the ErrorPresenter and change nothing.
class AssignmentScreen : public QWidget {
    Q_OBJECT
public:
    /// Changes go on `undoStack`, whose owner reloads the pages when its index changes; without one the page keeps
    /// its own history and reloads itself.
    AssignmentScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent = nullptr);
    void reload();

    AssignmentMatrixModel* model() const { return m_model; }
    AssignmentFilterModel* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* roundChooser() const { return m_round; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* categoryFilter() const { return m_category; }
    /// The last action's outcome as shown under the matrix (auto-assign's report, conflicts found).
    QString reportText() const;

    /// Records same-country pairs as possible conflicts; how many, or nullopt when refused.
    std::optional<int> findConflicts();
    /// Assigns or unassigns the judge in the round shown; false when core refused.
    bool setAssigned(Id judgeId, Id submissionId, bool assigned);
    /// Confirms, clears or declares (confirmed, with a reason) a conflict; false when core refused.
    bool decideConflict(Id judgeId, Id submissionId, ConflictStatus status, const QString& reason = {});
    /// Auto-assigns K judges per entry in the round shown; core's report, or nullopt when refused.
    std::optional<assign::AssignReport> autoAssign(int perSubmission, std::uint64_t seed);

Q_SIGNALS:
    /// After every change (the other pages reload).
    void awardChanged();

private:
    void buildActions(QWidget* bar);
    void loadRounds();
    void showSummary();
    /// The judge and submission under the table's current cell, if it is a judge column.
    std::optional<std::pair<Id, Id>> currentPair() const;
    void onCurrent(void (AssignmentScreen::*action)(Id, Id));
    void toggleAssignment(Id judgeId, Id submissionId);
    void confirm(Id judgeId, Id submissionId);
    void clear(Id judgeId, Id submissionId);
    void declare(Id judgeId, Id submissionId);
    void chooseAutoAssign();
    void showContextMenu(const QPoint& at);
    /// Pushes the command, which runs it through core; false when core refused it (the stack then deleted it).
    bool perform(AwardCommand* command);

    store::AwardFile& m_award;
    QUndoStack* m_undoStack;
    bool m_ownsStack;
    AssignmentMatrixModel* m_model;
    AssignmentFilterModel* m_filter;
    QComboBox* m_round;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_conflicts;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_report;
};

} // namespace jurybox::ui
