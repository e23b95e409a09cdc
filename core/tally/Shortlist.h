// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"
#include "core/tally/Method.h"

#include <QStringList>

#include <vector>

namespace jurybox::tally {

/// Which entries go on to the next round.
struct ShortlistOptions {
    /// The round whose scorecards rank the entries.
    Id fromRoundId = 0;
    /// The top N of each category (ranks 1..N; an entry tied at rank ≤ N goes through with its tie).
    int top = 0;
    /// The round to assign; created (as the last round) when no round has that name.
    QString toRound;
    Method method = Method::WeightedMean;
    int quorum = 3;
    int trim = 1;
};

/// The entries of one category that went through.
struct CategoryShortlist {
    QString category;
    QStringList submissions;
};

/// What a shortlist did.
struct ShortlistResult {
    Round round;
    bool roundCreated = false;
    std::vector<CategoryShortlist> categories;
    /// New assignments; ones that existed already are not counted again.
    int assignmentsAdded = 0;
    /// Judge × entry pairs left out because of a confirmed conflict of interest.
    int conflictsSkipped = 0;
};

/// Tallies `fromRoundId` and assigns every judge without a confirmed conflict to the top N entries of each
/// category in the target round — in one transaction, so a failure changes nothing. Throws Error when top < 1,
/// the target is the source round, or the target round is closed.
ShortlistResult shortlist(store::AwardFile& file, const ShortlistOptions& options);

} // namespace jurybox::tally
