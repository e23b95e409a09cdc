// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Robustness.h"

#include "core/stats/Descriptive.h"

#include <algorithm>

namespace jurybox::tally {

namespace {

/// Leave-one-judge-out under weighted-mean. The weighted mean of an entry is the mean of its scorecard totals (the
/// weighting is linear), so each entry's key is computed once from its totals, and leaving judge j out only
/// recomputes the entries j scored. The full-panel candidates are sorted once in rank order; without judge j the
/// tier winners can only come from j's entries (re-keyed) and the best T of the others (T tiers) with whatever ties
/// the T-th of them, so each judge costs what that judge scored, not the size of the category (J × N before).
class LeaveOneOut {
public:
    LeaveOneOut(const ScoreMatrix& matrix, const CategoryBlock& block, int quorum)
        : m_matrix(matrix)
        , m_quorum(quorum)
        , m_position(matrix.entries.size(), -1)
        , m_mark(matrix.entries.size(), -1)
        , m_mean(matrix.entries.size(), 0.0)
        , m_byJudge(matrix.judges.size()) {
        for (int e : block.entries) {
            if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
                continue;
            const auto cards = matrix.cardsOf(e);
            for (const CardRow& card : cards)
                m_byJudge[static_cast<std::size_t>(card.judge)].push_back(e);
            if (cards.empty() || static_cast<int>(cards.size()) < quorum)
                continue; // losing a judge never lifts an entry above quorum
            if (const auto key = keyWithout(e, -1)) {
                m_position[static_cast<std::size_t>(e)] = static_cast<int>(m_base.size());
                m_base.push_back({e, *key});
                m_mean[static_cast<std::size_t>(e)] = key->weightedMean;
            }
        }
        m_sorted = m_base;
        std::sort(m_sorted.begin(), m_sorted.end(), ranksBefore);
    }

    /// Judges who scored an eligible entry of the category.
    bool scored(std::size_t judge) const { return !m_byJudge[judge].empty(); }

    WinnerList without(int judge) {
        const auto& mine = m_byJudge[static_cast<std::size_t>(judge)];
        m_pool.clear();
        for (int e : mine) {
            if (m_position[static_cast<std::size_t>(e)] < 0)
                continue;
            m_mark[static_cast<std::size_t>(e)] = judge;
            if (const auto key = keyWithout(e, judge)) { // else below quorum without this judge
                m_pool.push_back({e, *key});
                m_mean[static_cast<std::size_t>(e)] = key->weightedMean;
            }
        }
        // The others keep their full-panel keys and order: the best T of them, then any that tie the T-th.
        const std::size_t tiers = m_matrix.tiers.size();
        std::size_t others = 0;
        const Candidate* last = nullptr;
        for (const Candidate& c : m_sorted) {
            if (m_mark[static_cast<std::size_t>(c.entry)] == judge)
                continue;
            if (others >= tiers && (last == nullptr || !sameRank(c.key, last->key)))
                break; // sorted: nothing further down can tie the T-th
            m_pool.push_back(c);
            if (++others == tiers)
                last = &c;
        }
        const auto placings = rankTop(m_pool, tiers);
        WinnerList list = winnerList(
            m_matrix, awardTiers(m_matrix.tiers, placings, [&](int e) { return m_mean[static_cast<std::size_t>(e)]; }));
        for (int e : mine) { // restore the full-panel means for the next judge
            const int pos = m_position[static_cast<std::size_t>(e)];
            if (pos >= 0)
                m_mean[static_cast<std::size_t>(e)] = m_base[static_cast<std::size_t>(pos)].key.weightedMean;
        }
        return list;
    }

private:
    /// The weighted-mean key of entry e without judge j's scorecard (j = -1: with every card); nullopt when fewer
    /// than the quorum remain.
    std::optional<RankKey> keyWithout(int e, int judge) {
        m_totals.clear();
        for (const CardRow& card : m_matrix.cardsOf(e)) {
            if (card.judge != judge)
                m_totals.push_back(card.total);
        }
        if (m_totals.empty() || static_cast<int>(m_totals.size()) < m_quorum)
            return std::nullopt;
        const double mean = stats::mean(m_totals);
        return RankKey{mean, mean, stats::median(m_totals)};
    }

    const ScoreMatrix& m_matrix;
    int m_quorum;
    std::vector<Candidate> m_base;
    /// m_base in rank order.
    std::vector<Candidate> m_sorted;
    std::vector<int> m_position;
    /// The judge whose entries are being re-keyed, per entry: marks them without clearing between judges.
    std::vector<int> m_mark;
    std::vector<double> m_mean;
    std::vector<std::vector<int>> m_byJudge;
    std::vector<double> m_totals;
    std::vector<Candidate> m_pool;
};

std::vector<Candidate> candidatesFor(const ScoreMatrix& matrix, const MethodScores& scores, int category, Method method,
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
    return candidates;
}

} // namespace

std::vector<Placing> rankCategory(const ScoreMatrix& matrix, const MethodScores& scores, int category, Method method,
                                  int quorum) {
    return rank(candidatesFor(matrix, scores, category, method, quorum));
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
        const auto placings = rankTop(candidatesFor(matrix, scores, category, m, quorum), matrix.tiers.size());
        r.byMethod.emplace_back(m, winnerList(matrix, tierOutcomes(matrix, scores, placings)));
    }
    LeaveOneOut leaveOneOut(matrix, matrix.categories[static_cast<std::size_t>(category)], quorum);
    for (std::size_t j = 0; j < matrix.judges.size(); ++j) {
        if (leaveOneOut.scored(j))
            r.leaveOneOut.emplace_back(matrix.judges[j].ref, leaveOneOut.without(static_cast<int>(j)));
    }
    const WinnerList& reference = r.byMethod.front().second;
    const auto same = [&](const auto& p) { return p.second == reference; };
    r.stable = std::all_of(r.byMethod.begin(), r.byMethod.end(), same) &&
               std::all_of(r.leaveOneOut.begin(), r.leaveOneOut.end(), same);
    return r;
}

} // namespace jurybox::tally
