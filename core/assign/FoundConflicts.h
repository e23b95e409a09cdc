// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Conflict.h"
#include "core/store/AwardFile.h"

namespace jurybox::assign {

/// Records a possible conflict for every judge and submission from the same country (country names compared
/// case-insensitively, with common aliases such as "South Korea" = "Republic of Korea") that has no conflict
/// record yet. Possible conflicts do not block; the secretariat confirms or clears each. One transaction,
/// audited. Returns how many were recorded.
int findSameCountryConflicts(store::AwardFile& file);

/// Confirms (the judge may no longer score the entry; its assignments of the pair are removed) or clears a
/// conflict, creating the record if there is none. Refused while a sign-off stands, and when confirming a pair for
/// which the judge already holds a scorecard. Audited.
void decideConflict(store::AwardFile& file, const QString& judgeRef, const QString& submissionRef,
                    ConflictStatus status, const QString& reason = {});

/// The canonical form of a country name for comparison ("south korea" and "Republic of Korea" agree).
QString canonicalCountry(const QString& country);

} // namespace jurybox::assign
