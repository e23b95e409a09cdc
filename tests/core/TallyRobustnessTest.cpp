// SPDX-License-Identifier: Apache-2.0
#include "core/award/DemoAward.h"
#include "core/db/Statement.h"
#include "core/generate/SyntheticAward.h"
#include "core/stats/Descriptive.h"
#include "core/stats/Reliability.h"
#include "core/store/CategoryStore.h"
#include "core/tally/CategorySummary.h"
#include "core/tally/Robustness.h"
#include "core/tally/ScoreMatrix.h"
#include "core/tally/Tally.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using tally::Method;

namespace {

/// The published 2014 winners: Best ends -01/-06/-11/-16/-21, Outstanding the next ref, Most Promising the next.
tally::WinnerList published(const QString& prefix, int first) {
    const auto ref = [&](int n) { return QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0')); };
    return {QStringList{ref(first)}, QStringList{ref(first + 1)}, QStringList{ref(first + 2)}};
}

/// Leave-one-judge-out the plain way: every entry of the category re-keyed without the judge and the whole
/// category ranked again, for each judge who scored there (the fast path patches only that judge's entries).
std::vector<std::pair<QString, tally::WinnerList>> leaveOneOutByRecount(const tally::ScoreMatrix& matrix, int category,
                                                                        int quorum) {
    const auto& block = matrix.categories[static_cast<std::size_t>(category)];
    std::vector<std::pair<QString, tally::WinnerList>> out;
    for (std::size_t j = 0; j < matrix.judges.size(); ++j) {
        bool scored = false;
        std::vector<tally::Candidate> candidates;
        std::map<int, double> means;
        for (int e : block.entries) {
            if (!matrix.entries[static_cast<std::size_t>(e)].eligible())
                continue;
            std::vector<double> totals;
            for (const auto& card : matrix.cardsOf(e)) {
                if (card.judge == static_cast<int>(j))
                    scored = true;
                else
                    totals.push_back(card.total);
            }
            if (static_cast<int>(matrix.cardsOf(e).size()) < quorum || totals.empty() ||
                static_cast<int>(totals.size()) < quorum)
                continue;
            const double mean = stats::mean(totals);
            candidates.push_back({e, {mean, mean, stats::median(totals)}});
            means[e] = mean;
        }
        if (scored)
            out.emplace_back(matrix.judges[j].ref,
                             tally::winnerList(matrix, tally::awardTiers(matrix.tiers, tally::rank(candidates),
                                                                         [&](int e) { return means.at(e); })));
    }
    return out;
}

} // namespace

TEST_CASE("leave-one-judge-out gives the same winners as re-ranking each category without the judge",
          "[tally][robustness]") {
    const auto seed = GENERATE(1, 2, 3);
    const int criteria = GENERATE(1, 6); // one criterion: few distinct totals, so many ties at the tier boundaries
    const int quorum = GENERATE(3, 4);   // four of four: leaving any judge out drops that judge's entries
    const bool minimum = GENERATE(false, true);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("g.jurybox"));
    generate::GeneratorOptions g;
    g.submissions = 400;
    g.judges = 40;
    g.perSubmission = 4;
    g.criteria = criteria;
    g.seed = static_cast<std::uint64_t>(seed);
    generate::generateAward(path, g);
    auto file = store::AwardFile::open(path);
    if (minimum)
        file.db().exec("UPDATE tier SET min_score = 55 WHERE position = 2");
    const auto matrix = tally::ScoreMatrix::load(file);
    tally::TallyOptions options;
    options.quorum = quorum;
    const auto result = tally::runTally(matrix, options);
    REQUIRE(result.categories.size() == matrix.categories.size());
    std::size_t judgesLeftOut = 0;
    bool anyChange = false;
    for (std::size_t c = 0; c < matrix.categories.size(); ++c) {
        INFO("seed " << seed << ", " << criteria << " criteria, quorum " << quorum << ", category " << c);
        const auto& fast = result.categories[c].robustness.leaveOneOut;
        const auto slow = leaveOneOutByRecount(matrix, static_cast<int>(c), quorum);
        REQUIRE(fast.size() == slow.size());
        for (std::size_t j = 0; j < slow.size(); ++j) {
            INFO("without " << slow[j].first.toStdString());
            CHECK(fast[j].first == slow[j].first);
            CHECK(fast[j].second == slow[j].second);
            anyChange = anyChange || slow[j].second != result.categories[c].robustness.byMethod.front().second;
        }
        judgesLeftOut += slow.size();
    }
    CHECK(judgesLeftOut >= matrix.judges.size()); // every judge was left out somewhere
    CHECK(anyChange); // some judge matters somewhere, so the comparison covers re-keyed winners
}

