// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assignment.h"
#include "core/domain/Conflict.h"
#include "core/store/AwardFile.h"

#include <optional>
#include <vector>

namespace jurybox::assign {

/// Records a possible conflict for every judge and submission from the same country (country names compared
/// case-insensitively, with common aliases such as "South Korea" = "Republic of Korea") that has no conflict
/// record yet. Possible conflicts do not block; the secretariat confirms or clears each. One transaction,
/// audited. Returns how many were recorded.
int findSameCountryConflicts(store::AwardFile& file);

/// What a decision on a conflict changed, so that it can be taken back exactly.
struct ConflictDecision {
    QString judgeRef;
    QString submissionRef;
    /// The record before the decision; nullopt when there was none.
    std::optional<Conflict> previous;
    /// The judge's assignments to the submission that confirming removed (every round).
    std::vector<Assignment> removedAssignments;
};

/// Confirms (the judge may no longer score the entry; its assignments of the pair are removed) or clears a
/// conflict, creating the record if there is none. Refused while a sign-off stands, and when confirming a pair for
/// which the judge already holds a scorecard. Audited.
ConflictDecision decideConflict(store::AwardFile& file, const QString& judgeRef, const QString& submissionRef,
                                ConflictStatus status, const QString& reason = {});

/// Takes a decision back: the pair's conflict record as it was before (removed when there was none) and the
/// assignments it removed put back. One transaction, audited; refused while a sign-off stands.
void revertConflictDecision(store::AwardFile& file, const ConflictDecision& decision);

/// The canonical form of a country name for comparison ("south korea" and "Republic of Korea" agree).
QString canonicalCountry(const QString& country);

} // namespace jurybox::assign
