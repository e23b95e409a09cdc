// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/tally/Ranking.h"

#include <functional>
#include <vector>

namespace jurybox::tally {

/// Why a tier went to nobody.
enum class Vacancy {
    None,
    /// No entry holds the tier's rank: fewer ranked entries, or a tie above took the rank (1, 1, 3 leaves 2 empty).
    NoEntryAtRank,
    /// The entry (or tied entries) at the rank scored below the tier's minimum on the weighted-mean scale.
    BelowMinimum,
};

QString toString(Vacancy vacancy);

/// A tier and the entries (indices) that won it; empty winners = vacant.
struct TierOutcome {
    Tier tier;
    std::vector<int> winners;
    Vacancy vacancy = Vacancy::None;
};

/// Gives the i-th tier (in award order) to the entries ranked i; tied entries share their rank's tier. A tier's
/// minimum score is compared with each entry's weighted mean (0–100) whatever the method, and only that tier
/// goes vacant.
std::vector<TierOutcome> awardTiers(const std::vector<Tier>& tiers, const std::vector<Placing>& placings,
                                    const std::function<double(int entry)>& weightedMean);

} // namespace jurybox::tally