TEST_CASE("the demo award tallies to the published 2014 winners under every method, stably", "[tally][demo]") {
    store::AwardFile demo = award::createDemoAward({});
    const std::vector<std::pair<QString, tally::WinnerList>> expected{
        {QStringLiteral("Services"), published(QStringLiteral("SER"), 1)},
        {QStringLiteral("Efficiency"), published(QStringLiteral("EFF"), 6)},
        {QStringLiteral("Open City"), published(QStringLiteral("OPE"), 11)},
        {QStringLiteral("Urban Management"), published(QStringLiteral("URB"), 16)},
        {QStringLiteral("Digital Divide"), published(QStringLiteral("DIG"), 21)},
    };
    const Method method =
        GENERATE(Method::WeightedMean, Method::TrimmedMean, Method::Median, Method::ZScore, Method::Borda);
    tally::TallyOptions options;
    options.method = method;
    const auto result = tally::runTally(demo, options);
    REQUIRE(result.categories.size() == 5);
    for (const auto& [name, winners] : expected) {
        INFO(name.toStdString() << " under " << tally::toString(method).toStdString());
        const auto* category = result.category(name);
        REQUIRE(category);
        tally::WinnerList actual;
        for (const auto& tier : category->tiers)
            actual.push_back(tier.winners);
        CHECK(actual == winners);
        CHECK(category->robustness.stable);
        CHECK(category->robustness.byMethod.size() == 5);
        CHECK(category->robustness.leaveOneOut.size() == 7);
        CHECK(category->incomplete.empty());
        CHECK(category->boundaryTies.empty());
        CHECK(category->entries.front().scorecards == 7);
    }
}

TEST_CASE("winners that depend on one judge are not stable", "[tally][robustness]") {
    test::SmallAward award;
    // E1 wins only thanks to J4's 10; without J4, E2 wins.
    award.marks(QStringLiteral("E1"), {6, 6, 6, 10});
    award.marks(QStringLiteral("E2"), {7, 7, 7, 4});
    award.marks(QStringLiteral("E3"), {3, 3, 3, 3});
    const auto result = tally::runTally(award.file());
    const auto& robustness = result.categories.front().robustness;
    REQUIRE(robustness.computed);
    CHECK_FALSE(robustness.stable);
    REQUIRE(robustness.leaveOneOut.size() == 4);
    CHECK(robustness.leaveOneOut[3].first == QStringLiteral("J4"));
    CHECK(robustness.leaveOneOut[3].second.front() == test::refs({"E2"}));
    CHECK(robustness.leaveOneOut[0].second.front() == test::refs({"E1"}));
    // Median already picks E2: the methods disagree too.
    const auto& byMethod = robustness.byMethod;
    CHECK(byMethod[0].first == Method::WeightedMean);
    CHECK(byMethod[0].second.front() == test::refs({"E1"}));
    CHECK(byMethod[2].first == Method::Median);
    CHECK(byMethod[2].second.front() == test::refs({"E2"}));
}

TEST_CASE("leaving a judge out can drop an entry below quorum, which makes the result unstable",
          "[tally][robustness]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    award.marks(QStringLiteral("E2"), {7, 7, 7, 7});
    const auto result = tally::runTally(award.file());
    const auto& robustness = result.categories.front().robustness;
    CHECK_FALSE(robustness.stable);
    CHECK(robustness.leaveOneOut[0].second.front() == test::refs({"E2"}));
    CHECK(robustness.leaveOneOut[3].second.front() == test::refs({"E1"}));
}

TEST_CASE("robustness can be switched off for a quick tally", "[tally][robustness]") {
    test::SmallAward award;
    award.marks(QStringLiteral("E1"), {9, 9, 9});
    tally::TallyOptions options;
    options.robustness = false;
    const auto result = tally::runTally(award.file(), options);
    CHECK_FALSE(result.categories.front().robustness.computed);
    CHECK(result.categories.front().robustness.byMethod.empty());
}

TEST_CASE("one category can be tallied alone", "[tally]") {
    store::AwardFile demo = award::createDemoAward({});
    tally::TallyOptions options;
    options.categoryId = store::CategoryStore(demo.db()).categoryByName(QStringLiteral("Open City"))->id;
    const auto result = tally::runTally(demo, options);
    REQUIRE(result.categories.size() == 1);
    CHECK(result.categories.front().category.name == QStringLiteral("Open City"));
    CHECK(result.categories.front().entries.size() == 5);
}

