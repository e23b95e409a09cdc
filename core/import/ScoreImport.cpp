// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
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
struct PendingValue {
    Id criterionId;
    double value;
    int line;
};

struct PendingCard {
    const Judge* judge = nullptr;
    const Submission* submission = nullptr;
    std::vector<PendingValue> values;
    QString comment;
    int commentLine = 0;
};

class CriteriaIndex {
public:
    explicit CriteriaIndex(db::Database& db) {
        store::CategoryStore store(db);
        for (const Category& c : store.categories())
            m_categoryNames.insert(c.id, c.name);
        for (Criterion& c : store.criteria()) {
            m_categoriesOf[c.name].push_back(m_categoryNames.value(c.categoryId));
            m_namesOf[c.categoryId].push_back(c.name);
            m_criteria[c.categoryId].insert(c.name, std::move(c));
        }
    }

    const Criterion& get(const Submission& submission, const QString& name, const csv::CsvTable& table,
                         const csv::CsvRow& row) const {
        const auto category = m_criteria.constFind(submission.categoryId);
        if (category != m_criteria.constEnd()) {
            const auto it = category->constFind(name);
            if (it != category->constEnd())
                return *it;
        }
        const QString categoryName = m_categoryNames.value(submission.categoryId);
        QString problem;
        if (m_categoriesOf.contains(name))
            problem =
                QStringLiteral("\"%1\" is not a criterion of category \"%2\" (submission %3); it belongs to %4")
                    .arg(name, categoryName, submission.ref, m_categoriesOf.value(name).join(QStringLiteral(", ")));
        else {
            problem = QStringLiteral("unknown criterion \"%1\" for category \"%2\"").arg(name, categoryName);
            if (const auto guess = text::closestMatch(name, m_namesOf.value(submission.categoryId)))
                problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
        }
        throw InputError(table.fileName(), row.line, QStringLiteral("criterion"), problem);
    }

private:
    QHash<Id, QHash<QString, Criterion>> m_criteria;
    QHash<QString, QStringList> m_categoriesOf;
    QHash<Id, QStringList> m_namesOf;
    QHash<Id, QString> m_categoryNames;
};

/// A trimmed field by column index (-1 = the optional column is absent); throws "missing value" when required.
QString field(const csv::CsvTable& table, const csv::CsvRow& row, int index, const QString& column, bool required) {
    QString v = index < 0 ? QString() : row.fields[static_cast<std::size_t>(index)].trimmed();
    if (required && v.isEmpty())
        throw InputError(table.fileName(), row.line, column, QStringLiteral("missing value"));
    return v;
}

} // namespace

