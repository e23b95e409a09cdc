// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/MergeIndex.h"

#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::exchange {

MergeIndex::MergeIndex(db::Database& db) {
    store::AwardStore awards(db);
    award = awards.award();
    for (Round& r : awards.rounds())
        rounds.emplace(r.name, std::move(r));
    store::JudgeStore panel(db);
    for (Judge& j : panel.all())
        judges.emplace(j.ref, std::move(j));
    accessCodes = panel.accessCodes();
    keys = PackageKeys(db).all();
    for (store::SubmissionKey& s : store::SubmissionStore(db).keys())
        submissions.emplace(s.ref, std::move(s));
    for (Criterion& c : store::CategoryStore(db).criteria())
        criteria.emplace(std::pair{c.categoryId, c.name}, std::move(c));
    blocked = store::ConflictStore(db).blockingPairs();
    for (const Assignment& a : store::AssignmentStore(db).unordered())
        assigned.emplace(a.roundId, a.judgeId, a.submissionId);
}

} // namespace jurybox::exchange
