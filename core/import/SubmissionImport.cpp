// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/import/Fields.h"
#include "core/import/Lookup.h"
#include "core/import/TableImports.h"
#include "core/store/CategoryStore.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::import {

const Columns& submissionColumns() {
    static const Columns columns{{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("city"),
                                  QStringLiteral("country"), QStringLiteral("category")},
                                 {QStringLiteral("organization"), QStringLiteral("summary"), QStringLiteral("contact"),
                                  QStringLiteral("status")}};
    return columns;
}

namespace {

bool hasScorecards(db::Database& db, Id submissionId) {
    db::Statement st = db.prepare("SELECT 1 FROM scorecard WHERE submission_id = ? LIMIT 1");
    st.bind(1, submissionId);
    return st.step();
}

SubmissionStatus parseStatus(const csv::CsvTable& table, const csv::CsvRow& row) {
    const QString raw = table.value(row, QStringLiteral("status"));
    if (raw.isEmpty())
        return SubmissionStatus::Eligible;
    if (const auto status = submissionStatusFromString(raw))
        return *status;
    const QStringList known{QStringLiteral("eligible"), QStringLiteral("withdrawn"), QStringLiteral("disqualified")};
    QString problem = QStringLiteral("unknown status \"%1\"").arg(raw);
    if (const auto guess = text::closestMatch(raw, known))
        problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
    else
        problem += QStringLiteral("; use eligible, withdrawn or disqualified");
    throw InputError(table.fileName(), row.line, QStringLiteral("status"), problem);
}

} // namespace

ImportCount importSubmissions(db::Database& db, const csv::CsvTable& table) {
    store::CategoryStore categoryStore(db);
    store::SubmissionStore submissions(db);
    Lookup<Id> categories(QStringLiteral("category"));
    QHash<Id, QString> categoryNames;
    for (const Category& c : categoryStore.categories()) {
        categories.insert(c.name, c.id);
        categoryNames.insert(c.id, c.name);
    }
    ImportCount count{QStringLiteral("submissions")};
    DuplicateGuard duplicates(QStringLiteral("submission id"));
    for (const csv::CsvRow& row : table.rows()) {
        Submission s;
        s.ref = table.required(row, QStringLiteral("id"));
        duplicates.check(s.ref, QStringLiteral("\"%1\"").arg(s.ref), table, row, QStringLiteral("id"));
        s.title = table.required(row, QStringLiteral("title"));
        s.city = table.required(row, QStringLiteral("city"));
        s.country = table.required(row, QStringLiteral("country"));
        s.categoryId =
            categories.get(table.required(row, QStringLiteral("category")), table, row, QStringLiteral("category"));
        s.organisation = table.value(row, QStringLiteral("organization"));
        s.summary = table.value(row, QStringLiteral("summary"));
        s.contact = table.value(row, QStringLiteral("contact"));
        s.status = parseStatus(table, row);

        const auto old = submissions.byRef(s.ref);
        if (!old) {
            submissions.insert(s);
            ++count.added;
            continue;
        }
        s.id = old->id;
        // Optional columns absent from this file keep what the award already holds.
        if (!table.hasColumn(QStringLiteral("organization")))
            s.organisation = old->organisation;
        if (!table.hasColumn(QStringLiteral("summary")))
            s.summary = old->summary;
        if (!table.hasColumn(QStringLiteral("contact")))
            s.contact = old->contact;
        if (!table.hasColumn(QStringLiteral("status")))
            s.status = old->status;
        if (s.title == old->title && s.city == old->city && s.country == old->country &&
            s.organisation == old->organisation && s.summary == old->summary && s.contact == old->contact &&
            s.categoryId == old->categoryId && s.status == old->status) {
            ++count.unchanged;
            continue;
        }
        if (s.categoryId != old->categoryId && hasScorecards(db, s.id))
            throw InputError(table.fileName(), row.line, QStringLiteral("category"),
                             QStringLiteral("submission \"%1\" already has scorecards in category \"%2\"; it cannot "
                                            "move to \"%3\"")
                                 .arg(s.ref, categoryNames.value(old->categoryId), categoryNames.value(s.categoryId)));
        submissions.update(s);
        ++count.updated;
    }
    return count;
}

} // namespace jurybox::import
