// SPDX-License-Identifier: Apache-2.0
#include "core/export/CsvExport.h"
#include "core/Error.h"
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"
#include "core/report/TallyOutput.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace jurybox;

namespace {

QByteArray readBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// The tally as its JSON contract, without the award's name (a fresh award has its own).
QByteArray tallyOf(store::AwardFile& file) {
    QJsonObject json = report::tallyJson(tally::runTally(file));
    json.remove(QStringLiteral("award"));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("the CSV export re-imports into a fresh award and tallies to the same result", "[export][csv]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const exports::CsvExportReport report = exports::exportCsv(
        exports::buildExportTables(demo), dir.path(QStringLiteral("out")), exports::Overwrite::Refuse);
    REQUIRE(report.files.size() == 5);
    CHECK(report.neutralisedCells == 0);

    award::NewAwardOptions options;
    options.name = QStringLiteral("Re-imported");
    options.empty = true;
    store::AwardFile fresh = award::createAward(dir.path(QStringLiteral("fresh.jurybox")), options);
    const QDir out(dir.path(QStringLiteral("out")));
    import::ImportSources sources;
    sources.criteria = out.filePath(QStringLiteral("criteria.csv"));
    sources.submissions = out.filePath(QStringLiteral("submissions.csv"));
    sources.judges = out.filePath(QStringLiteral("judges.csv"));
    sources.scores = out.filePath(QStringLiteral("scores.csv"));
    import::importCsv(fresh, sources);

    const QByteArray before = tallyOf(demo);
    CHECK(before.contains("\"tier\":\"Best\""));
    CHECK(tallyOf(fresh) == before);
}

TEST_CASE("text cells that look like formulas are neutralised, numbers and other text are not", "[export][csv]") {
    report::Table table;
    table.columns = {QStringLiteral("text"), QStringLiteral("number")};
    table.rows = {{QStringLiteral("=HYPERLINK(\"http://x\")"), -2.5},
                  {QStringLiteral("+31 20 555"), 7.0},
                  {QStringLiteral("-"), std::int64_t{-3}},
                  {QStringLiteral("@SUM(A1)"), report::Cell()},
                  {QStringLiteral("\tTab"), 0.1},
                  {QStringLiteral("\rReturn"), 1e21},
                  {QStringLiteral("a=b, c"), true},
                  {QStringLiteral(" padded"), QStringLiteral("ok")}};
    int neutralised = 0;
    const QByteArray csv = exports::spreadsheetCsv(table, &neutralised);
    CHECK(neutralised == 6);
    CHECK(csv == QByteArray("\xEF\xBB\xBFtext,number\r\n"
                            "\"'=HYPERLINK(\"\"http://x\"\")\",-2.5\r\n"
                            "'+31 20 555,7\r\n"
                            "'-,-3\r\n"
                            "'@SUM(A1),\r\n"
                            "'\tTab,0.1\r\n"
                            "\"'\rReturn\",1e+21\r\n"
                            "\"a=b, c\",true\r\n"
                            "\" padded\",ok\r\n"));
}

TEST_CASE("a neutralised name re-imports with its quote and the files never hold access codes", "[export][csv]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    store::JudgeStore judges(demo.db());
    judges.setAccessCode(judges.byRef(QStringLiteral("J1"))->id, QStringLiteral("SECRET-CODE-123"));
    import::ImportSources sources;
    sources.judges = dir.write(QStringLiteral("j.csv"), "id,name,country\nJ8,=cmd|' /C calc'!A0,Nowhere\n");
    import::importCsv(demo, sources);

    const exports::CsvExportReport report = exports::exportCsv(
        exports::buildExportTables(demo), dir.path(QStringLiteral("out")), exports::Overwrite::Refuse);
    CHECK(report.neutralisedCells == 1);
    const QByteArray judgesCsv = readBytes(dir.path(QStringLiteral("out/judges.csv")));
    CHECK(judgesCsv.startsWith("\xEF\xBB\xBFid,name,country,organization,position,email\r\n"));
    CHECK(judgesCsv.contains("J8,'=cmd|' /C calc'!A0,Nowhere,,,\r\n"));
    for (const QString& name : exports::csvExportFiles()) {
        const QByteArray bytes = readBytes(QDir(dir.path(QStringLiteral("out"))).filePath(name));
        CHECK_FALSE(bytes.contains("SECRET-CODE-123"));
        CHECK_FALSE(bytes.contains("access_code"));
    }

    // The importer keeps the quote: what a spreadsheet shows as text comes back as typed in the cell.
    award::NewAwardOptions options;
    options.empty = true;
    store::AwardFile fresh = award::createAward(QString(), options);
    import::ImportSources again;
    again.judges = dir.path(QStringLiteral("out/judges.csv"));
    import::importCsv(fresh, again);
    CHECK(store::JudgeStore(fresh.db()).byRef(QStringLiteral("J8"))->name == QStringLiteral("'=cmd|' /C calc'!A0"));
}

TEST_CASE("the CSV export refuses to replace files unless forced, and then writes nothing", "[export][csv]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    QDir().mkpath(dir.path(QStringLiteral("out")));
    dir.write(QStringLiteral("out/judges.csv"), "mine");
    const exports::ExportTables tables = exports::buildExportTables(demo);
    CHECK_THROWS_WITH(exports::exportCsv(tables, dir.path(QStringLiteral("out")), exports::Overwrite::Refuse),
                      Catch::Contains("judges.csv exists already; use --force"));
    CHECK(readBytes(dir.path(QStringLiteral("out/judges.csv"))) == "mine");
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("out/results.csv"))));
    exports::exportCsv(tables, dir.path(QStringLiteral("out")), exports::Overwrite::Allow);
    CHECK(readBytes(dir.path(QStringLiteral("out/judges.csv"))).startsWith("\xEF\xBB\xBFid,name"));
    CHECK(QDir(dir.path(QStringLiteral("out"))).entryList(QDir::Files).size() == 5);
}

TEST_CASE("results.csv has a row per entry with rank, tier, score and a column per criterion", "[export][csv]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const exports::ExportTables tables = exports::buildExportTables(demo);
    REQUIRE(tables.results.rows.size() == 25);
    const QStringList& columns = tables.results.columns;
    CHECK(columns.mid(0, 4) == QStringList{QStringLiteral("category"), QStringLiteral("rank"), QStringLiteral("tier"),
                                           QStringLiteral("submission")});
    CHECK(columns.contains(QStringLiteral("Impact")));
    const auto& first = tables.results.rows.front();
    CHECK(std::get<QString>(first[0]) == QStringLiteral("Services"));
    CHECK(std::get<std::int64_t>(first[1]) == 1);
    CHECK(std::get<QString>(first[2]) == QStringLiteral("Best"));
    CHECK(std::get<QString>(first[3]) == QStringLiteral("SER-01"));
    CHECK(std::holds_alternative<double>(first[static_cast<std::size_t>(columns.indexOf(QStringLiteral("score")))]));
    CHECK(std::holds_alternative<double>(first[static_cast<std::size_t>(columns.indexOf(QStringLiteral("Impact")))]));
    REQUIRE(tables.categoryResults.size() == 5);
    CHECK(tables.categoryResults[0].name == QStringLiteral("Services"));
    CHECK(tables.scores.rows.size() == 175 * 3);
}
