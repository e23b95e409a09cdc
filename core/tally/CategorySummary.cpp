// SPDX-License-Identifier: Apache-2.0
#include "core/tally/CategorySummary.h"

#include "core/tally/Tally.h"

namespace jurybox::tally {

std::vector<CategorySummary> summarise(store::AwardFile& file, const TallyOptions& options) {
    const ScoreMatrix matrix = ScoreMatrix::load(file, options.roundId);
    TallyOptions withRobustness = options;
    withRobustness.robustness = true;
    stats::ReliabilityOptions reliabilityOptions;
    reliabilityOptions.categoryId = options.categoryId;
    return summarise(runTally(matrix, withRobustness), stats::reliability(matrix, reliabilityOptions));
}

std::vector<CategorySummary> summarise(const TallyResult& tally, const stats::ReliabilityReport& reliability) {
    std::vector<CategorySummary> out;
    for (const CategoryResult& category : tally.categories) {
        CategorySummary s;
        s.category = category.category;
        s.stable = category.robustness.computed && category.robustness.stable;
        for (const TierResult& tier : category.tiers) {
            TierWinners t{tier.tier.name, {}, tier.vacancy};
            for (const QString& ref : tier.winners) {
                for (const EntryResult& e : category.entries) {
                    if (e.submission.ref == ref)
                        t.winners.push_back(e.submission);
                }
            }
            s.tiers.push_back(std::move(t));
        }
        for (const stats::CategoryReliability& r : reliability.categories) {
            if (r.category.id == category.category.id && !r.criterion) {
                s.icc2k = r.icc.icc2k;
                s.intervalAlpha = r.alpha.interval;
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace jurybox::tally
