// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/domain/Category.h"
#include "core/domain/Submission.h"
#include "core/tally/Method.h"
#include "core/tally/Tiers.h"

#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace jurybox::tally {

/// What to tally. Ids rather than names: the CLI and the GUI resolve names their own way.
struct TallyOptions {
    /// Default: the current (last open) round, else the last round.
    std::optional<Id> roundId;
    Method method = Method::WeightedMean;
    /// trimmed-mean drops the K highest and K lowest marks of each criterion.
    int trim = 1;
    /// Entries with fewer counted scorecards are listed without rank or tier.
    int quorum = 3;
    /// Only this category (default: all).
    std::optional<Id> categoryId;
    /// Also compute the tier winners under every method and with each judge left out.
    bool robustness = true;
};

/// One entry in a category's result.
struct EntryResult {
    Submission submission;
    /// Competition rank; nullopt for entries not ranked (not eligible, below quorum, no score).
    std::optional<int> rank;
    /// Score under the chosen method (0–100 for the location methods, mean z for z-score, 0–1 for Borda).
    std::optional<double> score;
    /// Weighted mean on 0–100 (the scale of tier minimums and the first tie-breaker).
    std::optional<double> weightedMean;
    /// Median of the scorecard totals (the second tie-breaker).
    std::optional<double> medianTotal;
    /// Each criterion's aggregate on its own scale under the method (weighted-mean values for z-score and Borda),
    /// in the category's criterion order; nullopt without scores.
    std::vector<std::optional<double>> criteria;
    /// Counted (complete, submitted) scorecards.
    int scorecards = 0;
    std::optional<QString> tier;
    /// Shares its rank with another entry: equal on score, weighted mean and median total.
    bool tie = false;
    bool belowQuorum = false;
    /// trimmed-mean only: fewer than 2K+1 marks, so the plain mean was used.
    bool trimFallback = false;
    /// Borda only: no judge of this entry scored another entry of the category.
    bool noComparison = false;

    bool eligible() const { return submission.status == SubmissionStatus::Eligible; }
};

/// A tier of a category and who won it, by submission ref (several after a tie; none when vacant).
struct TierResult {
    Tier tier;
    QStringList winners;
    Vacancy vacancy = Vacancy::None;

    bool vacant() const { return winners.isEmpty(); }
};

/// The tier winners in tier order: one list of refs per tier (empty = vacant).
using WinnerList = std::vector<QStringList>;

/// Whether the tier winners survive a change of method or the loss of any one judge.
struct Robustness {
    bool computed = false;
    /// True when every method and every leave-one-judge-out tally gives the same winners as each other.
    bool stable = false;
    std::vector<std::pair<Method, WinnerList>> byMethod;
    /// Weighted-mean with the judge (by ref) left out, for every judge who scored in the category.
    std::vector<std::pair<QString, WinnerList>> leaveOneOut;
};

/// Tied entries that share a rank which carries a tier: the secretariat must be told (the CLI warns on stderr).
struct BoundaryTie {
    int rank = 0;
    QString tier;
    QStringList submissions;
};

/// A submitted scorecard that did not count because values are missing.
struct IncompleteCard {
    QString judge;
    QString submission;
    QStringList missingCriteria;
};

/// One category's result.
struct CategoryResult {
    Category category;
    std::vector<Criterion> criteria;
    /// Ranked entries in rank order, then unranked eligible ones, then withdrawn and disqualified ones.
    std::vector<EntryResult> entries;
    std::vector<TierResult> tiers;
    Robustness robustness;
    std::vector<BoundaryTie> boundaryTies;
    std::vector<IncompleteCard> incomplete;
};

/// A whole tally: the award, the round, how it was tallied, and each category's result.
struct TallyResult {
    Award award;
    Round round;
    TallyOptions options;
    std::vector<CategoryResult> categories;
    /// Scorecards of the round still in draft (never counted).
    int draftScorecards = 0;

    /// The result of the category with that name, if tallied.
    const CategoryResult* category(const QString& name) const {
        for (const CategoryResult& c : categories) {
            if (c.category.name == name)
                return &c;
        }
        return nullptr;
    }
};

} // namespace jurybox::tally
