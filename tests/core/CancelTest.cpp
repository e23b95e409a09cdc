// SPDX-License-Identifier: Apache-2.0
// Cancelling long work from another thread: SQLite's interrupt plus a sticky flag, so the one transaction rolls back
// and the award is exactly as it was.
#include "core/Error.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/export/ExportTables.h"
#include "core/generate/SyntheticAward.h"
#include "core/import/AwardImport.h"
#include "core/task/TaskControl.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>

#include <chrono>
#include <thread>

using namespace jurybox;

namespace {

/// A query that would run for minutes: it counts to a billion.
constexpr const char* kEndlessQuery =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT COUNT(*) FROM n";

/// Every mark of the scores table moved by one point within the 1–10 scale, so importing it updates every scorecard.
QByteArray changedScores(store::AwardFile& award) {
    report::Table scores = exports::buildExportTables(award).scores;
    const int column = static_cast<int>(scores.columns.indexOf(QStringLiteral("score")));
    REQUIRE(column >= 0);
    for (auto& row : scores.rows) {
        report::Cell& cell = row[static_cast<std::size_t>(column)];
        const double v = std::holds_alternative<double>(cell) ? std::get<double>(cell)
                                                              : static_cast<double>(std::get<std::int64_t>(cell));
        cell = v < 10 ? v + 1 : v - 1;
    }
    return report::toCsv(scores).toUtf8();
}

QString integrity(db::Database& db) {
    db::Statement st = db.prepare("PRAGMA integrity_check");
    REQUIRE(st.step());
    return st.text(0);
}

} // namespace

TEST_CASE("this SQLite is built thread-safe, so a connection may work in a worker thread", "[db][task]") {
    CHECK(db::Database::libraryIsThreadSafe());
}

TEST_CASE("an interrupt from another thread stops a running query with Cancelled", "[db][task]") {
    db::Database db = db::Database::inMemory();
    std::exception_ptr error;
    QElapsedTimer clock;
    clock.start();
    std::thread worker([&] {
        try {
            db::Statement st = db.prepare(kEndlessQuery);
            st.step();
        } catch (...) {
            error = std::current_exception();
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    db.interrupt();
    worker.join();
    CHECK(clock.elapsed() < 5000);
    REQUIRE(error);
    CHECK_THROWS_AS(std::rethrow_exception(error), Cancelled);
}

TEST_CASE("an interrupt between two statements refuses the next one and the commit, until it is cleared",
          "[db][task]") {
    db::Database db = db::Database::inMemory();
    db.exec("CREATE TABLE t (v INTEGER)");
    {
        db::Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        db.interrupt();
        CHECK_THROWS_AS(db.prepare("INSERT INTO t VALUES (2)").run(), Cancelled);
        CHECK_THROWS_AS(tx.commit(), Cancelled);
    }
    CHECK_FALSE(db.inTransaction());
    CHECK_THROWS_AS(db.prepare("SELECT COUNT(*) FROM t").step(), Cancelled);
    db.clearInterrupt();
    db::Statement count = db.prepare("SELECT COUNT(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
}

TEST_CASE("a task control names its steps, refuses the next after cancel, and lifts the interrupt when done",
          "[task]") {
    db::Database db = db::Database::inMemory();
    {
        task::TaskControl control(&db);
        control.setTotal(3);
        control.beginStep(QStringLiteral("a.jurypkg"));
        control.endStep();
        control.beginStep(QStringLiteral("b.jurypkg"));
        CHECK(control.state().done == 1);
        CHECK(control.state().total == 3);
        CHECK(control.state().step == QStringLiteral("b.jurypkg"));
        control.cancel();
        CHECK(db.interrupted());
        CHECK_THROWS_AS(control.beginStep(QStringLiteral("c.jurypkg")), Cancelled);
        CHECK(control.state().step == QStringLiteral("b.jurypkg"));
    }
    CHECK_FALSE(db.interrupted());
}

TEST_CASE("cancelling a big scores import from another thread leaves the award row for row as it was",
          "[import][task]") {
    test::TempDir dir;
    const QString original = dir.path(QStringLiteral("award.jurybox"));
    generate::generateAward(original, {.submissions = 2000, .judges = 40, .perSubmission = 5, .criteria = 6});
    import::ImportSources sources;
    {
        auto award = store::AwardFile::open(original);
        sources.scores = dir.write(QStringLiteral("scores.csv"), changedScores(award));
    }
    const QString before = test::dumpDatabase(original);

    // One uninterrupted run on a copy: how long the import takes, and that it does change the award.
    const QString full = dir.path(QStringLiteral("full.jurybox"));
    REQUIRE(QFile::copy(original, full));
    QElapsedTimer clock;
    {
        auto award = store::AwardFile::open(full);
        clock.start();
        import::importCsv(award, sources);
    }
    const qint64 duration = clock.elapsed();
    const bool changed = test::dumpDatabase(full) != before;
    REQUIRE(changed);
    INFO("the full import takes " << duration << " ms");
    REQUIRE(duration >= 100);

    // Cancelled early (reading the CSV), midway (writing) and late (near the commit): always exactly as before. On a
    // busy machine a late cancel may come after the commit; then the import is whole and the cancel comes sooner.
    const double fraction = GENERATE(0.05, 0.4, 0.8);
    const QString trial = dir.path(QStringLiteral("trial.jurybox"));
    const QString after = test::dumpDatabase(full, test::Audit::Excluded, test::Timestamps::Ignored);
    auto delay = std::chrono::milliseconds(static_cast<qint64>(static_cast<double>(duration) * fraction));
    bool cancelled = false;
    QString why;
    for (int attempt = 0; attempt < 5 && !cancelled; ++attempt, delay /= 2) {
        for (const char* suffix : {"", "-wal", "-shm"}) // a WAL left beside the file would replay the last attempt
            QFile::remove(trial + QString::fromLatin1(suffix));
        REQUIRE(QFile::copy(original, trial));
        {
            auto award = store::AwardFile::open(trial);
            task::TaskControl control(&award.db());
            std::thread canceller([&] {
                std::this_thread::sleep_for(delay);
                control.cancel();
            });
            try {
                import::importCsv(award, sources);
            } catch (const Cancelled& e) {
                cancelled = true;
                why = e.message();
            }
            canceller.join();
            CHECK_FALSE(award.db().inTransaction());
        }
        // Compared as flags: Catch would print both dumps, megabytes, on a failure.
        const bool unchanged = test::dumpDatabase(trial) == before;
        const bool whole = test::dumpDatabase(trial, test::Audit::Excluded, test::Timestamps::Ignored) == after;
        INFO("attempt " << attempt << ": cancel after " << delay.count() << " ms; cancelled " << cancelled
                        << ", unchanged " << unchanged << ", whole " << whole << ": " << why.toStdString());
        CHECK((cancelled ? unchanged : whole));
    }
    REQUIRE(cancelled);
    auto award = store::AwardFile::open(trial);
    CHECK(integrity(award.db()) == QStringLiteral("ok"));
    // The connection works again once the control has gone: the same import now goes through.
    import::importCsv(award, sources);
    const bool whole = test::dumpDatabase(trial, test::Audit::Excluded, test::Timestamps::Ignored) == after;
    CHECK(whole);
}
