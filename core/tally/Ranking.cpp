// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Ranking.h"

#include "core/stats/Descriptive.h"

#include <algorithm>

namespace jurybox::tally {

namespace {

/// -1 when a ranks above b, 1 when below, 0 when they are tied on every key.
int compare(const RankKey& a, const RankKey& b) {
    const double pairs[3][2] = {{a.score, b.score}, {a.weightedMean, b.weightedMean}, {a.medianTotal, b.medianTotal}};
    for (const auto& p : pairs) {
        if (!stats::sameScore(p[0], p[1]))
            return p[0] > p[1] ? -1 : 1;
    }
    return 0;
}

} // namespace

std::vector<Placing> rank(std::vector<Candidate> candidates) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return compare(a.key, b.key) < 0; });
    std::vector<Placing> out;
    out.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size();) {
        std::size_t j = i + 1;
        while (j < candidates.size() && compare(candidates[i].key, candidates[j].key) == 0)
            ++j;
        for (std::size_t t = i; t < j; ++t)
            out.push_back({candidates[t].entry, static_cast<int>(i) + 1, j - i > 1});
        i = j;
    }
    return out;
}

} // namespace jurybox::tally
