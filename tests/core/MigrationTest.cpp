// SPDX-License-Identifier: Apache-2.0
#include "core/audit/AuditLog.h"
#include "core/check/AwardCheck.h"
#include "core/db/Statement.h"
#include "core/store/ConflictStore.h"
#include "core/store/Schema.h"
#include "core/store/ScorecardStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace jurybox;

namespace {

/// A copy of a fixture written by an earlier Jurybox (tests/data/award-vN.jurybox), so the repo's file stays as it is.
QString copyFixture(const test::TempDir& dir, const QString& name) {
    const QString target = dir.path(name);
    REQUIRE(QFile::copy(QDir(QStringLiteral(JURYBOX_TEST_DATA)).filePath(name), target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace

TEST_CASE("an award file of every earlier schema version opens, upgrades and keeps its data", "[migration]") {
    const int version = GENERATE(range(1, store::currentAwardSchemaVersion()));
    test::TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("award-v%1.jurybox").arg(version));
    {
        db::Database raw(path, db::Database::Mode::ReadOnly);
        REQUIRE(raw.pragmaInt("user_version") == version);
    }
    auto file = store::AwardFile::open(path);
    CHECK(file.db().pragmaInt("user_version") == store::currentAwardSchemaVersion());
    CHECK(store::ScorecardStore(file.db()).all().size() == 175);
    const auto conflicts = store::ConflictStore(file.db()).all();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.front().status == ConflictStatus::Possible);
    const auto events = audit::AuditLog(file.db()).events();
    REQUIRE_FALSE(events.empty());
    CHECK(events.back().action == QStringLiteral("upgrade"));
    CHECK(events.back().summary == QStringLiteral("Upgraded the file from schema version %1 to %2")
                                       .arg(version)
                                       .arg(store::currentAwardSchemaVersion()));
    CHECK(check::checkAward(file).isEmpty());
}

TEST_CASE("an award upgraded to schema version 3 keeps no package keys until it writes packages", "[migration]") {
    test::TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("award-v2.jurybox"));
    auto file = store::AwardFile::open(path);
    REQUIRE(file.db().pragmaInt("user_version") >= 3);
    db::Statement keys = file.db().prepare("SELECT COUNT(*) FROM package_key");
    REQUIRE(keys.step());
    CHECK(keys.integer(0) == 0);
    db::Statement trigger =
        file.db().prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'package_key_code_change'");
    REQUIRE(trigger.step());
    CHECK(trigger.integer(0) == 1);
}
