// SPDX-License-Identifier: Apache-2.0
#include "core/store/SubmissionStore.h"
#include "core/tally/Method.h"
#include "core/tally/Tally.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using tally::Method;

namespace {

tally::TallyResult tallied(test::SmallAward& award, Method method, int quorum = 3, int trim = 1) {
    tally::TallyOptions options;
    options.method = method;
    options.quorum = quorum;
    options.trim = trim;
    return tally::runTally(award.file(), options);
}

const tally::EntryResult& entry(const tally::TallyResult& result, const QString& ref) {
    for (const auto& category : result.categories) {
        for (const auto& e : category.entries) {
            if (e.submission.ref == ref)
                return e;
        }
    }
    FAIL("no entry " << ref.toStdString());
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("method names parse and print the way the CLI and JSON spell them", "[tally]") {
    CHECK(tally::methodNames() == test::refs({"weighted-mean", "trimmed-mean", "median", "z-score", "borda"}));
    for (Method m : tally::kAllMethods)
        CHECK(tally::methodFromString(tally::toString(m)) == m);
    CHECK_FALSE(tally::methodFromString(QStringLiteral("mean")));
}

TEST_CASE("a scorecard total weighs each criterion's position on its own scale into 0 to 100", "[tally]") {
    Criterion a;
    a.name = QStringLiteral("Impact");
    a.weight = 3;
    a.scaleMin = 1;
    a.scaleMax = 10;
    Criterion b;
    b.name = QStringLiteral("Reach");
    b.weight = 1;
    b.scaleMin = 0;
    b.scaleMax = 5;
    test::SmallAward award({}, {a, b});
    // Impact 7 → (7 − 1)/9 = 2/3, Reach 5 → 1: 100 × (3 · 2/3 + 1 · 1) / 4 = 75.
    award.score(QStringLiteral("J1"), QStringLiteral("E1"), {7, 5});
    award.score(QStringLiteral("J2"), QStringLiteral("E1"), {1, 0});
    const auto result = tallied(award, Method::WeightedMean, 1);
    const auto& e = entry(result, QStringLiteral("E1"));
    CHECK(*e.medianTotal == Approx((75.0 + 0.0) / 2));
    CHECK(*e.weightedMean == Approx(37.5));
    CHECK(*e.score == Approx(37.5));
    REQUIRE(e.criteria.size() == 2);
    CHECK(*e.criteria[0] == Approx(4.0));
    CHECK(*e.criteria[1] == Approx(2.5));
    CHECK(e.scorecards == 2);
}

TEST_CASE("trimmed-mean drops the K highest and lowest marks of each criterion and flags a plain-mean fallback",
          "[tally]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {1, 5, 6, 7, 10});
    award.marks(QStringLiteral("E2"), {2, 9});
    SECTION("K = 1") {
        const auto result = tallied(award, Method::TrimmedMean, 1);
        CHECK(*entry(result, QStringLiteral("E1")).score == Approx(60.0));
        CHECK(*entry(result, QStringLiteral("E1")).criteria[0] == Approx(6.0));
        CHECK_FALSE(entry(result, QStringLiteral("E1")).trimFallback);
        CHECK(*entry(result, QStringLiteral("E2")).score == Approx(55.0));
        CHECK(entry(result, QStringLiteral("E2")).trimFallback);
        CHECK(*entry(result, QStringLiteral("E1")).weightedMean == Approx(58.0));
    }
    SECTION("K = 2 keeps only the middle mark") {
        const auto result = tallied(award, Method::TrimmedMean, 1, 2);
        CHECK(*entry(result, QStringLiteral("E1")).score == Approx(60.0));
        CHECK(entry(result, QStringLiteral("E2")).trimFallback);
    }
    SECTION("the fallback flag belongs to trimmed-mean only") {
        const auto result = tallied(award, Method::WeightedMean, 1);
        CHECK_FALSE(entry(result, QStringLiteral("E2")).trimFallback);
    }
}

TEST_CASE("median takes each criterion's median before weighting", "[tally]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {1, 8, 9});
    award.marks(QStringLiteral("E2"), {2, 3, 6, 10});
    const auto result = tallied(award, Method::Median, 1);
    CHECK(*entry(result, QStringLiteral("E1")).score == Approx(80.0));
    CHECK(*entry(result, QStringLiteral("E2")).score == Approx(45.0));
    CHECK(*entry(result, QStringLiteral("E2")).criteria[0] == Approx(4.5));
}

TEST_CASE("z-score standardises each judge's totals and averages them per entry", "[tally]") {
    test::SmallAward award;
    // J1: 80, 60, 70 (mean 70, SD 10); J2: 50, 70, 90 (mean 70, SD 20).
    award.marks(QStringLiteral("E1"), {8, 5});
    award.marks(QStringLiteral("E2"), {6, 7});
    award.marks(QStringLiteral("E3"), {7, 9});
    const auto result = tallied(award, Method::ZScore, 2);
    CHECK(*entry(result, QStringLiteral("E1")).score == Approx(0.0).margin(1e-12));
    CHECK(*entry(result, QStringLiteral("E2")).score == Approx(-0.5));
    CHECK(*entry(result, QStringLiteral("E3")).score == Approx(0.5));
    // The weighted means of E1 and E2 are equal (65); z-score separates them.
    CHECK(*entry(result, QStringLiteral("E1")).rank == 2);
    CHECK(*entry(result, QStringLiteral("E2")).rank == 3);
    // criteria hold the weighted-mean values under z-score.
    CHECK(*entry(result, QStringLiteral("E3")).criteria[0] == Approx(8.0));

    SECTION("withdrawn entries are left out of a judge's mean and SD") {
        award.marks(QStringLiteral("E4"), {0, 0});
        const Id e4 = award.entry(QStringLiteral("E4"));
        store::SubmissionStore(award.file().db()).setStatus(e4, SubmissionStatus::Withdrawn);
        const auto again = tallied(award, Method::ZScore, 2);
        CHECK(*entry(again, QStringLiteral("E2")).score == Approx(-0.5));
        CHECK_FALSE(entry(again, QStringLiteral("E4")).score);
    }
    SECTION("below-quorum entries count in a judge's mean and SD") {
        award.score(QStringLiteral("J1"), QStringLiteral("E4"), {10});
        const auto again = tallied(award, Method::ZScore, 2);
        CHECK(entry(again, QStringLiteral("E4")).belowQuorum);
        CHECK(*entry(again, QStringLiteral("E2")).score != Approx(-0.5));
    }
    SECTION("a judge with one scorecard or no spread contributes 0") {
        award.score(QStringLiteral("J3"), QStringLiteral("E1"), {10});
        const auto again = tallied(award, Method::ZScore, 2);
        CHECK(*entry(again, QStringLiteral("E1")).score == Approx(0.0).margin(1e-12));
    }
}

TEST_CASE("borda scores the mean fraction of each judge's other entries beaten, ties counting half", "[tally]") {
    test::SmallAward award;
    // J1: E1 8, E2 6, E3 6; J2: E1 5, E2 7, E3 9.
    award.marks(QStringLiteral("E1"), {8, 5});
    award.marks(QStringLiteral("E2"), {6, 7});
    award.marks(QStringLiteral("E3"), {6, 9});
    // J3 scored only E4: no comparison is possible for it.
    award.score(QStringLiteral("J3"), QStringLiteral("E4"), {10});
    const auto result = tallied(award, Method::Borda, 1);
    CHECK(*entry(result, QStringLiteral("E1")).score == Approx(0.5));
    CHECK(*entry(result, QStringLiteral("E2")).score == Approx(0.375));
    CHECK(*entry(result, QStringLiteral("E3")).score == Approx(0.625));
    const auto& lonely = entry(result, QStringLiteral("E4"));
    CHECK_FALSE(lonely.score);
    CHECK_FALSE(lonely.rank);
    CHECK(lonely.noComparison);
    CHECK(*lonely.weightedMean == Approx(100.0));
    CHECK(*entry(result, QStringLiteral("E3")).rank == 1);
}

TEST_CASE("borda compares a judge's entries within one category only", "[tally]") {
    test::SmallAward award;
    const Id other = award.addCategory(QStringLiteral("Efficiency"));
    award.entry(QStringLiteral("X1"), other);
    award.marks(QStringLiteral("E1"), {8});
    award.marks(QStringLiteral("E2"), {6});
    award.marks(QStringLiteral("X1"), {2});
    const auto result = tallied(award, Method::Borda, 1);
    CHECK(*entry(result, QStringLiteral("E1")).score == Approx(1.0));
    CHECK(*entry(result, QStringLiteral("E2")).score == Approx(0.0));
    CHECK(entry(result, QStringLiteral("X1")).noComparison);
}
