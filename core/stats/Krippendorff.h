// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/RatingTable.h"

#include <QString>

#include <optional>

namespace jurybox::stats {

/// The difference functions (levels of measurement) of Krippendorff's alpha.
enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

QString toString(AlphaMetric metric);

/// Alpha under each metric, nullopt where it is not defined (fewer than 2 pairable values, no variation at all,
/// or — for ratio — a negative value).
struct AlphaResult {
    std::optional<double> nominal;
    std::optional<double> ordinal;
    std::optional<double> interval;
    std::optional<double> ratio;
    /// Units with at least 2 values, and the values in them (n.. of the coincidence matrix).
    int pairableUnits = 0;
    int pairableValues = 0;

    std::optional<double> get(AlphaMetric metric) const;
};

/// Krippendorff's alpha = 1 − D_o / D_e after Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
/// the coincidence matrix o_ck = Σ_u (number of c–k pairs in u)/(m_u − 1) over units with m_u ≥ 2 values, its
/// marginals n_c and n.., D_o = Σ o_ck δ²_ck / n.., D_e = Σ n_c n_k δ²_ck / (n..(n.. − 1)). The matrix is summed
/// unit by unit rather than stored, so scores on a fine scale (thousands of distinct totals) stay cheap.
AlphaResult krippendorffAlpha(const RatingTable& table);

/// Alpha under one metric.
std::optional<double> krippendorffAlpha(const RatingTable& table, AlphaMetric metric);

} // namespace jurybox::stats
