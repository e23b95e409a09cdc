// SPDX-License-Identifier: Apache-2.0
#include "core/report/Progress.h"
#include "core/db/Statement.h"
#include "core/generate/SyntheticAward.h"
#include "core/store/AwardStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace jurybox;

namespace {

// The counts as Jurybox first read them, one correlated sub-query per judge (or category) and count: the reference
// the aggregate queries must match row for row.
std::vector<report::ProgressRow> perRowCounts(store::AwardFile& file, Id roundId, const char* sql) {
    db::Statement st = file.db().prepare(sql);
    st.bind(1, roundId);
    std::vector<report::ProgressRow> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3)),
                       static_cast<int>(st.integer(4))});
    return out;
}

std::vector<report::ProgressRow> judgeProgressPerJudge(store::AwardFile& file, Id roundId) {
    return perRowCounts(file, roundId,
                        "SELECT j.name, j.ref, "
                        "(SELECT COUNT(*) FROM assignment a WHERE a.judge_id = j.id AND a.round_id = ?1), "
                        "(SELECT COUNT(*) FROM scorecard s WHERE s.judge_id = j.id AND s.round_id = ?1), "
                        "(SELECT COUNT(*) FROM scorecard s WHERE s.judge_id = j.id AND s.round_id = ?1 "
                        "AND s.status = 'submitted') FROM judge j ORDER BY j.ref");
}

std::vector<report::ProgressRow> categoryProgressPerCategory(store::AwardFile& file, Id roundId) {
    return perRowCounts(file, roundId,
                        "SELECT c.name, '', "
                        "(SELECT COUNT(*) FROM assignment a JOIN submission s ON s.id = a.submission_id "
                        "WHERE s.category_id = c.id AND a.round_id = ?1), "
                        "(SELECT COUNT(*) FROM scorecard sc JOIN submission s ON s.id = sc.submission_id "
                        "WHERE s.category_id = c.id AND sc.round_id = ?1), "
                        "(SELECT COUNT(*) FROM scorecard sc JOIN submission s ON s.id = sc.submission_id "
                        "WHERE s.category_id = c.id AND sc.round_id = ?1 AND sc.status = 'submitted') "
                        "FROM category c ORDER BY c.position");
}

/// A generated award of N entries, J judges and K judges per entry, in a file in `dir`.
store::AwardFile generated(const test::TempDir& dir, int submissions, int judges, int perSubmission) {
    generate::GeneratorOptions options;
    options.submissions = submissions;
    options.judges = judges;
    options.perSubmission = perSubmission;
    generate::generateAward(dir.path(QStringLiteral("a.jurybox")), options);
    return store::AwardFile::open(dir.path(QStringLiteral("a.jurybox")));
}

/// Unsettles a generated award, where every assigned scorecard is submitted: drafts, assignments without a
/// scorecard and scorecards without an assignment, a judge and a category with nothing, and a second round.
Id unsettle(store::AwardFile& file) {
    db::Database& db = file.db();
    const Id first = store::AwardStore(db).currentRound()->id;
    const Id second = store::AwardStore(db).addRound(QStringLiteral("Second round"));
    db.exec("UPDATE scorecard SET status = 'draft' WHERE id % 7 = 0");
    db.exec("DELETE FROM score WHERE scorecard_id IN (SELECT id FROM scorecard WHERE id % 11 = 0)");
    db.exec("DELETE FROM scorecard WHERE id % 11 = 0");
    db.exec("DELETE FROM assignment WHERE (judge_id * 31 + submission_id) % 13 = 0");
    db.exec("INSERT INTO judge (ref, name, country) VALUES ('ZZ-IDLE', 'Idle Judge', 'Nowhere')");
    db.exec("INSERT INTO category (position, name) VALUES (-1, 'Empty first category')");
    db::Statement st = db.prepare("INSERT INTO assignment (judge_id, submission_id, round_id) SELECT judge_id, "
                                  "submission_id, ?1 FROM assignment WHERE round_id = ?2 AND submission_id % 3 = 0");
    st.bind(1, second);
    st.bind(2, first);
    st.step();
    return second;
}