TEST_CASE("reliability of the demo award: crossed panel, high agreement, no outlier", "[stats][demo]") {
    store::AwardFile demo = award::createDemoAward({});
    const auto report = stats::reliability(demo);
    REQUIRE(report.categories.size() == 5);
    for (const auto& c : report.categories) {
        INFO(c.category.name.toStdString());
        CHECK(c.submissions == 5);
        CHECK(c.judges == 7);
        CHECK(c.icc.crossedUnits == 5);
        CHECK(c.icc.crossedRaters == 7);
        CHECK_FALSE(c.icc.unequalGroups);
        CHECK(*c.icc.icc2k > 0.9);
        CHECK(*c.alpha.interval > 0.8);
        CHECK(c.alpha.pairableValues == 35);
        REQUIRE(c.judgesDetail.size() == 7);
        for (const auto& j : c.judgesDetail) {
            CHECK(j.scorecards == 5);
            CHECK_FALSE(j.outlier);
            CHECK(*j.consensusCorrelation > 0.9);
        }
        CHECK_FALSE(c.criterion);
    }
}

TEST_CASE("reliability per criterion works on that criterion's raw values in each category", "[stats]") {
    store::AwardFile demo = award::createDemoAward({});
    stats::ReliabilityOptions options;
    options.criterion = QStringLiteral("Impact");
    const auto report = stats::reliability(demo, options);
    REQUIRE(report.categories.size() == 5);
    CHECK(*report.categories.front().criterion == QStringLiteral("Impact"));
    CHECK(report.categories.front().scaleRange == Approx(9.0));
    options.criterion = QStringLiteral("Beauty");
    CHECK_THROWS_WITH(stats::reliability(demo, options), Catch::Contains("Beauty"));
}

TEST_CASE("reliability on the usual K-of-J design: one-way forms with k0, no crossed block", "[stats]") {
    test::SmallAward award;
    // Four judges, each entry scored by a different three.
    award.score(QStringLiteral("J1"), QStringLiteral("E1"), {8});
    award.score(QStringLiteral("J2"), QStringLiteral("E1"), {7});
    award.score(QStringLiteral("J3"), QStringLiteral("E1"), {9});
    award.score(QStringLiteral("J2"), QStringLiteral("E2"), {4});
    award.score(QStringLiteral("J3"), QStringLiteral("E2"), {5});
    award.score(QStringLiteral("J4"), QStringLiteral("E2"), {3});
    award.score(QStringLiteral("J1"), QStringLiteral("E3"), {6});
    award.score(QStringLiteral("J4"), QStringLiteral("E3"), {6});
    const auto report = stats::reliability(award.file());
    const auto& c = report.categories.front();
    CHECK(c.judges == 4);
    CHECK(c.submissions == 3);
    CHECK(c.icc.oneWayUnits == 3);
    CHECK(c.icc.unequalGroups);
    CHECK(c.icc.icc1);
    CHECK_FALSE(c.icc.icc2);
    CHECK_FALSE(c.icc.icc3k);
    CHECK(c.icc.crossedUnits == 0);
    CHECK(c.alpha.interval);
}

TEST_CASE("the handbook summary gives each category's tier winners, ICC(2,k), interval alpha and stability",
          "[tally][summary]") {
    store::AwardFile demo = award::createDemoAward({});
    const auto summary = tally::summarise(demo);
    REQUIRE(summary.size() == 5);
    const auto& services = summary.front();
    CHECK(services.category.name == QStringLiteral("Services"));
    REQUIRE(services.tiers.size() == 3);
    CHECK(services.tiers[0].tier == QStringLiteral("Best"));
    REQUIRE(services.tiers[0].winners.size() == 1);
    CHECK(services.tiers[0].winners[0].ref == QStringLiteral("SER-01"));
    CHECK(services.tiers[0].winners[0].city == QStringLiteral("Taipei"));
    CHECK(services.tiers[2].winners[0].ref == QStringLiteral("SER-03"));
    CHECK(*services.icc2k == Approx(0.990).margin(0.0005));
    CHECK(*services.intervalAlpha == Approx(0.924).margin(0.0005));
    CHECK(services.stable);
}

TEST_CASE("the handbook summary shows vacant tiers and a missing crossed block as empty", "[tally][summary]") {
    test::SmallAward award;
    award.score(QStringLiteral("J1"), QStringLiteral("E1"), {9});
    award.score(QStringLiteral("J2"), QStringLiteral("E1"), {8});
    award.score(QStringLiteral("J3"), QStringLiteral("E1"), {9});
    award.score(QStringLiteral("J4"), QStringLiteral("E2"), {3});
    tally::TallyOptions options;
    options.quorum = 1;
    const auto summary = tally::summarise(award.file(), options);
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].tiers[0].winners[0].ref == QStringLiteral("E1"));
    CHECK(summary[0].tiers[2].winners.empty());
    CHECK(summary[0].tiers[2].vacancy == tally::Vacancy::NoEntryAtRank);
    CHECK_FALSE(summary[0].icc2k);
}
