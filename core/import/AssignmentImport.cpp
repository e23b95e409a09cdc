// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/import/Fields.h"
#include "core/import/Indexes.h"
#include "core/import/TableImports.h"
#include "core/store/AssignmentStore.h"
#include "core/store/ConflictStore.h"

namespace jurybox::import {

const Columns& assignmentColumns() {
    static const Columns columns{{QStringLiteral("judge"), QStringLiteral("submission")}, {}};
    return columns;
}

ImportCount importAssignments(db::Database& db, const csv::CsvTable& table, const Round& round) {
    const Lookup<Judge> judges = judgesByRef(db);
    const Lookup<store::SubmissionKey> submissions = submissionsByRef(db);
    const auto blocked = store::ConflictStore(db).blockingPairs();
    store::AssignmentStore assignments(db);

    ImportCount count{QStringLiteral("assignments")};
    DuplicateGuard duplicates(QStringLiteral("assignment"));
    for (const csv::CsvRow& row : table.rows()) {
        const Judge& judge =
            judges.get(table.required(row, QStringLiteral("judge")), table, row, QStringLiteral("judge"));
        const store::SubmissionKey& submission = submissions.get(table.required(row, QStringLiteral("submission")),
                                                                 table, row, QStringLiteral("submission"));
        duplicates.check(judge.ref + QChar(0) + submission.ref,
                         QStringLiteral("of %1 to %2").arg(judge.ref, submission.ref), table, row,
                         QStringLiteral("submission"));
        if (blocked.contains({judge.id, submission.id}))
            throw InputError(table.fileName(), row.line, QStringLiteral("submission"),
                             QStringLiteral("judge %1 has a conflict of interest with %2 and cannot be assigned to it")
                                 .arg(judge.ref, submission.ref));
        if (assignments.add({judge.id, submission.id, round.id}))
            ++count.added;
        else
            ++count.unchanged;
    }
    return count;
}

} // namespace jurybox::import
