// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Submission.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Undoable change of a submission's status: eligible, withdrawn or disqualified (edit::changeSubmissionStatus).
class ChangeSubmissionStatus : public AwardCommand {
public:
    ChangeSubmissionStatus(store::AwardFile& file, const Submission& submission, SubmissionStatus after);

protected:
    void apply(store::AwardFile& file, bool forward) override;

private:
    Id m_submission;
    SubmissionStatus m_before;
    SubmissionStatus m_after;
};

} // namespace jurybox::ui
