// SPDX-License-Identifier: Apache-2.0
// The whole offline round: set up, assign, package for each judge, score away from the secretariat, submit, merge
// every package, tally. The marks are the demo's (resources/demo/scores.csv), so the 2014 winners must come out.
#include "core/assign/AutoAssign.h"
#include "core/award/NewAward.h"
#include "core/csv/CsvTable.h"
#include "core/exchange/JudgeSession.h"
#include "core/exchange/PackageMerge.h"
#include "core/exchange/PackageWriter.h"
#include "core/import/AwardImport.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <map>

using namespace jurybox;

TEST_CASE("init, import, assign, package, score, submit, merge and tally give the 2014 winners", "[exchange]") {
    test::TempDir dir;
    const QString awardPath = dir.path(QStringLiteral("wego.jurybox"));
    {
        award::NewAwardOptions options;
        options.empty = true;
        auto award = award::createAward(awardPath, options);
        import::ImportSources s;
        s.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
        s.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
        s.judges = test::demoCsv(QStringLiteral("judges.csv"));
        import::importCsv(award, s);
        assign::autoAssign(award, {7, std::nullopt, 2014}); // the whole panel scores every entry, as in 2014
    }
    // The judges' marks, as they would type them.
    std::map<std::tuple<QString, QString, QString>, double> marks;
    const auto csv = csv::CsvTable::read(
        test::demoCsv(QStringLiteral("scores.csv")),
        {QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"), QStringLiteral("score")},
        {});
    csv.forEachRow([&](const csv::CsvRow& row) {
        marks[{csv.value(row, QStringLiteral("judge")), csv.value(row, QStringLiteral("submission")),
               csv.value(row, QStringLiteral("criterion"))}] = csv.value(row, QStringLiteral("score")).toDouble();
    });

    QStringList packages;
    std::vector<std::pair<QString, QString>> codes;
    {
        auto award = store::AwardFile::open(awardPath);
        for (const Judge& j : store::JudgeStore(award.db()).all()) {
            exchange::PackageOptions o;
            o.judgeRef = j.ref;
            o.outPath = dir.path(j.ref + QStringLiteral(".jurypkg"));
            codes.emplace_back(o.outPath, exchange::writePackage(award, o).accessCode);
            packages << o.outPath;
        }
    }
    for (const auto& [path, code] : codes) {
        auto session = exchange::JudgeSession::open(path, code);
        const QString judge = QFileInfo(path).baseName();
        for (const auto& e : session.entries())
            for (const Criterion& c : session.criteriaOf(e.submission.categoryId))
                session.setScore(e.submission.ref, c.id, marks.at({judge, e.submission.ref, c.name}));
        CHECK(session.submitAllComplete() == 25);
        CHECK(session.progress().submitted == 25);
    }

    auto award = store::AwardFile::open(awardPath);
    for (const QString& p : packages) {
        const auto report = exchange::mergePackage(award, p);
        INFO(report.reason.toStdString());
        CHECK(report.accepted);
        CHECK(report.added == 25);
    }
    const tally::TallyResult result = tally::runTally(award);
    const std::map<QString, QStringList> winners{
        {QStringLiteral("Services"), {QStringLiteral("SER-01"), QStringLiteral("SER-02"), QStringLiteral("SER-03")}},
        {QStringLiteral("Efficiency"), {QStringLiteral("EFF-06"), QStringLiteral("EFF-07"), QStringLiteral("EFF-08")}},
        {QStringLiteral("Open City"), {QStringLiteral("OPE-11"), QStringLiteral("OPE-12"), QStringLiteral("OPE-13")}},
        {QStringLiteral("Urban Management"),
         {QStringLiteral("URB-16"), QStringLiteral("URB-17"), QStringLiteral("URB-18")}},
        {QStringLiteral("Digital Divide"),
         {QStringLiteral("DIG-21"), QStringLiteral("DIG-22"), QStringLiteral("DIG-23")}},
    };
    REQUIRE(result.categories.size() == 5);
    for (const auto& category : result.categories) {
        QStringList got;
        for (const auto& tier : category.tiers)
            got << tier.winners;
        CHECK(got == winners.at(category.category.name));
        CHECK(category.robustness.stable);
    }
}
