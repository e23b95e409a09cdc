// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/RatingTable.h"

#include <optional>
#include <vector>

namespace jurybox::stats {

/// When a judge is flagged as an outlier. A judge is an outlier when
///  - |severity| exceeds `severityFraction` of the scale's range (10 points on the 0–100 total, 0.9 on a 1–10
///    criterion with the default 0.10), or
///  - the consensus correlation is known (≥ 3 shared entries, neither side constant) and below
///    `minimumCorrelation` (default 0.5: the judge ranks entries unlike the rest of the panel).
struct OutlierRule {
    double severityFraction = 0.10;
    double minimumCorrelation = 0.5;
};

/// How one rater compares with the others on the units they share.
struct RaterAgreement {
    int rater = 0;
    /// Values the rater gave (every unit, shared or not).
    int ratings = 0;
    /// Units where the rater and at least one other rater gave a value.
    int sharedUnits = 0;
    /// Mean of (the rater's value − the mean of the other raters' values on the same unit); negative = stricter.
    std::optional<double> severity;
    /// Pearson correlation of the rater's values with the other raters' mean, over the shared units.
    std::optional<double> consensusCorrelation;
    bool outlier = false;
};

/// Severity, consensus correlation and the outlier flag for every rater who gave a value, in rater order.
/// `scaleRange` is the width of the scale the values are on (100 for totals).
std::vector<RaterAgreement> raterAgreement(const RatingTable& table, double scaleRange, const OutlierRule& rule);

} // namespace jurybox::stats
