// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assign/FoundConflicts.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Confirms, clears or declares (confirms with a reason) a judge's conflict with a submission through
/// assign::decideConflict; undo puts back the record as it was and the assignments confirming removed.
class ChangeConflict : public AwardCommand {
public:
    ChangeConflict(store::AwardFile& file, const QString& judgeRef, const QString& submissionRef, ConflictStatus status,
                   QString reason);

protected:
    void apply(store::AwardFile& file, bool forward) override;

private:
    QString m_judgeRef;
    QString m_submissionRef;
    ConflictStatus m_status;
    QString m_reason;
    assign::ConflictDecision m_decision;
};

} // namespace jurybox::ui
