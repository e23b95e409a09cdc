// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Shortlist.h"
#include "core/Error.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("a shortlist takes the top N of each category, with a tie at rank N going through", "[shortlist]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {7, 7, 7});
    award.marks(QStringLiteral("E3"), {7, 7, 7});
    award.marks(QStringLiteral("E4"), {5, 5, 5});
    award.marks(QStringLiteral("E5"), {9, 9}); // below quorum: not ranked, not shortlisted
    store::ConflictStore(award.file().db())
        .put({award.judge(QStringLiteral("J4")), award.entry(QStringLiteral("E3")), QStringLiteral("same city"),
              ConflictStatus::Confirmed});
    tally::ShortlistOptions options;
    options.fromRoundId = award.round();
    options.top = 2;
    options.toRound = QStringLiteral("Jury Day");
    const auto result = tally::shortlist(award.file(), options);
    CHECK(result.roundCreated);
    CHECK(result.round.name == QStringLiteral("Jury Day"));
    REQUIRE(result.categories.size() == 1);
    CHECK(result.categories[0].submissions == test::refs({"E1", "E2", "E3"}));
    CHECK(result.assignmentsAdded == 4 * 3 - 1); // J4 scored nothing but is on the panel
    CHECK(result.conflictsSkipped == 1);
    store::AssignmentStore assignments(award.file().db());
    CHECK(assignments.all(result.round.id).size() == 11);
    CHECK_FALSE(
        assignments.exists({award.judge(QStringLiteral("J4")), award.entry(QStringLiteral("E3")), result.round.id}));
}

TEST_CASE("a shortlist into a closed round or into its own round changes nothing", "[shortlist]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("short.jurybox"));
    Id closed = 0;
    Id final = 0;
    {
        test::SmallAward award(path);
        award.marks(QStringLiteral("E1"), {9, 9, 9});
        store::AwardStore rounds(award.file().db());
        closed = rounds.addRound(QStringLiteral("Closed"));
        rounds.setRoundOpen(closed, false);
        final = award.round();
    }
    const QString before = test::dumpDatabase(path);
    store::AwardFile file = store::AwardFile::open(path);
    tally::ShortlistOptions options;
    options.fromRoundId = final;
    options.top = 1;
    options.toRound = QStringLiteral("Closed");
    CHECK_THROWS_WITH(tally::shortlist(file, options), Catch::Contains("round \"Closed\" is closed"));
    options.toRound = QStringLiteral("Final");
    CHECK_THROWS_WITH(tally::shortlist(file, options), Catch::Contains("into itself"));
    options.toRound = QStringLiteral("Next");
    options.top = 0;
    CHECK_THROWS_AS(tally::shortlist(file, options), Error);
    CHECK(test::dumpDatabase(path) == before);
}
