// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assignment.h"
#include "core/store/AwardFile.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace jurybox::assign {

struct AssignOptions {
    /// Judges per eligible submission (K).
    int perSubmission = 3;
    /// Default: the current round.
    std::optional<Id> roundId;
    std::uint64_t seed = 1;
};

struct AssignReport {
    Round round;
    int added = 0;
    int kept = 0; ///< assignments that were there already
    int minLoad = 0;
    int maxLoad = 0;
    /// Exactly the assignments written, so that they can be taken back (assign::removeAssignments).
    std::vector<Assignment> addedAssignments;
};

/// Gives every eligible submission K judges, never one with a confirmed conflict of interest, keeping what is
/// assigned already and balancing the judges' loads (max − min ≤ 1 wherever the conflicts allow). The same seed
/// gives the same assignments. One transaction, audited. Throws Error naming the submissions that cannot get K
/// judges (nothing is written then).
AssignReport autoAssign(store::AwardFile& file, const AssignOptions& options);

} // namespace jurybox::assign
