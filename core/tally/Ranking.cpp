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

bool ranksBefore(const Candidate& a, const Candidate& b) {
    const int order = compare(a.key, b.key);
    return order != 0 ? order < 0 : a.entry < b.entry;
}

bool sameRank(const RankKey& a, const RankKey& b) {
    return compare(a, b) == 0;
}

std::vector<Placing> rankTop(std::vector<Candidate> candidates, std::size_t limit) {
    if (limit == 0)
        return {};
    if (candidates.size() > limit) {
        const auto nth = candidates.begin() + static_cast<std::ptrdiff_t>(limit - 1);
        std::nth_element(candidates.begin(), nth, candidates.end(), ranksBefore);
        const RankKey threshold = nth->key;
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& c) { return compare(c.key, threshold) > 0; }),
                         candidates.end());
    }
    return rank(std::move(candidates));
}

std::vector<Placing> rank(std::vector<Candidate> candidates) {
    std::sort(candidates.begin(), candidates.end(), ranksBefore);
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
