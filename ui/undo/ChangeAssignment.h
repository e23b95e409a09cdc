// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assignment.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Assigns a judge to a submission in a round, or takes them off it, through assign::addAssignments /
/// removeAssignments; undo does the opposite.
class ChangeAssignment : public AwardCommand {
public:
    ChangeAssignment(store::AwardFile& file, const Assignment& assignment, bool assign, const QString& judgeRef,
                     const QString& submissionRef);

protected:
    void apply(store::AwardFile& file, bool forward) override;

private:
    Assignment m_assignment;
    bool m_assign;
};

} // namespace jurybox::ui
