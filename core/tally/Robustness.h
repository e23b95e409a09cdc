// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tally/Methods.h"
#include "core/tally/Ranking.h"
#include "core/tally/TallyResult.h"

#include <vector>

namespace jurybox::tally {

/// The ranking of one category's eligible entries under a method: entries with at least `quorum` counted
/// scorecards and a score, in category (ref) order before ranking so ties list in ref order.
std::vector<Placing> rankCategory(const ScoreMatrix& matrix, const MethodScores& scores, int category, Method method,
                                  int quorum);

/// The tier outcomes of a ranking.
std::vector<TierOutcome> tierOutcomes(const ScoreMatrix& matrix, const MethodScores& scores,
                                      const std::vector<Placing>& placings);

/// Tier outcomes as refs, in tier order.
WinnerList winnerList(const ScoreMatrix& matrix, const std::vector<TierOutcome>& outcomes);

/// The tier winners under every method, and under weighted-mean with each judge who scored in the category left
/// out in turn (same quorum: losing a judge can drop an entry below it, which is exactly a fragility to show).
Robustness assessRobustness(const ScoreMatrix& matrix, const MethodScores& scores, int category, int quorum);

} // namespace jurybox::tally
