// SPDX-License-Identifier: Apache-2.0
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace jurybox;

namespace {

using Run = test::CliRun;
using test::invoke;
using test::jsonObject;

std::set<QString> keys(const QJsonObject& o) {
    const QStringList k = o.keys();
    return {k.begin(), k.end()};
}

std::set<QString> keySet(std::initializer_list<const char*> names) {
    std::set<QString> out;
    for (const char* n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

} // namespace

TEST_CASE("tally, reliability and shortlist have help and are listed", "[cli][tally]") {
    const Run overview = invoke({"--help"});
    for (const char* command : {"tally", "reliability", "shortlist"}) {
        CHECK_THAT(overview.out, Catch::Contains(command));
        const Run help = invoke({command, "--help"});
        CHECK(help.status == 0);
        CHECK_THAT(help.out, Catch::Contains(std::string("Usage: jurybox-cli ") + command));
    }
}

TEST_CASE("tally prints the demo's winners as an aligned table with tiers and robustness", "[cli][tally]") {
    const Run run = invoke({"tally", ":demo:", "--category", "Services"});
    REQUIRE(run.status == 0);
    CHECK(run.err.empty());
    CHECK_THAT(run.out,
               Catch::StartsWith("The 2nd WeGO Awards 2014 · round Final · method weighted-mean · quorum 3\n"));
    CHECK_THAT(run.out, Catch::Contains("   1  ★ Best            SER-01  One-stop civil service portal of Taipei "));
    CHECK_THAT(run.out, Catch::Contains("   2  ★ Outstanding     SER-02"));
    CHECK_THAT(run.out, Catch::Contains("   3  ★ Most Promising  SER-03"));
    CHECK_THAT(run.out, Catch::Contains("88.41  88.41       7"));
    CHECK_THAT(run.out, Catch::Contains("Robustness: stable — the same winners under all 5 methods and with each of "
                                        "the 7 judges left out in turn."));
    CHECK_THAT(run.out, !Catch::Contains("Efficiency"));
}

TEST_CASE("tally --format json follows the contract keys exactly", "[cli][tally]") {
    const Run run = invoke({"tally", ":demo:", "--format", "json", "--method", "borda"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out, !Catch::Contains("NaN") && !Catch::Contains(": nan") && !Catch::Contains(": inf"));
    const QJsonObject root = jsonObject(run.out);
    CHECK(keys(root) == keySet({"award", "round", "method", "categories"}));
    CHECK(root[QStringLiteral("method")].toString() == QStringLiteral("borda"));
    const QJsonArray categories = root[QStringLiteral("categories")].toArray();
    REQUIRE(categories.size() == 5);
    const QJsonObject services = categories[0].toObject();
    CHECK(keys(services) == keySet({"category", "entries", "robustness"}));
    const QJsonObject first = services[QStringLiteral("entries")].toArray()[0].toObject();
    CHECK(keys(first) == keySet({"rank", "submission", "title", "city", "country", "score", "weighted_mean", "criteria",
                                 "scorecards", "tier", "tie", "below_quorum"}));
    CHECK(first[QStringLiteral("submission")].toString() == QStringLiteral("SER-01"));
    CHECK(first[QStringLiteral("rank")].toInt() == 1);
    CHECK(first[QStringLiteral("score")].toDouble() == Approx(1.0));
    CHECK(first[QStringLiteral("criteria")].toObject().keys() ==
          test::refs({"Impact", "Innovation", "Transferability"}));
    const QJsonObject robustness = services[QStringLiteral("robustness")].toObject();
    CHECK(keys(robustness) == keySet({"stable", "by_method", "leave_one_out"}));
    CHECK(robustness[QStringLiteral("stable")].toBool());
    CHECK(robustness[QStringLiteral("by_method")].toObject().keys() ==
          test::refs({"borda", "median", "trimmed-mean", "weighted-mean", "z-score"}));
    CHECK(robustness[QStringLiteral("leave_one_out")].toObject().size() == 7);
    CHECK(robustness[QStringLiteral("by_method")].toObject()[QStringLiteral("median")].toArray() ==
          QJsonArray({QStringLiteral("SER-01"), QStringLiteral("SER-02"), QStringLiteral("SER-03")}));
}

TEST_CASE("tally --format csv has one row per entry with a fixed header", "[cli][tally]") {
    const Run run = invoke({"tally", ":demo:", "--format", "csv"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out, Catch::StartsWith("category,rank,tier,submission,title,city,country,score,weighted_mean,"
                                          "criteria,scorecards,tie,below_quorum,flags\r\n"));
    CHECK_THAT(run.out, Catch::Contains("Services,1,Best,SER-01,"));
    CHECK(std::count(run.out.begin(), run.out.end(), '\n') == 26);
}

TEST_CASE("a tie at a tier boundary is shown in the table and warned about on stderr", "[cli][tally]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("tie.jurybox"));
    {
        test::SmallAward award(path);
        award.marks(QStringLiteral("E1"), {8, 8, 8});
        award.marks(QStringLiteral("E2"), {8, 8, 8});
        award.marks(QStringLiteral("E3"), {5, 5, 5});
        award.marks(QStringLiteral("E4"), {9, 9});
        award.score(QStringLiteral("J1"), QStringLiteral("E5"), {});
        award.score(QStringLiteral("J2"), QStringLiteral("E5"), {10});
        store::SubmissionStore(award.file().db())
            .setStatus(award.entry(QStringLiteral("E3")), SubmissionStatus::Withdrawn);
    }
    const Run run = invoke({"tally", path.toStdString()});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.err, Catch::Contains("warning: Services: E1, E2 are tied at rank 1 (Best); the tie is not broken"));
    CHECK_THAT(run.out, Catch::Contains("   1  ★ Best  E1"));
    CHECK_THAT(run.out, Catch::Contains("   1  ★ Best  E2"));
    CHECK_THAT(run.out, Catch::Contains("tie\n"));
    CHECK_THAT(run.out, Catch::Contains("below quorum"));
    CHECK_THAT(run.out, Catch::Contains("withdrawn"));
    CHECK_THAT(run.out, Catch::Contains("Vacant: Outstanding (no entry at this rank)"));
    CHECK_THAT(run.out, Catch::Contains("Vacant: Most Promising (no entry at this rank)"));
    CHECK_THAT(run.out, Catch::Contains("Tie for Best at rank 1: E1, E2 share it (not broken)."));
    CHECK_THAT(run.out, Catch::Contains("Incomplete scorecards (not counted):\n  J1 on E5: missing Merit"));
    CHECK_THAT(run.out, Catch::Contains("Robustness: NOT stable"));

    const Run json = invoke({"tally", path.toStdString(), "--format", "json"});
    const QJsonObject services = jsonObject(json.out)[QStringLiteral("categories")].toArray()[0].toObject();
    const QJsonArray winners = services[QStringLiteral("robustness")]
                                   .toObject()[QStringLiteral("by_method")]
                                   .toObject()[QStringLiteral("weighted-mean")]
                                   .toArray();
    CHECK(winners == QJsonArray({QStringLiteral("E1"), QStringLiteral("E2"), QJsonValue(), QJsonValue()}));
    const QJsonArray entries = services[QStringLiteral("entries")].toArray();
    CHECK(entries[0].toObject()[QStringLiteral("tie")].toBool());
    const QJsonObject withdrawn = entries[entries.size() - 1].toObject();
    CHECK(withdrawn[QStringLiteral("submission")].toString() == QStringLiteral("E3"));
    CHECK(withdrawn[QStringLiteral("rank")].isNull());
    CHECK(withdrawn[QStringLiteral("score")].isNull());
    CHECK(withdrawn[QStringLiteral("criteria")].toObject()[QStringLiteral("Merit")].isNull());
}

TEST_CASE("tally refuses unknown methods, rounds and categories and bad numbers", "[cli][tally]") {
    const Run method = invoke({"tally", ":demo:", "--method", "medain"});
    CHECK(method.status == 2);
    CHECK_THAT(method.err, Catch::Contains("unknown method 'medain'; did you mean 'median'?"));
    const Run round = invoke({"tally", ":demo:", "--round", "Semifinal"});
    CHECK(round.status == 1);
    CHECK_THAT(round.err, Catch::Contains("unknown round \"Semifinal\"; the award has: Final"));
    const Run category = invoke({"tally", ":demo:", "--category", "Servises"});
    CHECK(category.status == 1);
    CHECK_THAT(category.err, Catch::Contains("did you mean \"Services\"?"));
    const Run quorum = invoke({"tally", ":demo:", "--quorum", "0"});
    CHECK(quorum.status == 2);
    CHECK_THAT(quorum.err, Catch::Contains("--quorum 0 is too small: it must be at least 1"));
    const Run trim = invoke({"tally", ":demo:", "--trim", "many"});
    CHECK(trim.status == 2);
}

TEST_CASE("reliability prints the ICCs, alpha and each judge, and JSON follows the contract", "[cli][stats]") {
    const Run table = invoke({"reliability", ":demo:", "--category", "Services"});
    REQUIRE(table.status == 0);
    CHECK_THAT(table.out, Catch::Contains("Services — 5 submissions, 7 judges"));
    CHECK_THAT(table.out, Catch::Contains("  ICC(2,1) 0.937   ICC(2,k) 0.990   two-way over the fully crossed block: "
                                          "5 entries × 7 judges"));
    CHECK_THAT(table.out, Catch::Contains("interval 0.924"));
    CHECK_THAT(table.out, Catch::Contains("  J1     Chris Moore                   5  -1.37     0.973"));
    CHECK_THAT(table.out, Catch::Contains("Outlier rule: a judge is an outlier when |severity| exceeds 10 % of the "
                                          "scale range"));

    const Run json = invoke({"reliability", ":demo:", "--format", "json", "--criterion", "Impact"});
    REQUIRE(json.status == 0);
    const QJsonObject root = jsonObject(json.out);
    CHECK(keys(root) == keySet({"categories"}));
    const QJsonObject first = root[QStringLiteral("categories")].toArray()[0].toObject();
    CHECK(keys(first) ==
          keySet({"category", "criterion", "submissions", "judges", "icc", "krippendorff_alpha", "judges_detail"}));
    CHECK(first[QStringLiteral("criterion")].toString() == QStringLiteral("Impact"));
    CHECK(keys(first[QStringLiteral("icc")].toObject()) == keySet({"ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"}));
    CHECK(keys(first[QStringLiteral("krippendorff_alpha")].toObject()) ==
          keySet({"nominal", "ordinal", "interval", "ratio"}));
    CHECK(keys(first[QStringLiteral("judges_detail")].toArray()[0].toObject()) ==
          keySet({"judge", "scorecards", "severity", "consensus_correlation", "outlier"}));

    const Run csv = invoke({"reliability", ":demo:", "--format", "csv"});
    CHECK(csv.status == 2);
    const Run criterion = invoke({"reliability", ":demo:", "--criterion", "Beauty"});
    CHECK(criterion.status == 1);
    CHECK_THAT(criterion.err, Catch::Contains("no category has a criterion named \"Beauty\""));
}

TEST_CASE("reliability says when one-way groups are unequal and gives null for a missing crossed block",
          "[cli][stats]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("kofj.jurybox"));
    {
        test::SmallAward award(path);
        award.score(QStringLiteral("J1"), QStringLiteral("E1"), {8});
        award.score(QStringLiteral("J2"), QStringLiteral("E1"), {7});
        award.score(QStringLiteral("J2"), QStringLiteral("E2"), {4});
        award.score(QStringLiteral("J3"), QStringLiteral("E2"), {5});
        award.score(QStringLiteral("J1"), QStringLiteral("E3"), {6});
        award.score(QStringLiteral("J3"), QStringLiteral("E3"), {6});
        award.score(QStringLiteral("J2"), QStringLiteral("E3"), {5});
    }
    const Run table = invoke({"reliability", path.toStdString()});
    REQUIRE(table.status == 0);
    CHECK_THAT(table.out, Catch::Contains("one-way over 3 entries with unequal group sizes: k0 = 2.29 (adjusted "
                                          "mean group size)"));
    CHECK_THAT(table.out, Catch::Contains("ICC(2,1) –   ICC(2,k) –   two-way: no fully crossed block"));
    const Run json = invoke({"reliability", path.toStdString(), "--format", "json"});
    const QJsonObject icc =
        jsonObject(json.out)[QStringLiteral("categories")].toArray()[0].toObject()[QStringLiteral("icc")].toObject();
    CHECK(icc[QStringLiteral("ICC2")].isNull());
    CHECK(icc[QStringLiteral("ICC3k")].isNull());
    CHECK(icc[QStringLiteral("ICC1")].isDouble());
}

TEST_CASE("shortlist assigns every unconflicted judge to the top N of each category in one go", "[cli][shortlist]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("wego.jurybox"));
    {
        store::AwardFile demo = test::makeDemo(path);
        // Every demo judge scored every entry; a new judge brings a conflict of interest with EFF-07.
        Judge newcomer;
        newcomer.ref = QStringLiteral("J8");
        newcomer.name = QStringLiteral("New Judge");
        newcomer.country = QStringLiteral("Finland");
        const Id judge = store::JudgeStore(demo.db()).insert(newcomer);
        const Id entry = store::SubmissionStore(demo.db()).byRef(QStringLiteral("EFF-07"))->id;
        store::ConflictStore(demo.db()).put(
            {judge, entry, QStringLiteral("adviser to the city"), ConflictStatus::Confirmed});
    }
    const Run run = invoke({"shortlist", path.toStdString(), "--from", "Final", "--top", "2", "--to", "Grand Final"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("Services          SER-01\n") && Catch::Contains("Efficiency        EFF-07\n"));
    CHECK(std::count(run.out.begin(), run.out.end(), '\n') == 12);
    CHECK_THAT(run.err, Catch::Contains("Created round \"Grand Final\". 79 assignment(s) added, 1 left out for a "
                                        "conflict of interest."));
    {
        store::AwardFile award = store::AwardFile::open(path);
        const auto round = store::AwardStore(award.db()).roundByName(QStringLiteral("Grand Final"));
        REQUIRE(round);
        CHECK(store::AssignmentStore(award.db()).all(round->id).size() == 79);
    }
    const Run again = invoke({"shortlist", path.toStdString(), "--from", "Final", "--top", "2", "--to", "Grand Final"});
    CHECK(again.status == 0);
    CHECK_THAT(again.err, Catch::Contains("Round \"Grand Final\": 0 assignment(s) added"));

    const QString before = test::dumpDatabase(path);
    const Run missing = invoke({"shortlist", path.toStdString(), "--from", "Semis", "--top", "2", "--to", "X"});
    CHECK(missing.status == 1);
    CHECK_THAT(missing.err, Catch::Contains("unknown round \"Semis\""));
    const Run itself = invoke({"shortlist", path.toStdString(), "--from", "Final", "--top", "2", "--to", "Final"});
    CHECK(itself.status == 1);
    CHECK_THAT(itself.err, Catch::Contains("into itself"));
    const Run zero = invoke({"shortlist", path.toStdString(), "--from", "Final", "--top", "0", "--to", "X"});
    CHECK(zero.status == 2);
    const Run noTarget = invoke({"shortlist", path.toStdString(), "--from", "Final", "--top", "2"});
    CHECK(noTarget.status == 2);
    CHECK(test::dumpDatabase(path) == before);
}
