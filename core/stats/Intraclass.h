// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/RatingTable.h"

#include <optional>

namespace jurybox::stats {

/// The six intraclass correlations of Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater
/// reliability", Psychological Bulletin 86(2). Null (nullopt) where the design does not allow the form.
struct IntraclassResult {
    /// One-way forms (case 1): every unit with at least 2 values, whoever gave them.
    std::optional<double> icc1;
    std::optional<double> icc1k;
    /// Two-way forms (case 2 random raters, case 3 fixed raters) on the fully crossed block.
    std::optional<double> icc2;
    std::optional<double> icc2k;
    std::optional<double> icc3;
    std::optional<double> icc3k;

    /// Units in the one-way analysis, and the (adjusted) mean number of values per unit, k₀.
    int oneWayUnits = 0;
    double k0 = 0;
    /// True when the one-way units hold different numbers of values, so k₀ is the adjusted mean group size
    /// (k₀ = (N − Σnᵢ²/N) / (a − 1)) rather than a plain k.
    bool unequalGroups = false;
    /// The crossed block: the raters who gave any value, and the units every one of them rated.
    int crossedRaters = 0;
    int crossedUnits = 0;
};

/// Computes the one-way forms over every unit with ≥ 2 values (unequal group sizes through k₀), and the two-way
/// forms over the units rated by every rater that appears in the table (null when fewer than 2 such units or
/// raters). ICC(1,k) is (BMS − WMS)/BMS: the reliability of the mean of k₀ ratings.
IntraclassResult intraclass(const RatingTable& table);

} // namespace jurybox::stats
