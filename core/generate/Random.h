// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace jurybox::generate {

/// A seeded random source whose every draw is the same on every platform and standard library
/// (std::mt19937_64 is specified exactly; the std:: distributions are not, so they are not used).
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed) {}

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) {
        return n == 0 ? 0 : static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
    }
    /// Normal with the given mean and standard deviation (Box–Muller).
    double normal(double mean = 0, double sd = 1) {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    bool chance(double p) { return uniform() < p; }

private:
    std::mt19937_64 m_engine;
};

} // namespace jurybox::generate
