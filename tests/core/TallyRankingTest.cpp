// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/store/AwardStore.h"
#include "core/store/SubmissionStore.h"
#include "core/tally/Ranking.h"
#include "core/tally/Tally.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using tally::Method;

namespace {

tally::TallyResult tallied(test::SmallAward& award, Method method = Method::WeightedMean, int quorum = 3) {
    tally::TallyOptions options;
    options.method = method;
    options.quorum = quorum;
    return tally::runTally(award.file(), options);
}

const tally::EntryResult& entry(const tally::TallyResult& result, const QString& ref) {
    for (const auto& e : result.categories.front().entries) {
        if (e.submission.ref == ref)
            return e;
    }
    FAIL("no entry " << ref.toStdString());
    throw std::logic_error("unreachable");
}

QStringList order(const tally::TallyResult& result) {
    QStringList refs;
    for (const auto& e : result.categories.front().entries)
        refs << e.submission.ref;
    return refs;
}

} // namespace

TEST_CASE("entries rank by score with tiers going to ranks 1, 2 and 3", "[tally][tiers]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {6, 6, 6});
    award.marks(QStringLiteral("E2"), {9, 8, 9});
    award.marks(QStringLiteral("E3"), {7, 7, 8});
    award.marks(QStringLiteral("E4"), {2, 3, 2});
    const auto result = tallied(award);
    CHECK(order(result) == test::refs({"E2", "E3", "E1", "E4"}));
    CHECK(*entry(result, QStringLiteral("E2")).tier == QStringLiteral("Best"));
    CHECK(*entry(result, QStringLiteral("E3")).tier == QStringLiteral("Outstanding"));
    CHECK(*entry(result, QStringLiteral("E1")).tier == QStringLiteral("Most Promising"));
    CHECK_FALSE(entry(result, QStringLiteral("E4")).tier);
    CHECK(*entry(result, QStringLiteral("E4")).rank == 4);
    const auto& tiers = result.categories.front().tiers;
    REQUIRE(tiers.size() == 3);
    CHECK(tiers[0].winners == test::refs({"E2"}));
    CHECK(tiers[2].winners == test::refs({"E1"}));
    CHECK(result.categories.front().boundaryTies.empty());
    CHECK(result.round.name == QStringLiteral("Final"));
    CHECK(result.award.name == QStringLiteral("Test Award"));
}

TEST_CASE("a tie on every key shares the rank competition-style, both take the tier and the next tier is vacant",
          "[tally][tiers][ties]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E2"), {7, 7, 7});
    award.marks(QStringLiteral("E1"), {7, 7, 7});
    award.marks(QStringLiteral("E3"), {5, 5, 5});
    award.marks(QStringLiteral("E4"), {4, 4, 4});
    const auto result = tallied(award);
    // Listed in ref order within the tie — never ranked apart by id or insertion order.
    CHECK(order(result) == test::refs({"E1", "E2", "E3", "E4"}));
    CHECK(*entry(result, QStringLiteral("E1")).rank == 1);
    CHECK(*entry(result, QStringLiteral("E2")).rank == 1);
    CHECK(entry(result, QStringLiteral("E1")).tie);
    CHECK(entry(result, QStringLiteral("E2")).tie);
    CHECK(*entry(result, QStringLiteral("E3")).rank == 3);
    CHECK_FALSE(entry(result, QStringLiteral("E3")).tie);
    CHECK(*entry(result, QStringLiteral("E1")).tier == QStringLiteral("Best"));
    CHECK(*entry(result, QStringLiteral("E2")).tier == QStringLiteral("Best"));
    CHECK(*entry(result, QStringLiteral("E3")).tier == QStringLiteral("Most Promising"));
    const auto& category = result.categories.front();
    CHECK(category.tiers[0].winners == test::refs({"E1", "E2"}));
    CHECK(category.tiers[1].vacant());
    CHECK(category.tiers[1].vacancy == tally::Vacancy::NoEntryAtRank);
    REQUIRE(category.boundaryTies.size() == 1);
    CHECK(category.boundaryTies[0].rank == 1);
    CHECK(category.boundaryTies[0].tier == QStringLiteral("Best"));
    CHECK(category.boundaryTies[0].submissions == test::refs({"E1", "E2"}));
}

TEST_CASE("a tie at the last tier gives both entries that tier and is reported", "[tally][tiers][ties]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {8, 8, 8});
    award.marks(QStringLiteral("E3"), {6, 6, 6});
    award.marks(QStringLiteral("E4"), {6, 6, 6});
    award.marks(QStringLiteral("E5"), {5, 5, 5});
    const auto result = tallied(award);
    CHECK(*entry(result, QStringLiteral("E3")).tier == QStringLiteral("Most Promising"));
    CHECK(*entry(result, QStringLiteral("E4")).tier == QStringLiteral("Most Promising"));
    CHECK(*entry(result, QStringLiteral("E5")).rank == 5);
    REQUIRE(result.categories.front().boundaryTies.size() == 1);
    CHECK(result.categories.front().boundaryTies[0].rank == 3);
}

