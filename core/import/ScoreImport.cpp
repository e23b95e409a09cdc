// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/import/Indexes.h"
#include "core/import/ScoreRows.h"
#include "core/import/TableImports.h"
#include "core/store/ConflictStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/ScorecardWriter.h"

#include <QDateTime>

#include <map>

namespace jurybox::import {

const Columns& scoreColumns() {
    static const Columns columns{
        {QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"), QStringLiteral("score")},
        {QStringLiteral("comment")}};
    return columns;
}

ImportCount importScores(db::Database& db, csv::CsvTable table, const Round& round, int parts) {
    const Lookup<Judge> judges = judgesByRef(db);
    const Lookup<store::SubmissionKey> submissions = submissionsByRef(db);
    const CriteriaIndex criteria(db);
    const auto blocked = store::ConflictStore(db).blockingPairs();
    // Every row is read and checked before anything is written; the cards hold only ids and numbers. The file's
    // bytes are not needed after that: at N = 100,000 they are 100 MB that the write's page cache can use instead.
    const PendingCards cards = [&] {
        const csv::CsvTable read = std::move(table);
        return readScoreRows(read, {judges, submissions, criteria, blocked}, parts);
    }();

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
                sc.values.emplace(v.criterion->id, v.value);
            fresh.push_back(std::move(sc));
            if (fresh.size() == 1024)
                flush();
            ++count.added;
            continue;
        }
        const Scorecard* existing = &found->second;
        Scorecard updated = *existing;
        for (const PendingValue& v : card.values)
            updated.values[v.criterion->id] = v.value;
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
