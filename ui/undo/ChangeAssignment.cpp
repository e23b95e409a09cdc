// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeAssignment.h"

#include "core/assign/AssignmentChanges.h"

#include <QCoreApplication>

namespace jurybox::ui {

ChangeAssignment::ChangeAssignment(store::AwardFile& award, const Assignment& assignment, bool assign,
                                   const QString& judgeRef, const QString& submissionRef, QWidget* errorParent,
                                   std::function<void()> changed)
    : CoreCommand(
          assign ? QCoreApplication::translate("ChangeAssignment", "Assign %1 to %2").arg(judgeRef, submissionRef)
                 : QCoreApplication::translate("ChangeAssignment", "Unassign %1 from %2").arg(judgeRef, submissionRef),
          errorParent, std::move(changed))
    , m_award(award)
    , m_assignment(assignment)
    , m_assign(assign) {}

void ChangeAssignment::apply() {
    set(m_assign);
}

void ChangeAssignment::revert() {
    set(!m_assign);
}

void ChangeAssignment::set(bool assigned) {
    if (assigned)
        assign::addAssignments(m_award, {m_assignment});
    else
        assign::removeAssignments(m_award, {m_assignment});
}

} // namespace jurybox::ui