TEST_CASE("a tie below the last tier is flagged but touches no tier", "[tally][ties]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {8, 8, 8});
    award.marks(QStringLiteral("E3"), {7, 7, 7});
    award.marks(QStringLiteral("E4"), {6, 6, 6});
    award.marks(QStringLiteral("E5"), {6, 6, 6});
    const auto result = tallied(award);
    CHECK(entry(result, QStringLiteral("E4")).tie);
    CHECK(*entry(result, QStringLiteral("E5")).rank == 4);
    CHECK(result.categories.front().boundaryTies.empty());
}

TEST_CASE("equal scores are broken by the weighted mean, then by the median total", "[tally][ties]") {
    test::SmallAward award;
    SECTION("median method: equal medians, the weighted mean decides") {
        award.marks(QStringLiteral("E1"), {6, 6, 6});
        award.marks(QStringLiteral("E2"), {5, 6, 9});
        const auto result = tallied(award, Method::Median);
        CHECK(order(result) == test::refs({"E2", "E1"}));
        CHECK_FALSE(entry(result, QStringLiteral("E1")).tie);
        CHECK(*entry(result, QStringLiteral("E1")).rank == 2);
    }
    SECTION("weighted-mean: equal means, the median total decides") {
        award.marks(QStringLiteral("E1"), {5, 5, 8});
        award.marks(QStringLiteral("E2"), {4, 6, 8});
        const auto result = tallied(award);
        CHECK(order(result) == test::refs({"E2", "E1"}));
        CHECK_FALSE(entry(result, QStringLiteral("E2")).tie);
        CHECK(*entry(result, QStringLiteral("E2")).medianTotal == Approx(60.0));
    }
}

TEST_CASE("a tier's minimum score leaves that tier vacant and the others unaffected", "[tally][tiers]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {7, 7, 7});
    award.marks(QStringLiteral("E2"), {6, 6, 6});
    award.marks(QStringLiteral("E3"), {5, 5, 5});
    store::AwardStore store(award.file().db());
    const auto tiers = store.tiers();
    store.setTierMinimum(tiers[0].id, 75.0);
    SECTION("on the weighted-mean scale") {
        const auto result = tallied(award);
        const auto& category = result.categories.front();
        CHECK(category.tiers[0].vacant());
        CHECK(category.tiers[0].vacancy == tally::Vacancy::BelowMinimum);
        CHECK_FALSE(entry(result, QStringLiteral("E1")).tier);
        CHECK(*entry(result, QStringLiteral("E1")).rank == 1);
        CHECK(*entry(result, QStringLiteral("E2")).tier == QStringLiteral("Outstanding"));
        CHECK(*entry(result, QStringLiteral("E3")).tier == QStringLiteral("Most Promising"));
    }
    SECTION("whatever the method (borda scores are fractions, the minimum still reads 0–100)") {
        store.setTierMinimum(tiers[0].id, 70.0);
        const auto result = tallied(award, Method::Borda);
        CHECK(*entry(result, QStringLiteral("E1")).tier == QStringLiteral("Best"));
        CHECK(*entry(result, QStringLiteral("E1")).score == Approx(1.0));
    }
}

TEST_CASE("tiers go vacant when there are fewer ranked entries than tiers", "[tally][tiers]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {7, 7, 7});
    const auto result = tallied(award);
    CHECK(result.categories.front().tiers[0].winners == test::refs({"E1"}));
    CHECK(result.categories.front().tiers[1].vacancy == tally::Vacancy::NoEntryAtRank);
    CHECK(result.categories.front().tiers[2].vacant());
}

TEST_CASE("an entry below quorum is listed with its score but without rank or tier", "[tally][quorum]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9});
    award.marks(QStringLiteral("E2"), {5, 5, 5});
    const auto result = tallied(award);
    const auto& low = entry(result, QStringLiteral("E1"));
    CHECK(low.belowQuorum);
    CHECK_FALSE(low.rank);
    CHECK_FALSE(low.tier);
    CHECK(*low.score == Approx(90.0));
    CHECK(low.scorecards == 2);
    CHECK(*entry(result, QStringLiteral("E2")).rank == 1);
    CHECK(*entry(result, QStringLiteral("E2")).tier == QStringLiteral("Best"));
    CHECK(order(result) == test::refs({"E2", "E1"}));
    SECTION("a lower quorum ranks it") {
        const auto lower = tallied(award, Method::WeightedMean, 2);
        CHECK(*entry(lower, QStringLiteral("E1")).rank == 1);
        CHECK_FALSE(entry(lower, QStringLiteral("E1")).belowQuorum);
    }
}

TEST_CASE("withdrawn and disqualified entries are listed last without score, rank or tier", "[tally]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {8, 8, 8});
    award.marks(QStringLiteral("E3"), {3, 3, 3});
    store::SubmissionStore submissions(award.file().db());
    submissions.setStatus(award.entry(QStringLiteral("E1")), SubmissionStatus::Withdrawn);
    submissions.setStatus(award.entry(QStringLiteral("E2")), SubmissionStatus::Disqualified);
    const auto result = tallied(award);
    CHECK(order(result) == test::refs({"E3", "E1", "E2"}));
    CHECK(*entry(result, QStringLiteral("E3")).tier == QStringLiteral("Best"));
    for (const char* ref : {"E1", "E2"}) {
        const auto& e = entry(result, QString::fromLatin1(ref));
        CHECK_FALSE(e.rank);
        CHECK_FALSE(e.score);
        CHECK_FALSE(e.tier);
        CHECK_FALSE(e.eligible());
        CHECK(e.scorecards == 3);
    }
}

