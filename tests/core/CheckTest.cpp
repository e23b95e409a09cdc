// SPDX-License-Identifier: Apache-2.0
#include "core/check/AwardCheck.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("the check finds scores outside their scale, conflicted scorecards and misplaced criteria", "[check]") {
    test::TempDir dir;
    auto demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    REQUIRE(check::checkAward(demo).isEmpty());
    // Simulate a file edited behind Jurybox's back: the triggers are what such an editor would drop first.
    demo.db().exec("DROP TRIGGER conflict_scorecard;"
                   "UPDATE score SET value = 42 WHERE scorecard_id = 1 AND criterion_id = "
                   "(SELECT MIN(criterion_id) FROM score WHERE scorecard_id = 1);"
                   "INSERT INTO conflict (judge_id, submission_id, reason) VALUES (1, 1, 'sibling');");
    const QStringList problems = check::checkAward(demo);
    REQUIRE(problems.size() == 3);
    CHECK(problems.filter(QStringLiteral("score 42")).size() == 1);
    CHECK(problems.filter(QStringLiteral("holds a scorecard for SER-01 despite a confirmed conflict")).size() == 1);
    CHECK(problems.filter(QStringLiteral("is assigned to SER-01 despite")).size() == 1);
}

TEST_CASE("the check reports a score on a criterion of another category", "[check]") {
    auto demo = test::makeDemo({});
    demo.db().exec(
        "UPDATE score SET criterion_id = (SELECT id FROM criterion WHERE category_id = 2 LIMIT 1) "
        "WHERE scorecard_id = 1 AND criterion_id = (SELECT MIN(criterion_id) FROM score WHERE scorecard_id = 1)");
    const QStringList problems = check::checkAward(demo);
    CHECK(problems.filter(QStringLiteral("criterion of another category")).size() == 1);
}
