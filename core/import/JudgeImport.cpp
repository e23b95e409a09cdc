// SPDX-License-Identifier: Apache-2.0
#include "core/import/Fields.h"
#include "core/import/TableImports.h"
#include "core/store/JudgeStore.h"

namespace jurybox::import {

const Columns& judgeColumns() {
    static const Columns columns{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country")},
                                 {QStringLiteral("organization"), QStringLiteral("position"), QStringLiteral("email")}};
    return columns;
}

ImportCount importJudges(db::Database& db, const csv::CsvTable& table) {
    store::JudgeStore judges(db);
    ImportCount count{QStringLiteral("judges")};
    DuplicateGuard duplicates(QStringLiteral("judge id"));
    for (const csv::CsvRow& row : table.rows()) {
        Judge j;
        j.ref = table.required(row, QStringLiteral("id"));
        duplicates.check(j.ref, QStringLiteral("\"%1\"").arg(j.ref), table, row, QStringLiteral("id"));
        j.name = table.required(row, QStringLiteral("name"));
        j.country = table.required(row, QStringLiteral("country"));
        j.organisation = table.value(row, QStringLiteral("organization"));
        j.position = table.value(row, QStringLiteral("position"));
        j.email = table.value(row, QStringLiteral("email"));

        const auto old = judges.byRef(j.ref);
        if (!old) {
            judges.insert(j);
            ++count.added;
            continue;
        }
        j.id = old->id;
        if (!table.hasColumn(QStringLiteral("organization")))
            j.organisation = old->organisation;
        if (!table.hasColumn(QStringLiteral("position")))
            j.position = old->position;
        if (!table.hasColumn(QStringLiteral("email")))
            j.email = old->email;
        if (j.name == old->name && j.country == old->country && j.organisation == old->organisation &&
            j.position == old->position && j.email == old->email) {
            ++count.unchanged;
            continue;
        }
        judges.update(j);
        ++count.updated;
    }
    return count;
}

} // namespace jurybox::import
