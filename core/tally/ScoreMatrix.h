// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/domain/Category.h"
#include "core/domain/Judge.h"
#include "core/domain/Submission.h"
#include "core/store/AwardFile.h"

#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace jurybox::tally {

/// A category with its criteria in order and the entries (indices into ScoreMatrix::entries) that belong to it.
struct CategoryBlock {
    Category category;
    std::vector<Criterion> criteria;
    double weightSum = 0;
    std::vector<int> entries;
};

/// A submission and where its counted scorecards lie in ScoreMatrix::cards.
struct EntryRow {
    Submission submission;
    int category = 0;
    std::size_t firstCard = 0;
    std::size_t cardCount = 0;

    bool eligible() const { return submission.status == SubmissionStatus::Eligible; }
};

/// A complete, submitted scorecard: its judge, its entry, its 0–100 total, and where its values begin in
/// ScoreMatrix::values (one per criterion of the entry's category, in criterion order).
struct CardRow {
    int judge = 0;
    int entry = 0;
    double total = 0;
    std::size_t valueOffset = 0;
};

/// A submitted scorecard that lacks a value for some criterion: it does not count, and it is reported.
struct IncompleteScorecard {
    int judge = 0;
    int entry = 0;
    QStringList missingCriteria;
};

/// Everything a tally or a reliability analysis reads from an award file for one round, loaded once with a few
/// plain SELECTs into flat vectors indexed by dense ids (category, entry, judge, card) — no per-entry queries.
struct ScoreMatrix {
    Award award;
    Round round;
    std::vector<Tier> tiers;
    std::vector<CategoryBlock> categories;
    std::vector<EntryRow> entries;
    std::vector<Judge> judges;
    /// Counted scorecards, grouped by entry (EntryRow::firstCard, cardCount), by judge ref within an entry.
    std::vector<CardRow> cards;
    std::vector<double> values;
    std::vector<IncompleteScorecard> incomplete;
    /// Scorecards of the round still in draft (they never count).
    int draftScorecards = 0;

    /// The round given, or else the current (last open) round, or else the last round. Throws Error when the award
    /// has no round or the round id is unknown.
    static ScoreMatrix load(store::AwardFile& file, std::optional<Id> roundId = std::nullopt);

    std::span<const CardRow> cardsOf(int entry) const {
        const EntryRow& e = entries[static_cast<std::size_t>(entry)];
        return std::span(cards).subspan(e.firstCard, e.cardCount);
    }
    std::span<const double> valuesOf(const CardRow& card) const {
        const auto& block =
            categories[static_cast<std::size_t>(entries[static_cast<std::size_t>(card.entry)].category)];
        return std::span(values).subspan(card.valueOffset, block.criteria.size());
    }
    /// Index of the category with that id; nullopt when there is none.
    std::optional<int> categoryIndex(Id categoryId) const;
};

/// A scorecard's total on 0–100: 100 × Σ w_c (s_c − min_c)/(max_c − min_c) / Σ w_c.
double scorecardTotal(const CategoryBlock& category, std::span<const double> values);

} // namespace jurybox::tally
