// SPDX-License-Identifier: Apache-2.0
#include "core/stats/Descriptive.h"
#include "core/stats/Intraclass.h"
#include "core/stats/Krippendorff.h"
#include "core/stats/RaterAgreement.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace jurybox;
using stats::RatingTable;

namespace {

/// A value rounded to the number of decimals a paper prints.
double printed(std::optional<double> value, int decimals) {
    REQUIRE(value.has_value());
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

/// Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
RatingTable shroutFleissTable2() {
    return RatingTable::fromGrid({{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}});
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing values: 4 observers
/// (columns) × 12 units (rows).
RatingTable krippendorff2011() {
    const std::optional<double> _;
    return RatingTable::fromGrid({{1, 1, _, 1},
                                  {2, 2, 3, 2},
                                  {3, 3, 3, 3},
                                  {3, 3, 3, 3},
                                  {2, 2, 2, 2},
                                  {1, 2, 3, 4},
                                  {4, 4, 4, 4},
                                  {1, 1, 2, 1},
                                  {2, 2, 2, 2},
                                  {_, 5, 5, 5},
                                  {_, _, 1, 1},
                                  {_, 3, _, _}});
}

} // namespace

TEST_CASE("the six ICCs reproduce Shrout and Fleiss 1979 Table 4 from the Table 2 data", "[stats][icc]") {
    const auto icc = stats::intraclass(shroutFleissTable2());
    CHECK(printed(icc.icc1, 2) == Approx(0.17));
    CHECK(printed(icc.icc2, 2) == Approx(0.29));
    CHECK(printed(icc.icc3, 2) == Approx(0.71));
    CHECK(printed(icc.icc1k, 2) == Approx(0.44));
    CHECK(printed(icc.icc2k, 2) == Approx(0.62));
    CHECK(printed(icc.icc3k, 2) == Approx(0.91));
    CHECK(icc.crossedUnits == 6);
    CHECK(icc.crossedRaters == 4);
    CHECK(icc.oneWayUnits == 6);
    CHECK(icc.k0 == Approx(4.0));
    CHECK_FALSE(icc.unequalGroups);
}

TEST_CASE("Krippendorff's alpha reproduces the 2011 worked example under all four metrics", "[stats][alpha]") {
    const auto alpha = stats::krippendorffAlpha(krippendorff2011());
    CHECK(printed(alpha.nominal, 3) == Approx(0.743));
    CHECK(printed(alpha.ordinal, 3) == Approx(0.815));
    CHECK(printed(alpha.interval, 3) == Approx(0.849));
    CHECK(printed(alpha.ratio, 3) == Approx(0.797));
    // Unit 12 holds a single value: it is not pairable.
    CHECK(alpha.pairableUnits == 11);
    CHECK(alpha.pairableValues == 40);
}

TEST_CASE("alpha is null without pairable values, without variation, and for ratio with negative values",
          "[stats][alpha]") {
    const std::optional<double> _;
    const auto lonely = stats::krippendorffAlpha(RatingTable::fromGrid({{1, _}, {_, 2}}));
    CHECK_FALSE(lonely.nominal);
    CHECK_FALSE(lonely.interval);
    const auto constant = stats::krippendorffAlpha(RatingTable::fromGrid({{3, 3}, {3, 3}}));
    CHECK_FALSE(constant.interval);
    CHECK_FALSE(constant.nominal);
    const auto negative = stats::krippendorffAlpha(RatingTable::fromGrid({{-1, 1}, {2, 2}, {3, 4}}));
    CHECK_FALSE(negative.ratio);
    CHECK(negative.interval);
    const auto perfect = stats::krippendorffAlpha(RatingTable::fromGrid({{1, 1}, {2, 2}, {4, 4}}));
    CHECK(*perfect.interval == Approx(1.0));
    CHECK(*perfect.ordinal == Approx(1.0));
    CHECK(*perfect.ratio == Approx(1.0));
}

TEST_CASE("one-way ICC with unequal group sizes uses the adjusted mean group size k0", "[stats][icc]") {
    const std::optional<double> _;
    // Group sizes 2, 3, 4: N = 9, k0 = (9 − 29/9) / 2.
    const auto table = RatingTable::fromGrid({{7, 8, _, _}, {4, 5, 3, _}, {9, 9, 8, 10}});
    const auto icc = stats::intraclass(table);
    CHECK(icc.unequalGroups);
    CHECK(icc.k0 == Approx((9.0 - 29.0 / 9.0) / 2.0));
    // Hand computation: means 7.5, 4, 9; grand 63/9 = 7; SSB = 2·0.25 + 3·9 + 4·4 = 43.5, SSW = 0.5 + 2 + 2 = 4.5.
    const double bms = 43.5 / 2;
    const double wms = 4.5 / 6;
    CHECK(*icc.icc1 == Approx((bms - wms) / (bms + (icc.k0 - 1) * wms)));
    CHECK(*icc.icc1k == Approx((bms - wms) / bms));
    // Only one entry is scored by all four judges: no crossed block.
    CHECK(icc.crossedUnits == 1);
    CHECK_FALSE(icc.icc2);
    CHECK_FALSE(icc.icc3k);
}

TEST_CASE("the two-way ICCs use only the entries every judge scored", "[stats][icc]") {
    const std::optional<double> _;
    auto grid = std::vector<std::vector<std::optional<double>>>{{9, 2, 5, 8},  {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6},
                                                                {10, 5, 6, 9}, {6, 2, 4, 7}, {1, _, 9, _}};
    const auto icc = stats::intraclass(RatingTable::fromGrid(grid));
    CHECK(icc.crossedUnits == 6);
    CHECK(printed(icc.icc2, 2) == Approx(0.29));
    CHECK(printed(icc.icc3k, 2) == Approx(0.91));
    CHECK(icc.oneWayUnits == 7);
    CHECK(icc.unequalGroups);
}

TEST_CASE("a judge far more severe than the panel, or ranking against it, is an outlier", "[stats][judges]") {
    // Raters 0–2 agree; rater 3 is about 30 points lower everywhere; rater 4 ranks the entries backwards.
    const auto table = RatingTable::fromGrid(
        {{80, 82, 79, 50, 55}, {60, 61, 62, 30, 75}, {70, 69, 71, 40, 65}, {90, 88, 91, 60, 50}, {50, 52, 49, 20, 80}});
    const auto judges = stats::raterAgreement(table, 100, stats::OutlierRule{});
    REQUIRE(judges.size() == 5);
    for (int r : {0, 1, 2})
        CHECK_FALSE(judges[static_cast<std::size_t>(r)].outlier);
    CHECK(judges[3].outlier);
    CHECK(*judges[3].severity < -10);
    CHECK(*judges[3].consensusCorrelation > 0.5);
    CHECK(judges[4].outlier);
    CHECK(std::fabs(*judges[4].severity) < 10);
    CHECK(*judges[4].consensusCorrelation < 0.5);
    CHECK(judges[0].ratings == 5);
    CHECK(judges[0].sharedUnits == 5);
    // Rater 0: (80 − 66.5) + (60 − 57) + (70 − 61.25) + (90 − 72.25) + (50 − 50.25), over 5.
    CHECK(*judges[0].severity == Approx(8.55));
}

TEST_CASE("consensus correlation needs three shared entries and severity needs one", "[stats][judges]") {
    const std::optional<double> _;
    const auto table = RatingTable::fromGrid({{5, 6, _}, {7, 8, _}, {_, _, 4}});
    const auto judges = stats::raterAgreement(table, 10, stats::OutlierRule{});
    REQUIRE(judges.size() == 3);
    CHECK(judges[0].severity == Approx(-1.0));
    CHECK_FALSE(judges[0].consensusCorrelation);
    CHECK_FALSE(judges[2].severity);
    CHECK(judges[2].ratings == 1);
    // 1 point on a 10-point range is at the default 10 % threshold, not beyond it; a stricter rule flags it.
    CHECK_FALSE(judges[0].outlier);
    CHECK_FALSE(judges[2].outlier); // nothing to compare
    const auto strict = stats::raterAgreement(table, 10, stats::OutlierRule{0.05, 0.5});
    CHECK(strict[0].outlier);
    CHECK_FALSE(strict[2].outlier);
}

TEST_CASE("median, trimmed mean and equal scores behave as the tally needs", "[stats]") {
    std::vector<double> odd{3, 1, 2};
    CHECK(stats::median(odd) == 2);
    std::vector<double> even{4, 1, 3, 2};
    CHECK(stats::median(even) == 2.5);
    std::vector<double> five{10, 1, 6, 5, 7};
    CHECK(*stats::trimmedMean(five, 1) == Approx(6));
    std::vector<double> two{1, 9};
    CHECK_FALSE(stats::trimmedMean(two, 1));
    CHECK(stats::sameScore(0.1 + 0.2, 0.3));
    CHECK_FALSE(stats::sameScore(70.0, 70.0001));
}
