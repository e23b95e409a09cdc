// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Methods.h"

#include "core/stats/Descriptive.h"

#include <algorithm>

namespace jurybox::tally {

std::optional<double> EntryScores::score(Method method) const {
    switch (method) {
    case Method::WeightedMean:
        return weightedMean;
    case Method::TrimmedMean:
        return trimmedMean;
    case Method::Median:
        return median;
    case Method::ZScore:
        return zScore;
    case Method::Borda:
        return borda;
    }
    return std::nullopt;
}

double weightedScore(const CategoryBlock& category, std::span<const double> perCriterion) {
    // The same formula as a scorecard total, applied to aggregated marks.
    return scorecardTotal(category, perCriterion);
}

MethodScores::MethodScores(const ScoreMatrix& matrix, int trim)
    : m_trim(trim)
    , m_entries(matrix.entries.size()) {
    m_offset.reserve(matrix.entries.size() + 1);
    m_offset.push_back(0);
    for (const EntryRow& e : matrix.entries) {
        const std::size_t criteria = matrix.categories[static_cast<std::size_t>(e.category)].criteria.size();
        m_offset.push_back(m_offset.back() + (e.eligible() && e.cardCount > 0 ? criteria : 0));
    }
    m_mean.resize(m_offset.back());
    m_trimmed.resize(m_offset.back());
    m_median.resize(m_offset.back());
    locate(matrix);
    zScores(matrix);
    borda(matrix);
}

std::span<const double> MethodScores::criteria(int entry, Method method) const {
    const auto e = static_cast<std::size_t>(entry);
    const std::size_t size = m_offset[e + 1] - m_offset[e];
    const std::vector<double>& source = method == Method::TrimmedMean ? m_trimmed
                                        : method == Method::Median    ? m_median
                                                                      : m_mean;
    return std::span(source).subspan(m_offset[e], size);
}

void MethodScores::locate(const ScoreMatrix& matrix) {
    std::vector<double> marks; // reused: no allocation per entry once it has grown
    for (std::size_t e = 0; e < matrix.entries.size(); ++e) {
        const EntryRow& row = matrix.entries[e];
        EntryScores& s = m_entries[e];
        s.scorecards = static_cast<int>(row.cardCount);
        if (!row.eligible() || row.cardCount == 0)
            continue;
        const CategoryBlock& block = matrix.categories[static_cast<std::size_t>(row.category)];
        const auto cards = matrix.cardsOf(static_cast<int>(e));
        const std::size_t base = m_offset[e];
        for (std::size_t c = 0; c < block.criteria.size(); ++c) {
            marks.clear();
            for (const CardRow& card : cards)
                marks.push_back(matrix.values[card.valueOffset + c]);
            m_mean[base + c] = stats::mean(marks);
            m_median[base + c] = stats::median(marks);
            const auto trimmed = stats::trimmedMean(marks, m_trim);
            m_trimmed[base + c] = trimmed.value_or(m_mean[base + c]);
            if (!trimmed)
                s.trimFallback = true;
        }
        const std::size_t n = block.criteria.size();
        s.weightedMean = weightedScore(block, std::span(m_mean).subspan(base, n));
        s.trimmedMean = weightedScore(block, std::span(m_trimmed).subspan(base, n));
        s.median = weightedScore(block, std::span(m_median).subspan(base, n));
        marks.clear();
        for (const CardRow& card : cards)
            marks.push_back(card.total);
        s.medianTotal = stats::median(marks);
    }
}

void MethodScores::zScores(const ScoreMatrix& matrix) {
    // Each judge's totals are standardised over every eligible entry the judge scored in the round (below-quorum
    // entries included, withdrawn and disqualified ones not). Fewer than 2 scorecards or SD 0 contribute 0.
    std::vector<stats::Moments> judge(matrix.judges.size());
    for (const CardRow& card : matrix.cards) {
        if (matrix.entries[static_cast<std::size_t>(card.entry)].eligible())
            judge[static_cast<std::size_t>(card.judge)].add(card.total);
    }
    for (std::size_t e = 0; e < matrix.entries.size(); ++e) {
        if (!matrix.entries[e].eligible() || matrix.entries[e].cardCount == 0)
            continue;
        double sum = 0;
        const auto cards = matrix.cardsOf(static_cast<int>(e));
        for (const CardRow& card : cards) {
            const stats::Moments& m = judge[static_cast<std::size_t>(card.judge)];
            const auto sd = m.sampleStandardDeviation();
            if (sd && *sd > 0)
                sum += (card.total - m.mean()) / *sd;
        }
        m_entries[e].zScore = sum / static_cast<double>(cards.size());
    }
}

void MethodScores::borda(const ScoreMatrix& matrix) {
    // For each judge and category: the fraction of the judge's other entries there that the entry beats on total,
    // ties counting half. Sorting the cards by (judge, category, total) makes that a count of positions.
    std::vector<std::size_t> order;
    order.reserve(matrix.cards.size());
    for (std::size_t i = 0; i < matrix.cards.size(); ++i) {
        if (matrix.entries[static_cast<std::size_t>(matrix.cards[i].entry)].eligible())
            order.push_back(i);
    }
    const auto categoryOf = [&](const CardRow& c) {
        return matrix.entries[static_cast<std::size_t>(c.entry)].category;
    };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const CardRow& x = matrix.cards[a];
        const CardRow& y = matrix.cards[b];
        if (x.judge != y.judge)
            return x.judge < y.judge;
        if (categoryOf(x) != categoryOf(y))
            return categoryOf(x) < categoryOf(y);
        return x.total < y.total;
    });
    std::vector<double> sum(matrix.entries.size(), 0.0);
    std::vector<int> count(matrix.entries.size(), 0);
    for (std::size_t begin = 0; begin < order.size();) {
        const CardRow& first = matrix.cards[order[begin]];
        std::size_t end = begin;
        while (end < order.size() && matrix.cards[order[end]].judge == first.judge &&
               categoryOf(matrix.cards[order[end]]) == categoryOf(first))
            ++end;
        const std::size_t group = end - begin;
        if (group >= 2) {
            for (std::size_t i = begin; i < end;) {
                std::size_t j = i;
                while (j < end && stats::sameScore(matrix.cards[order[j]].total, matrix.cards[order[i]].total))
                    ++j;
                const double beaten = static_cast<double>(i - begin) + 0.5 * static_cast<double>(j - i - 1);
                for (std::size_t t = i; t < j; ++t) {
                    const auto entry = static_cast<std::size_t>(matrix.cards[order[t]].entry);
                    sum[entry] += beaten / static_cast<double>(group - 1);
                    ++count[entry];
                }
                i = j;
            }
        }
        begin = end;
    }
    for (std::size_t e = 0; e < matrix.entries.size(); ++e) {
        if (!matrix.entries[e].eligible() || matrix.entries[e].cardCount == 0)
            continue;
        if (count[e] > 0)
            m_entries[e].borda = sum[e] / count[e];
        else
            m_entries[e].noComparison = true;
    }
}

} // namespace jurybox::tally
