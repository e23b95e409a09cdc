// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Robustness.h"

#include "core/stats/Descriptive.h"

#include <algorithm>

namespace jurybox::tally {

namespace {

/// Weighted-mean tier winners with one judge's scorecards removed. The weighted mean of an entry is the mean of
/// its scorecard totals (the weighting is linear), so it is recomputed from the totals for every entry alike.
/// `mean` is scratch indexed by entry, so the tier minimums are checked against the recomputed weighted means.
WinnerList withoutJudge(const ScoreMatrix& matrix, const CategoryBlock& block, int judge, int quorum,
                        std::vector<double>& mean) {
    std::vector<Candidate> candidates;
    std::vector<double> totals;
    for (int e : block.entries) {
        if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
            continue;
        totals.clear();
        for (const CardRow& card : matrix.cardsOf(e)) {
            if (card.judge != judge)
                totals.push_back(card.total);
        }
        if (totals.empty() || static_cast<int>(totals.size()) < quorum)
            continue;
        const double m = stats::mean(totals);
        mean[static_cast<std::size_t>(e)] = m;
        candidates.push_back({e, {m, m, stats::median(totals)}});
    }
    const auto placings = rank(std::move(candidates));
    return winnerList(matrix,
                      awardTiers(matrix.tiers, placings, [&](int e) { return mean[static_cast<std::size_t>(e)]; }));
}

} // namespace

std::vector<Placing> rankCategory(const ScoreMatrix& matrix, const MethodScores& scores, int category, Method method,
                                  int quorum) {
    std::vector<Candidate> candidates;
    for (int e : matrix.categories[static_cast<std::size_t>(category)].entries) {
        if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
            continue;
        const EntryScores& s = scores.entry(e);
        const auto score = s.score(method);
        if (s.scorecards < quorum || !score)
            continue;
        candidates.push_back({e, {*score, *s.weightedMean, *s.medianTotal}});
    }
    return rank(std::move(candidates));
}

std::vector<TierOutcome> tierOutcomes(const ScoreMatrix& matrix, const MethodScores& scores,
                                      const std::vector<Placing>& placings) {
    return awardTiers(matrix.tiers, placings, [&](int e) { return scores.entry(e).weightedMean.value_or(0); });
}

WinnerList winnerList(const ScoreMatrix& matrix, const std::vector<TierOutcome>& outcomes) {
    WinnerList list;
    for (const TierOutcome& o : outcomes) {
        QStringList refs;
        for (int e : o.winners)
            refs << matrix.entries[static_cast<std::size_t>(e)].submission.ref;
        list.push_back(refs);
    }
    return list;
}

Robustness assessRobustness(const ScoreMatrix& matrix, const MethodScores& scores, int category, int quorum) {
    Robustness r;
    r.computed = true;
    for (Method m : kAllMethods) {
        const auto placings = rankCategory(matrix, scores, category, m, quorum);
        r.byMethod.emplace_back(m, winnerList(matrix, tierOutcomes(matrix, scores, placings)));
    }
    const CategoryBlock& block = matrix.categories[static_cast<std::size_t>(category)];
    std::vector<bool> scored(matrix.judges.size(), false);
    for (int e : block.entries) {
        if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
            continue;
        for (const CardRow& card : matrix.cardsOf(e))
            scored[static_cast<std::size_t>(card.judge)] = true;
    }
    std::vector<double> mean(matrix.entries.size(), 0.0);
    for (std::size_t j = 0; j < matrix.judges.size(); ++j) {
        if (scored[j])
            r.leaveOneOut.emplace_back(matrix.judges[j].ref,
                                       withoutJudge(matrix, block, static_cast<int>(j), quorum, mean));
    }
    const WinnerList& reference = r.byMethod.front().second;
    r.stable =
        std::all_of(r.byMethod.begin(), r.byMethod.end(), [&](const auto& p) { return p.second == reference; }) &&
        std::all_of(r.leaveOneOut.begin(), r.leaveOneOut.end(), [&](const auto& p) { return p.second == reference; });
    return r;
}

} // namespace jurybox::tally
