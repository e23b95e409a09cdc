// SPDX-License-Identifier: Apache-2.0
#include "core/store/AwardStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jurybox;

namespace {

using Run = test::CliRun;
using Args = std::vector<std::string>;
using test::invoke;
using test::jsonObject;

Args concat(Args head, const Args& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

/// Runs `tally --reliability`, plain `tally` and `reliability` on the same file and options and checks that the
/// one-pass document is the plain tally with the reliability document as its final member.
void checkOnePassJson(const Args& file, const Args& tallyOptions, const Args& reliabilityOptions,
                      qsizetype categories) {
    const Run both =
        invoke(concat(concat({"tally"}, file), concat({"--format", "json", "--reliability"}, tallyOptions)));
    const Run tally = invoke(concat(concat({"tally"}, file), concat({"--format", "json"}, tallyOptions)));
    const Run reliability =
        invoke(concat(concat({"reliability"}, file), concat({"--format", "json"}, reliabilityOptions)));
    REQUIRE(both.status == 0);
    REQUIRE(tally.status == 0);
    REQUIRE(reliability.status == 0);
    CHECK(both.err == tally.err);

    QJsonObject root = jsonObject(both.out);
    REQUIRE(root.contains(QStringLiteral("reliability")));
    const QJsonObject agreement = root[QStringLiteral("reliability")].toObject();
    CHECK(agreement[QStringLiteral("categories")].toArray().size() == categories);
    CHECK(agreement == jsonObject(reliability.out));
    root.remove(QStringLiteral("reliability"));
    CHECK(root == jsonObject(tally.out));

    // Streamed in order: the plain tally's text, then the reliability member last.
    const std::string close = "\n}\n";
    REQUIRE(tally.out.size() > close.size());
    const std::string tallyBody = tally.out.substr(0, tally.out.size() - close.size());
    CHECK(both.out.compare(0, tallyBody.size(), tallyBody) == 0);
    const std::string member = ",\n    \"reliability\": {";
    CHECK(both.out.compare(tallyBody.size(), member.size(), member) == 0);
    CHECK_THAT(both.out, Catch::EndsWith("\n    }\n}\n"));
}

} // namespace

TEST_CASE("tally --reliability lists the option in its help", "[cli][tally]") {
    const Run help = invoke({"tally", "--help"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("[--reliability]"));
    CHECK_THAT(help.out, Catch::Contains("--reliability "));
}

TEST_CASE("tally --reliability in JSON is the tally plus the reliability document of the same round", "[cli][tally]") {
    SECTION("the whole demo award") {
        checkOnePassJson({":demo:"}, {}, {}, 5);
    }
    SECTION("one category, which both parts keep to") {
        checkOnePassJson({":demo:"}, {"--category", "Services"}, {"--category", "Services"}, 1);
    }
    SECTION("another method changes the tally part only") {
        checkOnePassJson({":demo:"}, {"--method", "borda", "--category", "Efficiency"}, {"--category", "Efficiency"},
                         1);
    }
}

TEST_CASE("tally --reliability --round analyses the round it tallies", "[cli][tally]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("rounds.jurybox"));
    {
        test::SmallAward award(path);
        const Id second = store::AwardStore(award.file().db()).addRound(QStringLiteral("Second"));
        // The panel agrees in the final round and disagrees in the second.
        const std::vector<std::pair<const char*, std::vector<double>>> final = {
            {"E1", {9, 9, 8}}, {"E2", {7, 6, 7}}, {"E3", {4, 4, 5}}, {"E4", {2, 3, 2}}};
        const std::vector<std::pair<const char*, std::vector<double>>> other = {
            {"E1", {2, 9, 5}}, {"E2", {9, 3, 6}}, {"E3", {5, 5, 1}}, {"E4", {8, 2, 9}}};
        for (const auto& [entry, marks] : final) {
            for (std::size_t j = 0; j < marks.size(); ++j) {
                const QString judge = QStringLiteral("J%1").arg(j + 1);
                award.score(judge, QString::fromLatin1(entry), {marks[j]});
            }
        }
        for (const auto& [entry, marks] : other) {
            for (std::size_t j = 0; j < marks.size(); ++j) {
                const QString judge = QStringLiteral("J%1").arg(j + 1);
                award.score(judge, QString::fromLatin1(entry), {marks[j]}, ScorecardStatus::Submitted, second);
            }
        }
    }
    const Args file = {path.toStdString()};
    for (const char* round : {"Final", "Second"}) {
        checkOnePassJson(file, {"--round", round}, {"--round", round}, 1);
        const Run both = invoke({"tally", path.toStdString(), "--format", "json", "--reliability", "--round", round});
        CHECK(jsonObject(both.out)[QStringLiteral("round")].toString() == QString::fromLatin1(round));
    }
    const Run final = invoke({"reliability", path.toStdString(), "--format", "json", "--round", "Final"});
    const Run second = invoke({"reliability", path.toStdString(), "--format", "json", "--round", "Second"});
    CHECK(jsonObject(final.out) != jsonObject(second.out)); // else the round test above could not tell them apart
}

TEST_CASE("tally --reliability as a table prints the tally text followed by the reliability text", "[cli][tally]") {
    const Run both = invoke({"tally", ":demo:", "--reliability", "--category", "Services"});
    const Run tally = invoke({"tally", ":demo:", "--category", "Services"});
    const Run reliability = invoke({"reliability", ":demo:", "--category", "Services"});
    REQUIRE(both.status == 0);
    CHECK(both.out == tally.out + "\n" + reliability.out);
    CHECK_THAT(both.out, Catch::Contains("Robustness: stable"));
    CHECK_THAT(both.out, Catch::Contains("Services — 5 submissions, 7 judges"));
    CHECK_THAT(both.out, !Catch::Contains("Efficiency"));
}

TEST_CASE("tally --reliability refuses csv and names the formats that work", "[cli][tally]") {
    const Run run = invoke({"tally", ":demo:", "--reliability", "--format", "csv"});
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("jurybox-cli tally: --reliability does not work with --format csv; use "
                                          "--format table or --format json\n"));
    CHECK_THAT(run.err, Catch::Contains("Usage: jurybox-cli tally"));
}
