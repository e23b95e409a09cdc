// SPDX-License-Identifier: Apache-2.0
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"
#include "core/report/AwardListings.h"
#include "core/store/AssignmentStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

namespace {

store::AwardFile emptyAward(const QString& path) {
    award::NewAwardOptions options;
    options.empty = true;
    return award::createAward(path, options);
}

import::ImportSources sampleSources(){import::ImportSources s;
s.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
s.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
s.judges = test::demoCsv(QStringLiteral("judges.csv"));
s.scores = test::demoCsv(QStringLiteral("scores.csv"));
return s;
} // namespace

QString listing(store::AwardFile& file, report::Listing what) {
    return report::toCsv(report::listTable(file, what));
}

} // namespace

TEST_CASE("the 2014 sample imports whole: categories in order of first appearance, 175 submitted scorecards",
          "[import]") {
    test::TempDir dir;
    auto file = emptyAward(dir.path(QStringLiteral("a.jurybox")));
    const auto report = import::importCsv(file, sampleSources());
    REQUIRE(report.counts.size() == 4);
    CHECK(report.counts[0].added == 15);
    CHECK(report.counts[1].added == 25);
    CHECK(report.counts[2].added == 7);
    CHECK(report.counts[3].added == 175);

    QStringList names;
    for (const Category& c : store::CategoryStore(file.db()).categories())
        names << c.name;
    CHECK(names == QStringList{QStringLiteral("Services"), QStringLiteral("Efficiency"), QStringLiteral("Open City"),
                               QStringLiteral("Urban Management"), QStringLiteral("Digital Divide")});
    const auto cards = store::ScorecardStore(file.db()).all();
    REQUIRE(cards.size() == 175);
    for (const Scorecard& sc : cards) {
        CHECK(sc.status == ScorecardStatus::Submitted);
        CHECK(sc.values.size() == 3);
        CHECK(sc.revision == 1);
    }
    CHECK(store::AssignmentStore(file.db()).all().size() == 175); // scores imply the assignment
    const auto j2 = store::JudgeStore(file.db()).byRef(QStringLiteral("J2"));
    REQUIRE(j2);
    CHECK(j2->organisation ==
          QStringLiteral("School of Political and Public Administration, University of Electronic Science & "
                         "Technology of China"));
}

TEST_CASE("importing the same files again changes nothing and says so", "[import]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.jurybox"));
    {
        auto file = emptyAward(path);
        import::importCsv(file, sampleSources());
    }
    const QString before = test::dumpDatabase(path);
    {
        auto file = store::AwardFile::open(path);
        const auto report = import::importCsv(file, sampleSources());
        for (const auto& c : report.counts) {
            CHECK(c.added == 0);
            CHECK(c.updated == 0);
        }
        CHECK(report.counts[3].unchanged == 175);
    }
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("a corrected score updates the scorecard and bumps its revision", "[import]") {
    test::TempDir dir;
    auto file = emptyAward(dir.path(QStringLiteral("a.jurybox")));
    import::importCsv(file, sampleSources());
    import::ImportSources fix;
    fix.scores = dir.write(QStringLiteral("fix.csv"), "judge,submission,criterion,score,comment\n"
                                                      "J1,SER-01,Impact,7.5,Checked against the paper sheet\n");
    const auto report = import::importCsv(file, fix);
    CHECK(report.counts[0].updated == 1);
    const auto j1 = store::JudgeStore(file.db()).byRef(QStringLiteral("J1"));
    const auto ser = store::SubmissionStore(file.db()).byRef(QStringLiteral("SER-01"));
    const auto card = store::ScorecardStore(file.db()).find(j1->id, ser->id, 1);
    REQUIRE(card);
    CHECK(card->revision == 2);
    CHECK(card->comment == QStringLiteral("Checked against the paper sheet"));
    CHECK(card->values.size() == 3);
    bool found = false;
    for (const auto& [criterionId, value] : card->values)
        found = found || value == 7.5;
    CHECK(found);
}

