// SPDX-License-Identifier: Apache-2.0
#include "core/report/ScoreDistribution.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/SmallAward.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("the spread of some totals interpolates its quartiles between the sorted values", "[report]") {
    const auto s = report::spreadOf({100, 20, 60, 40, 80, 60});
    CHECK(s.count == 6);
    CHECK(s.minimum == 20);
    CHECK(s.lowerQuartile == Approx(45));
    CHECK(s.median == Approx(60));
    CHECK(s.upperQuartile == Approx(75));
    CHECK(s.maximum == 100);
    CHECK(s.mean == Approx(60));
    CHECK(report::spreadOf({}).count == 0);
    CHECK(report::spreadOf({42}).lowerQuartile == 42);
}

TEST_CASE("the score distribution holds each judge's and each category's counted totals and the severity", "[report]") {
    test::SmallAward award; // one criterion on 0–10: a total is ten times the mark
    const Id open = award.addCategory(QStringLiteral("Open City"));
    award.marks(QStringLiteral("A"), {8, 6, 4});
    award.marks(QStringLiteral("B"), {10, 6, 2});
    award.entry(QStringLiteral("C"), open);
    award.marks(QStringLiteral("C"), {5, 5, 8});
    // Neither a draft nor a withdrawn entry counts.
    award.score(QStringLiteral("J1"), QStringLiteral("D"), {0}, ScorecardStatus::Draft);
    award.marks(QStringLiteral("W"), {0, 0, 0});
    store::SubmissionStore(award.file().db()).setStatus(award.entry(QStringLiteral("W")), SubmissionStatus::Withdrawn);

    const auto d = report::scoreDistribution(award.file());
    CHECK(d.round.name == QStringLiteral("Final"));
    REQUIRE(d.judges.size() == 3);
    const report::JudgeSpread& j1 = d.judges[0];
    CHECK(j1.ref == QStringLiteral("J1"));
    CHECK(j1.totals == std::vector<double>{50, 80, 100});
    CHECK(j1.spread.lowerQuartile == Approx(65));
    CHECK(j1.spread.median == Approx(80));
    CHECK(j1.spread.upperQuartile == Approx(90));
    CHECK(j1.spread.mean == Approx(230.0 / 3));
    // J1 against the others: A +30, B +60, C −15; J3: A −30, B −60, C +30.
    REQUIRE(j1.severity);
    CHECK(*j1.severity == Approx(25));
    REQUIRE(d.judges[2].severity);
    CHECK(*d.judges[2].severity == Approx(-20));

    REQUIRE(d.categories.size() == 2);
    CHECK(d.categories[0].name == QStringLiteral("Services"));
    CHECK(d.categories[0].totals == std::vector<double>{20, 40, 60, 60, 80, 100});
    CHECK(d.categories[0].spread.upperQuartile == Approx(75));
    CHECK(d.categories[1].name == QStringLiteral("Open City"));
    CHECK(d.categories[1].totals == std::vector<double>{50, 50, 80});
}
