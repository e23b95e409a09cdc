// SPDX-License-Identifier: Apache-2.0
#include "core/tally/ScoreMatrix.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace jurybox::tally {

namespace {

Round resolveRound(store::AwardStore& awards, std::optional<Id> roundId) {
    const std::vector<Round> rounds = awards.rounds();
    if (rounds.empty())
        throw Error(QStringLiteral("the award has no judging round: add one before tallying"));
    if (roundId) {
        for (const Round& r : rounds) {
            if (r.id == *roundId)
                return r;
        }
        throw Error(QStringLiteral("there is no round with id %1").arg(*roundId));
    }
    if (auto current = awards.currentRound())
        return *current;
    return rounds.back();
}

struct CriterionPlace {
    int category = 0;
    int index = 0;
};

/// Collects the values of one scorecard while its rows stream past, then files it as counted or incomplete.
class CardBuilder {
public:
    explicit CardBuilder(ScoreMatrix& m)
        : m_matrix(m) {}

    void start(int judge, int entry, bool submitted) {
        m_judge = judge;
        m_entry = entry;
        m_submitted = submitted;
        const auto& block = category();
        m_values.assign(block.criteria.size(), std::numeric_limits<double>::quiet_NaN());
    }
    /// A value for a criterion of another category than the entry's cannot be placed and is ignored.
    void value(CriterionPlace place, double v) {
        if (place.category == m_matrix.entries[static_cast<std::size_t>(m_entry)].category)
            m_values[static_cast<std::size_t>(place.index)] = v;
    }
    void finish() {
        if (m_entry < 0)
            return;
        if (!m_submitted) {
            ++m_matrix.draftScorecards;
        } else {
            const auto& block = category();
            QStringList missing;
            for (std::size_t c = 0; c < m_values.size(); ++c) {
                if (std::isnan(m_values[c]))
                    missing << block.criteria[c].name;
            }
            if (!missing.isEmpty() || m_values.empty()) {
                m_matrix.incomplete.push_back({m_judge, m_entry, missing});
            } else {
                CardRow card{m_judge, m_entry, scorecardTotal(block, m_values), m_matrix.values.size()};
                m_matrix.values.insert(m_matrix.values.end(), m_values.begin(), m_values.end());
                m_matrix.cards.push_back(card);
            }
        }
        m_entry = -1;
    }

private:
    const CategoryBlock& category() const {
        return m_matrix
            .categories[static_cast<std::size_t>(m_matrix.entries[static_cast<std::size_t>(m_entry)].category)];
    }

    ScoreMatrix& m_matrix;
    std::vector<double> m_values;
    int m_judge = -1;
    int m_entry = -1;
    bool m_submitted = false;
};

void loadStructure(store::AwardFile& file, ScoreMatrix& m, std::unordered_map<Id, CriterionPlace>& criterionIndex) {
    store::CategoryStore categories(file.db());
    std::unordered_map<Id, int> categoryIndex;
    for (Category& c : categories.categories()) {
        categoryIndex.emplace(c.id, static_cast<int>(m.categories.size()));
        m.categories.push_back({std::move(c), {}, 0, {}});
    }
    for (Criterion& c : categories.criteria()) {
        auto it = categoryIndex.find(c.categoryId);
        if (it == categoryIndex.end())
            continue;
        CategoryBlock& block = m.categories[static_cast<std::size_t>(it->second)];
        criterionIndex.emplace(c.id, CriterionPlace{it->second, static_cast<int>(block.criteria.size())});
        block.weightSum += c.weight;
        block.criteria.push_back(std::move(c));
    }
    for (Submission& s : store::SubmissionStore(file.db()).all()) {
        auto it = categoryIndex.find(s.categoryId);
        if (it == categoryIndex.end())
            continue;
        const int index = static_cast<int>(m.entries.size());
        m.categories[static_cast<std::size_t>(it->second)].entries.push_back(index);
        m.entries.push_back({std::move(s), it->second, 0, 0});
    }
    m.judges = store::JudgeStore(file.db()).all();
}

/// Stable counting sort of the cards by a dense key; returns where each key's run starts (size keys + 1).
template <typename Key>
std::vector<std::size_t> countingSort(std::vector<CardRow>& cards, std::size_t keys, Key key) {
    std::vector<std::size_t> start(keys + 1, 0);
    for (const CardRow& c : cards)
        ++start[key(c) + 1];
    for (std::size_t k = 0; k < keys; ++k)
        start[k + 1] += start[k];
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    std::vector<CardRow> sorted(cards.size());
    for (const CardRow& c : cards)
        sorted[next[key(c)]++] = c;
    cards = std::move(sorted);
    return start;
}

/// Groups the cards by entry, in judge (ref) order within an entry: two stable counting sorts, no comparisons.
void groupCardsByEntry(ScoreMatrix& m) {
    countingSort(m.cards, m.judges.size(), [](const CardRow& c) { return static_cast<std::size_t>(c.judge); });
    const auto start =
        countingSort(m.cards, m.entries.size(), [](const CardRow& c) { return static_cast<std::size_t>(c.entry); });
    for (std::size_t e = 0; e < m.entries.size(); ++e) {
        m.entries[e].firstCard = start[e];
        m.entries[e].cardCount = start[e + 1] - start[e];
    }
}

} // namespace

