// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeAssignment.h"

#include "core/assign/AssignmentChanges.h"

#include <QObject>

namespace jurybox::ui {

ChangeAssignment::ChangeAssignment(store::AwardFile& file, const Assignment& assignment, bool assign,
                                   const QString& judgeRef, const QString& submissionRef)
    : AwardCommand(file, assign ? QObject::tr("assign %1 to %2").arg(judgeRef, submissionRef)
                                : QObject::tr("unassign %1 from %2").arg(judgeRef, submissionRef))
    , m_assignment(assignment)
    , m_assign(assign) {}

void ChangeAssignment::apply(store::AwardFile& file, bool forward) {
    if (forward == m_assign)
        assign::addAssignments(file, {m_assignment});
    else
        assign::removeAssignments(file, {m_assignment});
}

} // namespace jurybox::ui
