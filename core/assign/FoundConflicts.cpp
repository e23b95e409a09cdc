// SPDX-License-Identifier: Apache-2.0
#include "core/assign/FoundConflicts.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/signoff/Signoff.h"
#include "core/store/AssignmentStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"

#include <QHash>

#include <set>

namespace jurybox::assign {

QString canonicalCountry(const QString& country) {
    static const QHash<QString, QString> aliases{
        {QStringLiteral("south korea"), QStringLiteral("republic of korea")},
        {QStringLiteral("korea"), QStringLiteral("republic of korea")},
        {QStringLiteral("s. korea"), QStringLiteral("republic of korea")},
        {QStringLiteral("korea, republic of"), QStringLiteral("republic of korea")},
        {QStringLiteral("china"), QStringLiteral("people's republic of china")},
        {QStringLiteral("prc"), QStringLiteral("people's republic of china")},
        {QStringLiteral("taiwan"), QStringLiteral("chinese taipei")},
        {QStringLiteral("russian federation"), QStringLiteral("russia")},
        {QStringLiteral("usa"), QStringLiteral("united states")},
        {QStringLiteral("united states of america"), QStringLiteral("united states")},
        {QStringLiteral("uk"), QStringLiteral("united kingdom")},
        {QStringLiteral("viet nam"), QStringLiteral("vietnam")},
        {QStringLiteral("türkiye"), QStringLiteral("turkey")},
    };
    const QString key = country.simplified().toLower();
    return aliases.value(key, key);
}

int findSameCountryConflicts(store::AwardFile& file) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    signoff::ensureNotFrozen(db);
    const auto judges = store::JudgeStore(db).all();
    QHash<QString, std::vector<const Judge*>> byCountry;
    for (const Judge& j : judges)
        byCountry[canonicalCountry(j.country)].push_back(&j);
    std::set<std::pair<Id, Id>> known;
    for (const Conflict& c : store::ConflictStore(db).all())
        known.emplace(c.judgeId, c.submissionId);
    db::Statement insert = db.prepare("INSERT INTO conflict (judge_id, submission_id, reason, status) "
                                      "VALUES (?, ?, ?, 'possible')");
    int found = 0;
    for (const Submission& s : store::SubmissionStore(db).all()) {
        for (const Judge* j : byCountry.value(canonicalCountry(s.country))) {
            if (known.contains({j->id, s.id}))
                continue;
            insert.bind(1, j->id).bind(2, s.id).bind(3, QStringLiteral("Same country (%1)").arg(s.country)).run();
            ++found;
        }
    }
    if (found > 0)
        audit::AuditLog(db).append(
            QStringLiteral("conflict"),
            QStringLiteral("Found %1 possible same-country conflict(s) to confirm or clear").arg(found));
    tx.commit();
    return found;
}

ConflictDecision decideConflict(store::AwardFile& file, const QString& judgeRef, const QString& submissionRef,
                                ConflictStatus status, const QString& reason) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    signoff::ensureNotFrozen(db);
    const auto judge = store::JudgeStore(db).byRef(judgeRef);
    if (!judge)
        throw Error(QStringLiteral("unknown judge \"%1\"").arg(judgeRef));
    const auto submission = store::SubmissionStore(db).byRef(submissionRef);
    if (!submission)
        throw Error(QStringLiteral("unknown submission \"%1\"").arg(submissionRef));
    store::ConflictStore conflicts(db);
    const auto old = conflicts.find(judge->id, submission->id);
    if (status == ConflictStatus::Confirmed) {
        db::Statement scored = db.prepare("SELECT 1 FROM scorecard WHERE judge_id = ? AND submission_id = ?");
        scored.bind(1, judge->id).bind(2, submission->id);
        if (scored.step())
            throw ConflictError(QStringLiteral("judge %1 already holds a scorecard for %2; remove it before "
                                               "confirming the conflict")
                                    .arg(judgeRef, submissionRef));
    }
    Conflict c{judge->id, submission->id, reason.isEmpty() && old ? old->reason : reason, status};
    conflicts.put(c);
    ConflictDecision decision{judgeRef, submissionRef, old, {}};
    if (status == ConflictStatus::Confirmed) {
        store::AssignmentStore assignments(db);
        for (const Assignment& a : assignments.all())
            if (a.judgeId == judge->id && a.submissionId == submission->id)
                decision.removedAssignments.push_back(a);
        for (const Assignment& a : decision.removedAssignments)
            assignments.remove(a);
    }
    const auto removed = static_cast<int>(decision.removedAssignments.size());
    audit::AuditLog(db).append(QStringLiteral("conflict"),
                               QStringLiteral("%1 the conflict of %2 with %3%4")
                                   .arg(status == ConflictStatus::Confirmed ? QStringLiteral("Confirmed")
                                        : status == ConflictStatus::Cleared ? QStringLiteral("Cleared")
                                                                            : QStringLiteral("Marked as possible"),
                                        judgeRef, submissionRef,
                                        removed ? QStringLiteral(" (%1 assignment removed)").arg(removed) : QString()));
    tx.commit();
    return decision;
}

void revertConflictDecision(store::AwardFile& file, const ConflictDecision& decision) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    signoff::ensureNotFrozen(db);
    const auto judge = store::JudgeStore(db).byRef(decision.judgeRef);
    const auto submission = store::SubmissionStore(db).byRef(decision.submissionRef);
    if (!judge || !submission)
        throw Error(QStringLiteral("the conflict of %1 with %2 can no longer be taken back: the judge or the "
                                   "submission is gone")
                        .arg(decision.judgeRef, decision.submissionRef));
    store::ConflictStore conflicts(db);
    if (decision.previous)
        conflicts.put(*decision.previous);
    else
        conflicts.remove(judge->id, submission->id);
    store::AssignmentStore assignments(db);
    for (const Assignment& a : decision.removedAssignments)
        assignments.add(a);
    audit::AuditLog(db).append(
        QStringLiteral("conflict"),
        QStringLiteral("Took back the decision on the conflict of %1 with %2: %3%4")
            .arg(decision.judgeRef, decision.submissionRef,
                 decision.previous ? toString(decision.previous->status) : QStringLiteral("no record"),
                 decision.removedAssignments.empty()
                     ? QString()
                     : QStringLiteral(", %1 assignment(s) restored").arg(decision.removedAssignments.size())));
    tx.commit();
}

} // namespace jurybox::assign
