// SPDX-License-Identifier: Apache-2.0
#include "tests/handbook/HandbookFixture.h"
#include "tests/support/CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <sstream>

using namespace jurybox;

using Run = test::CliRun;
using test::invoke;

TEST_CASE("export writes the handbook, CSV, workbook and JSON in one run and leaves the award unchanged",
          "[export][cli]") {
    test::TempDir dir;
    test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const auto p = [&](const char* name) { return dir.path(QString::fromLatin1(name)).toStdString(); };
    const QString before = test::dumpDatabase(dir.path(QStringLiteral("demo.jurybox")));
    const Run run = invoke({"export", p("demo.jurybox"), "--handbook", p("hb.pdf"), "--csv", p("csv"), "--xlsx",
                            p("book.xlsx"), "--json", p("award.json")});
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::Contains("wrote " + p("hb.pdf")) && Catch::Contains("wrote " + p("book.xlsx")));
    CHECK(test::pdfText(dir.path(QStringLiteral("hb.pdf"))).contains(QStringLiteral("Mustafa Omar Nawari")));
    CHECK(QDir(dir.path(QStringLiteral("csv"))).entryList(QDir::Files).size() == 5);
    CHECK(QFile::exists(dir.path(QStringLiteral("book.xlsx"))));
    CHECK(QFile::exists(dir.path(QStringLiteral("award.json"))));
    CHECK(test::dumpDatabase(dir.path(QStringLiteral("demo.jurybox"))) == before);
}

TEST_CASE("export refuses existing outputs without --force before writing anything", "[export][cli]") {
    test::TempDir dir;
    test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const auto p = [&](const char* name) { return dir.path(QString::fromLatin1(name)).toStdString(); };
    dir.write(QStringLiteral("award.json"), "mine");
    const Run refused = invoke({"export", p("demo.jurybox"), "--handbook", p("hb.html"), "--json", p("award.json")});
    CHECK(refused.status == 1);
    CHECK_THAT(refused.err, Catch::Contains("award.json exists already; use --force"));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("hb.html"))));
    const Run forced =
        invoke({"export", p("demo.jurybox"), "--handbook", p("hb.html"), "--json", p("award.json"), "--force"});
    CHECK(forced.status == 0);
    CHECK(QFile::exists(dir.path(QStringLiteral("hb.html"))));
}

TEST_CASE("export without an output or with an unknown handbook type is a usage error", "[export][cli]") {
    const Run nothing = invoke({"export", ":demo:"});
    CHECK(nothing.status == 2);
    CHECK_THAT(nothing.err, Catch::Contains("nothing to export"));
    const Run docx = invoke({"export", ":demo:", "--handbook", "out.docx"});
    CHECK(docx.status == 2);
    CHECK_THAT(docx.err, Catch::Contains("must end in .pdf or .html"));
    const Run method = invoke({"export", ":demo:", "--json", "x.json", "--method", "avg"});
    CHECK(method.status == 2);
    CHECK_FALSE(QFile::exists(QStringLiteral("x.json")));
}
