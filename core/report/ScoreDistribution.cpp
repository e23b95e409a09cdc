// SPDX-License-Identifier: Apache-2.0
#include "core/report/ScoreDistribution.h"

#include "core/stats/Descriptive.h"
#include "core/stats/RaterAgreement.h"

#include <algorithm>
#include <cmath>

namespace jurybox::report {

namespace {

double quantile(const std::vector<double>& sorted, double p) {
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

} // namespace

Spread spreadOf(std::vector<double> values) {
    Spread s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = static_cast<int>(values.size());
    s.minimum = values.front();
    s.lowerQuartile = quantile(values, 0.25);
    s.median = quantile(values, 0.5);
    s.upperQuartile = quantile(values, 0.75);
    s.maximum = values.back();
    s.mean = stats::mean(values);
    return s;
}

ScoreDistribution scoreDistribution(const tally::ScoreMatrix& matrix) {
    ScoreDistribution out;
    out.round = matrix.round;
    std::vector<std::vector<double>> byJudge(matrix.judges.size());
    std::vector<std::vector<double>> byCategory(matrix.categories.size());
    // Entries are the units and judges the raters, so severity compares each judge with the others on the same
    // entries across every category: the same measure as the per-category one the Results page lists.
    stats::RatingTable table;
    table.raters = static_cast<int>(matrix.judges.size());
    for (std::size_t e = 0; e < matrix.entries.size(); ++e) {
        const tally::EntryRow& entry = matrix.entries[e];
        if (!entry.eligible())
            continue;
        for (const tally::CardRow& card : matrix.cardsOf(static_cast<int>(e))) {
            byJudge[static_cast<std::size_t>(card.judge)].push_back(card.total);
            byCategory[static_cast<std::size_t>(entry.category)].push_back(card.total);
            table.add(card.judge, card.total);
        }
        table.closeUnit();
    }
    std::vector<std::optional<double>> severity(matrix.judges.size());
    for (const stats::RaterAgreement& a : stats::raterAgreement(table, 100, {}))
        severity[static_cast<std::size_t>(a.rater)] = a.severity;
    for (std::size_t j = 0; j < matrix.judges.size(); ++j) {
        if (byJudge[j].empty())
            continue;
        std::sort(byJudge[j].begin(), byJudge[j].end());
        out.judges.push_back(
            {matrix.judges[j].ref, matrix.judges[j].name, spreadOf(byJudge[j]), severity[j], std::move(byJudge[j])});
    }
    for (std::size_t c = 0; c < matrix.categories.size(); ++c) {
        std::sort(byCategory[c].begin(), byCategory[c].end());
        out.categories.push_back(
            {matrix.categories[c].category.name, spreadOf(byCategory[c]), std::move(byCategory[c])});
    }
    return out;
}

ScoreDistribution scoreDistribution(store::AwardFile& file, std::optional<Id> roundId) {
    return scoreDistribution(tally::ScoreMatrix::load(file, roundId));
}

} // namespace jurybox::report
