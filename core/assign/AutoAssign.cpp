// SPDX-License-Identifier: Apache-2.0
#include "core/assign/AutoAssign.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/generate/Random.h"
#include "core/signoff/Signoff.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace jurybox::assign {

namespace {

Round resolveRound(db::Database& db, std::optional<Id> roundId) {
    store::AwardStore awards(db);
    if (roundId) {
        for (const Round& r : awards.rounds())
            if (r.id == *roundId)
                return r;
        throw Error(QStringLiteral("unknown round"));
    }
    if (auto current = awards.currentRound())
        return *current;
    throw Error(QStringLiteral("every round of the award is closed; name a round with --round"));
}

/// The working state: who is assigned to what, and each judge's load.
struct Plan {
    std::vector<Judge> judges;
    std::vector<Submission> entries;
    std::vector<std::set<std::size_t>> judgesOf; // per entry: judge indices
    std::vector<bool> fixed;                     // per (entry, judge) pair index: existed before, never moved
    std::vector<int> load;
    std::set<std::pair<Id, Id>> blocked;

    bool allowed(std::size_t e, std::size_t j) const {
        return !blocked.contains({judges[j].id, entries[e].id}) && !judgesOf[e].contains(j);
    }
    bool isFixed(std::size_t e, std::size_t j) const { return fixed[e * judges.size() + j]; }
};

/// Moves new assignments from the busiest to the idlest judges until loads differ by at most one or no move is
/// allowed by the conflicts.
void balance(Plan& plan) {
    const std::size_t n = plan.judges.size();
    for (int guard = 0; guard < 100000; ++guard) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return plan.load[a] < plan.load[b]; });
        if (plan.load[order.back()] - plan.load[order.front()] <= 1)
            return;
        bool moved = false;
        // Try the busiest judges against the idlest ones, first pair that can trade wins.
        for (auto hi = order.rbegin(); hi != order.rend() && !moved; ++hi) {
            for (auto lo = order.begin(); lo != order.end() && !moved; ++lo) {
                if (plan.load[*hi] - plan.load[*lo] <= 1)
                    break;
                for (std::size_t e = 0; e < plan.entries.size() && !moved; ++e) {
                    if (!plan.judgesOf[e].contains(*hi) || plan.isFixed(e, *hi) || !plan.allowed(e, *lo))
                        continue;
                    plan.judgesOf[e].erase(*hi);
                    plan.judgesOf[e].insert(*lo);
                    --plan.load[*hi];
                    ++plan.load[*lo];
                    moved = true;
                }
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

AssignReport autoAssign(store::AwardFile& file, const AssignOptions& options) {
    db::Database& db = file.db();
    if (options.perSubmission < 1)
        throw Error(QStringLiteral("--per-submission must be at least 1"));
    db::Transaction tx(db);
    const Round round = resolveRound(db, options.roundId);
    signoff::ensureNotFrozen(db, round.id);

    Plan plan;
    plan.judges = store::JudgeStore(db).all();
    for (Submission& s : store::SubmissionStore(db).all())
        if (s.status == SubmissionStatus::Eligible)
            plan.entries.push_back(std::move(s));
    plan.blocked = store::ConflictStore(db).blockingPairs();
    plan.judgesOf.resize(plan.entries.size());
    plan.fixed.assign(plan.entries.size() * plan.judges.size(), false);
    plan.load.assign(plan.judges.size(), 0);
    const auto k = static_cast<std::size_t>(options.perSubmission);
    if (plan.judges.size() < k)
        throw Error(QStringLiteral("the panel has %1 judge(s); %2 per submission cannot be assigned")
                        .arg(plan.judges.size())
                        .arg(k));

    std::map<Id, std::size_t> judgeIndex;
    std::map<Id, std::size_t> entryIndex;
    for (std::size_t j = 0; j < plan.judges.size(); ++j)
        judgeIndex[plan.judges[j].id] = j;
    for (std::size_t e = 0; e < plan.entries.size(); ++e)
        entryIndex[plan.entries[e].id] = e;
    AssignReport report;
    report.round = round;
    for (const Assignment& a : store::AssignmentStore(db).all(round.id)) {
        const auto j = judgeIndex.find(a.judgeId);
        const auto e = entryIndex.find(a.submissionId);
        if (j == judgeIndex.end())
            continue;
        ++plan.load[j->second]; // every assignment of the round is work, eligible entry or not
        if (e == entryIndex.end())
            continue;
        plan.judgesOf[e->second].insert(j->second);
        plan.fixed[e->second * plan.judges.size() + j->second] = true;
        ++report.kept;
    }

    // Impossible cases first, so nothing is written when the award cannot be assigned.
    QStringList impossible;
    for (std::size_t e = 0; e < plan.entries.size(); ++e) {
        std::size_t available = plan.judgesOf[e].size();
        for (std::size_t j = 0; j < plan.judges.size(); ++j)
            available += plan.allowed(e, j) ? 1 : 0;
        if (available < k)
            impossible << QStringLiteral("%1 has only %2 judge(s) without a conflict; %3 needed")
                              .arg(plan.entries[e].ref)
                              .arg(available)
                              .arg(k);
    }
    if (!impossible.isEmpty()) {
        QString message = QStringLiteral("cannot give every submission %1 judges: ").arg(k);
        message += impossible.mid(0, 5).join(QStringLiteral("; "));
        if (impossible.size() > 5)
            message += QStringLiteral("; and %1 more").arg(impossible.size() - 5);
        throw Error(message + QStringLiteral(". Add judges or review the conflicts; nothing was assigned."));
    }

    // Greedy: each entry takes its least loaded allowed judges; ties go by a seeded random rank per judge.
    generate::Random random(options.seed);
    std::vector<std::uint64_t> rankOf(plan.judges.size());
    for (auto& r : rankOf)
        r = random.below(UINT64_C(1) << 52);
    std::vector<std::size_t> entryOrder(plan.entries.size());
    std::iota(entryOrder.begin(), entryOrder.end(), 0);
    for (std::size_t i = entryOrder.size(); i > 1; --i) // Fisher–Yates with the portable generator
        std::swap(entryOrder[i - 1], entryOrder[random.below(i)]);
    for (const std::size_t e : entryOrder) {
        while (plan.judgesOf[e].size() < k) {
            std::optional<std::size_t> best;
            for (std::size_t j = 0; j < plan.judges.size(); ++j) {
                if (!plan.allowed(e, j))
                    continue;
                if (!best || plan.load[j] < plan.load[*best] ||
                    (plan.load[j] == plan.load[*best] && rankOf[j] < rankOf[*best]))
                    best = j;
            }
            plan.judgesOf[e].insert(*best);
            ++plan.load[*best];
        }
    }
    balance(plan);

    store::AssignmentStore assignments(db);
    for (std::size_t e = 0; e < plan.entries.size(); ++e)
        for (const std::size_t j : plan.judgesOf[e])
            if (const Assignment a{plan.judges[j].id, plan.entries[e].id, round.id};
                !plan.isFixed(e, j) && assignments.add(a)) {
                ++report.added;
                report.addedAssignments.push_back(a);
            }
    const auto [minIt, maxIt] = std::minmax_element(plan.load.begin(), plan.load.end());
    report.minLoad = plan.load.empty() ? 0 : *minIt;
    report.maxLoad = plan.load.empty() ? 0 : *maxIt;
    if (report.added > 0)
        audit::AuditLog(db).append(QStringLiteral("assign"),
                                   QStringLiteral("Assigned %1 judge(s) per submission in round \"%2\" (seed %3): %4 "
                                                  "added, %5 kept; loads %6–%7")
                                       .arg(k)
                                       .arg(round.name)
                                       .arg(options.seed)
                                       .arg(report.added)
                                       .arg(report.kept)
                                       .arg(report.minLoad)
                                       .arg(report.maxLoad));
    tx.commit();
    return report;
}

} // namespace jurybox::assign
