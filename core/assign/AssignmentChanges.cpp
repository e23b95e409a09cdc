// SPDX-License-Identifier: Apache-2.0
#include "core/assign/AssignmentChanges.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/signoff/Signoff.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"

#include <set>

namespace jurybox::assign {

namespace {

/// The refs and the round name of an assignment, for messages; throws Error when any of them is unknown.
struct Names {
    QString judge;
    QString submission;
    QString round;
};

Names namesOf(db::Database& db, const Assignment& a) {
    const auto judge = store::JudgeStore(db).byId(a.judgeId);
    if (!judge)
        throw Error(QStringLiteral("unknown judge (id %1)").arg(a.judgeId));
    const auto submission = store::SubmissionStore(db).byId(a.submissionId);
    if (!submission)
        throw Error(QStringLiteral("unknown submission (id %1)").arg(a.submissionId));
    for (const Round& r : store::AwardStore(db).rounds())
        if (r.id == a.roundId)
            return {judge->ref, submission->ref, r.name};
    throw Error(QStringLiteral("unknown round (id %1)").arg(a.roundId));
}

void ensureRoundsOpenToChange(db::Database& db, const std::vector<Assignment>& assignments) {
    std::set<Id> rounds;
    for (const Assignment& a : assignments)
        rounds.insert(a.roundId);
    for (const Id round : rounds)
        signoff::ensureNotFrozen(db, round);
}

/// "Assigned J1 to SER-01 in round "Final"" for one pair, "Assigned 12 assignment(s): why" for several.
QString summary(const QString& verb, const QString& preposition, const std::vector<Names>& names, int count,
                const QString& why) {
    if (count == 1 && names.size() == 1)
        return QStringLiteral("%1 %2 %3 %4 in round \"%5\"")
            .arg(verb, names.front().judge, preposition, names.front().submission, names.front().round);
    return QStringLiteral("%1 %2 pair(s)%3")
        .arg(verb)
        .arg(count)
        .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
}

/// One transaction over the pairs: `step` changes one pair (true when it did) or throws to refuse them all; one
/// audit event for what changed.
template <typename Step>
int changeAssignments(store::AwardFile& file, const std::vector<Assignment>& assignments, const QString& why,
                      const QString& verb, const QString& preposition, Step step) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    ensureRoundsOpenToChange(db, assignments);
    std::vector<Names> names;
    int changed = 0;
    for (const Assignment& a : assignments) {
        names.push_back(namesOf(db, a));
        changed += step(db, a, names.back()) ? 1 : 0;
    }
    if (changed > 0)
        audit::AuditLog(db).append(QStringLiteral("assign"), summary(verb, preposition, names, changed, why));
    tx.commit();
    return changed;
}

} // namespace

int addAssignments(store::AwardFile& file, const std::vector<Assignment>& assignments, const QString& why) {
    return changeAssignments(
        file, assignments, why, QStringLiteral("Assigned"), QStringLiteral("to"),
        [](db::Database& db, const Assignment& a, const Names& names) {
            if (const auto c = store::ConflictStore(db).find(a.judgeId, a.submissionId); c && c->blocks())
                throw ConflictError(QStringLiteral("judge %1 has a confirmed conflict of interest with %2%3; they "
                                                   "cannot be assigned")
                                        .arg(names.judge, names.submission,
                                             c->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c->reason)));
            return store::AssignmentStore(db).add(a);
        });
}

int removeAssignments(store::AwardFile& file, const std::vector<Assignment>& assignments, const QString& why) {
    return changeAssignments(
        file, assignments, why, QStringLiteral("Unassigned"), QStringLiteral("from"),
        [](db::Database& db, const Assignment& a, const Names& names) {
            store::AssignmentStore store(db);
            if (!store.exists(a))
                return false;
            if (store::ScorecardStore(db).find(a.judgeId, a.submissionId, a.roundId))
                throw ConflictError(QStringLiteral("judge %1 already holds a scorecard for %2 in round \"%3\"; the "
                                                   "assignment stays")
                                        .arg(names.judge, names.submission, names.round));
            store.remove(a);
            return true;
        });
}

} // namespace jurybox::assign
