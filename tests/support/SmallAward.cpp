// SPDX-License-Identifier: Apache-2.0
#include "tests/support/SmallAward.h"

#include "core/award/NewAward.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::test {

namespace {

store::AwardFile makeFile(const QString& path) {
    award::NewAwardOptions options;
    options.name = QStringLiteral("Test Award");
    options.year = 2024;
    options.empty = true;
    return award::createAward(path, options);
}

} // namespace

SmallAward::SmallAward(const QString& path, const std::vector<Criterion>& criteria)
    : m_file(makeFile(path))
    , m_template(criteria) {
    if (m_template.empty()) {
        Criterion merit;
        merit.name = QStringLiteral("Merit");
        merit.weight = 1;
        merit.scaleMin = 0;
        merit.scaleMax = 10;
        m_template.push_back(merit);
    }
    m_round = store::AwardStore(m_file.db()).roundByName(QStringLiteral("Final"))->id;
    m_category = addCategory(QStringLiteral("Services"));
}

Id SmallAward::addCategory(const QString& name) {
    store::CategoryStore categories(m_file.db());
    const Id id = categories.addCategory(name);
    for (Criterion c : m_template) {
        c.categoryId = id;
        m_criteria[id].push_back(categories.addCriterion(c));
    }
    return id;
}

Id SmallAward::judge(const QString& ref) {
    if (auto it = m_judges.find(ref); it != m_judges.end())
        return *it;
    Judge j;
    j.ref = ref;
    j.name = QStringLiteral("Judge ") + ref;
    j.country = QStringLiteral("Country of ") + ref;
    const Id id = store::JudgeStore(m_file.db()).insert(j);
    m_judges.insert(ref, id);
    return id;
}

Id SmallAward::entry(const QString& ref, std::optional<Id> category) {
    if (auto it = m_entries.find(ref); it != m_entries.end())
        return *it;
    Submission s;
    s.ref = ref;
    s.title = QStringLiteral("Entry ") + ref;
    s.city = QStringLiteral("City ") + ref;
    s.country = QStringLiteral("Land");
    s.categoryId = category.value_or(m_category);
    const Id id = store::SubmissionStore(m_file.db()).insert(s);
    m_entries.insert(ref, id);
    m_entryCategory.insert(ref, s.categoryId);
    return id;
}

void SmallAward::score(const QString& judgeRef, const QString& entryRef, const std::vector<double>& values,
                       ScorecardStatus status, std::optional<Id> round) {
    Scorecard card;
    card.judgeId = judge(judgeRef);
    card.submissionId = entry(entryRef);
    card.roundId = round.value_or(m_round);
    card.status = status;
    card.createdAt = card.updatedAt = QStringLiteral("2024-05-01T10:00:00Z");
    const auto& criteria = m_criteria[m_entryCategory[entryRef]];
    for (std::size_t i = 0; i < values.size() && i < criteria.size(); ++i)
        card.values[criteria[i]] = values[i];
    store::ScorecardStore(m_file.db()).save(card);
}

void SmallAward::marks(const QString& entryRef, const std::vector<double>& marks) {
    for (std::size_t i = 0; i < marks.size(); ++i)
        score(QStringLiteral("J%1").arg(i + 1), entryRef, {marks[i]});
}

} // namespace jurybox::test
