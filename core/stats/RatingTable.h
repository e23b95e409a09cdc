// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace jurybox::stats {

/// Ratings grouped by unit (an entry, a target): the values of unit u are value[offsets[u] .. offsets[u+1]), each
/// with the index of the rater (judge, coder) who gave it. Flat vectors, so a large award costs no per-value
/// allocation. A rater gives at most one value per unit.
struct RatingTable {
    int raters = 0;
    std::vector<std::size_t> offsets{0};
    std::vector<int> rater;
    std::vector<double> value;

    std::size_t units() const { return offsets.size() - 1; }
    std::size_t size(std::size_t unit) const { return offsets[unit + 1] - offsets[unit]; }
    std::span<const double> values(std::size_t unit) const {
        return std::span(value).subspan(offsets[unit], size(unit));
    }
    std::span<const int> ratersOf(std::size_t unit) const {
        return std::span(rater).subspan(offsets[unit], size(unit));
    }

    /// Adds a value to the unit being built; closeUnit() ends it.
    void add(int raterIndex, double v) {
        rater.push_back(raterIndex);
        value.push_back(v);
    }
    void closeUnit() { offsets.push_back(value.size()); }

    /// From a units × raters grid where nullopt is a missing value (tests, published examples).
    static RatingTable fromGrid(const std::vector<std::vector<std::optional<double>>>& unitsByRaters);
};

} // namespace jurybox::stats