ImportCount importScores(db::Database& db, const csv::CsvTable& table, const Round& round) {
    const Lookup<Judge> judges = judgesByRef(db);
    const Lookup<Submission> submissions = submissionsByRef(db);
    const CriteriaIndex criteria(db);
    const auto blocked = store::ConflictStore(db).blockingPairs();
    const QString judgeColumn = QStringLiteral("judge");
    const QString submissionColumn = QStringLiteral("submission");
    const QString criterionColumn = QStringLiteral("criterion");
    const QString scoreColumn = QStringLiteral("score");
    const QString commentColumn = QStringLiteral("comment");
    const int judgeIndex = table.columnIndex(judgeColumn);
    const int submissionIndex = table.columnIndex(submissionColumn);
    const int criterionIndex = table.columnIndex(criterionColumn);
    const int scoreIndex = table.columnIndex(scoreColumn);
    const int commentIndex = table.columnIndex(commentColumn);

    // One pass over the file, one record in memory at a time; the cards hold only ids and numbers.
    std::map<std::pair<Id, Id>, PendingCard> cards;
    table.forEachRow([&](const csv::CsvRow& row) {
        const Judge& judge = judges.get(field(table, row, judgeIndex, judgeColumn, true), table, row, judgeColumn);
        const Submission& submission =
            submissions.get(field(table, row, submissionIndex, submissionColumn, true), table, row, submissionColumn);
        const Criterion& criterion =
            criteria.get(submission, field(table, row, criterionIndex, criterionColumn, true), table, row);
        const QString raw = field(table, row, scoreIndex, scoreColumn, true);
        const auto score = text::parseDecimal(raw);
        if (!score)
            throw InputError(table.fileName(), row.line, scoreColumn,
                             QStringLiteral("\"%1\" is not a number (write decimals with a point, e.g. 7.5)").arg(raw));
        if (!criterion.accepts(*score))
            throw InputError(table.fileName(), row.line, scoreColumn,
                             QStringLiteral("score %1 for \"%2\" is outside %3–%4")
                                 .arg(text::formatNumber(*score), criterion.name,
                                      text::formatNumber(criterion.scaleMin), text::formatNumber(criterion.scaleMax)));
        if (blocked.contains({judge.id, submission.id}))
            throw InputError(table.fileName(), row.line, submissionColumn,
                             QStringLiteral("judge %1 has a conflict of interest with %2; their scores cannot count")
                                 .arg(judge.ref, submission.ref));

        PendingCard& card = cards[{judge.id, submission.id}];
        card.judge = &judge;
        card.submission = &submission;
        for (const PendingValue& v : card.values)
            if (v.criterionId == criterion.id)
                throw InputError(table.fileName(), row.line, criterionColumn,
                                 QStringLiteral("duplicate score of %1 for %2 on \"%3\" (first on line %4)")
                                     .arg(judge.ref, submission.ref, criterion.name)
                                     .arg(v.line));
        card.values.push_back({criterion.id, *score, row.line});
        const QString comment = field(table, row, commentIndex, commentColumn, false);
        if (!comment.isEmpty()) {
            if (!card.comment.isEmpty() && card.comment != comment)
                throw InputError(
                    table.fileName(), row.line, commentColumn,
                    QStringLiteral("a different comment for %1's scorecard of %2 was already given on line "
                                   "%3; give the comment once")
                        .arg(judge.ref, submission.ref)
                        .arg(card.commentLine));
            card.comment = comment;
            card.commentLine = row.line;
        }
    });

    // Existing scorecards of the round are read once; writes reuse prepared statements.
    std::map<std::pair<Id, Id>, Scorecard> stored;
    for (Scorecard& sc : store::ScorecardStore(db).all(round.id))
        stored.emplace(std::pair{sc.judgeId, sc.submissionId}, std::move(sc));
    store::ScorecardWriter scorecards(db);
    // Assignments too go many rows per statement: one statement per scorecard cost a seventh of the import.
    constexpr int kAssignBatch = 64;
    const char* assignHead = "INSERT OR IGNORE INTO assignment (judge_id, submission_id, round_id)";
    db::Statement assign = db.prepare(db::multiRowInsert(assignHead, 3, 1).constData());
    db::Statement assignMany = db.prepare(db::multiRowInsert(assignHead, 3, kAssignBatch).constData());
    int assignRows = 0;
    std::vector<std::pair<Id, Id>> assignTail;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ImportCount count{QStringLiteral("scores")};
    // New scorecards go in batches (many rows per statement), a bounded number held at a time.
    std::vector<Scorecard> fresh;
    const auto flush = [&] {
        scorecards.insertAll(fresh);
        fresh.clear();
    };
    for (auto& [key, card] : cards) {
        assignMany.bind(3 * assignRows + 1, card.judge->id)
            .bind(3 * assignRows + 2, card.submission->id)
            .bind(3 * assignRows + 3, round.id);
        if (++assignRows == kAssignBatch) {
            assignMany.run();
            assignRows = 0;
        }
        assignTail.emplace_back(card.judge->id, card.submission->id);
        if (assignRows == 0)
            assignTail.clear();
        const auto found = stored.find(key);
        if (found == stored.end()) {
            Scorecard sc;
            sc.judgeId = card.judge->id;
            sc.submissionId = card.submission->id;
            sc.roundId = round.id;
            sc.comment = card.comment;
            sc.status = ScorecardStatus::Submitted;
            sc.revision = 1;
            sc.createdAt = now;
            sc.updatedAt = now;
            for (const PendingValue& v : card.values)
                sc.values.emplace(v.criterionId, v.value);
            fresh.push_back(std::move(sc));
            if (fresh.size() == 1024)
                flush();
            ++count.added;
            continue;
        }
        const Scorecard* existing = &found->second;
        Scorecard updated = *existing;
        for (const PendingValue& v : card.values)
            updated.values[v.criterionId] = v.value;
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
    flush();
    for (const auto& [judgeId, submissionId] : assignTail) // the last, partial batch
        assign.bind(1, judgeId).bind(2, submissionId).bind(3, round.id).run();
    return count;
}

} // namespace jurybox::import
