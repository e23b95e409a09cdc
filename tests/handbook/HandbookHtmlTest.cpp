// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookHtml.h"
#include "core/export/HandbookModel.h"
#include "core/store/AwardStore.h"
#include "tests/handbook/HandbookFixture.h"
#include "ui/handbook/Handbook.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QXmlStreamReader>

using namespace jurybox;
using test::readFile;
using test::tableRows;

TEST_CASE("the HTML winners table has a row per category and a column per tier, checked cell by cell",
          "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    const QString path = dir.path(QStringLiteral("hb.html"));
    handbook::writeHandbook(exports::buildHandbook(award), path, handbook::HandbookFormat::Html);
    const std::vector<QStringList> rows = tableRows(readFile(path), QStringLiteral("winners"));

    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == QStringList{QStringLiteral("Category"), QStringLiteral("Best"), QStringLiteral("Outstanding"),
                                 QStringLiteral("Most Promising")});
    const std::vector<QStringList> published = test::publishedWinnersTable();
    for (std::size_t i = 0; i < published.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(rows[i + 1] == published[i]);
    }
}

TEST_CASE("a vacant tier says so in the winners table and in the category", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    store::AwardStore store(award.db());
    store.setTierMinimum(store.tiers().back().id, 99.5);
    const QString html = handbook::handbookHtml(exports::buildHandbook(award));
    const std::vector<QStringList> rows = tableRows(html, QStringLiteral("winners"));
    REQUIRE(rows.size() == 6);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 4);
        CHECK(rows[i][3] == QStringLiteral("Vacant\nbelow the minimum score"));
        CHECK(rows[i][1] != QStringLiteral("Vacant\nbelow the minimum score"));
    }
    CHECK(html.contains(QStringLiteral("Most Promising: vacant (below the minimum score).")));
}

TEST_CASE("the HTML judging panel lists every judge with country, position and organisation", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeHandbookAward(dir.path(QStringLiteral("a.jurybox")), dir);
    const std::vector<QStringList> rows =
        tableRows(handbook::handbookHtml(exports::buildHandbook(award)), QStringLiteral("panel"));
    REQUIRE(rows.size() == 12);
    CHECK(rows[1] == QStringList{QStringLiteral("Chris Moore"), QStringLiteral("Canada"),
                                 QStringLiteral("Principal Consultant, AcuitasGov")});
    CHECK(rows[8] == QStringList{QStringLiteral("김민지"), QStringLiteral("Republic of Korea"),
                                 QStringLiteral("Director, Seoul Digital Foundation")});
    CHECK(rows[9][0] == QStringLiteral("Nguyễn Thị Hồng Nhung"));
    CHECK(rows[10][0] == QStringLiteral("Наталья Ярушкина"));
}

TEST_CASE("the HTML is self-contained, well-formed and byte-identical on a second export", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeHandbookAward(dir.path(QStringLiteral("a.jurybox")), dir);
    const QString first = dir.path(QStringLiteral("one.html"));
    const QString second = dir.path(QStringLiteral("two.html"));
    handbook::writeHandbook(exports::buildHandbook(award), first, handbook::HandbookFormat::Html);
    handbook::writeHandbook(exports::buildHandbook(award), second, handbook::HandbookFormat::Html);
    QFile a(first);
    QFile b(second);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    CHECK(bytes == b.readAll());

    CHECK(bytes.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(bytes.contains("<meta charset=\"utf-8\"/>"));
    CHECK(bytes.contains("@page { size: A4;"));
    for (const char* forbidden : {"<script", "<link", "src=", "href=", "url(", "@import", "http:", "https:"})
        CHECK_FALSE(bytes.contains(forbidden));
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
}

TEST_CASE("the handbook refuses to replace a file unless asked", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    const QString path = dir.write(QStringLiteral("hb.html"), "keep me");
    const exports::HandbookModel model = exports::buildHandbook(award);
    CHECK_THROWS_WITH(handbook::writeHandbook(model, path, handbook::HandbookFormat::Html),
                      Catch::Contains("exists already; use --force"));
    CHECK(readFile(path) == QStringLiteral("keep me"));
    handbook::writeHandbook(model, path, handbook::HandbookFormat::Html, exports::Overwrite::Allow);
    CHECK(readFile(path).startsWith(QStringLiteral("<!DOCTYPE html>")));
}
