// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/award/NewAward.h"
#include "core/db/Statement.h"
#include "core/import/AwardImport.h"
#include "core/store/AwardFile.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;
using Catch::Contains;

TEST_CASE("a full disk refuses the write with advice and leaves the award as it was", "[hostile]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.jurybox"));
    award::NewAwardOptions options;
    options.empty = true;
    { award::createAward(path, options); }
    const QString before = test::dumpDatabase(path);
    {
        auto file = store::AwardFile::open(path);
        // The file may not grow past its current size: to SQLite exactly what a full disk is (SQLITE_FULL).
        db::Statement pages = file.db().prepare("PRAGMA page_count");
        REQUIRE(pages.step());
        const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages.integer(0));
        file.db().exec(limit.constData());
        import::ImportSources sources;
        sources.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
        sources.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
        sources.judges = test::demoCsv(QStringLiteral("judges.csv"));
        sources.scores = test::demoCsv(QStringLiteral("scores.csv"));
        CHECK_THROWS_WITH(import::importCsv(file, sources),
                          Contains("the disk is full; nothing was written. Free some space and try again."));
    }
    CHECK(test::dumpDatabase(path) == before);
}

TEST_CASE("a file of another kind is named for what it is", "[hostile]") {
    test::TempDir dir;
    SECTION("an empty file") {
        const QString path = dir.write(QStringLiteral("empty.jurybox"), QByteArray());
        CHECK_THROWS_WITH(store::AwardFile::open(path), Contains("not a Jurybox award file"));
    }
    SECTION("a truncated award") {
        const QString path = dir.path(QStringLiteral("cut.jurybox"));
        { test::makeDemo(path); }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
        f.close();
        // Either it cannot be read as an award at all, or the check finds the damage; never a crash.
        try {
            auto file = store::AwardFile::open(path);
            db::Statement st = file.db().prepare("PRAGMA integrity_check");
            REQUIRE(st.step());
            CHECK(st.text(0) != QStringLiteral("ok"));
        } catch (const Error& e) {
            CHECK_FALSE(QString::fromUtf8(e.what()).isEmpty());
        }
    }
}
