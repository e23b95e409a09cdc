// SPDX-License-Identifier: Apache-2.0
#include "core/award/NewAward.h"
#include "core/award/DemoAward.h"
#include "core/check/AwardCheck.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("a new award has the five standard categories, weighted criteria with descriptors, tiers and a round",
          "[award]") {
    auto file = award::createAward({}, {});
    store::CategoryStore categories(file.db());
    QStringList names;
    for (const Category& c : categories.categories()) {
        names << c.name;
        CHECK_FALSE(c.description.isEmpty());
        const auto criteria = categories.criteriaOf(c.id);
        CHECK(criteria.size() >= 3);
        for (const Criterion& cr : criteria) {
            CHECK(cr.weight > 0);
            CHECK(cr.scaleMin == 1);
            CHECK(cr.scaleMax == 10);
            CHECK_FALSE(cr.descriptors.empty());
        }
    }
    CHECK(names == QStringList{QStringLiteral("Services"), QStringLiteral("Efficiency"), QStringLiteral("Open City"),
                               QStringLiteral("Innovacity"), QStringLiteral("Human-Centricity")});
    store::AwardStore awards(file.db());
    const auto tiers = awards.tiers();
    REQUIRE(tiers.size() == 3);
    CHECK(tiers[0].name == QStringLiteral("Best"));
    CHECK(tiers[1].name == QStringLiteral("Outstanding"));
    CHECK(tiers[2].name == QStringLiteral("Most Promising"));
    REQUIRE(awards.currentRound());
    CHECK(awards.currentRound()->name == QStringLiteral("Final"));
}

TEST_CASE("an empty award has tiers and a round but no categories", "[award]") {
    award::NewAwardOptions options;
    options.empty = true;
    auto file = award::createAward({}, options);
    CHECK(store::CategoryStore(file.db()).categories().empty());
    CHECK(store::AwardStore(file.db()).tiers().size() == 3);
    CHECK(store::AwardStore(file.db()).rounds().size() == 1);
}

TEST_CASE("the demo award is the 2014 WeGO Awards with its panel and entries, and passes the check", "[award]") {
    auto demo = award::createDemoAward({});
    const Award a = store::AwardStore(demo.db()).award();
    CHECK(a.name == QStringLiteral("The 2nd WeGO Awards 2014"));
    CHECK(a.year == 2014);
    const auto judges = store::JudgeStore(demo.db()).all();
    REQUIRE(judges.size() == 7);
    CHECK(judges[0].name == QStringLiteral("Chris Moore"));
    CHECK(store::SubmissionStore(demo.db()).byRef(QStringLiteral("SER-03"))->city == QStringLiteral("Beyoğlu"));
    CHECK(store::SubmissionStore(demo.db()).all().size() == 25);
    CHECK(store::ScorecardStore(demo.db()).all().size() == 175);
    for (const Category& c : store::CategoryStore(demo.db()).categories())
        CHECK_FALSE(c.description.isEmpty());
    CHECK(check::checkAward(demo).isEmpty());
}
