// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeConflict.h"

#include <QObject>

#include <utility>

namespace jurybox::ui {

namespace {

QString label(ConflictStatus status, const QString& judge, const QString& submission) {
    switch (status) {
    case ConflictStatus::Confirmed:
        return QObject::tr("confirm the conflict of %1 with %2").arg(judge, submission);
    case ConflictStatus::Cleared:
        return QObject::tr("clear the conflict of %1 with %2").arg(judge, submission);
    case ConflictStatus::Possible:
        break;
    }
    return QObject::tr("mark %1 with %2 as a possible conflict").arg(judge, submission);
}

} // namespace

ChangeConflict::ChangeConflict(store::AwardFile& file, const QString& judgeRef, const QString& submissionRef,
                               ConflictStatus status, QString reason)
    : AwardCommand(file, label(status, judgeRef, submissionRef))
    , m_judgeRef(judgeRef)
    , m_submissionRef(submissionRef)
    , m_status(status)
    , m_reason(std::move(reason)) {}

void ChangeConflict::apply(store::AwardFile& file, bool forward) {
    if (forward)
        m_decision = assign::decideConflict(file, m_judgeRef, m_submissionRef, m_status, m_reason);
    else
        assign::revertConflictDecision(file, m_decision);
}

} // namespace jurybox::ui
