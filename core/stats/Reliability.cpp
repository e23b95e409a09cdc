// SPDX-License-Identifier: Apache-2.0
#include "core/stats/Reliability.h"

#include "core/Error.h"

namespace jurybox::stats {

namespace {

/// The category's counted values as a rating table over all the award's judges: totals, or one criterion's
/// values when `criterion` is set.
RatingTable ratings(const tally::ScoreMatrix& matrix, const tally::CategoryBlock& block, std::optional<int> criterion) {
    RatingTable table;
    table.raters = static_cast<int>(matrix.judges.size());
    for (int e : block.entries) {
        if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
            continue;
        for (const tally::CardRow& card : matrix.cardsOf(e))
            table.add(card.judge,
                      criterion ? matrix.values[card.valueOffset + static_cast<std::size_t>(*criterion)] : card.total);
        table.closeUnit();
    }
    return table;
}

CategoryReliability analyse(const tally::ScoreMatrix& matrix, const tally::CategoryBlock& block,
                            std::optional<int> criterion, const OutlierRule& rule) {
    CategoryReliability r;
    r.category = block.category;
    if (criterion) {
        const Criterion& c = block.criteria[static_cast<std::size_t>(*criterion)];
        r.criterion = c.name;
        r.scaleRange = c.scaleMax - c.scaleMin;
    }
    const RatingTable table = ratings(matrix, block, criterion);
    for (std::size_t u = 0; u < table.units(); ++u) {
        if (table.size(u) > 0)
            ++r.submissions;
    }
    r.icc = intraclass(table);
    r.alpha = krippendorffAlpha(table);
    for (const RaterAgreement& a : raterAgreement(table, r.scaleRange, rule)) {
        const Judge& judge = matrix.judges[static_cast<std::size_t>(a.rater)];
        r.judgesDetail.push_back({judge.ref, judge.name, a.ratings, a.severity, a.consensusCorrelation, a.outlier});
    }
    r.judges = static_cast<int>(r.judgesDetail.size());
    return r;
}

std::optional<int> criterionIndex(const tally::CategoryBlock& block, const QString& name) {
    for (std::size_t i = 0; i < block.criteria.size(); ++i) {
        if (block.criteria[i].name == name)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

} // namespace

ReliabilityReport reliability(store::AwardFile& file, const ReliabilityOptions& options) {
    const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(file, options.roundId);
    return reliability(matrix, options);
}

ReliabilityReport reliability(const tally::ScoreMatrix& matrix, const ReliabilityOptions& options) {
    ReliabilityReport report;
    report.award = matrix.award;
    report.round = matrix.round;
    report.outlierRule = options.outlierRule;
    if (options.categoryId && !matrix.categoryIndex(*options.categoryId))
        throw Error(QStringLiteral("there is no category with id %1").arg(*options.categoryId));
    for (const tally::CategoryBlock& block : matrix.categories) {
        if (options.categoryId && block.category.id != *options.categoryId)
            continue;
        std::optional<int> criterion;
        if (options.criterion) {
            criterion = criterionIndex(block, *options.criterion);
            if (!criterion)
                continue; // categories without that criterion are left out
        }
        report.categories.push_back(analyse(matrix, block, criterion, options.outlierRule));
    }
    if (options.criterion && report.categories.empty())
        throw Error(QStringLiteral("no category has a criterion named \"%1\"").arg(*options.criterion));
    return report;
}

} // namespace jurybox::stats