TEST_CASE("every listing re-imports into a fresh award to the same data, Unicode intact", "[import]") {
    test::TempDir dir;
    auto original = emptyAward(dir.path(QStringLiteral("a.jurybox")));
    import::importCsv(original, sampleSources());
    import::ImportSources extra;
    extra.submissions = dir.write(QStringLiteral("more.csv"),
                                  "id,title,city,country,category,organization,summary,contact,status\n"
                                  "SEJ-1,\"세종 스마트시티, \"\"5-1\"\"\",세종,Republic of Korea,Services,"
                                  "Sejong City Hall,\"Two lines\nof summary\",office@sejong.go.kr,withdrawn\n");
    extra.conflicts = dir.write(QStringLiteral("conflicts.csv"), "judge,submission,reason\nJ6,SEJ-1,Same country\n");
    import::importCsv(original, extra);

    const QString criteria =
        dir.write(QStringLiteral("criteria.csv"), listing(original, report::Listing::Criteria).toUtf8());
    const QString submissions =
        dir.write(QStringLiteral("submissions.csv"), listing(original, report::Listing::Submissions).toUtf8());
    const QString judges = dir.write(QStringLiteral("judges.csv"), listing(original, report::Listing::Judges).toUtf8());
    const QString conflicts =
        dir.write(QStringLiteral("conflicts.csv"), listing(original, report::Listing::Conflicts).toUtf8());
    const QString assignments =
        dir.write(QStringLiteral("assignments.csv"), listing(original, report::Listing::Assignments).toUtf8());
    // The scorecard listing adds round and status to the scores format; keep the import's columns.
    report::Table cards = report::listTable(original, report::Listing::Scorecards);
    cards.columns = cards.columns.mid(0, 5);
    for (auto& row : cards.rows)
        row.resize(5);
    const QString scores = dir.write(QStringLiteral("scores.csv"), report::toCsv(cards).toUtf8());

    auto copy = emptyAward(dir.path(QStringLiteral("b.jurybox")));
    import::ImportSources all{criteria, submissions, judges, conflicts, assignments, scores, std::nullopt};
    import::importCsv(copy, all);
    for (report::Listing what :
         {report::Listing::Categories, report::Listing::Criteria, report::Listing::Submissions, report::Listing::Judges,
          report::Listing::Conflicts, report::Listing::Assignments, report::Listing::Scorecards})
        CHECK(listing(copy, what) == listing(original, what));
    const auto sejong = store::SubmissionStore(copy.db()).byRef(QStringLiteral("SEJ-1"));
    REQUIRE(sejong);
    CHECK(sejong->title == QStringLiteral("세종 스마트시티, \"5-1\""));
    CHECK(sejong->summary == QStringLiteral("Two lines\nof summary"));
    CHECK(sejong->status == SubmissionStatus::Withdrawn);
}

TEST_CASE("a declared conflict removes an existing assignment of that pair and reports it", "[import]") {
    test::TempDir dir;
    auto file = emptyAward(dir.path(QStringLiteral("a.jurybox")));
    import::ImportSources setup = sampleSources();
    setup.scores.reset();
    setup.assignments = dir.write(QStringLiteral("a.csv"), "judge,submission\nJ5,SER-04\nJ5,SER-05\n");
    import::importCsv(file, setup);
    import::ImportSources conflict;
    conflict.conflicts = dir.write(QStringLiteral("c.csv"), "judge,submission,reason\nJ5,SER-04,Works for the city\n");
    const auto report = import::importCsv(file, conflict);
    CHECK(report.counts[0].added == 1);
    CHECK(report.counts[0].assignmentsRemoved == 1);
    CHECK(store::AssignmentStore(file.db()).all().size() == 1);
    const auto conflicts = store::ConflictStore(file.db()).all();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.front().reason == QStringLiteral("Works for the city"));
}

TEST_CASE("changing a criterion's scale is refused when stored scores would fall outside it", "[import]") {
    test::TempDir dir;
    auto file = emptyAward(dir.path(QStringLiteral("a.jurybox")));
    import::importCsv(file, sampleSources());
    import::ImportSources narrow;
    narrow.criteria = dir.write(QStringLiteral("c.csv"), "category,criterion,weight,min,max\nServices,Impact,4,1,5\n");
    CHECK_THROWS_WITH(import::importCsv(file, narrow), Catch::Contains("fall outside the new scale 1–5"));
    import::ImportSources reweigh;
    reweigh.criteria =
        dir.write(QStringLiteral("w.csv"), "category,criterion,weight,min,max\nServices,Impact,5.5,1,10\n");
    CHECK(import::importCsv(file, reweigh).counts[0].updated == 1);
}
