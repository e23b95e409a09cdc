// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/import/Fields.h"
#include "core/import/Indexes.h"
#include "core/import/TableImports.h"
#include "core/store/ConflictStore.h"

namespace jurybox::import {

const Columns& conflictColumns() {
    static const Columns columns{{QStringLiteral("judge"), QStringLiteral("submission")},
                                 {QStringLiteral("reason"), QStringLiteral("status")}};
    return columns;
}

namespace {

ConflictStatus parseStatus(const csv::CsvTable& table, const csv::CsvRow& row) {
    const QString raw = table.value(row, QStringLiteral("status"));
    if (raw.isEmpty())
        return ConflictStatus::Confirmed;
    if (const auto status = conflictStatusFromString(raw))
        return *status;
    throw InputError(table.fileName(), row.line, QStringLiteral("status"),
                     QStringLiteral("unknown conflict status \"%1\"; use confirmed, possible or cleared").arg(raw));
}

} // namespace

ImportCount importConflicts(db::Database& db, const csv::CsvTable& table) {
    const Lookup<Judge> judges = judgesByRef(db);
    const Lookup<store::SubmissionKey> submissions = submissionsByRef(db);
    store::ConflictStore conflicts(db);
    db::Statement scored = db.prepare("SELECT r.name FROM scorecard sc JOIN round r ON r.id = sc.round_id "
                                      "WHERE sc.judge_id = ? AND sc.submission_id = ? LIMIT 1");
    db::Statement unassign = db.prepare("DELETE FROM assignment WHERE judge_id = ? AND submission_id = ?");

    ImportCount count{QStringLiteral("conflicts")};
    DuplicateGuard duplicates(QStringLiteral("conflict"));
    for (const csv::CsvRow& row : table.rows()) {
        const Judge& judge =
            judges.get(table.required(row, QStringLiteral("judge")), table, row, QStringLiteral("judge"));
        const store::SubmissionKey& submission = submissions.get(table.required(row, QStringLiteral("submission")),
                                                                 table, row, QStringLiteral("submission"));
        duplicates.check(judge.ref + QChar(0) + submission.ref,
                         QStringLiteral("of %1 with %2").arg(judge.ref, submission.ref), table, row,
                         QStringLiteral("submission"));

        const ConflictStatus status = parseStatus(table, row);
        scored.bind(1, judge.id).bind(2, submission.id);
        if (status == ConflictStatus::Confirmed && scored.step()) {
            const QString round = scored.text(0);
            scored.reset();
            throw InputError(table.fileName(), row.line, QStringLiteral("submission"),
                             QStringLiteral("judge %1 already holds a scorecard for %2 (round \"%3\"); a conflicted "
                                            "judge cannot score an entry, so remove that scorecard before declaring "
                                            "the conflict")
                                 .arg(judge.ref, submission.ref, round));
        }
        scored.reset();

        const Conflict conflict{judge.id, submission.id, table.value(row, QStringLiteral("reason")), status};
        const auto old = conflicts.find(judge.id, submission.id);
        if (old && old->reason == conflict.reason && old->status == conflict.status) {
            ++count.unchanged;
            continue;
        }
        conflicts.put(conflict);
        ++(old ? count.updated : count.added);
        if (conflict.blocks()) {
            unassign.bind(1, judge.id).bind(2, submission.id).run();
            count.assignmentsRemoved += db.changes();
        }
    }
    return count;
}

} // namespace jurybox::import
