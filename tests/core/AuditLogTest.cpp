// SPDX-License-Identifier: Apache-2.0
#include "core/audit/AuditLog.h"
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

namespace {

/// An award with three events: create, and two imports.
store::AwardFile awardWithHistory(const test::TempDir& dir) {
    auto file = award::createAward(dir.path(QStringLiteral("a.jurybox")), {});
    import::ImportSources judges;
    judges.judges = test::demoCsv(QStringLiteral("judges.csv"));
    import::importCsv(file, judges);
    import::ImportSources more;
    more.judges = dir.write(QStringLiteral("more.csv"), "id,name,country\nJ8,Ana Lima,Peru\n");
    import::importCsv(file, more);
    return file;
}

} // namespace

TEST_CASE("every change appends an event with actor, action and summary, chained by hash", "[audit]") {
    test::TempDir dir;
    auto file = awardWithHistory(dir);
    audit::AuditLog log(file.db());
    const auto events = log.events();
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == QStringLiteral("create"));
    CHECK(events[1].action == QStringLiteral("import"));
    CHECK(events[1].summary == QStringLiteral("Imported judges.csv (judges: 7 added, 0 updated, 0 unchanged)"));
    CHECK(events[2].previousHash == events[1].hash);
    CHECK(events[2].hash == audit::AuditLog::hashOf(events[2]));
    CHECK(log.head() == events[2].hash);
    CHECK_FALSE(events[0].actor.isEmpty());
    CHECK(log.verify().isEmpty());
}

TEST_CASE("a refused import leaves no audit event", "[audit]") {
    test::TempDir dir;
    auto file = awardWithHistory(dir);
    import::ImportSources bad;
    bad.judges = dir.write(QStringLiteral("bad.csv"), "id,name,country\nJ9,,Peru\n");
    CHECK_THROWS(import::importCsv(file, bad));
    CHECK(audit::AuditLog(file.db()).events().size() == 3);
}

TEST_CASE("the database refuses to update or delete an audit event", "[audit]") {
    test::TempDir dir;
    auto file = awardWithHistory(dir);
    CHECK_THROWS_WITH(file.db().exec("UPDATE audit_event SET summary = 'nothing happened' WHERE id = 2"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(file.db().exec("DELETE FROM audit_event WHERE id = 3"), Catch::Contains("append-only"));
}

TEST_CASE("verify finds an altered, a removed and a truncated event", "[audit]") {
    test::TempDir dir;
    auto file = awardWithHistory(dir);
    // What someone with a database tool would do: drop the guards, then edit.
    file.db().exec("DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;");
    audit::AuditLog log(file.db());
    SECTION("an altered summary") {
        file.db().exec("UPDATE audit_event SET summary = 'Imported nothing' WHERE id = 2");
        const QStringList problems = log.verify();
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().startsWith(QStringLiteral("event 2 (import,")));
        CHECK(problems.front().endsWith(QStringLiteral("was altered after it was written")));
    }
    SECTION("an event removed from the middle") {
        file.db().exec("DELETE FROM audit_event WHERE id = 2");
        CHECK(log.verify().filter(QStringLiteral("event 2 is missing")).size() == 1);
    }
    SECTION("the newest event cut off") {
        file.db().exec("DELETE FROM audit_event WHERE id = 3");
        CHECK(log.verify() == QStringList{QStringLiteral("the newest events were removed: the award records a later "
                                                         "event than the trail holds")});
    }
}
