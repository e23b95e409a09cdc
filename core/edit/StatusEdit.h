// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Submission.h"
#include "core/store/AwardFile.h"

namespace jurybox::edit {

/// Makes a submission eligible, withdrawn or disqualified (only eligible entries are tallied). One transaction,
/// audited as "status"; false when the status is already that. While a sign-off stands, throws ConflictError naming
/// it.
bool changeSubmissionStatus(store::AwardFile& file, Id submissionId, SubmissionStatus status);

} // namespace jurybox::edit
