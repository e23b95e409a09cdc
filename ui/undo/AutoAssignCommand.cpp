// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/AutoAssignCommand.h"

#include "core/assign/AssignmentChanges.h"

#include <QCoreApplication>

namespace jurybox::ui {

AutoAssignCommand::AutoAssignCommand(store::AwardFile& award, const assign::AssignOptions& options,
                                     QWidget* errorParent, std::function<void()> changed)
    : CoreCommand(QCoreApplication::translate("AutoAssignCommand", "Auto-assign %n judge(s) per entry", nullptr,
                                              options.perSubmission),
                  errorParent, std::move(changed))
    , m_award(award)
    , m_options(options) {}

void AutoAssignCommand::apply() {
    if (!m_ran) {
        m_report = assign::autoAssign(m_award, m_options);
        m_ran = true;
        return;
    }
    assign::addAssignments(m_award, m_report.addedAssignments, QStringLiteral("auto-assign redone"));
}

void AutoAssignCommand::revert() {
    assign::removeAssignments(m_award, m_report.addedAssignments, QStringLiteral("auto-assign undone"));
}

} // namespace jurybox::ui
