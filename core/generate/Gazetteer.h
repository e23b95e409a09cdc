// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>

namespace jurybox::generate {

/// A member city of a smart-city network, with its country (names as the city writes them).
struct Place {
    const char* city;
    const char* country;
};

/// Cities of many countries, many with non-ASCII names (Beyoğlu, São Paulo, 세종, Ульяновск, Đà Nẵng).
std::span<const Place> places();
/// Given names and family names from the same countries, for synthetic judges.
std::span<const char* const> givenNames();
std::span<const char* const> familyNames();
/// What cities build, per standard category position (0 = Services ... 4 = Human-Centricity).
std::span<const char* const> projectKinds(int categoryPosition);
/// Criterion names to draw from when a category needs C criteria.
std::span<const char* const> criterionNames();

} // namespace jurybox::generate
