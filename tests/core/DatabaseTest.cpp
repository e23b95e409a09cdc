// SPDX-License-Identifier: Apache-2.0
#include "core/db/Database.h"
#include "core/Error.h"
#include "core/db/Savepoint.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("a transaction that is not committed rolls back when it goes out of scope", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (v INTEGER)");
    {
        db::Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (?)").bind(1, 42).run();
        CHECK(db.inTransaction());
    }
    CHECK_FALSE(db.inTransaction());
    db::Statement count = db.prepare("SELECT COUNT(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
}

TEST_CASE("a committed transaction keeps its rows", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (v INTEGER)");
    db::Transaction tx(db);
    db.prepare("INSERT INTO t VALUES (?)").bind(1, 7).run();
    tx.commit();
    db::Statement count = db.prepare("SELECT SUM(v) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 7);
}

TEST_CASE("a savepoint that is not released undoes only its own rows and the transaction commits the rest", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (v INTEGER)");
    db::Transaction tx(db);
    db.prepare("INSERT INTO t VALUES (?)").bind(1, 1).run();
    {
        db::Savepoint kept(db, "kept");
        db.prepare("INSERT INTO t VALUES (?)").bind(1, 10).run();
        kept.release();
    }
    {
        db::Savepoint undone(db, "undone");
        db.prepare("INSERT INTO t VALUES (?)").bind(1, 100).run();
    }
    CHECK(db.inTransaction());
    tx.commit();
    db::Statement sum = db.prepare("SELECT SUM(v) FROM t");
    REQUIRE(sum.step());
    CHECK(sum.integer(0) == 11);
}

TEST_CASE("a savepoint refuses to start outside a transaction and refuses a name that is not an identifier", "[db]") {
    db::Database db = db::Database::inMemory();
    CHECK_THROWS_AS(db::Savepoint(db, "loose"), StorageError);
    CHECK_FALSE(db.inTransaction());
    db::Transaction tx(db);
    CHECK_THROWS_AS(db::Savepoint(db, "x; DROP TABLE t"), StorageError);
}

TEST_CASE("text, numbers, blobs and nulls round-trip through bound parameters", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (s TEXT, d REAL, b BLOB, n REAL)");
    const QString unicode = QStringLiteral("Beyoğlu · São Paulo · 세종 · Ульяновск · Đà Nẵng");
    const QByteArray blob("\x00\x01\xff", 3);
    db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        .bind(1, unicode)
        .bind(2, 7.25)
        .bind(3, blob)
        .bind(4, std::optional<double>())
        .run();
    db::Statement st = db.prepare("SELECT s, d, b, n FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == unicode);
    CHECK(st.real(1) == 7.25);
    CHECK(st.blob(2) == blob);
    CHECK(st.isNull(3));
    CHECK_FALSE(st.optionalReal(3).has_value());
}

TEST_CASE("bound text keeps every character whether short, long, ASCII or not, and empty text is not NULL", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT)");
    const QStringList texts{QStringLiteral("2026-12-02T03:00:00.000Z"),
                            QString(128, QLatin1Char('a')),
                            QString(129, QLatin1Char('b')),
                            QString(127, QLatin1Char('c')) + QStringLiteral("é"),
                            QStringLiteral("세종") + QString(200, QLatin1Char('d')),
                            QStringLiteral("\u007f"),
                            QStringLiteral("\u0080")};
    db::Statement insert = db.prepare("INSERT INTO t (k, s) VALUES (?, ?)");
    for (qsizetype i = 0; i < texts.size(); ++i)
        insert.bind(1, static_cast<std::int64_t>(i)).bind(2, texts[i]).run();
    insert.bind(1, 100).bind(2, QString()).run();
    insert.bind(1, 101).bind(2, QStringLiteral("")).run();
    db::Statement st = db.prepare("SELECT k, s, typeof(s) FROM t ORDER BY k");
    for (const QString& expected : texts) {
        REQUIRE(st.step());
        CHECK(st.text(1) == expected);
    }
    for (int k : {100, 101}) {
        REQUIRE(st.step());
        CHECK(st.integer(0) == k);
        CHECK(st.text(2) == QStringLiteral("text"));
        CHECK(st.text(1).isEmpty());
    }
}

TEST_CASE("SQLite errors become StorageError with SQLite's code and message", "[db]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (v INTEGER NOT NULL)");
    try {
        db.prepare("INSERT INTO t VALUES (NULL)").run();
        FAIL("no error was thrown");
    } catch (const StorageError& e) {
        CHECK((e.code() & 0xff) == 19); // SQLITE_CONSTRAINT
        CHECK_THAT(e.what(), Catch::Contains("NOT NULL"));
    }
    CHECK_THROWS_AS(db.prepare("SELECT * FROM missing"), StorageError);
}

TEST_CASE("opening a file that does not exist says so", "[db]") {
    test::TempDir dir;
    CHECK_THROWS_WITH(db::Database(dir.path(QStringLiteral("nope.jurybox")), db::Database::Mode::ReadWrite),
                      Catch::Contains("no such file"));
}

TEST_CASE("the online backup copies every row into a new file", "[db]") {
    test::TempDir dir;
    db::Database db(dir.path(QStringLiteral("a.db")), db::Database::Mode::Create);
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('Chengdu');");
    db.backupTo(dir.path(QStringLiteral("b.db")));
    db::Database copy(dir.path(QStringLiteral("b.db")), db::Database::Mode::ReadOnly);
    db::Statement st = copy.prepare("SELECT v FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("Chengdu"));
}
