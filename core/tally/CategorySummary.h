// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/Reliability.h"
#include "core/tally/TallyResult.h"

#include <vector>

namespace jurybox::tally {

/// A tier of a category for the handbook: its winners (several after a tie), or why it is vacant.
struct TierWinners {
    QString tier;
    std::vector<Submission> winners;
    Vacancy vacancy = Vacancy::None;
};

/// What the ceremony handbook prints per category: the tier winners, the panel's agreement and whether the result
/// is robust.
struct CategorySummary {
    Category category;
    std::vector<TierWinners> tiers;
    /// ICC(2,k) on scorecard totals (null without a fully crossed block) and Krippendorff's interval alpha.
    std::optional<double> icc2k;
    std::optional<double> intervalAlpha;
    bool stable = false;
};

/// Tally (with robustness) and reliability from one load of the round, reduced to the handbook's needs.
std::vector<CategorySummary> summarise(store::AwardFile& file, const TallyOptions& options = {});

/// The same from results already computed (e.g. the GUI's Results screen); categories match by id.
std::vector<CategorySummary> summarise(const TallyResult& tally, const stats::ReliabilityReport& reliability);

} // namespace jurybox::tally
