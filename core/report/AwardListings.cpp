// SPDX-License-Identifier: Apache-2.0
#include "core/report/AwardListings.h"

#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"

#include <QHash>

namespace jurybox::report {

namespace {

const QStringList& names() {
    static const QStringList list{QStringLiteral("categories"),  QStringLiteral("criteria"),
                                  QStringLiteral("submissions"), QStringLiteral("judges"),
                                  QStringLiteral("conflicts"),   QStringLiteral("assignments"),
                                  QStringLiteral("scorecards")};
    return list;
}

QString orEmpty(const QString& s) {
    return s;
}

struct Names {
    QHash<Id, QString> categories;
    QHash<Id, QString> judges;
    QHash<Id, QString> submissions;
    QHash<Id, Submission> submissionById;
    QHash<Id, QString> rounds;
    QHash<Id, Criterion> criteria;

    explicit Names(db::Database& db) {
        for (const Category& c : store::CategoryStore(db).categories())
            categories.insert(c.id, c.name);
        for (const Judge& j : store::JudgeStore(db).all())
            judges.insert(j.id, j.ref);
        for (const Submission& s : store::SubmissionStore(db).all()) {
            submissions.insert(s.id, s.ref);
            submissionById.insert(s.id, s);
        }
        for (const Round& r : store::AwardStore(db).rounds())
            rounds.insert(r.id, r.name);
        for (const Criterion& c : store::CategoryStore(db).criteria())
            criteria.insert(c.id, c);
    }
};

Table categories(db::Database& db) {
    Table t{{QStringLiteral("category"), QStringLiteral("description")}, {}};
    for (const Category& c : store::CategoryStore(db).categories())
        t.rows.push_back({c.name, c.description});
    return t;
}

Table criteria(db::Database& db) {
    Table t{{QStringLiteral("category"), QStringLiteral("criterion"), QStringLiteral("weight"), QStringLiteral("min"),
             QStringLiteral("max"), QStringLiteral("description")},
            {}};
    const Names n(db);
    for (const Criterion& c : store::CategoryStore(db).criteria())
        t.rows.push_back({n.categories.value(c.categoryId), c.name, c.weight, c.scaleMin, c.scaleMax, c.description});
    return t;
}

Table submissions(db::Database& db) {
    Table t{{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("city"), QStringLiteral("country"),
             QStringLiteral("category"), QStringLiteral("organization"), QStringLiteral("summary"),
             QStringLiteral("contact"), QStringLiteral("status")},
            {}};
    const Names n(db);
    for (const Submission& s : store::SubmissionStore(db).all())
        t.rows.push_back({s.ref, s.title, s.city, s.country, n.categories.value(s.categoryId), s.organisation,
                          s.summary, s.contact, toString(s.status)});
    return t;
}

Table judges(db::Database& db, bool showCodes) {
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("organization"),
             QStringLiteral("position"), QStringLiteral("email")},
            {}};
    if (showCodes)
        t.columns << QStringLiteral("access_code");
    store::JudgeStore store(db);
    for (const Judge& j : store.all()) {
        std::vector<Cell> row{j.ref, j.name, j.country, j.organisation, j.position, j.email};
        if (showCodes) {
            const auto code = store.accessCode(j.id);
            row.emplace_back(code ? Cell(*code) : Cell());
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table conflicts(db::Database& db) {
    Table t{{QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("reason"), QStringLiteral("status")},
            {}};
    const Names n(db);
    for (const Conflict& c : store::ConflictStore(db).all())
        t.rows.push_back(
            {n.judges.value(c.judgeId), n.submissions.value(c.submissionId), orEmpty(c.reason), toString(c.status)});
    return t;
}

Table assignments(db::Database& db, std::optional<Id> roundId) {
    Table t{{QStringLiteral("judge"), QStringLiteral("submission")}, {}};
    const Names n(db);
    for (const Assignment& a : store::AssignmentStore(db).all(roundId))
        t.rows.push_back({n.judges.value(a.judgeId), n.submissions.value(a.submissionId)});
    return t;
}

Table scorecards(db::Database& db, std::optional<Id> roundId) {
    Table t{{QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"),
             QStringLiteral("score"), QStringLiteral("comment"), QStringLiteral("round"), QStringLiteral("status")},
            {}};
    const Names n(db);
    for (const Scorecard& sc : store::ScorecardStore(db).all(roundId)) {
        // One row per value, in the criterion order of the category; the comment on each row of the card.
        std::vector<const Criterion*> ordered;
        for (const auto& [criterionId, value] : sc.values)
            if (const auto it = n.criteria.constFind(criterionId); it != n.criteria.constEnd())
                ordered.push_back(&*it);
        std::sort(ordered.begin(), ordered.end(),
                  [](const Criterion* a, const Criterion* b) { return a->position < b->position; });
        for (const Criterion* c : ordered)
            t.rows.push_back({n.judges.value(sc.judgeId), n.submissions.value(sc.submissionId), c->name,
                              sc.values.at(c->id), sc.comment, n.rounds.value(sc.roundId), toString(sc.status)});
    }
    return t;
}

} // namespace

std::optional<Listing> listingFromString(const QString& name) {
    const auto index = names().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<Listing>(index);
}

QStringList listingNames() {
    return names();
}

Table listTable(store::AwardFile& award, Listing what, const ListingOptions& options) {
    db::Database& db = award.db();
    switch (what) {
    case Listing::Categories:
        return categories(db);
    case Listing::Criteria:
        return criteria(db);
    case Listing::Submissions:
        return submissions(db);
    case Listing::Judges:
        return judges(db, options.showAccessCodes);
    case Listing::Conflicts:
        return conflicts(db);
    case Listing::Assignments:
        return assignments(db, options.roundId);
    case Listing::Scorecards:
        return scorecards(db, options.roundId);
    }
    return {};
}

} // namespace jurybox::report
