// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeConflict.h"

#include <QCoreApplication>

namespace jurybox::ui {

namespace {

QString label(ConflictStatus status, const QString& judge, const QString& submission) {
    switch (status) {
    case ConflictStatus::Confirmed:
        return QCoreApplication::translate("ChangeConflict", "Confirm the conflict of %1 with %2")
            .arg(judge, submission);
    case ConflictStatus::Cleared:
        return QCoreApplication::translate("ChangeConflict", "Clear the conflict of %1 with %2").arg(judge, submission);
    case ConflictStatus::Possible:
        break;
    }
    return QCoreApplication::translate("ChangeConflict", "Mark %1 with %2 as a possible conflict")
        .arg(judge, submission);
}

} // namespace

ChangeConflict::ChangeConflict(store::AwardFile& award, const QString& judgeRef, const QString& submissionRef,
                               ConflictStatus status, const QString& reason, QWidget* errorParent,
                               std::function<void()> changed)
    : CoreCommand(label(status, judgeRef, submissionRef), errorParent, std::move(changed))
    , m_award(award)
    , m_judgeRef(judgeRef)
    , m_submissionRef(submissionRef)
    , m_status(status)
    , m_reason(reason) {}

void ChangeConflict::apply() {
    m_decision = assign::decideConflict(m_award, m_judgeRef, m_submissionRef, m_status, m_reason);
}

void ChangeConflict::revert() {
    assign::revertConflictDecision(m_award, m_decision);
}

} // namespace jurybox::ui
