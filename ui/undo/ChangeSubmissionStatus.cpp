// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeSubmissionStatus.h"

#include "core/edit/StatusEdit.h"

#include <QObject>

namespace jurybox::ui {

ChangeSubmissionStatus::ChangeSubmissionStatus(store::AwardFile& file, const Submission& submission,
                                               SubmissionStatus after)
    : AwardCommand(file, QObject::tr("mark %1 %2").arg(submission.ref, toString(after)))
    , m_submission(submission.id)
    , m_before(submission.status)
    , m_after(after) {}

void ChangeSubmissionStatus::apply(store::AwardFile& file, bool forward) {
    edit::changeSubmissionStatus(file, m_submission, forward ? m_after : m_before);
}

} // namespace jurybox::ui
