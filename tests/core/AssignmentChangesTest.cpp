// SPDX-License-Identifier: Apache-2.0
#include "core/assign/AssignmentChanges.h"
#include "core/Error.h"
#include "core/assign/AutoAssign.h"
#include "core/assign/FoundConflicts.h"
#include "core/audit/AuditLog.h"
#include "core/signoff/Signoff.h"
#include "core/store/AssignmentStore.h"
#include "core/store/ConflictStore.h"
#include "tests/support/SmallAward.h"

#include <catch2/catch.hpp>

using namespace jurybox;

namespace {

QString lastAudit(store::AwardFile& file) {
    return audit::AuditLog(file.db()).events().back().summary;
}

std::size_t auditCount(store::AwardFile& file) {
    return audit::AuditLog(file.db()).events().size();
}

} // namespace

TEST_CASE("a judge is assigned and unassigned by hand, each change audited by name", "[assign]") {
    test::SmallAward award;
    const Assignment a{award.judge(QStringLiteral("J1")), award.entry(QStringLiteral("A")), award.round()};
    store::AssignmentStore assignments(award.file().db());
    CHECK(assign::addAssignments(award.file(), {a}) == 1);
    CHECK(assignments.exists(a));
    CHECK(lastAudit(award.file()) == QStringLiteral("Assigned J1 to A in round \"Final\""));
    const auto events = auditCount(award.file());
    CHECK(assign::addAssignments(award.file(), {a}) == 0); // already there: nothing written, nothing audited
    CHECK(auditCount(award.file()) == events);
    CHECK(assign::removeAssignments(award.file(), {a}) == 1);
    CHECK_FALSE(assignments.exists(a));
    CHECK(lastAudit(award.file()) == QStringLiteral("Unassigned J1 from A in round \"Final\""));
}

TEST_CASE("a confirmed conflict refuses the assignment with its reason and a refused batch writes nothing",
          "[assign]") {
    test::SmallAward award;
    const Id j1 = award.judge(QStringLiteral("J1"));
    const Id j2 = award.judge(QStringLiteral("J2"));
    const Id a = award.entry(QStringLiteral("A"));
    store::ConflictStore(award.file().db())
        .put({j2, a, QStringLiteral("works for the city"), ConflictStatus::Confirmed});
    const auto events = auditCount(award.file());
    try {
        assign::addAssignments(award.file(), {{j1, a, award.round()}, {j2, a, award.round()}});
        FAIL("the conflicted pair was assigned");
    } catch (const ConflictError& e) {
        CHECK(e.message() ==
              QStringLiteral("judge J2 has a confirmed conflict of interest with A (works for the city); they cannot "
                             "be assigned"));
    }
    CHECK(store::AssignmentStore(award.file().db()).all().empty());
    CHECK(auditCount(award.file()) == events);
    // A possible conflict does not block.
    store::ConflictStore(award.file().db()).put({j2, a, QStringLiteral("same country"), ConflictStatus::Possible});
    CHECK(assign::addAssignments(award.file(), {{j2, a, award.round()}}) == 1);
}

TEST_CASE("an assignment whose judge holds a scorecard stays, and a signed-off round refuses changes", "[assign]") {
    test::SmallAward award;
    award.marks(QStringLiteral("A"), {7, 8, 9});
    const Assignment held{award.judge(QStringLiteral("J1")), award.entry(QStringLiteral("A")), award.round()};
    store::AssignmentStore(award.file().db()).add(held);
    CHECK_THROWS_WITH(assign::removeAssignments(award.file(), {held}),
                      "judge J1 already holds a scorecard for A in round \"Final\"; the assignment stays");
    CHECK(store::AssignmentStore(award.file().db()).exists(held));

    signoff::signOff(award.file(), {}, QStringLiteral("Ana Lima"));
    const Assignment fresh{award.judge(QStringLiteral("J9")), award.entry(QStringLiteral("A")), award.round()};
    CHECK_THROWS_AS(assign::addAssignments(award.file(), {fresh}), ConflictError);
    CHECK_FALSE(store::AssignmentStore(award.file().db()).exists(fresh));
}

TEST_CASE("taking back a conflict decision restores the record and the assignments it removed", "[assign]") {
    test::SmallAward award;
    const Id j1 = award.judge(QStringLiteral("J1"));
    const Id a = award.entry(QStringLiteral("A"));
    const Id b = award.entry(QStringLiteral("B"));
    store::ConflictStore conflicts(award.file().db());
    store::AssignmentStore assignments(award.file().db());
    conflicts.put({j1, a, QStringLiteral("Same country (Peru)"), ConflictStatus::Possible});
    assignments.add({j1, a, award.round()});

    const auto decision = assign::decideConflict(award.file(), QStringLiteral("J1"), QStringLiteral("A"),
                                                 ConflictStatus::Confirmed, QStringLiteral("advised the city"));
    REQUIRE(decision.previous);
    CHECK(decision.previous->status == ConflictStatus::Possible);
    REQUIRE(decision.removedAssignments.size() == 1);
    CHECK_FALSE(assignments.exists({j1, a, award.round()}));
    assign::revertConflictDecision(award.file(), decision);
    const auto restored = conflicts.find(j1, a);
    REQUIRE(restored);
    CHECK(restored->status == ConflictStatus::Possible);
    CHECK(restored->reason == QStringLiteral("Same country (Peru)"));
    CHECK(assignments.exists({j1, a, award.round()}));
    CHECK(lastAudit(award.file()).startsWith(QStringLiteral("Took back the decision on the conflict of J1 with A")));

    // A declared conflict where there was no record goes away entirely when taken back.
    const auto declared =
        assign::decideConflict(award.file(), QStringLiteral("J1"), QStringLiteral("B"), ConflictStatus::Confirmed);
    CHECK_FALSE(declared.previous);
    CHECK(conflicts.find(j1, b));
    assign::revertConflictDecision(award.file(), declared);
    CHECK_FALSE(conflicts.find(j1, b));
}

TEST_CASE("auto-assign reports exactly what it added, and removing that list leaves what was there", "[assign]") {
    test::SmallAward award;
    for (const char* judge : {"J1", "J2", "J3", "J4"})
        award.judge(QString::fromLatin1(judge));
    for (const char* entry : {"A", "B", "C", "D", "E"})
        award.entry(QString::fromLatin1(entry));
    store::AssignmentStore assignments(award.file().db());
    const Assignment existing{award.judge(QStringLiteral("J1")), award.entry(QStringLiteral("A")), award.round()};
    assignments.add(existing);
    const auto report = assign::autoAssign(award.file(), {2, std::nullopt, 7});
    CHECK(report.kept == 1);
    CHECK(report.added == 9);
    REQUIRE(report.addedAssignments.size() == 9);
    for (const Assignment& a : report.addedAssignments)
        CHECK(assignments.exists(a));
    CHECK(assign::removeAssignments(award.file(), report.addedAssignments, QStringLiteral("auto-assign undone")) == 9);
    const auto left = assignments.all();
    REQUIRE(left.size() == 1);
    CHECK(left.front() == existing);
    CHECK(lastAudit(award.file()) == QStringLiteral("Unassigned 9 pair(s): auto-assign undone"));
}
