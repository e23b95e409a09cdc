// SPDX-License-Identifier: Apache-2.0
#include "core/store/AwardFile.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/store/Schema.h"

#include <QFileInfo>
#include <QUuid>

namespace jurybox::store {

namespace {

void migrate(db::Database& db, int from) {
    for (const Migration& step : awardMigrations()) {
        if (step.version <= from)
            continue;
        db::Transaction tx(db);
        db.exec(step.sql);
        const QByteArray pragma = QByteArray("PRAGMA user_version = ") + QByteArray::number(step.version);
        db.exec(pragma.constData());
        tx.commit();
    }
}

} // namespace

AwardFile::AwardFile(db::Database db)
    : m_db(std::move(db)) {}

void AwardFile::initialise(db::Database& db, const Award& award) {
    const QByteArray appId = QByteArray("PRAGMA application_id = ") + QByteArray::number(kAwardApplicationId);
    db.exec(appId.constData());
    migrate(db, 0);
    Award stored = award;
    if (stored.uuid.isEmpty())
        stored.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db::Statement st = db.prepare("INSERT INTO award (id, uuid, name, year, organiser) VALUES (1, ?, ?, ?, ?)");
    st.bind(1, stored.uuid).bind(2, stored.name).bind(3, stored.year).bind(4, stored.organiser).run();
    audit::AuditLog(db).append(QStringLiteral("create"),
                               QStringLiteral("Created the award \"%1\" (%2)").arg(stored.name).arg(stored.year));
}

AwardFile AwardFile::create(const QString& path, const Award& award) {
    if (QFileInfo::exists(path))
        throw Error(QStringLiteral("%1 already exists; Jurybox never overwrites an award file. "
                                   "Choose another name or remove the file first.")
                        .arg(path));
    db::Database db(path, db::Database::Mode::Create);
    db.exec("PRAGMA journal_mode = WAL");
    try {
        initialise(db, award);
    } catch (...) {
        // A half-created file is worse than none: nothing was committed that anyone could rely on.
        db = db::Database::inMemory();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    return AwardFile(std::move(db));
}

AwardFile AwardFile::createInMemory(const Award& award) {
    db::Database db = db::Database::inMemory();
    initialise(db, award);
    return AwardFile(std::move(db));
}

void AwardFile::verifyKind(db::Database& db, const QString& path) {
    std::int64_t appId = 0;
    try {
        appId = db.pragmaInt("application_id");
    } catch (const StorageError& e) {
        if ((e.code() & 0xff) == 26) // SQLITE_NOTADB; other failures (permissions, locks) keep their own message
            throw IntegrityError(
                QStringLiteral("%1 is not a Jurybox award file (it is not an SQLite database).").arg(path));
        throw;
    }
    if (appId == kPackageApplicationId)
        throw IntegrityError(QStringLiteral("%1 is a judge package (.jurypkg), not an award file. Open it in judge "
                                            "mode, or merge it into the award with `jurybox-cli merge AWARD %1`.")
                                 .arg(path));
    if (appId != kAwardApplicationId)
        throw IntegrityError(
            QStringLiteral("%1 is an SQLite database but not a Jurybox award file (application id %2).")
                .arg(path)
                .arg(appId));
    const auto version = db.pragmaInt("user_version");
    if (version > currentAwardSchemaVersion())
        throw IntegrityError(QStringLiteral("%1 was written by a newer Jurybox (schema version %2; this version reads "
                                            "up to %3). Update Jurybox to open it.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(currentAwardSchemaVersion()));
}

AwardFile AwardFile::open(const QString& path) {
    db::Database db(path, db::Database::Mode::ReadWrite);
    verifyKind(db, path);
    const int version = static_cast<int>(db.pragmaInt("user_version"));
    if (version < currentAwardSchemaVersion()) {
        migrate(db, version);
        db::Transaction tx(db);
        audit::AuditLog(db).append(QStringLiteral("upgrade"), QStringLiteral("Upgraded the file from schema version "
                                                                             "%1 to %2")
                                                                  .arg(version)
                                                                  .arg(currentAwardSchemaVersion()));
        tx.commit();
    }
    // Not while another connection is in the middle of a bulk write through the rollback journal (see
    // db::BulkWriteSettings): this connection then works with the rollback journal, and the next open restores WAL.
    (void)db.trySetJournalMode("wal");
    return AwardFile(std::move(db));
}

AwardFile AwardFile::openForReading(const QString& path) {
    {
        db::Database probe = openReadable(path);
        verifyKind(probe, path);
        if (probe.pragmaInt("user_version") < currentAwardSchemaVersion())
            return open(path); // an older file is upgraded first, which needs writing
    }
    return openReadOnly(path);
}

db::Database AwardFile::openReadable(const QString& path) {
    db::Database db(path, db::Database::Mode::ReadOnly);
    try {
        (void)db.pragmaInt("schema_version"); // the first read: where WAL needs its -wal and -shm files
        return db;
    } catch (const StorageError& e) {
        const int code = e.code() & 0xff;
        if (code != 8 && code != 14) // SQLITE_READONLY, SQLITE_CANTOPEN
            throw;
    }
    // A read-only folder (a CD, a read-only share) cannot hold the WAL's side files: read the file as it stands.
    return db::Database(path, db::Database::Mode::Immutable);
}

AwardFile AwardFile::openReadOnly(const QString& path) {
    db::Database db = openReadable(path);
    verifyKind(db, path);
    if (db.pragmaInt("user_version") < currentAwardSchemaVersion())
        throw IntegrityError(
            QStringLiteral("%1 uses an older schema; open it once for writing to upgrade it.").arg(path));
    return AwardFile(std::move(db));
}

} // namespace jurybox::store
