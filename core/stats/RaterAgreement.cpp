// SPDX-License-Identifier: Apache-2.0
#include "core/stats/RaterAgreement.h"

#include "core/stats/Descriptive.h"

#include <cmath>

namespace jurybox::stats {

std::vector<RaterAgreement> raterAgreement(const RatingTable& table, double scaleRange, const OutlierRule& rule) {
    const auto raters = static_cast<std::size_t>(table.raters);
    std::vector<int> ratings(raters, 0);
    std::vector<double> differenceSum(raters, 0.0);
    std::vector<int> shared(raters, 0);
    std::vector<Correlation> correlation(raters);
    for (std::size_t u = 0; u < table.units(); ++u) {
        const auto values = table.values(u);
        const auto who = table.ratersOf(u);
        double sum = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            sum += values[i];
            ++ratings[static_cast<std::size_t>(who[i])];
        }
        if (values.size() < 2)
            continue;
        const double others = static_cast<double>(values.size() - 1);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto r = static_cast<std::size_t>(who[i]);
            const double othersMean = (sum - values[i]) / others;
            differenceSum[r] += values[i] - othersMean;
            ++shared[r];
            correlation[r].add(values[i], othersMean);
        }
    }
    std::vector<RaterAgreement> out;
    for (std::size_t r = 0; r < raters; ++r) {
        if (ratings[r] == 0)
            continue;
        RaterAgreement a;
        a.rater = static_cast<int>(r);
        a.ratings = ratings[r];
        a.sharedUnits = shared[r];
        if (shared[r] > 0)
            a.severity = differenceSum[r] / shared[r];
        a.consensusCorrelation = correlation[r].value();
        a.outlier = (a.severity && std::fabs(*a.severity) > rule.severityFraction * scaleRange) ||
                    (a.consensusCorrelation && *a.consensusCorrelation < rule.minimumCorrelation);
        out.push_back(a);
    }
    return out;
}

} // namespace jurybox::stats
