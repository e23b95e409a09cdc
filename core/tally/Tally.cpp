// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Tally.h"

#include "core/Error.h"
#include "core/tally/Methods.h"
#include "core/tally/Robustness.h"

namespace jurybox::tally {

namespace {

void validate(const TallyOptions& options) {
    if (options.quorum < 1)
        throw Error(QStringLiteral("quorum %1 is not allowed: an entry needs at least 1 scorecard to be ranked")
                        .arg(options.quorum));
    if (options.trim < 0)
        throw Error(QStringLiteral("trim %1 is not allowed: the marks dropped at each end must be 0 or more")
                        .arg(options.trim));
}

EntryResult describeEntry(const ScoreMatrix& matrix, const MethodScores& scores, int e, const TallyOptions& options) {
    const EntryRow& row = matrix.entries[static_cast<std::size_t>(e)];
    const EntryScores& s = scores.entry(e);
    EntryResult r;
    r.submission = row.submission;
    r.scorecards = s.scorecards;
    if (!row.eligible())
        return r;
    r.score = s.score(options.method);
    r.weightedMean = s.weightedMean;
    r.medianTotal = s.medianTotal;
    for (double v : scores.criteria(e, options.method))
        r.criteria.emplace_back(v);
    if (r.criteria.empty())
        r.criteria.resize(matrix.categories[static_cast<std::size_t>(row.category)].criteria.size());
    r.belowQuorum = s.scorecards < options.quorum;
    r.trimFallback = options.method == Method::TrimmedMean && s.trimFallback;
    r.noComparison = options.method == Method::Borda && s.noComparison;
    return r;
}

CategoryResult tallyCategory(const ScoreMatrix& matrix, const MethodScores& scores, int category,
                             const TallyOptions& options, std::vector<int>& slot) {
    const CategoryBlock& block = matrix.categories[static_cast<std::size_t>(category)];
    CategoryResult result;
    result.category = block.category;
    result.criteria = block.criteria;

    for (int e : block.entries)
        slot[static_cast<std::size_t>(e)] = -1;
    const auto placings = rankCategory(matrix, scores, category, options.method, options.quorum);
    const auto outcomes = tierOutcomes(matrix, scores, placings);

    std::vector<EntryResult> ranked;
    for (const Placing& p : placings) {
        EntryResult r = describeEntry(matrix, scores, p.entry, options);
        r.rank = p.rank;
        r.tie = p.tie;
        slot[static_cast<std::size_t>(p.entry)] = static_cast<int>(ranked.size());
        ranked.push_back(std::move(r));
    }
    for (const TierOutcome& o : outcomes) {
        TierResult tier{o.tier, {}, o.vacancy};
        for (int e : o.winners) {
            tier.winners << matrix.entries[static_cast<std::size_t>(e)].submission.ref;
            ranked[static_cast<std::size_t>(slot[static_cast<std::size_t>(e)])].tier = o.tier.name;
        }
        result.tiers.push_back(std::move(tier));
    }
    for (std::size_t i = 0; i < ranked.size();) {
        std::size_t j = i + 1;
        while (j < ranked.size() && ranked[j].rank == ranked[i].rank)
            ++j;
        const int rank = *ranked[i].rank;
        if (j - i > 1 && rank <= static_cast<int>(matrix.tiers.size())) {
            BoundaryTie tie{rank, matrix.tiers[static_cast<std::size_t>(rank - 1)].name, {}};
            for (std::size_t t = i; t < j; ++t)
                tie.submissions << ranked[t].submission.ref;
            result.boundaryTies.push_back(std::move(tie));
        }
        i = j;
    }

    result.entries = std::move(ranked);
    std::vector<EntryResult> excluded;
    for (int e : block.entries) {
        const EntryRow& row = matrix.entries[static_cast<std::size_t>(e)];
        if (slot[static_cast<std::size_t>(e)] >= 0)
            continue; // ranked above
        (row.eligible() ? result.entries : excluded).push_back(describeEntry(matrix, scores, e, options));
    }
    result.entries.insert(result.entries.end(), excluded.begin(), excluded.end());

    for (const IncompleteScorecard& card : matrix.incomplete) {
        if (matrix.entries[static_cast<std::size_t>(card.entry)].category == category)
            result.incomplete.push_back({matrix.judges[static_cast<std::size_t>(card.judge)].ref,
                                         matrix.entries[static_cast<std::size_t>(card.entry)].submission.ref,
                                         card.missingCriteria});
    }
    if (options.robustness)
        result.robustness = assessRobustness(matrix, scores, category, options.quorum);
    return result;
}

} // namespace

TallyResult runTally(store::AwardFile& file, const TallyOptions& options) {
    validate(options);
    const ScoreMatrix matrix = ScoreMatrix::load(file, options.roundId);
    return runTally(matrix, options);
}

TallyResult runTally(const ScoreMatrix& matrix, const TallyOptions& options) {
    validate(options);
    std::optional<int> only;
    if (options.categoryId) {
        only = matrix.categoryIndex(*options.categoryId);
        if (!only)
            throw Error(QStringLiteral("there is no category with id %1").arg(*options.categoryId));
    }
    const MethodScores scores(matrix, options.trim);
    TallyResult result;
    result.award = matrix.award;
    result.round = matrix.round;
    result.options = options;
    result.options.roundId = matrix.round.id;
    result.draftScorecards = matrix.draftScorecards;
    std::vector<int> slot(matrix.entries.size(), -1); // entry -> position among the category's ranked entries
    for (std::size_t c = 0; c < matrix.categories.size(); ++c) {
        if (!only || *only == static_cast<int>(c))
            result.categories.push_back(tallyCategory(matrix, scores, static_cast<int>(c), options, slot));
    }
    return result;
}

} // namespace jurybox::tally
