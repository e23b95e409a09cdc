// SPDX-License-Identifier: Apache-2.0
#include "core/stats/Descriptive.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jurybox::stats {

double mean(std::span<const double> values) {
    if (values.empty())
        return 0;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double median(std::span<double> values) {
    if (values.empty())
        return 0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

std::optional<double> trimmedMean(std::span<double> values, int k) {
    const auto drop = static_cast<std::size_t>(std::max(k, 0));
    if (values.size() < 2 * drop + 1)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return mean(values.subspan(drop, values.size() - 2 * drop));
}

bool sameScore(double a, double b) {
    const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= 1e-9 * scale;
}

void Moments::add(double x) {
    ++m_n;
    const double delta = x - m_mean;
    m_mean += delta / static_cast<double>(m_n);
    m_m2 += delta * (x - m_mean);
}

std::optional<double> Moments::sampleStandardDeviation() const {
    if (m_n < 2)
        return std::nullopt;
    return std::sqrt(std::max(m_m2, 0.0) / static_cast<double>(m_n - 1));
}

void Correlation::add(double x, double y) {
    ++m_n;
    const double n = static_cast<double>(m_n);
    const double dx = x - m_meanX;
    const double dy = y - m_meanY;
    m_meanX += dx / n;
    m_meanY += dy / n;
    m_sxx += dx * (x - m_meanX);
    m_syy += dy * (y - m_meanY);
    m_sxy += dx * (y - m_meanY);
}

std::optional<double> Correlation::value() const {
    if (m_n < 3 || m_sxx <= 0 || m_syy <= 0)
        return std::nullopt;
    return std::clamp(m_sxy / std::sqrt(m_sxx * m_syy), -1.0, 1.0);
}

} // namespace jurybox::stats
