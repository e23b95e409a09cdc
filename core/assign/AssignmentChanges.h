// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assignment.h"
#include "core/store/AwardFile.h"

#include <vector>

namespace jurybox::assign {

/// Assigns the judges to the submissions (each Assignment names its round): all or nothing, one transaction, one
/// audit event whose summary names the pair (one assignment) or says `why` (several). Refused with ConflictError
/// while a round is signed off, or when a judge has a confirmed conflict with the submission; refused with Error for
/// an unknown judge, submission or round. Pairs already assigned are left as they are. Returns how many were added.
int addAssignments(store::AwardFile& file, const std::vector<Assignment>& assignments, const QString& why = {});

/// Takes the judges off the submissions: all or nothing, one transaction, one audit event. Refused with
/// ConflictError while a round is signed off, or when a judge already holds a scorecard for the submission in that
/// round (the scorecard would be orphaned). Pairs not assigned are skipped. Returns how many were removed.
int removeAssignments(store::AwardFile& file, const std::vector<Assignment>& assignments, const QString& why = {});

} // namespace jurybox::assign
