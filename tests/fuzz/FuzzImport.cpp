// SPDX-License-Identifier: Apache-2.0
// The first byte picks the table (criteria, submissions, judges, conflicts, assignments, scores); the rest is that
// CSV file. Imported into the demo award inside a transaction that is then rolled back. Every input must import or
// be refused with an InputError; a StorageError means validation let through a row the schema rejects: a finding.
#include "core/Error.h"
#include "core/award/DemoAward.h"
#include "core/csv/CsvTable.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/import/TableImports.h"
#include "core/store/AwardStore.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace jurybox;

store::AwardFile& demo() {
    static store::AwardFile file = award::createDemoAward({});
    return file;
}

std::int64_t fingerprint(db::Database& db) {
    db::Statement st = db.prepare("SELECT (SELECT COUNT(*) FROM submission) + (SELECT COUNT(*) FROM judge) * 10 + "
                                  "(SELECT COUNT(*) FROM score) * 100 + (SELECT TOTAL(value) FROM score) * 1000 + "
                                  "(SELECT COUNT(*) FROM criterion) + (SELECT COUNT(*) FROM conflict) + "
                                  "(SELECT COUNT(*) FROM assignment)");
    return st.step() ? st.integer(0) : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    db::Database& db = demo().db();
    static const std::int64_t before = fingerprint(db);
    const int kind = data[0] % 6;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const Round round = *store::AwardStore(db).currentRound();
    try {
        db::Transaction tx(db);
        const import::Columns* columns[] = {&import::criteriaColumns(),   &import::submissionColumns(),
                                            &import::judgeColumns(),      &import::conflictColumns(),
                                            &import::assignmentColumns(), &import::scoreColumns()};
        const auto table = csv::CsvTable::parse(bytes, QStringLiteral("fuzz.csv"), columns[kind]->required,
                                                columns[kind]->optional);
        switch (kind) {
        case 0:
            import::importCriteria(db, table);
            break;
        case 1:
            import::importSubmissions(db, table);
            break;
        case 2:
            import::importJudges(db, table);
            break;
        case 3:
            import::importConflicts(db, table);
            break;
        case 4:
            import::importAssignments(db, table, round);
            break;
        default:
            import::importScores(db, table, round);
            break;
        }
        // Not committed: the transaction rolls back so every input starts from the same award.
    } catch (const InputError&) {
    } catch (const Error& e) {
        fprintf(stderr, "finding: %s\n", e.what());
        std::abort();
    }
    if (fingerprint(db) != before)
        std::abort(); // the rollback must leave the award exactly as it was
    return 0;
}
