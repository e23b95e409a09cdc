// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/import/Fields.h"
#include "core/import/Indexes.h"
#include "core/import/TableImports.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/ScorecardWriter.h"
#include "core/text/Number.h"

#include <QDateTime>

#include <map>

namespace jurybox::import {

const Columns& scoreColumns() {
    static const Columns columns{
        {QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"), QStringLiteral("score")},
        {QStringLiteral("comment")}};
    return columns;
}

namespace {

/// The rows of one judge for one submission, gathered before anything is written.
struct PendingCard {
    Judge judge;
    Submission submission;
    std::map<Id, double> values;
    QString comment;
    int commentLine = 0;
};

class CriteriaIndex {
public:
    explicit CriteriaIndex(db::Database& db) {
        store::CategoryStore store(db);
        QHash<Id, QString> categoryNames;
        for (const Category& c : store.categories())
            categoryNames.insert(c.id, c.name);
        for (Criterion& c : store.criteria()) {
            m_categoriesOf[c.name].push_back(categoryNames.value(c.categoryId));
            m_namesOf[c.categoryId].push_back(c.name);
            m_criteria.emplace(std::pair{c.categoryId, c.name}, std::move(c));
        }
        m_categoryNames = std::move(categoryNames);
    }

    const Criterion& get(const Submission& submission, const QString& name, const csv::CsvTable& table,
                         const csv::CsvRow& row) const {
        const auto it = m_criteria.find({submission.categoryId, name});
        if (it != m_criteria.end())
            return it->second;
        const QString category = m_categoryNames.value(submission.categoryId);
        QString problem;
        if (m_categoriesOf.contains(name))
            problem = QStringLiteral("\"%1\" is not a criterion of category \"%2\" (submission %3); it belongs to %4")
                          .arg(name, category, submission.ref, m_categoriesOf.value(name).join(QStringLiteral(", ")));
        else {
            problem = QStringLiteral("unknown criterion \"%1\" for category \"%2\"").arg(name, category);
            if (const auto guess = text::closestMatch(name, m_namesOf.value(submission.categoryId)))
                problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
        }
        throw InputError(table.fileName(), row.line, QStringLiteral("criterion"), problem);
    }

private:
    std::map<std::pair<Id, QString>, Criterion> m_criteria;
    QHash<QString, QStringList> m_categoriesOf;
    QHash<Id, QStringList> m_namesOf;
    QHash<Id, QString> m_categoryNames;
};

} // namespace

ImportCount importScores(db::Database& db, const csv::CsvTable& table, const Round& round) {
    const Lookup<Judge> judges = judgesByRef(db);
    const Lookup<Submission> submissions = submissionsByRef(db);
    const CriteriaIndex criteria(db);
    const auto blocked = store::ConflictStore(db).blockingPairs();

    std::map<std::pair<Id, Id>, PendingCard> cards;
    DuplicateGuard duplicates(QStringLiteral("score"));
    for (const csv::CsvRow& row : table.rows()) {
        const Judge& judge =
            judges.get(table.required(row, QStringLiteral("judge")), table, row, QStringLiteral("judge"));
        const Submission& submission = submissions.get(table.required(row, QStringLiteral("submission")), table, row,
                                                       QStringLiteral("submission"));
        const Criterion& criterion =
            criteria.get(submission, table.required(row, QStringLiteral("criterion")), table, row);
        duplicates.check(judge.ref + QChar(0) + submission.ref + QChar(0) + criterion.name,
                         QStringLiteral("of %1 for %2 on \"%3\"").arg(judge.ref, submission.ref, criterion.name), table,
                         row, QStringLiteral("criterion"));
        const double score = requiredNumber(table, row, QStringLiteral("score"));
        if (!criterion.accepts(score))
            throw InputError(table.fileName(), row.line, QStringLiteral("score"),
                             QStringLiteral("score %1 for \"%2\" is outside %3–%4")
                                 .arg(text::formatNumber(score), criterion.name, text::formatNumber(criterion.scaleMin),
                                      text::formatNumber(criterion.scaleMax)));
        if (blocked.contains({judge.id, submission.id}))
            throw InputError(table.fileName(), row.line, QStringLiteral("submission"),
                             QStringLiteral("judge %1 has a conflict of interest with %2; their scores cannot count")
                                 .arg(judge.ref, submission.ref));

        PendingCard& card = cards[{judge.id, submission.id}];
        card.judge = judge;
        card.submission = submission;
        card.values[criterion.id] = score;
        const QString comment = table.value(row, QStringLiteral("comment"));
        if (!comment.isEmpty()) {
            if (!card.comment.isEmpty() && card.comment != comment)
                throw InputError(
                    table.fileName(), row.line, QStringLiteral("comment"),
                    QStringLiteral("a different comment for %1's scorecard of %2 was already given on line "
                                   "%3; give the comment once")
                        .arg(judge.ref, submission.ref)
                        .arg(card.commentLine));
            card.comment = comment;
            card.commentLine = row.line;
        }
    }

    // Existing scorecards of the round are read once; writes reuse prepared statements.
    std::map<std::pair<Id, Id>, Scorecard> stored;
    for (Scorecard& sc : store::ScorecardStore(db).all(round.id))
        stored.emplace(std::pair{sc.judgeId, sc.submissionId}, std::move(sc));
    store::ScorecardWriter scorecards(db);
    db::Statement assign = db.prepare("INSERT OR IGNORE INTO assignment (judge_id, submission_id, round_id) "
                                      "VALUES (?, ?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ImportCount count{QStringLiteral("scores")};
    for (auto& [key, card] : cards) {
        assign.bind(1, card.judge.id).bind(2, card.submission.id).bind(3, round.id).run();
        const auto found = stored.find(key);
        if (found == stored.end()) {
            Scorecard sc;
            sc.judgeId = card.judge.id;
            sc.submissionId = card.submission.id;
            sc.roundId = round.id;
            sc.comment = card.comment;
            sc.status = ScorecardStatus::Submitted;
            sc.revision = 1;
            sc.createdAt = now;
            sc.updatedAt = now;
            sc.values = card.values;
            scorecards.save(sc);
            ++count.added;
            continue;
        }
        const Scorecard* existing = &found->second;
        Scorecard updated = *existing;
        for (const auto& [criterionId, value] : card.values)
            updated.values[criterionId] = value;
        if (!card.comment.isEmpty())
            updated.comment = card.comment;
        updated.status = ScorecardStatus::Submitted;
        if (updated.values == existing->values && updated.comment == existing->comment &&
            updated.status == existing->status) {
            ++count.unchanged;
            continue;
        }
        updated.revision = existing->revision + 1;
        updated.updatedAt = now;
        scorecards.save(updated);
        ++count.updated;
    }
    return count;
}

} // namespace jurybox::import
