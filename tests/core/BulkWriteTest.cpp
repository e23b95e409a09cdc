// SPDX-License-Identifier: Apache-2.0
#include "core/db/BulkWriteSettings.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/store/AwardFile.h"
#include "core/store/AwardStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

namespace {

QString newAward(const test::TempDir& dir) {
    const QString path = dir.path(QStringLiteral("prize.jurybox"));
    (void)store::AwardFile::create(path, {QString(), QStringLiteral("WeGO Awards"), 2014, QStringLiteral("WeGO")});
    return path;
}

} // namespace

TEST_CASE("a bulk write goes through the rollback journal and leaves the award in WAL", "[db]") {
    test::TempDir dir;
    auto award = store::AwardFile::open(newAward(dir));
    db::Database& db = award.db();
    REQUIRE(db.journalMode() == QStringLiteral("wal"));
    {
        const db::BulkWriteSettings settings(db);
        CHECK(db.journalMode() == QStringLiteral("delete"));
        db::Transaction tx(db);
        db.exec("INSERT INTO round (position, name) VALUES (1, 'Final')");
        tx.commit();
    }
    CHECK(db.journalMode() == QStringLiteral("wal"));
    CHECK(store::AwardStore(db).rounds().size() == 1);
}

TEST_CASE("a bulk write stays in WAL while another connection has the award open", "[db]") {
    test::TempDir dir;
    const QString path = newAward(dir);
    auto award = store::AwardFile::open(path);
    auto reader = store::AwardFile::openForReading(path);
    (void)store::AwardStore(reader.db()).award();
    {
        const db::BulkWriteSettings settings(award.db());
        CHECK(award.db().journalMode() == QStringLiteral("wal"));
        db::Transaction tx(award.db());
        award.db().exec("INSERT INTO round (position, name) VALUES (1, 'Final')");
        tx.commit();
    }
    CHECK(award.db().journalMode() == QStringLiteral("wal"));
    CHECK(store::AwardStore(reader.db()).rounds().size() == 1);
}

TEST_CASE("the award opens while another connection is in the middle of a bulk write", "[db]") {
    // The writer holds the file out of WAL: the second open must not wait for it or fail, and it reads the
    // award as it was before the write.
    test::TempDir dir;
    const QString path = newAward(dir);
    auto writer = store::AwardFile::open(path);
    const db::BulkWriteSettings settings(writer.db());
    REQUIRE(writer.db().journalMode() == QStringLiteral("delete"));
    db::Transaction tx(writer.db());
    writer.db().exec("INSERT INTO round (position, name) VALUES (1, 'Final')");

    auto second = store::AwardFile::open(path);
    CHECK(store::AwardStore(second.db()).rounds().empty());
    CHECK(store::AwardStore(second.db()).award().name == QStringLiteral("WeGO Awards"));
}
