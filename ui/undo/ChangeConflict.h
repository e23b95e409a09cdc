// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assign/FoundConflicts.h"
#include "ui/undo/CoreCommand.h"

namespace jurybox::ui {

/// Confirms, clears, declares (confirms with a reason) or marks as possible a judge's conflict with a submission
/// through assign::decideConflict; undo puts back the record as it was and the assignments confirming removed.
class ChangeConflict : public CoreCommand {
public:
    ChangeConflict(store::AwardFile& award, const QString& judgeRef, const QString& submissionRef,
                   ConflictStatus status, const QString& reason, QWidget* errorParent, std::function<void()> changed);

protected:
    void apply() override;
    void revert() override;

private:
    store::AwardFile& m_award;
    QString m_judgeRef;
    QString m_submissionRef;
    ConflictStatus m_status;
    QString m_reason;
    assign::ConflictDecision m_decision;
};

} // namespace jurybox::ui
