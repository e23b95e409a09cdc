// SPDX-License-Identifier: Apache-2.0
#include "core/db/Database.h"

#include "core/Error.h"
#include "core/db/Advice.h"
#include "core/db/Statement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace jurybox::db {

namespace {

/// How long a statement waits for another connection's lock before it fails with "database is locked".
constexpr int kBusyTimeoutMs = 5000;

QString describe(sqlite3* handle, int rc) {
    const char* msg = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    return QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
}

/// Process-wide SQLite settings, applied once before the first connection.
void configureLibrary() {
    static const bool configured = [] {
        // Jurybox never reads SQLite's memory statistics; keeping them costs a mutex on every allocation.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

} // namespace

Database::Database(const QString& path, Mode mode)
    : m_path(path) {
    configureLibrary();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    if (mode != Mode::Create && !QFileInfo::exists(path))
        throw StorageError(QStringLiteral("%1: no such file").arg(path), SQLITE_CANTOPEN);

    const QByteArray utf8 =
        mode == Mode::Immutable ? "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1" : path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = describe(m_handle, rc);
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
        throw StorageError(withAdvice(QStringLiteral("%1: cannot open: %2").arg(path, why), rc), rc);
    }
    sqlite3_extended_result_codes(m_handle, 1);
    configure();
}

Database Database::inMemory() {
    configureLibrary();
    Database db;
    db.m_path = QStringLiteral(":memory:");
    const int rc = sqlite3_open_v2(":memory:", &db.m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError(
            withAdvice(QStringLiteral("cannot open an in-memory database: %1").arg(describe(db.m_handle, rc)), rc), rc);
    db.configure();
    return db;
}

void Database::configure() {
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    exec("PRAGMA foreign_keys = ON");
}

Database::Database(Database&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
    , m_interrupted(other.m_interrupted.load()) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_handle)
            sqlite3_close_v2(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
        m_interrupted = other.m_interrupted.load();
    }
    return *this;
}

Database::~Database() {
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

void Database::exec(const char* sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        if (rc == SQLITE_INTERRUPT)
            throw Cancelled(QStringLiteral("%1: cancelled").arg(m_path));
        throw StorageError(withAdvice(QStringLiteral("%1: %2").arg(m_path, why), rc), rc);
    }
}

Statement Database::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc == SQLITE_INTERRUPT)
        throw Cancelled(QStringLiteral("%1: cancelled").arg(m_path));
    if (rc != SQLITE_OK)
        throw StorageError(withAdvice(QStringLiteral("%1: %2").arg(m_path, describe(m_handle, rc)), rc), rc);
    return Statement(stmt, this);
}

std::int64_t Database::pragmaInt(const char* name) {
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    Statement st = prepare(sql.constData());
    return st.step() ? st.integer(0) : 0;
}

QString Database::journalMode() {
    Statement st = prepare("PRAGMA journal_mode");
    return st.step() ? st.text(0).toLower() : QString();
}

bool Database::trySetJournalMode(const char* mode) {
    sqlite3_busy_timeout(m_handle, 0);
    bool changed = false;
    try {
        Statement st = prepare((QByteArray("PRAGMA journal_mode = ") + mode).constData());
        changed = st.step() && st.text(0).compare(QLatin1String(mode), Qt::CaseInsensitive) == 0;
    } catch (const StorageError&) {
        // busy or locked: another connection has the file open; the mode stays as it was
    }
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    return changed;
}

void Database::interrupt() {
    m_interrupted.store(true, std::memory_order_release);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

void Database::clearInterrupt() {
    m_interrupted.store(false, std::memory_order_release);
}

void Database::checkInterrupt() const {
    if (interrupted())
        throw Cancelled(QStringLiteral("%1: cancelled").arg(m_path));
}

bool Database::libraryIsThreadSafe() {
    return sqlite3_threadsafe() != 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const {
    return sqlite3_changes(m_handle);
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_handle) == 0;
}

void Database::backupTo(const QString& path) {
    sqlite3* target = nullptr;
    const QByteArray utf8 = path.toUtf8();
    int rc = sqlite3_open_v2(utf8.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = describe(target, rc);
        sqlite3_close_v2(target);
        throw StorageError(withAdvice(QStringLiteral("%1: cannot create the backup: %2").arg(path, why), rc), rc);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_handle, "main");
    if (!backup) {
        const QString why = describe(target, SQLITE_ERROR);
        sqlite3_close_v2(target);
        throw StorageError(withAdvice(QStringLiteral("%1: cannot start the backup: %2").arg(path, why), SQLITE_ERROR),
                           SQLITE_ERROR);
    }
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const int finalRc = sqlite3_errcode(target);
    const QString why = describe(target, finalRc);
    sqlite3_close_v2(target);
    if (rc != SQLITE_DONE)
        throw StorageError(withAdvice(QStringLiteral("%1: backup failed: %2").arg(path, why), rc), rc);
}

} // namespace jurybox::db
