// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using Catch::Contains;

namespace {

/// The 2014 categories, entries and panel, with one declared conflict (J2 with OPE-13) and no scores yet.
QString makeBase(const test::TempDir& dir) {
    const QString path = dir.path(QStringLiteral("base.jurybox"));
    award::NewAwardOptions options;
    options.empty = true;
    auto file = award::createAward(path, options);
    import::ImportSources sources;
    sources.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
    sources.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
    sources.judges = test::demoCsv(QStringLiteral("judges.csv"));
    sources.conflicts = dir.write(QStringLiteral("conflicts.csv"), "judge,submission,reason\nJ2,OPE-13,home city\n");
    import::importCsv(file, sources);
    return path;
}

struct BadImport {
    const char* what;
    const char* kind; // which import option the file goes to
    const char* csv;
    const char* expected; // the whole location-and-problem text the user sees
};

} // namespace

TEST_CASE("one bad row refuses the whole import, names file, line and column, and changes nothing", "[import]") {
    const BadImport bad = GENERATE(values<BadImport>({
        {"unknown column", "submissions", "id,title,city,country,category,colour\n",
         "bad.csv:1: column \"colour\": unknown column \"colour\""},
        {"missing value", "judges", "id,name,country\nJ9,Ana Lima,\n", "bad.csv:2: column \"country\": missing value"},
        {"duplicate id", "judges", "id,name,country\nJ8,A,Peru\nJ8,B,Chile\n",
         "bad.csv:3: column \"id\": duplicate judge id \"J8\" (first on line 2)"},
        {"unknown category with a suggestion", "submissions",
         "id,title,city,country,category\nX-1,Portal,Lima,Peru,Open Citi\n",
         "bad.csv:2: column \"category\": unknown category \"Open Citi\"; did you mean \"Open City\"?"},
        {"unknown judge", "scores", "judge,submission,criterion,score\nJ99,SER-01,Impact,5\n",
         "bad.csv:2: column \"judge\": unknown judge \"J99\""},
        {"unknown submission", "scores", "judge,submission,criterion,score\nJ1,SER-1,Impact,5\n",
         "bad.csv:2: column \"submission\": unknown submission \"SER-1\""},
        {"unknown criterion with a suggestion", "scores", "judge,submission,criterion,score\nJ1,SER-01,Impakt,5\n",
         "bad.csv:2: column \"criterion\": unknown criterion \"Impakt\" for category \"Services\"; did you mean "
         "\"Impact\"?"},
        {"score outside its range", "scores",
         "judge,submission,criterion,score\nJ1,SER-01,Impact,5\nJ1,SER-02,Impact,11\n",
         "bad.csv:3: column \"score\": score 11 for \"Impact\" is outside 1–10"},
        {"score that is not a number", "scores", "judge,submission,criterion,score\nJ1,SER-01,Impact,7,5\n",
         "bad.csv:2: the row has 5 fields but the header has 4"},
        {"score for a conflicted pair", "scores", "judge,submission,criterion,score\nJ2,OPE-13,Impact,5\n",
         "bad.csv:2: column \"submission\": judge J2 has a conflict of interest with OPE-13"},
        {"assignment to a conflicted pair", "assignments", "judge,submission\nJ1,SER-01\nJ2,OPE-13\n",
         "bad.csv:3: column \"submission\": judge J2 has a conflict of interest with OPE-13"},
        {"invalid UTF-8", "judges", "id,name,country\nJ9,Beyo\xF0\x28lu,Turkey\n",
         "bad.csv:2: column \"name\": the text is not valid UTF-8"},
        {"weight not above zero", "criteria", "category,criterion,weight,min,max\nServices,Reach,0,1,10\n",
         "bad.csv:2: column \"weight\": weight 0 for \"Reach\" must be greater than 0"},
        {"scale upside down", "criteria", "category,criterion,weight,min,max\nServices,Reach,1,10,1\n",
         "bad.csv:2: column \"max\": the scale of \"Reach\" runs from 10 to 1"},
        {"unknown status with a suggestion", "submissions",
         "id,title,city,country,category,status\nX-1,Portal,Lima,Peru,Services,withdrawm\n",
         "bad.csv:2: column \"status\": unknown status \"withdrawm\"; did you mean \"withdrawn\"?"},
    }));
    DYNAMIC_SECTION(bad.what) {
        test::TempDir dir;
        const QString path = makeBase(dir);
        const QString before = test::dumpDatabase(path);

        import::ImportSources sources;
        const QString csv = dir.write(QStringLiteral("bad.csv"), bad.csv);
        const QString kind = QString::fromLatin1(bad.kind);
        if (kind == QLatin1String("criteria"))
            sources.criteria = csv;
        else if (kind == QLatin1String("submissions"))
            sources.submissions = csv;
        else if (kind == QLatin1String("judges"))
            sources.judges = csv;
        else if (kind == QLatin1String("assignments"))
            sources.assignments = csv;
        else
            sources.scores = csv;
        // A good file before the bad one proves that earlier work of the same import is rolled back too.
        if (kind != QLatin1String("judges"))
            sources.judges = dir.write(QStringLiteral("good.csv"), "id,name,country\nJ8,Ana Lima,Peru\n");
        {
            auto file = store::AwardFile::open(path);
            try {
                import::importCsv(file, sources);
                FAIL("the import was accepted");
            } catch (const InputError& e) {
                CHECK_THAT(e.what(), Contains(dir.path(QStringLiteral("bad.csv")).toStdString() + ":"));
                const std::string expected = std::string(bad.expected).substr(std::string("bad.csv").size());
                CHECK_THAT(e.what(), Contains(expected));
            }
        }
        CHECK(test::dumpDatabase(path) == before);
    }
}

