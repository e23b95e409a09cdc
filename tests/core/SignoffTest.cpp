// SPDX-License-Identifier: Apache-2.0
#include "core/signoff/Signoff.h"
#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/check/AwardCheck.h"
#include "core/import/AwardImport.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using Catch::Contains;

namespace {

tally::TallyOptions median() {
    tally::TallyOptions o;
    o.method = tally::Method::Median;
    return o;
}

} // namespace

TEST_CASE("a sign-off records method, parameters, results and a digest, and is audited", "[signoff]") {
    test::TempDir dir;
    auto file = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    const auto s = signoff::signOff(file, median(), QStringLiteral("Ana Lima"));
    CHECK(s.method == QStringLiteral("median"));
    CHECK(s.parameters == QStringLiteral("{\"quorum\":3,\"trim\":1}"));
    CHECK(s.digest.size() == 64);
    CHECK(s.results.contains(QStringLiteral("\"tier\":\"Best\"")));
    CHECK(s.digest == signoff::digestOf(file, s.round.id, s.parameters, s.results));
    REQUIRE(signoff::activeSignoff(file.db(), s.round.id));
    CHECK(audit::AuditLog(file.db()).events().back().action == QStringLiteral("signoff"));
    CHECK(check::checkAward(file).isEmpty());
    CHECK_THROWS_AS(signoff::signOff(file, median(), QStringLiteral("Someone")), ConflictError);
}

TEST_CASE("while signed off, an import that would alter the tally is refused by name and changes nothing",
          "[signoff]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.jurybox"));
    {
        auto file = test::makeDemo(path);
        signoff::signOff(file, {}, QStringLiteral("Ana Lima"));
    }
    const QString before = test::dumpDatabase(path);
    {
        auto file = store::AwardFile::open(path);
        import::ImportSources scores;
        scores.scores = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Impact,2\n");
        CHECK_THROWS_WITH(import::importCsv(file, scores),
                          Contains("the tally is frozen: round \"Final\" signed off by Ana Lima") &&
                              Contains("--revoke"));
        import::ImportSources status;
        status.submissions =
            dir.write(QStringLiteral("w.csv"), "id,title,city,country,category,status\n"
                                               "SER-01,Portal,Taipei,Chinese Taipei,Services,withdrawn\n");
        CHECK_THROWS_AS(import::importCsv(file, status), ConflictError);
    }
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("the database itself refuses changes to a signed-off tally from any writer", "[signoff]") {
    auto file = test::makeDemo({});
    signoff::signOff(file, {}, QStringLiteral("Ana Lima"));
    auto& db = file.db();
    const char* writes[] = {
        "UPDATE scorecard SET revision = revision + 1 WHERE id = 1",
        "DELETE FROM scorecard WHERE id = 1",
        "INSERT INTO assignment (judge_id, submission_id, round_id) VALUES (1, 2, 1)",
        "DELETE FROM assignment WHERE judge_id = 1 AND submission_id = 1",
        "INSERT INTO conflict (judge_id, submission_id, status) VALUES (1, 2, 'possible')",
        "UPDATE criterion SET weight = 9 WHERE id = 1",
        "UPDATE tier SET min_score = 50 WHERE position = 1",
        "UPDATE submission SET status = 'withdrawn' WHERE id = 1",
        "INSERT INTO submission (ref, title, city, country, category_id) VALUES ('X', 't', 'c', 'k', 1)",
    };
    for (const char* sql : writes) {
        INFO(sql);
        CHECK_THROWS_WITH(db.exec(sql), Contains("signed off"));
    }
    // Edits that do not touch the tally stay possible: a description, a judge's e-mail.
    CHECK_NOTHROW(db.exec("UPDATE criterion SET description = 'clearer words' WHERE id = 1"));
    CHECK_NOTHROW(db.exec("UPDATE judge SET email = 'chris@example.org' WHERE ref = 'J1'"));
}

TEST_CASE("check finds a value edited behind Jurybox's back after the sign-off", "[signoff]") {
    auto file = test::makeDemo({});
    signoff::signOff(file, {}, QStringLiteral("Ana Lima"));
    file.db().exec("UPDATE score SET value = 1 WHERE scorecard_id = 1 AND criterion_id = "
                   "(SELECT MIN(criterion_id) FROM score WHERE scorecard_id = 1)");
    const QStringList problems = check::checkAward(file);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().contains(QStringLiteral("the digest no longer matches")));
}

TEST_CASE("revoking lifts the freeze, is audited and keeps the old sign-off on record", "[signoff]") {
    auto file = test::makeDemo({});
    const auto s = signoff::signOff(file, {}, QStringLiteral("Ana Lima"));
    CHECK_THROWS_WITH(signoff::revoke(file, std::nullopt, QStringLiteral(" ")), Contains("--by"));
    const auto revoked = signoff::revoke(file, std::nullopt, QStringLiteral("Kim Min-jun"));
    CHECK(revoked.revokedBy == QStringLiteral("Kim Min-jun"));
    CHECK_FALSE(signoff::activeSignoff(file.db(), s.round.id));
    CHECK_NOTHROW(file.db().exec("UPDATE tier SET min_score = 50 WHERE position = 1"));
    const auto all = signoff::allSignoffs(file.db());
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all.front().active());
    CHECK(audit::AuditLog(file.db()).events().back().action == QStringLiteral("revoke"));
    CHECK_THROWS_WITH(signoff::revoke(file, std::nullopt, QStringLiteral("Kim")), Contains("no active sign-off"));
}
