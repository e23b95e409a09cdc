// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"
#include "core/report/Table.h"
#include "core/store/AwardFile.h"

#include <optional>

namespace jurybox::report {

/// What `list` can show. Criteria, submissions, judges, conflicts and assignments use exactly the import's column
/// names, so a listing re-imports into a fresh award; scorecards use the scores format plus round and status.
enum class Listing { Categories, Criteria, Submissions, Judges, Conflicts, Assignments, Scorecards };

std::optional<Listing> listingFromString(const QString& name);
QStringList listingNames();

struct ListingOptions {
    /// Rounds to restrict assignments and scorecards to; all rounds when unset.
    std::optional<Id> roundId;
    /// Judges only: add the access_code column (secret: only on request).
    bool showAccessCodes = false;
};

Table listTable(store::AwardFile& award, Listing what, const ListingOptions& options = {});

} // namespace jurybox::report
