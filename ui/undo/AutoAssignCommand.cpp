// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/AutoAssignCommand.h"

#include "core/assign/AssignmentChanges.h"

#include <QObject>

namespace jurybox::ui {

AutoAssignCommand::AutoAssignCommand(store::AwardFile& file, const assign::AssignOptions& options)
    : AwardCommand(file, QObject::tr("auto-assign %n judge(s) per entry", nullptr, options.perSubmission))
    , m_options(options) {}

void AutoAssignCommand::apply(store::AwardFile& file, bool forward) {
    if (forward && !m_ran) {
        m_report = assign::autoAssign(file, m_options);
        m_ran = true;
    } else if (forward) {
        assign::addAssignments(file, m_report.addedAssignments, QStringLiteral("auto-assign redone"));
    } else {
        assign::removeAssignments(file, m_report.addedAssignments, QStringLiteral("auto-assign undone"));
    }
}

} // namespace jurybox::ui
