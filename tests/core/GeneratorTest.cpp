// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/check/AwardCheck.h"
#include "core/db/Statement.h"
#include "core/generate/SyntheticAward.h"
#include "core/store/CategoryStore.h"
#include "core/store/ScorecardStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace jurybox;

namespace {

std::int64_t scalar(store::AwardFile& file, const char* sql) {
    db::Statement st = file.db().prepare(sql);
    return st.step() ? st.integer(0) : -1;
}

} // namespace

TEST_CASE("the generator writes N entries with K complete submitted scorecards each and passes the check",
          "[generate]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("g.jurybox"));
    generate::GeneratorOptions o;
    o.submissions = 200;
    o.judges = 12;
    o.perSubmission = 5;
    o.criteria = 6;
    o.seed = 7;
    const auto summary = generate::generateAward(path, o);
    CHECK(summary.scorecards == 1000);
    CHECK(summary.scores == 6000);

    auto file = store::AwardFile::open(path);
    CHECK(check::checkAward(file).isEmpty());
    CHECK(scalar(file, "SELECT COUNT(*) FROM submission") == 200);
    CHECK(scalar(file, "SELECT COUNT(*) FROM category") == 5);
    CHECK(scalar(file, "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM criterion GROUP BY category_id)") == 6);
    CHECK(scalar(file, "SELECT COUNT(*) FROM scorecard WHERE status <> 'submitted'") == 0);
    CHECK(scalar(file, "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM scorecard GROUP BY submission_id)") == 5);
    CHECK(scalar(file, "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM scorecard GROUP BY submission_id)") == 5);
    CHECK(scalar(file, "SELECT COUNT(*) FROM scorecard sc JOIN score v ON v.scorecard_id = sc.id") == 6000);
    // Loads stay balanced: the busiest judge has at most a couple more entries than the least busy.
    const auto spread =
        scalar(file, "SELECT MAX(n) - MIN(n) FROM (SELECT COUNT(*) n FROM assignment GROUP BY judge_id)");
    CHECK(spread <= 2);
    CHECK(summary.conflicts == scalar(file, "SELECT COUNT(*) FROM conflict"));
    CHECK(summary.conflicts > 0);
    // Names are international: some city or judge name is outside ASCII.
    CHECK(scalar(file, "SELECT COUNT(*) FROM submission WHERE city <> CAST(city AS BLOB) OR length(CAST(city AS "
                       "BLOB)) <> length(city)") > 0);
}

TEST_CASE("the same seed generates the same award and another seed a different one", "[generate]") {
    test::TempDir dir;
    generate::GeneratorOptions o;
    o.submissions = 60;
    o.judges = 8;
    o.perSubmission = 3;
    generate::generateAward(dir.path(QStringLiteral("a.jurybox")), o);
    generate::generateAward(dir.path(QStringLiteral("b.jurybox")), o);
    o.seed = 2;
    generate::generateAward(dir.path(QStringLiteral("c.jurybox")), o);
    const auto dump = [&](const char* name) {
        return test::dumpDatabase(dir.path(QString::fromLatin1(name)), test::Audit::Excluded);
    };
    CHECK(dump("a.jurybox") == dump("b.jurybox"));
    CHECK(dump("a.jurybox") != dump("c.jurybox"));
}

TEST_CASE("impossible generator options are refused before any file is written", "[generate]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("x.jurybox"));
    generate::GeneratorOptions o;
    o.judges = 3;
    o.perSubmission = 5;
    CHECK_THROWS_WITH(generate::generateAward(path, o), Catch::Contains("between 1 and the number of judges (3)"));
    o.perSubmission = 2;
    o.criteria = 40;
    CHECK_THROWS_AS(generate::generateAward(path, o), Error);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the generator never overwrites an existing file", "[generate]") {
    test::TempDir dir;
    const QString path = dir.write(QStringLiteral("taken.jurybox"), "precious");
    CHECK_THROWS_WITH(generate::generateAward(path, {}), Catch::Contains("never overwrites"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
}
