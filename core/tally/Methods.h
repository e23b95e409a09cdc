// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tally/Method.h"
#include "core/tally/ScoreMatrix.h"

#include <optional>
#include <span>
#include <vector>

namespace jurybox::tally {

/// One entry's score under every method, plus the tie-breakers. Empty (nullopt) for an entry without counted
/// scorecards, and for every entry that is not eligible (withdrawn and disqualified entries are not scored).
struct EntryScores {
    int scorecards = 0;
    std::optional<double> weightedMean;
    std::optional<double> trimmedMean;
    std::optional<double> median;
    std::optional<double> zScore;
    /// Nullopt also when no judge of the entry scored another entry of its category (flag noComparison).
    std::optional<double> borda;
    /// Median of the scorecard totals: the second tie-breaker.
    std::optional<double> medianTotal;
    /// Fewer than 2K+1 marks: trimmed-mean fell back to the plain mean.
    bool trimFallback = false;
    /// Scored, but no judge could compare it with another entry, so Borda gives no score.
    bool noComparison = false;

    std::optional<double> score(Method method) const;
};

/// Every method's scores for every entry of a ScoreMatrix, computed in one pass over the cards (plus one sort of
/// the cards for Borda). The per-criterion aggregates sit in flat vectors, criterion-major per entry.
class MethodScores {
public:
    MethodScores(const ScoreMatrix& matrix, int trim);

    const EntryScores& entry(int index) const { return m_entries[static_cast<std::size_t>(index)]; }
    /// Each criterion's aggregate on that criterion's own scale under the method (z-score and Borda: the means);
    /// empty for an entry without scores.
    std::span<const double> criteria(int entry, Method method) const;
    int trim() const { return m_trim; }

private:
    void locate(const ScoreMatrix& matrix);
    void zScores(const ScoreMatrix& matrix);
    void borda(const ScoreMatrix& matrix);

    int m_trim;
    std::vector<EntryScores> m_entries;
    std::vector<std::size_t> m_offset; // per entry, into the criterion vectors; size entries + 1
    std::vector<double> m_mean;
    std::vector<double> m_trimmed;
    std::vector<double> m_median;
};

/// Combines per-criterion values into a 0–100 score with the criteria's weights and scales.
double weightedScore(const CategoryBlock& category, std::span<const double> perCriterion);

} // namespace jurybox::tally
