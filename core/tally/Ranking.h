// SPDX-License-Identifier: Apache-2.0
#pragma once

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

/// Ranks by score, exact ties broken by weighted mean, then median total (DESIGN.md §5). Entries still equal on
/// all three share a rank (competition style) and are flagged; they are never ordered silently by id. "Equal" is
/// stats::sameScore. The result is in rank order; within a tie, in the order the candidates were given.
std::vector<Placing> rank(std::vector<Candidate> candidates);

} // namespace jurybox::tally