TEST_CASE("a score for a criterion of another category says which category it belongs to", "[import]") {
    test::TempDir dir;
    const QString path = makeBase(dir);
    {
        auto file = store::AwardFile::open(path);
        import::ImportSources extra;
        extra.criteria =
            dir.write(QStringLiteral("c.csv"), "category,criterion,weight,min,max\nOpen City,Openness,2,1,10\n");
        import::importCsv(file, extra);
    }
    const QString before = test::dumpDatabase(path);
    {
        auto file = store::AwardFile::open(path);
        import::ImportSources sources;
        sources.scores = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Openness,5\n");
        CHECK_THROWS_WITH(import::importCsv(file, sources),
                          Contains("s.csv:2: column \"criterion\": \"Openness\" is not a criterion of category "
                                   "\"Services\" (submission SER-01); it belongs to Open City"));
    }
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("an unknown round for scores is refused and lists the rounds", "[import]") {
    test::TempDir dir;
    const QString path = makeBase(dir);
    auto file = store::AwardFile::open(path);
    import::ImportSources sources;
    sources.scores = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Impact,5\n");
    sources.round = QStringLiteral("Semifinal");
    CHECK_THROWS_WITH(import::importCsv(file, sources),
                      Contains("unknown round \"Semifinal\"; the award's rounds are: Final"));
}

TEST_CASE("declaring a conflict for a judge who already scored the entry is refused", "[import]") {
    test::TempDir dir;
    const QString path = makeBase(dir);
    {
        auto file = store::AwardFile::open(path);
        import::ImportSources scores;
        scores.scores = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Impact,5\n");
        import::importCsv(file, scores);
    }
    const QString before = test::dumpDatabase(path);
    {
        auto file = store::AwardFile::open(path);
        import::ImportSources sources;
        sources.conflicts = dir.write(QStringLiteral("c.csv"), "judge,submission\nJ1,SER-01\n");
        CHECK_THROWS_WITH(import::importCsv(file, sources),
                          Contains("c.csv:2: column \"submission\": judge J1 already holds a scorecard for SER-01"));
    }
    CHECK(test::dumpDatabase(path) == before);
}