void requireSame(const std::vector<report::ProgressRow>& got, const std::vector<report::ProgressRow>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("row " << i << ": " << want[i].name.toStdString() << " " << want[i].detail.toStdString());
        CHECK(got[i].name == want[i].name);
        CHECK(got[i].detail == want[i].detail);
        CHECK(got[i].assigned == want[i].assigned);
        CHECK(got[i].started == want[i].started);
        CHECK(got[i].submitted == want[i].submitted);
    }
}

} // namespace

TEST_CASE("progress per judge and per category counts what the per-row counts counted in every round", "[report]") {
    test::TempDir dir;
    auto file = generated(dir, 600, 40, 4);
    const Id first = store::AwardStore(file.db()).currentRound()->id;
    const Id second = unsettle(file);

    for (const Id round : {first, second}) {
        INFO("round " << round);
        const auto judges = report::judgeProgress(file, round);
        requireSame(judges, judgeProgressPerJudge(file, round));
        requireSame(report::categoryProgress(file, round), categoryProgressPerCategory(file, round));
        CHECK(judges.back().detail == QStringLiteral("ZZ-IDLE"));
        CHECK(judges.back().assigned == 0);
    }
    // The unsettled award holds every case the counts tell apart.
    const auto judges = report::judgeProgress(file, first);
    const auto has = [&](auto predicate) { return std::any_of(judges.begin(), judges.end(), predicate); };
    CHECK(has([](const report::ProgressRow& r) { return r.started < r.assigned; }));
    CHECK(has([](const report::ProgressRow& r) { return r.started > r.assigned; }));
    CHECK(has([](const report::ProgressRow& r) { return r.submitted < r.started; }));
    const auto categories = report::categoryProgress(file, first);
    REQUIRE(categories.size() == 6);
    CHECK(categories.front().name == QStringLiteral("Empty first category"));
    CHECK(categories.front().assigned == 0);
    CHECK(categories[1].assigned > 0);
}

TEST_CASE("a round without assignments or scorecards shows every judge and category at zero", "[report]") {
    test::TempDir dir;
    auto file = generated(dir, 50, 6, 3);
    const Id empty = store::AwardStore(file.db()).addRound(QStringLiteral("Second round"));
    const auto judges = report::judgeProgress(file, empty);
    REQUIRE(judges.size() == 6);
    for (const auto& row : judges)
        CHECK((row.assigned == 0 && row.started == 0 && row.submitted == 0 && !row.late()));
    const auto categories = report::categoryProgress(file, empty);
    REQUIRE(categories.size() == 5);
    CHECK(categories.front().assigned == 0);
}

// Hidden (run with `core_tests "[scale]"`): the Progress page's two reports at 10,000 entries × 200 judges, timed
// against the per-row counts.
TEST_CASE("progress at 10,000 entries and 200 judges matches the per-row counts and is faster", "[.][scale]") {
    test::TempDir dir;
    auto file = generated(dir, 10000, 200, 5);
    const Id round = store::AwardStore(file.db()).currentRound()->id;
    unsettle(file);
    QElapsedTimer clock;
    clock.start();
    const auto judgesBefore = judgeProgressPerJudge(file, round);
    const auto judgesBeforeMs = clock.restart();
    const auto categoriesBefore = categoryProgressPerCategory(file, round);
    const auto categoriesBeforeMs = clock.restart();
    const auto judges = report::judgeProgress(file, round);
    const auto judgesMs = clock.restart();
    const auto categories = report::categoryProgress(file, round);
    const auto categoriesMs = clock.restart();
    WARN("per judge " << judgesBeforeMs << " ms → " << judgesMs << " ms; per category " << categoriesBeforeMs
                      << " ms → " << categoriesMs << " ms");
    requireSame(judges, judgesBefore);
    requireSame(categories, categoriesBefore);
    CHECK(judgesMs + categoriesMs < judgesBeforeMs + categoriesBeforeMs);
}
