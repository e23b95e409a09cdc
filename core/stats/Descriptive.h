// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <span>

namespace jurybox::stats {

/// Arithmetic mean; 0 for no values (callers check for emptiness where it matters).
double mean(std::span<const double> values);

/// Median of the values. Reorders `values` (it works in place to avoid a copy); 0 for no values.
double median(std::span<double> values);

/// Mean after dropping the `k` highest and `k` lowest values. Sorts `values` in place. Needs at least 2k+1 values;
/// returns nullopt otherwise so the caller decides (and flags) what to do instead.
std::optional<double> trimmedMean(std::span<double> values, int k);

/// Two values are the same score when they agree to 1e-9 relative (or absolute below 1): sums of the same marks in
/// a different order may differ in the last bit, and that must never decide a rank.
bool sameScore(double a, double b);

/// Running mean, sample variance and co-moment (Welford), stable in one pass.
class Moments {
public:
    void add(double x);
    std::size_t count() const { return m_n; }
    double mean() const { return m_mean; }
    /// Sample standard deviation (n − 1); nullopt with fewer than 2 values.
    std::optional<double> sampleStandardDeviation() const;

private:
    std::size_t m_n = 0;
    double m_mean = 0;
    double m_m2 = 0;
};

/// Pearson correlation accumulated in one pass; nullopt with fewer than 3 pairs or when either side is constant.
class Correlation {
public:
    void add(double x, double y);
    std::size_t count() const { return m_n; }
    std::optional<double> value() const;

private:
    std::size_t m_n = 0;
    double m_meanX = 0;
    double m_meanY = 0;
    double m_sxx = 0;
    double m_syy = 0;
    double m_sxy = 0;
};

} // namespace jurybox::stats
