// SPDX-License-Identifier: Apache-2.0
#include "core/csv/CsvTable.h"
#include "core/Error.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using jurybox::InputError;
using jurybox::csv::CsvTable;

namespace {

CsvTable parse(const QByteArray& text, const QStringList& required = {QStringLiteral("id"), QStringLiteral("name")},
               const QStringList& optional = {QStringLiteral("note")}) {
    // Records are read lazily: reading them all surfaces every error the file holds.
    CsvTable table = CsvTable::parse(text, QStringLiteral("test.csv"), required, optional);
    (void)table.rows();
    return table;
}

} // namespace

TEST_CASE("quoted fields keep commas, doubled quotes and line breaks", "[csv]") {
    const auto t = parse("id,name,note\r\n1,\"San Fernando, La Union\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",x\n");
    REQUIRE(t.rows().size() == 2);
    CHECK(t.value(t.rows()[0], QStringLiteral("name")) == QStringLiteral("San Fernando, La Union"));
    CHECK(t.value(t.rows()[0], QStringLiteral("note")) == QStringLiteral("say \"hi\""));
    CHECK(t.value(t.rows()[1], QStringLiteral("name")) == QStringLiteral("two\nlines"));
    CHECK(t.rows()[0].line == 2);
    CHECK(t.rows()[1].line == 3);
}

TEST_CASE("columns may come in any order and optional ones may be absent", "[csv]") {
    const auto t = parse("name,id\nHelsinki,OPE-11\n");
    CHECK(t.value(t.rows()[0], QStringLiteral("id")) == QStringLiteral("OPE-11"));
    CHECK(t.value(t.rows()[0], QStringLiteral("note")).isEmpty());
    CHECK_FALSE(t.hasColumn(QStringLiteral("note")));
}

TEST_CASE("a UTF-8 byte order mark is accepted and Unicode comes through exactly", "[csv]") {
    const auto t = parse("\xEF\xBB\xBFid,name\n1,Beyoğlu\n2,세종\n3,São Paulo\n");
    CHECK(t.value(t.rows()[0], QStringLiteral("name")) == QStringLiteral("Beyoğlu"));
    CHECK(t.value(t.rows()[1], QStringLiteral("name")) == QStringLiteral("세종"));
    CHECK(t.value(t.rows()[2], QStringLiteral("name")) == QStringLiteral("São Paulo"));
}

TEST_CASE("the line of a record counts the line breaks inside earlier quoted fields", "[csv]") {
    const auto t = parse("id,name\n1,\"a\nb\nc\"\n2,d\n");
    CHECK(t.rows()[1].line == 5);
}

TEST_CASE("blank lines are skipped and the last line needs no line break", "[csv]") {
    const auto t = parse("id,name\n\n1,a\n\n2,b");
    CHECK(t.rows().size() == 2);
}

TEST_CASE("malformed CSV is refused with the file, line and problem", "[csv]") {
    using Catch::Contains;
    SECTION("an unterminated quote") {
        CHECK_THROWS_WITH(parse("id,name\n1,\"open\n2,b\n"), Contains("test.csv:2") && Contains("never closed"));
    }
    SECTION("a stray quote inside an unquoted field") {
        CHECK_THROWS_WITH(parse("id,name\n1,ab\"c\n"), Contains("test.csv:2") && Contains("quote inside"));
    }
    SECTION("text after a closing quote") {
        CHECK_THROWS_WITH(parse("id,name\n1,\"ab\"c\n"), Contains("after the closing quote"));
    }
    SECTION("a row with too many fields") {
        CHECK_THROWS_WITH(parse("id,name\n1,a\n2,San Fernando, La Union\n"),
                          Contains("test.csv:3") && Contains("3 fields but the header has 2"));
    }
    SECTION("invalid UTF-8 names the column") {
        CHECK_THROWS_WITH(parse("id,name\n1,Beyo\xF0\x28\n"),
                          Contains("test.csv:2: column \"name\"") && Contains("not valid UTF-8"));
    }
    SECTION("an empty file") {
        CHECK_THROWS_WITH(parse(""), Contains("empty"));
    }
}

TEST_CASE("header problems name the column and suggest the likely one", "[csv]") {
    using Catch::Contains;
    CHECK_THROWS_WITH(parse("id,nmae\n"), Contains("unknown column \"nmae\"") && Contains("did you mean \"name\"?"));
    CHECK_THROWS_WITH(parse("id\n"), Contains("required column \"name\" is missing"));
    CHECK_THROWS_WITH(parse("id,name,id\n"), Contains("column \"id\"") && Contains("twice"));
}

TEST_CASE("a required value that is empty is reported as missing", "[csv]") {
    const auto t = parse("id,name\n1,\n");
    try {
        (void)t.required(t.rows()[0], QStringLiteral("name"));
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.line() == 2);
        CHECK(e.column() == QStringLiteral("name"));
        CHECK(e.problem() == QStringLiteral("missing value"));
    }
}

TEST_CASE("a field over the size limit is refused rather than held", "[csv]") {
    QByteArray huge = "id,name\n1,";
    huge += QByteArray(CsvTable::kMaxFieldBytes + 10, 'a');
    CHECK_THROWS_WITH(parse(huge), Catch::Contains("longer than 1 MiB"));
}

TEST_CASE("next reads records one at a time and rows reads them all from the start", "[csv]") {
    CsvTable t = CsvTable::parse("id,name\n1,a\n\n2,\"b\nc\"\n", QStringLiteral("t.csv"),
                                 {QStringLiteral("id"), QStringLiteral("name")}, {});
    jurybox::csv::CsvRow row;
    REQUIRE(t.next(row));
    CHECK(row.line == 2);
    REQUIRE(t.next(row));
    CHECK(row.line == 4);
    CHECK(row.fields[1] == QStringLiteral("b\nc"));
    CHECK_FALSE(t.next(row));
    CHECK(t.rows().size() == 2);
    CHECK(t.columnIndex(QStringLiteral("name")) == 1);
    CHECK(t.columnIndex(QStringLiteral("note")) == -1);
}

TEST_CASE("a record read into a reused row leaves copies of the previous record's fields intact", "[csv]") {
    // The reader writes each field into the row's existing strings; a copy taken before must not see the next
    // record, whatever its length, encoding or quoting.
    CsvTable t = CsvTable::parse("id,name\nlonger-id,Seoul\n7,\"Sejong, 세종\"\n\n8,x\n", QStringLiteral("t.csv"),
                                 {QStringLiteral("id"), QStringLiteral("name")}, {});
    jurybox::csv::CsvRow row;
    REQUIRE(t.next(row));
    const QString firstId = row.fields[0];
    const QString firstName = row.fields[1];
    REQUIRE(t.next(row));
    CHECK(row.fields[0] == QStringLiteral("7"));
    CHECK(row.fields[1] == QStringLiteral("Sejong, 세종"));
    CHECK(firstId == QStringLiteral("longer-id"));
    CHECK(firstName == QStringLiteral("Seoul"));
    const QString secondName = row.fields[1];
    REQUIRE(t.next(row));
    CHECK(row.line == 5);
    CHECK(row.fields[0] == QStringLiteral("8"));
    CHECK(row.fields[1] == QStringLiteral("x"));
    CHECK(secondName == QStringLiteral("Sejong, 세종"));
    const std::vector<jurybox::csv::CsvRow> all = t.rows();
    REQUIRE(all.size() == 3);
    CHECK(all[0].fields[0] == QStringLiteral("longer-id"));
    CHECK(all[1].fields[1] == QStringLiteral("Sejong, 세종"));
    CHECK(all[2].fields[1] == QStringLiteral("x"));
}
