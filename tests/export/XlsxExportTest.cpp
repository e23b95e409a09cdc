// SPDX-License-Identifier: Apache-2.0
#include "core/export/XlsxExport.h"
#include "core/import/AwardImport.h"
#include "tests/handbook/HandbookFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace jurybox;

TEST_CASE("the workbook has a sheet per table and per category, each with a frozen header and set widths",
          "[export][xlsx]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const exports::ExportTables tables = exports::buildExportTables(demo);
    const QString path = dir.path(QStringLiteral("out.xlsx"));
    exports::exportXlsx(tables, path, exports::Overwrite::Refuse);

    const QString listing = test::run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    for (int sheet = 1; sheet <= 10; ++sheet)
        CHECK(listing.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    CHECK_FALSE(listing.contains(QStringLiteral("xl/worksheets/sheet11.xml")));

    const QString workbook =
        test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    const QStringList names = exports::xlsxSheetNames(tables);
    CHECK(names == QStringList{QStringLiteral("Results"), QStringLiteral("Scores"), QStringLiteral("Submissions"),
                               QStringLiteral("Judges"), QStringLiteral("Criteria"), QStringLiteral("Services"),
                               QStringLiteral("Efficiency"), QStringLiteral("Open City"),
                               QStringLiteral("Urban Management"), QStringLiteral("Digital Divide")});
    for (const QString& name : names)
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"%1\"").arg(name)));

    for (int sheet = 1; sheet <= 10; ++sheet) {
        INFO("sheet " << sheet);
        const QString xml =
            test::run(QStringLiteral("unzip"),
                      {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
        CHECK(xml.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                                          "state=\"frozen\"/>")));
        CHECK(xml.contains(QStringLiteral("customWidth=\"1\"")));
    }
    // Results: the rank (B2) and the score (I2) are numbers, the tier (C2) a shared string.
    const QString results =
        test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    CHECK(results.contains(QStringLiteral("<c r=\"B2\"><v>1</v></c>")));
    CHECK(results.contains(QRegularExpression(QStringLiteral("<c r=\"I2\"><v>88\\.41\\d*</v></c>"))));
    CHECK(results.contains(QRegularExpression(QStringLiteral("<c r=\"C2\" t=\"s\"><v>\\d+</v></c>"))));
}

TEST_CASE("text that looks like a formula goes into the workbook as text, never as a formula", "[export][xlsx]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    import::ImportSources sources;
    sources.judges = dir.write(QStringLiteral("j.csv"), "id,name,country\nJ8,=1+1,Nowhere\n");
    import::importCsv(demo, sources);
    const QString path = dir.path(QStringLiteral("out.xlsx"));
    exports::exportXlsx(exports::buildExportTables(demo), path, exports::Overwrite::Refuse);
    const QString judges =
        test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet4.xml")});
    CHECK_FALSE(judges.contains(QStringLiteral("<f>")));
    const QString strings =
        test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    CHECK(strings.contains(QStringLiteral("<t>=1+1</t>")));
}

TEST_CASE("the workbook is not replaced without --force and leaves no temporary file", "[export][xlsx]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const QString path = dir.write(QStringLiteral("out.xlsx"), "mine");
    const exports::ExportTables tables = exports::buildExportTables(demo);
    CHECK_THROWS_WITH(exports::exportXlsx(tables, path, exports::Overwrite::Refuse),
                      Catch::Contains("exists already; use --force"));
    exports::exportXlsx(tables, path, exports::Overwrite::Allow);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");
    CHECK(
        QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("out.xlsx.")).isEmpty());
}
