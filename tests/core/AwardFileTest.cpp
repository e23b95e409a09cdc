// SPDX-License-Identifier: Apache-2.0
#include "core/store/AwardFile.h"
#include "core/Error.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/store/AwardStore.h"
#include "core/store/Schema.h"
#include "core/store/ScorecardStore.h"
#include "tests/support/SmallAward.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <map>

using namespace jurybox;

namespace {

Award sampleAward() {
    return {QString(), QStringLiteral("Seoul Smart City Prize"), 2026, QStringLiteral("WeGO")};
}

} // namespace

TEST_CASE("a new award file carries its kind, schema version, WAL and enforced foreign keys", "[store]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("prize.jurybox"));
    {
        auto file = store::AwardFile::create(path, sampleAward());
        CHECK(file.db().pragmaInt("application_id") == store::kAwardApplicationId);
        CHECK(file.db().pragmaInt("user_version") == store::currentAwardSchemaVersion());
        CHECK(file.db().pragmaInt("foreign_keys") == 1);
    }
    auto reopened = store::AwardFile::open(path);
    db::Statement mode = reopened.db().prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    const Award award = store::AwardStore(reopened.db()).award();
    CHECK(award.name == QStringLiteral("Seoul Smart City Prize"));
    CHECK(award.year == 2026);
    CHECK(award.uuid.size() == 36);
}

TEST_CASE("creating an award never overwrites an existing file", "[store]") {
    test::TempDir dir;
    const QString path = dir.write(QStringLiteral("taken.jurybox"), "precious");
    CHECK_THROWS_WITH(store::AwardFile::create(path, sampleAward()), Catch::Contains("never overwrites"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
}

TEST_CASE("files that are not award files are refused with a clear message", "[store]") {
    test::TempDir dir;
    SECTION("a text file") {
        const QString path = dir.write(QStringLiteral("notes.jurybox"), QByteArray(4096, 'x'));
        CHECK_THROWS_WITH(store::AwardFile::open(path), Catch::Contains("not an SQLite database"));
    }
    SECTION("an SQLite database of another program") {
        const QString path = dir.path(QStringLiteral("other.db"));
        db::Database(path, db::Database::Mode::Create).exec("CREATE TABLE x (y)");
        CHECK_THROWS_WITH(store::AwardFile::open(path), Catch::Contains("not a Jurybox award file"));
    }
    SECTION("a judge package") {
        const QString path = dir.path(QStringLiteral("judge.jurypkg"));
        db::Database db(path, db::Database::Mode::Create);
        db.exec("PRAGMA application_id = 1246776135; CREATE TABLE x (y)");
        CHECK_THROWS_WITH(store::AwardFile::open(path), Catch::Contains("is a judge package"));
    }
}

TEST_CASE("a file written by a newer Jurybox is refused, not damaged", "[store]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("future.jurybox"));
    {
        auto file = store::AwardFile::create(path, sampleAward());
        file.db().exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_WITH(store::AwardFile::open(path), Catch::Contains("newer Jurybox") && Catch::Contains("999"));
    db::Database raw(path, db::Database::Mode::ReadOnly);
    CHECK(raw.pragmaInt("user_version") == 999);
}

TEST_CASE("every migration step is numbered in order and ends at the current version", "[store]") {
    int previous = 0;
    for (const store::Migration& m : store::awardMigrations()) {
        CHECK(m.version == previous + 1);
        previous = m.version;
    }
    CHECK(previous == store::currentAwardSchemaVersion());
}

TEST_CASE("the database itself refuses a scorecard for a conflicted pair", "[store]") {
    auto file = store::AwardFile::createInMemory(sampleAward());
    auto& db = file.db();
    db.exec("INSERT INTO round (position, name) VALUES (1, 'Final');"
            "INSERT INTO category (position, name) VALUES (1, 'Services');"
            "INSERT INTO criterion (category_id, position, name, weight, scale_min, scale_max) "
            "VALUES (1, 1, 'Impact', 1, 1, 10);"
            "INSERT INTO submission (ref, title, city, country, category_id) VALUES ('S1', 't', 'Seoul', 'Korea', 1);"
            "INSERT INTO judge (ref, name, country) VALUES ('J1', 'Kim', 'Korea');"
            "INSERT INTO conflict (judge_id, submission_id) VALUES (1, 1);");
    CHECK_THROWS_WITH(db.exec("INSERT INTO scorecard (judge_id, submission_id, round_id, created_at, updated_at) "
                              "VALUES (1, 1, 1, '', '')"),
                      Catch::Contains("conflict of interest"));
    db.exec("DELETE FROM conflict; INSERT INTO scorecard (judge_id, submission_id, round_id, created_at, updated_at) "
            "VALUES (1, 1, 1, '', '')");
    CHECK_THROWS_WITH(db.exec("INSERT INTO conflict (judge_id, submission_id) VALUES (1, 1)"),
                      Catch::Contains("already holds a scorecard"));
}

TEST_CASE("a round's scorecard statuses are read without their values, draft and submitted told apart", "[store]") {
    test::SmallAward award;
    award.score(QStringLiteral("J1"), QStringLiteral("A"), {7});
    award.score(QStringLiteral("J2"), QStringLiteral("A"), {5}, ScorecardStatus::Draft);
    const auto statuses = store::ScorecardStore(award.file().db()).statuses(award.round());
    REQUIRE(statuses.size() == 2);
    std::map<Id, ScorecardStatus> byJudge;
    for (const Scorecard& s : statuses) {
        CHECK(s.submissionId == award.entry(QStringLiteral("A")));
        CHECK(s.values.empty());
        byJudge[s.judgeId] = s.status;
    }
    CHECK(byJudge.at(award.judge(QStringLiteral("J1"))) == ScorecardStatus::Submitted);
    CHECK(byJudge.at(award.judge(QStringLiteral("J2"))) == ScorecardStatus::Draft);
}
