// SPDX-License-Identifier: Apache-2.0
#include "core/assign/AutoAssign.h"
#include "core/Error.h"
#include "core/assign/FoundConflicts.h"
#include "core/award/NewAward.h"
#include "core/db/Statement.h"
#include "core/import/AwardImport.h"
#include "core/store/AssignmentStore.h"
#include "core/store/ConflictStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <map>

using namespace jurybox;

namespace {

/// The 2014 entries and panel without scores, plus optional conflicts CSV text.
store::AwardFile panel(const test::TempDir& dir, const QByteArray& conflicts = {}) {
    award::NewAwardOptions options;
    options.empty = true;
    auto file = award::createAward(dir.path(QStringLiteral("a.jurybox")), options);
    import::ImportSources s;
    s.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
    s.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
    s.judges = test::demoCsv(QStringLiteral("judges.csv"));
    if (!conflicts.isEmpty())
        s.conflicts = dir.write(QStringLiteral("conflicts.csv"), conflicts);
    import::importCsv(file, s);
    return file;
}

std::map<Id, int> loads(store::AwardFile& file) {
    std::map<Id, int> out;
    for (const Assignment& a : store::AssignmentStore(file.db()).all())
        ++out[a.judgeId];
    return out;
}

} // namespace

TEST_CASE("every eligible entry gets K judges, loads differ by at most one, conflicts are respected", "[assign]") {
    test::TempDir dir;
    auto file = panel(dir, "judge,submission\nJ5,SER-04\nJ2,OPE-13\nJ2,OPE-12\n");
    const auto report = assign::autoAssign(file, {3, std::nullopt, 42});
    CHECK(report.added == 75);
    CHECK(report.maxLoad - report.minLoad <= 1);
    std::map<Id, int> perEntry;
    const auto blocked = store::ConflictStore(file.db()).blockingPairs();
    for (const Assignment& a : store::AssignmentStore(file.db()).all()) {
        ++perEntry[a.submissionId];
        CHECK_FALSE(blocked.contains({a.judgeId, a.submissionId}));
    }
    CHECK(perEntry.size() == 25);
    for (const auto& [entry, count] : perEntry)
        CHECK(count == 3);
    const auto l = loads(file);
    CHECK(l.size() == 7);
}

TEST_CASE("the same seed gives the same assignments and existing ones are kept", "[assign]") {
    test::TempDir a;
    test::TempDir b;
    auto first = panel(a);
    auto second = panel(b);
    assign::autoAssign(first, {2, std::nullopt, 9});
    assign::autoAssign(second, {2, std::nullopt, 9});
    CHECK(store::AssignmentStore(first.db()).all() == store::AssignmentStore(second.db()).all());
    const auto before = store::AssignmentStore(first.db()).all();
    const auto again = assign::autoAssign(first, {3, std::nullopt, 1});
    CHECK(again.kept == 50);
    CHECK(again.added == 25);
    for (const Assignment& kept : before)
        CHECK(store::AssignmentStore(first.db()).exists(kept));
}

TEST_CASE("an assignment the conflicts make impossible is refused by name and nothing is written", "[assign]") {
    test::TempDir dir;
    auto file = panel(dir, "judge,submission\nJ1,SER-01\nJ2,SER-01\nJ3,SER-01\nJ4,SER-01\nJ5,SER-01\n");
    CHECK_THROWS_WITH(assign::autoAssign(file, {3, std::nullopt, 1}),
                      Catch::Contains("SER-01 has only 2 judge(s) without a conflict; 3 needed") &&
                          Catch::Contains("nothing was assigned"));
    CHECK(store::AssignmentStore(file.db()).all().empty());
}

TEST_CASE("same-country pairs become possible conflicts that do not block until confirmed", "[assign]") {
    test::TempDir dir;
    auto file = panel(dir);
    CHECK(assign::findSameCountryConflicts(file) == 8); // J6 "South Korea" matches "Republic of Korea" three times
    CHECK(assign::findSameCountryConflicts(file) == 0);
    CHECK(store::ConflictStore(file.db()).blockingPairs().empty());
    assign::decideConflict(file, QStringLiteral("J6"), QStringLiteral("URB-16"), ConflictStatus::Confirmed);
    assign::decideConflict(file, QStringLiteral("J6"), QStringLiteral("URB-17"), ConflictStatus::Cleared);
    CHECK(store::ConflictStore(file.db()).blockingPairs().size() == 1);
    CHECK(assign::canonicalCountry(QStringLiteral(" South  Korea")) ==
          assign::canonicalCountry(QStringLiteral("Republic of Korea")));
    CHECK_THROWS_WITH(
        assign::decideConflict(file, QStringLiteral("J9"), QStringLiteral("URB-16"), ConflictStatus::Confirmed),
        Catch::Contains("unknown judge \"J9\""));
}
