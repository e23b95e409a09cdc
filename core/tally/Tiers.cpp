// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Tiers.h"

#include "core/stats/Descriptive.h"

namespace jurybox::tally {

QString toString(Vacancy vacancy) {
    switch (vacancy) {
    case Vacancy::None:
        return {};
    case Vacancy::NoEntryAtRank:
        return QStringLiteral("no entry at this rank");
    case Vacancy::BelowMinimum:
        return QStringLiteral("below the minimum score");
    }
    return {};
}

std::vector<TierOutcome> awardTiers(const std::vector<Tier>& tiers, const std::vector<Placing>& placings,
                                    const std::function<double(int entry)>& weightedMean) {
    std::vector<TierOutcome> out;
    out.reserve(tiers.size());
    for (std::size_t t = 0; t < tiers.size(); ++t) {
        TierOutcome outcome{tiers[t], {}, Vacancy::None};
        const int rank = static_cast<int>(t) + 1;
        bool anyAtRank = false;
        for (const Placing& p : placings) {
            if (p.rank != rank)
                continue;
            anyAtRank = true;
            const double score = weightedMean(p.entry);
            const auto& minimum = tiers[t].minimumScore;
            if (!minimum || score >= *minimum || stats::sameScore(score, *minimum))
                outcome.winners.push_back(p.entry);
        }
        if (!anyAtRank)
            outcome.vacancy = Vacancy::NoEntryAtRank;
        else if (outcome.winners.empty())
            outcome.vacancy = Vacancy::BelowMinimum;
        out.push_back(std::move(outcome));
    }
    return out;
}

} // namespace jurybox::tally