TEST_CASE("incomplete scorecards do not count and are reported, drafts do not count", "[tally]") {
    Criterion a;
    a.name = QStringLiteral("Impact");
    a.scaleMin = 0;
    a.scaleMax = 10;
    Criterion b = a;
    b.name = QStringLiteral("Reach");
    test::SmallAward award({}, {a, b});
    award.score(QStringLiteral("J1"), QStringLiteral("E1"), {8, 8});
    award.score(QStringLiteral("J2"), QStringLiteral("E1"), {6, 6});
    award.score(QStringLiteral("J3"), QStringLiteral("E1"), {0});
    award.score(QStringLiteral("J4"), QStringLiteral("E1"), {0, 0}, ScorecardStatus::Draft);
    const auto result = tallied(award, Method::WeightedMean, 1);
    const auto& e = entry(result, QStringLiteral("E1"));
    CHECK(e.scorecards == 2);
    CHECK(*e.score == Approx(70.0));
    const auto& incomplete = result.categories.front().incomplete;
    REQUIRE(incomplete.size() == 1);
    CHECK(incomplete[0].judge == QStringLiteral("J3"));
    CHECK(incomplete[0].submission == QStringLiteral("E1"));
    CHECK(incomplete[0].missingCriteria == test::refs({"Reach"}));
    CHECK(result.draftScorecards == 1);
}

TEST_CASE("a tally reads one round: the current one by default, or the one asked for", "[tally][rounds]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {5, 5, 5});
    store::AwardStore rounds(award.file().db());
    const Id second = rounds.addRound(QStringLiteral("Grand Final"));
    for (const char* judge : {"J1", "J2", "J3"}) {
        award.score(QString::fromLatin1(judge), QStringLiteral("E1"), {2}, ScorecardStatus::Submitted, second);
        award.score(QString::fromLatin1(judge), QStringLiteral("E2"), {6}, ScorecardStatus::Submitted, second);
    }
    const auto current = tallied(award);
    CHECK(current.round.name == QStringLiteral("Grand Final"));
    CHECK(order(current) == test::refs({"E2", "E1"}));

    tally::TallyOptions first;
    first.roundId = award.round();
    const auto earlier = tally::runTally(award.file(), first);
    CHECK(earlier.round.name == QStringLiteral("Final"));
    CHECK(order(earlier) == test::refs({"E1", "E2"}));

    SECTION("with every round closed, the last round") {
        rounds.setRoundOpen(award.round(), false);
        rounds.setRoundOpen(second, false);
        CHECK(tallied(award).round.name == QStringLiteral("Grand Final"));
    }
}

TEST_CASE("options out of range and unknown ids are refused with a readable message", "[tally]") {
    test::SmallAward award;
    tally::TallyOptions options;
    options.quorum = 0;
    CHECK_THROWS_WITH(tally::runTally(award.file(), options), Catch::Contains("quorum 0"));
    options.quorum = 3;
    options.trim = -1;
    CHECK_THROWS_WITH(tally::runTally(award.file(), options), Catch::Contains("trim -1"));
    options.trim = 1;
    options.categoryId = 999;
    CHECK_THROWS_AS(tally::runTally(award.file(), options), Error);
    options.categoryId.reset();
    options.roundId = 999;
    CHECK_THROWS_WITH(tally::runTally(award.file(), options), Catch::Contains("no round"));
}

TEST_CASE("selecting the top ranks gives the same placings as a full ranking, ties at the limit included",
          "[tally][ties]") {
    std::vector<tally::Candidate> candidates;
    // Scores with many ties: 40 entries on 7 distinct values.
    for (int e = 0; e < 40; ++e) {
        const double score = static_cast<double>((e * 37) % 7);
        candidates.push_back({e, {score, score, score}});
    }
    const auto full = tally::rank(candidates);
    for (std::size_t limit : {std::size_t{1}, std::size_t{3}, std::size_t{6}, std::size_t{40}, std::size_t{50}}) {
        const auto top = tally::rankTop(candidates, limit);
        REQUIRE(top.size() <= full.size());
        for (std::size_t i = 0; i < top.size(); ++i) {
            CHECK(top[i].entry == full[i].entry);
            CHECK(top[i].rank == full[i].rank);
            CHECK(top[i].tie == full[i].tie);
        }
        // Every entry ranked within the limit is there, and nothing ranked beyond it.
        const auto within = std::count_if(full.begin(), full.end(),
                                          [&](const tally::Placing& p) { return p.rank <= static_cast<int>(limit); });
        CHECK(static_cast<std::ptrdiff_t>(top.size()) == within);
    }
}
