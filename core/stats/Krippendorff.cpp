// SPDX-License-Identifier: Apache-2.0
#include "core/stats/Krippendorff.h"

#include <algorithm>
#include <vector>

namespace jurybox::stats {

namespace {

/// The pairable values of a table, as indices into the sorted distinct values, with the marginals n_c.
struct Coincidences {
    std::vector<double> distinct;
    std::vector<double> marginal;     // n_c
    std::vector<std::size_t> offsets; // pairable units, into index
    std::vector<int> index;           // value index of each pairable value
    double n = 0;

    explicit Coincidences(const RatingTable& table) {
        for (std::size_t u = 0; u < table.units(); ++u) {
            if (table.size(u) >= 2)
                distinct.insert(distinct.end(), table.values(u).begin(), table.values(u).end());
        }
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        marginal.assign(distinct.size(), 0.0);
        offsets.push_back(0);
        for (std::size_t u = 0; u < table.units(); ++u) {
            if (table.size(u) < 2)
                continue;
            for (double v : table.values(u)) {
                const auto c = std::lower_bound(distinct.begin(), distinct.end(), v) - distinct.begin();
                index.push_back(static_cast<int>(c));
                marginal[static_cast<std::size_t>(c)] += 1;
            }
            offsets.push_back(index.size());
        }
        n = static_cast<double>(index.size());
    }

    std::size_t units() const { return offsets.size() - 1; }
};

/// Observed disagreement Σ_c Σ_k o_ck δ(c,k) / n.., summed over the pairs within each unit.
template <typename Delta>
double observed(const Coincidences& co, Delta delta) {
    double sum = 0;
    for (std::size_t u = 0; u < co.units(); ++u) {
        const std::size_t begin = co.offsets[u];
        const std::size_t end = co.offsets[u + 1];
        const double m = static_cast<double>(end - begin);
        double unitSum = 0;
        for (std::size_t i = begin; i < end; ++i) {
            for (std::size_t j = i + 1; j < end; ++j)
                unitSum += 2 * delta(co.index[i], co.index[j]); // both orders of the pair
        }
        sum += unitSum / (m - 1);
    }
    return sum / co.n;
}

/// Σ_c Σ_k n_c n_k (x_c − x_k)² = 2 n.. Σ_c n_c (x_c − x̄)²: the squared-difference metrics need no V × V loop.
double squaredSpread(const Coincidences& co, const std::vector<double>& x) {
    double mean = 0;
    for (std::size_t c = 0; c < x.size(); ++c)
        mean += co.marginal[c] * x[c];
    mean /= co.n;
    double spread = 0;
    for (std::size_t c = 0; c < x.size(); ++c)
        spread += co.marginal[c] * (x[c] - mean) * (x[c] - mean);
    return 2 * co.n * spread;
}

std::optional<double> alphaFrom(double observedDisagreement, double expectedPairs, const Coincidences& co) {
    const double expectedDisagreement = expectedPairs / (co.n * (co.n - 1));
    if (expectedDisagreement <= 0)
        return std::nullopt;
    return 1 - observedDisagreement / expectedDisagreement;
}

std::optional<double> squaredMetric(const Coincidences& co, const std::vector<double>& x) {
    const double d = observed(co, [&](int c, int k) {
        const double diff = x[static_cast<std::size_t>(c)] - x[static_cast<std::size_t>(k)];
        return diff * diff;
    });
    return alphaFrom(d, squaredSpread(co, x), co);
}

std::optional<double> nominal(const Coincidences& co) {
    const double d = observed(co, [](int c, int k) { return c == k ? 0.0 : 1.0; });
    double sameValuePairs = 0;
    for (double nc : co.marginal)
        sameValuePairs += nc * nc;
    return alphaFrom(d, co.n * co.n - sameValuePairs, co);
}

std::optional<double> ordinal(const Coincidences& co) {
    // δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which equals (R_k − R_c)² with the mid-rank R_c = Σ_{g<c} n_g +
    // n_c/2: the ordinal metric is the interval metric on mid-ranks.
    std::vector<double> rank(co.marginal.size());
    double below = 0;
    for (std::size_t c = 0; c < rank.size(); ++c) {
        rank[c] = below + co.marginal[c] / 2;
        below += co.marginal[c];
    }
    return squaredMetric(co, rank);
}

std::optional<double> ratio(const Coincidences& co) {
    if (!co.distinct.empty() && co.distinct.front() < 0)
        return std::nullopt; // the ratio metric assumes an absolute zero
    const auto delta = [&](std::size_t c, std::size_t k) {
        const double sum = co.distinct[c] + co.distinct[k];
        if (sum == 0)
            return 0.0;
        const double r = (co.distinct[c] - co.distinct[k]) / sum;
        return r * r;
    };
    const double d =
        observed(co, [&](int c, int k) { return delta(static_cast<std::size_t>(c), static_cast<std::size_t>(k)); });
    double expected = 0;
    for (std::size_t c = 0; c < co.distinct.size(); ++c) {
        for (std::size_t k = c + 1; k < co.distinct.size(); ++k)
            expected += 2 * co.marginal[c] * co.marginal[k] * delta(c, k);
    }
    return alphaFrom(d, expected, co);
}

std::optional<double> compute(const Coincidences& co, AlphaMetric metric) {
    if (co.n < 2)
        return std::nullopt;
    switch (metric) {
    case AlphaMetric::Nominal:
        return nominal(co);
    case AlphaMetric::Ordinal:
        return ordinal(co);
    case AlphaMetric::Interval:
        return squaredMetric(co, co.distinct);
    case AlphaMetric::Ratio:
        return ratio(co);
    }
    return std::nullopt;
}

} // namespace

QString toString(AlphaMetric metric) {
    switch (metric) {
    case AlphaMetric::Nominal:
        return QStringLiteral("nominal");
    case AlphaMetric::Ordinal:
        return QStringLiteral("ordinal");
    case AlphaMetric::Interval:
        return QStringLiteral("interval");
    case AlphaMetric::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

std::optional<double> AlphaResult::get(AlphaMetric metric) const {
    switch (metric) {
    case AlphaMetric::Nominal:
        return nominal;
    case AlphaMetric::Ordinal:
        return ordinal;
    case AlphaMetric::Interval:
        return interval;
    case AlphaMetric::Ratio:
        return ratio;
    }
    return std::nullopt;
}

AlphaResult krippendorffAlpha(const RatingTable& table) {
    const Coincidences co(table);
    AlphaResult result;
    result.pairableUnits = static_cast<int>(co.units());
    result.pairableValues = static_cast<int>(co.n);
    result.nominal = compute(co, AlphaMetric::Nominal);
    result.ordinal = compute(co, AlphaMetric::Ordinal);
    result.interval = compute(co, AlphaMetric::Interval);
    result.ratio = compute(co, AlphaMetric::Ratio);
    return result;
}

std::optional<double> krippendorffAlpha(const RatingTable& table, AlphaMetric metric) {
    return compute(Coincidences(table), metric);
}

} // namespace jurybox::stats
