// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/Intraclass.h"
#include "core/stats/Krippendorff.h"
#include "core/stats/RaterAgreement.h"
#include "core/store/AwardFile.h"
#include "core/tally/ScoreMatrix.h"

#include <optional>
#include <vector>

namespace jurybox::stats {

/// What to analyse.
struct ReliabilityOptions {
    /// Default: the current (last open) round, else the last round.
    std::optional<Id> roundId;
    /// Only this category (default: all).
    std::optional<Id> categoryId;
    /// Analyse this criterion's raw values (by name, in each category that has it) instead of scorecard totals.
    std::optional<QString> criterion;
    OutlierRule outlierRule;
};

/// One judge's agreement with the rest of the category's panel.
struct JudgeAgreement {
    QString judge; // ref
    QString name;
    /// Counted scorecards in the category.
    int scorecards = 0;
    std::optional<double> severity;
    std::optional<double> consensusCorrelation;
    bool outlier = false;
};

/// Agreement within one category (on totals, or on one criterion).
struct CategoryReliability {
    Category category;
    /// The criterion analysed; nullopt for scorecard totals.
    std::optional<QString> criterion;
    /// Width of the scale analysed (100 for totals), the yardstick of the severity rule.
    double scaleRange = 100;
    /// Eligible entries with at least one counted scorecard, and the judges who gave one.
    int submissions = 0;
    int judges = 0;
    IntraclassResult icc;
    AlphaResult alpha;
    std::vector<JudgeAgreement> judgesDetail;
};

/// The agreement of the panel in every category of a round.
struct ReliabilityReport {
    Award award;
    Round round;
    OutlierRule outlierRule;
    std::vector<CategoryReliability> categories;

    const CategoryReliability* category(const QString& name) const {
        for (const CategoryReliability& c : categories) {
            if (c.category.name == name)
                return &c;
        }
        return nullptr;
    }
};

/// Loads the round once and analyses it: ICC (Shrout & Fleiss), Krippendorff's alpha, and per-judge severity,
/// consensus correlation and outlier flag — over the counted scorecards of eligible entries. Throws Error for an
/// unknown category, a criterion no (selected) category has, or an award without rounds.
ReliabilityReport reliability(store::AwardFile& file, const ReliabilityOptions& options = {});

/// The same on scores already loaded; `options.roundId` is ignored.
ReliabilityReport reliability(const tally::ScoreMatrix& matrix, const ReliabilityOptions& options = {});

} // namespace jurybox::stats