double scorecardTotal(const CategoryBlock& category, std::span<const double> values) {
    double sum = 0;
    for (std::size_t c = 0; c < category.criteria.size(); ++c) {
        const Criterion& k = category.criteria[c];
        sum += k.weight * (values[c] - k.scaleMin) / (k.scaleMax - k.scaleMin);
    }
    return 100 * sum / category.weightSum;
}

std::optional<int> ScoreMatrix::categoryIndex(Id categoryId) const {
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].category.id == categoryId)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

ScoreMatrix ScoreMatrix::load(store::AwardFile& file, std::optional<Id> roundId) {
    ScoreMatrix m;
    store::AwardStore awards(file.db());
    m.award = awards.award();
    m.round = resolveRound(awards, roundId);
    m.tiers = awards.tiers();
    std::unordered_map<Id, CriterionPlace> criterionIndex;
    loadStructure(file, m, criterionIndex);

    std::unordered_map<Id, int> entryIndex;
    entryIndex.reserve(m.entries.size());
    for (std::size_t i = 0; i < m.entries.size(); ++i)
        entryIndex.emplace(m.entries[i].submission.id, static_cast<int>(i));
    std::unordered_map<Id, int> judgeIndex;
    for (std::size_t i = 0; i < m.judges.size(); ++i)
        judgeIndex.emplace(m.judges[i].id, static_cast<int>(i));

    // One pass over the round's scores in storage order. The unary + keeps SQLite off the (round, judge,
    // submission) index: a sequential scan of the scorecards with their scores clustered behind them is several
    // times faster than index lookups, and rowid order needs no sort. Grouping by entry happens afterwards.
    db::Statement st = file.db().prepare(
        "SELECT sc.id, sc.judge_id, sc.submission_id, sc.status = 'submitted', v.criterion_id, v.value "
        "FROM scorecard sc LEFT JOIN score v ON v.scorecard_id = sc.id WHERE +sc.round_id = ? ORDER BY sc.id");
    st.bind(1, m.round.id);
    CardBuilder builder(m);
    Id currentCard = 0;
    bool skipping = false;
    while (st.step()) {
        const Id cardId = st.integer(0);
        if (cardId != currentCard) {
            builder.finish();
            currentCard = cardId;
            const auto entry = entryIndex.find(st.integer(2));
            const auto judge = judgeIndex.find(st.integer(1));
            skipping = entry == entryIndex.end() || judge == judgeIndex.end();
            if (!skipping)
                builder.start(judge->second, entry->second, st.integer(3) != 0);
        }
        if (skipping || st.isNull(4))
            continue;
        const auto criterion = criterionIndex.find(st.integer(4));
        if (criterion != criterionIndex.end())
            builder.value(criterion->second, st.real(5));
    }
    builder.finish();
    groupCardsByEntry(m);
    return m;
}

} // namespace jurybox::tally
