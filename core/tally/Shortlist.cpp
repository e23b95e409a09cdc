// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Shortlist.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Transaction.h"
#include "core/signoff/Signoff.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"

#include <set>
#include <utility>

namespace jurybox::tally {

ShortlistResult shortlist(store::AwardFile& file, const ShortlistOptions& options) {
    if (options.top < 1)
        throw Error(
            QStringLiteral("--top %1 is not allowed: shortlist at least 1 entry per category").arg(options.top));
    if (options.toRound.trimmed().isEmpty())
        throw Error(QStringLiteral("the target round needs a name"));

    TallyOptions tallyOptions;
    tallyOptions.roundId = options.fromRoundId;
    tallyOptions.method = options.method;
    tallyOptions.quorum = options.quorum;
    tallyOptions.trim = options.trim;
    tallyOptions.robustness = false;
    const TallyResult tally = runTally(file, tallyOptions);

    db::Transaction tx(file.db());
    store::AwardStore awards(file.db());
    ShortlistResult result;
    auto target = awards.roundByName(options.toRound);
    if (target && target->id == options.fromRoundId)
        throw Error(QStringLiteral("cannot shortlist round \"%1\" into itself").arg(options.toRound));
    if (target && !target->open)
        throw Error(
            QStringLiteral("round \"%1\" is closed: reopen it before assigning judges to it").arg(options.toRound));
    if (!target) {
        awards.addRound(options.toRound);
        target = awards.roundByName(options.toRound);
        result.roundCreated = true;
    }
    result.round = *target;
    signoff::ensureNotFrozen(file.db(), target->id);

    std::set<std::pair<Id, Id>> blocked;
    for (const Conflict& c : store::ConflictStore(file.db()).all()) {
        if (c.blocks())
            blocked.emplace(c.judgeId, c.submissionId);
    }
    const std::vector<Judge> judges = store::JudgeStore(file.db()).all();
    store::AssignmentStore assignments(file.db());
    for (const CategoryResult& category : tally.categories) {
        CategoryShortlist list{category.category.name, {}};
        for (const EntryResult& e : category.entries) {
            if (!e.rank || *e.rank > options.top)
                continue;
            list.submissions << e.submission.ref;
            for (const Judge& j : judges) {
                if (blocked.count({j.id, e.submission.id})) {
                    ++result.conflictsSkipped;
                    continue;
                }
                if (assignments.add({j.id, e.submission.id, target->id}))
                    ++result.assignmentsAdded;
            }
        }
        result.categories.push_back(std::move(list));
    }
    QStringList shortlisted;
    for (const CategoryShortlist& c : result.categories)
        shortlisted << QStringLiteral("%1: %2").arg(c.category, c.submissions.join(QStringLiteral(", ")));
    audit::AuditLog(file.db()).append(
        QStringLiteral("assign"),
        QStringLiteral("Shortlisted the top %1 of round \"%2\" into round \"%3\"%4: %5 assignment(s) added (%6)")
            .arg(options.top)
            .arg(tally.round.name, target->name, result.roundCreated ? QStringLiteral(" (created)") : QString())
            .arg(result.assignmentsAdded)
            .arg(shortlisted.join(QStringLiteral("; "))));
    tx.commit();
    return result;
}

} // namespace jurybox::tally
