// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assignment.h"
#include "core/store/AwardFile.h"
#include "ui/undo/CoreCommand.h"

namespace jurybox::ui {

/// Assigns a judge to a submission in a round, or takes them off it, through assign::addAssignments /
/// removeAssignments; undo does the opposite.
class ChangeAssignment : public CoreCommand {
public:
    ChangeAssignment(store::AwardFile& award, const Assignment& assignment, bool assign, const QString& judgeRef,
                     const QString& submissionRef, QWidget* errorParent, std::function<void()> changed);

protected:
    void apply() override;
    void revert() override;

private:
    void set(bool assigned);

    store::AwardFile& m_award;
    Assignment m_assignment;
    bool m_assign;
};

} // namespace jurybox::ui
