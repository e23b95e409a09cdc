// SPDX-License-Identifier: Apache-2.0
#include "core/db/Database.h"
#include "core/exchange/JudgeSession.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace jurybox;

namespace {

using Run = test::CliRun;
using test::invoke;

std::string demo(const char* name) {
    return test::demoCsv(QString::fromLatin1(name)).toStdString();
}

} // namespace

TEST_CASE("assign, package, score and merge work from the command line with exact messages", "[cli]") {
    test::TempDir dir;
    const std::string award = dir.path(QStringLiteral("a.jurybox")).toStdString();
    const std::string pkg = dir.path(QStringLiteral("j3.jurypkg")).toStdString();
    REQUIRE(invoke({"init", award, "--empty"}).status == 0);
    REQUIRE(invoke({"import", award, "--criteria", demo("criteria.csv"), "--submissions", demo("submissions.csv"),
                    "--judges", demo("judges.csv")})
                .status == 0);
    const Run found = invoke({"conflicts", award, "--find"});
    CHECK(found.status == 0);
    CHECK_THAT(found.err, Catch::StartsWith("8 possible conflict(s) recorded"));
    CHECK(invoke({"conflicts", award, "--confirm", "J3,OPE-11", "--reason", "Adviser to Helsinki"}).status == 0);
    CHECK(invoke({"conflicts", award, "--confirm", "J3"}).status == 2);

    const Run assign = invoke({"assign", award, "--per-submission", "3", "--seed", "5"});
    CHECK(assign.status == 0);
    CHECK_THAT(assign.err, Catch::Contains("75 assignment(s) added, 0 kept; each judge has 10–11 entries."));

    const Run package = invoke({"package", award, "--judge", "J3", "--out", pkg});
    REQUIRE(package.status == 0);
    const std::string code = package.out.substr(0, package.out.size() - 1);
    CHECK(code.size() == 19); // the access code alone on stdout
    CHECK(invoke({"package", award, "--judge", "J3", "--out", pkg}).status == 1);
    const Run codes = invoke({"list", award, "judges", "--show-codes", "--format", "csv"});
    CHECK_THAT(codes.out, Catch::Contains(",Open Ministry,Founder and President,," + code));

    const Run wrong = invoke({"score", pkg, "--code", "ABCD-EFGH-JKLM-NPQR"});
    CHECK(wrong.status == 1);
    CHECK_THAT(wrong.err, Catch::Contains("the access code does not open this package"));

    const QString bad = dir.write(QStringLiteral("bad.csv"), "submission,criterion,score\nOPE-11,Impact,5\n");
    const Run refused = invoke({"score", pkg, "--code", code, "--scores", bad.toStdString()});
    CHECK(refused.status == 1);
    CHECK_THAT(refused.err, Catch::Contains("bad.csv:2: column \"submission\": OPE-11 is not one of your entries"));

    const Run progress = invoke({"score", pkg, "--code", code});
    CHECK(progress.status == 0);
    CHECK_THAT(progress.out,
               Catch::Contains("Joonas Pekkanen: scored 0 / assigned 1") && Catch::EndsWith(", submitted 0\n"));

    const Run merge = invoke({"merge", award, pkg});
    CHECK(merge.status == 0);
    CHECK_THAT(merge.out, Catch::Contains("merged"));
    const Run other = invoke({"merge", award, award});
    CHECK(other.status == 1);
    CHECK_THAT(other.err, Catch::Contains("is an award file (.jurybox), not a judge package"));
}

TEST_CASE("one merge command keeps the good packages and rejects a tampered one with the usual message", "[cli]") {
    test::TempDir dir;
    const std::string award = dir.path(QStringLiteral("a.jurybox")).toStdString();
    REQUIRE(invoke({"init", award, "--empty"}).status == 0);
    REQUIRE(invoke({"import", award, "--criteria", demo("criteria.csv"), "--submissions", demo("submissions.csv"),
                    "--judges", demo("judges.csv")})
                .status == 0);
    REQUIRE(invoke({"assign", award, "--per-submission", "3", "--seed", "5"}).status == 0);
    std::vector<std::string> packages;
    for (const char* judge : {"J1", "J2", "J4"}) {
        const QString pkg = dir.path(QString::fromLatin1(judge) + QStringLiteral(".jurypkg"));
        const Run made = invoke({"package", award, "--judge", judge, "--out", pkg.toStdString()});
        REQUIRE(made.status == 0);
        // The judge gives every assigned entry a 7 on every criterion and submits.
        auto session =
            exchange::JudgeSession::open(pkg, QString::fromStdString(made.out.substr(0, made.out.size() - 1)));
        for (const auto& e : session.entries())
            for (const Criterion& c : session.criteriaOf(e.submission.categoryId))
                session.setScore(e.submission.ref, c.id, 7);
        REQUIRE(session.submitAllComplete() > 0);
        packages.push_back(pkg.toStdString());
    }
    db::Database(QString::fromStdString(packages[1]), db::Database::Mode::ReadWrite)
        .exec("UPDATE score SET value = 3 WHERE scorecard_id = (SELECT MIN(scorecard_id) FROM score)");

    const Run merge = invoke({"merge", award, packages[0], packages[1], packages[2]});
    CHECK(merge.status == 1);
    CHECK_THAT(merge.err, Catch::StartsWith("rejected J2.jurypkg: the scorecard for ") &&
                              Catch::EndsWith(" fails its signature check: it was changed outside Jurybox; nothing "
                                              "from it was merged\n"));
    CHECK_THAT(merge.out, Catch::Contains("J1.jurypkg") && Catch::Contains("J4.jurypkg"));
    const Run cards = invoke({"list", award, "scorecards", "--format", "csv"});
    REQUIRE(cards.status == 0);
    CHECK_THAT(cards.out, Catch::Contains("\nJ1,") && Catch::Contains("\nJ4,") && !Catch::Contains("\nJ2,"));
    const Run audit = invoke({"audit", award});
    CHECK_THAT(audit.out, Catch::Contains("Merged J1.jurypkg") && Catch::Contains("Merged J4.jurypkg") &&
                              !Catch::Contains("Merged J2.jurypkg"));
    CHECK(invoke({"check", award}).status == 0);
}
