// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/store/AwardFile.h"
#include "core/tally/ScoreMatrix.h"

#include <QString>

#include <optional>
#include <vector>

namespace jurybox::report {

/// The five-number summary and the mean of some scorecard totals (0–100). Quartiles interpolate linearly between
/// the sorted values (R's type 7, Excel's QUARTILE.INC); the whiskers are the extremes.
struct Spread {
    int count = 0;
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;
    double mean = 0;
};

/// One judge's counted scorecard totals over every category of the round.
struct JudgeSpread {
    QString ref;
    QString name;
    Spread spread;
    /// Mean of (the judge's total − the other judges' mean total on the same entry); negative = harsher. nullopt
    /// when the judge shares no entry with another judge.
    std::optional<double> severity;
    std::vector<double> totals; ///< sorted
};

/// The counted scorecard totals of one category.
struct CategorySpread {
    QString name;
    Spread spread;
    std::vector<double> totals; ///< sorted
};

/// How the judges and the categories mark, for the charts: the totals of submitted, complete scorecards of
/// eligible entries (those the tally counts), per judge (by ref; judges without any left out) and per category
/// (award order; every category, empty ones with count 0).
struct ScoreDistribution {
    Round round;
    std::vector<JudgeSpread> judges;
    std::vector<CategorySpread> categories;
};

/// The summary of the values; all zero for none.
Spread spreadOf(std::vector<double> values);

ScoreDistribution scoreDistribution(const tally::ScoreMatrix& matrix);
/// Loads the round (default: the current, else the last) once. Throws Error for an award without rounds.
ScoreDistribution scoreDistribution(store::AwardFile& file, std::optional<Id> roundId = std::nullopt);

} // namespace jurybox::report
