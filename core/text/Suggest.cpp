// SPDX-License-Identifier: Apache-2.0
#include "core/text/Suggest.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace jurybox::text {

int editDistance(const QString& a, const QString& b) {
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours ("nmae") cost 1.
    const auto cols = static_cast<std::size_t>(y.size()) + 1;
    std::vector<int> before(cols);
    std::vector<int> previous(cols);
    std::vector<int> current(cols);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int best = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                best = std::min(best, before[uj - 2] + 1);
            current[uj] = best;
        }
        before = previous;
        std::swap(previous, current);
    }
    return previous.back();
}

std::optional<QString> closestMatch(const QString& word, const QStringList& candidates) {
    const int allowed = std::max(1, static_cast<int>(word.size()) / 3);
    std::optional<QString> best;
    int bestDistance = allowed + 1;
    for (const QString& candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace jurybox::text
