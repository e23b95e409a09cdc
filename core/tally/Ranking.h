// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <vector>

namespace jurybox::tally {

/// What an entry is ranked by: its score under the method, then the weighted mean, then the median total.
struct RankKey {
    double score = 0;
    double weightedMean = 0;
    double medianTotal = 0;
};

/// An entry that takes part in the ranking.
struct Candidate {
    int entry = 0;
    RankKey key;
};

/// A ranked entry: competition rank (1, 1, 3) and whether it shares that rank with another entry.
struct Placing {
    int entry = 0;
    int rank = 0;
    bool tie = false;
};

/// The order rank() lists candidates in: better key first, tied keys by entry index.
bool ranksBefore(const Candidate& a, const Candidate& b);
/// Whether two keys tie on all three (stats::sameScore), so their entries share a rank.
bool sameRank(const RankKey& a, const RankKey& b);

/// Ranks by score, exact ties broken by weighted mean, then median total (DESIGN.md §5). Entries still equal on
/// all three share a rank (competition style) and are flagged; a tie is never broken by id. "Equal" is
/// stats::sameScore. The result is in rank order; tied entries are listed by entry index (= ref order within a
/// category), which orders the listing only, never the rank.
std::vector<Placing> rank(std::vector<Candidate> candidates);

/// The same, but only the entries ranked `limit` or better (all of a tie at the limit): a linear selection
/// first, so asking for the tier winners of thousands of entries costs no full sort.
std::vector<Placing> rankTop(std::vector<Candidate> candidates, std::size_t limit);

} // namespace jurybox::tally
