// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

struct sqlite3;

namespace jurybox::db {

class Statement;

/// Owns one SQLite connection. The only class (with Statement and Transaction) that talks to the SQLite C API.
class Database {
public:
    /// Immutable: read-only without locks or WAL side files, for a file on a read-only medium or folder.
    enum class Mode { ReadWrite, ReadOnly, Create, Immutable };

    /// Opens (or with Mode::Create, creates) a database file; throws StorageError with a readable message.
    Database(const QString& path, Mode mode);
    /// Opens a private in-memory database.
    static Database inMemory();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Runs one or more SQL statements that take no parameters (schema, pragmas).
    void exec(const char* sql);
    /// Prepares a statement; the SQL must be a literal of the program, never user text.
    Statement prepare(const char* sql);

    /// Reads an integer pragma such as user_version or application_id.
    std::int64_t pragmaInt(const char* name);
    /// The journal mode in lower case: "wal", "delete", "memory"...
    QString journalMode();
    /// Switches the journal mode (e.g. "wal", "delete") without waiting for other connections: false, and the mode
    /// unchanged, when one has the file open (SQLite leaves WAL only while no other connection uses the file) or a
    /// transaction is open.
    bool trySetJournalMode(const char* mode);

    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    const QString& path() const { return m_path; }

    /// Stops the statement running on this connection and refuses every later one with Cancelled until
    /// clearInterrupt(), so the transaction in progress rolls back and nothing is half-written. The one member that
    /// another thread may call while a worker uses the connection (sqlite3_interrupt is documented thread-safe).
    void interrupt();
    /// Lets statements run again after interrupt(); call it once the interrupted work has ended.
    void clearInterrupt();
    bool interrupted() const { return m_interrupted.load(std::memory_order_acquire); }
    /// Throws Cancelled when interrupt() was called: a check between steps of a long operation.
    void checkInterrupt() const;
    /// Whether this SQLite was built thread-safe, so that a connection may move to a worker thread.
    static bool libraryIsThreadSafe();

    /// Copies the whole database into a new file at path with SQLite's online backup API.
    void backupTo(const QString& path);

    sqlite3* handle() const { return m_handle; }

private:
    Database() = default;
    void configure();

    sqlite3* m_handle = nullptr;
    QString m_path;
    // Sticky, unlike SQLite's own flag, which is lost when interrupt() falls between two statements.
    std::atomic<bool> m_interrupted = false;
};

} // namespace jurybox::db
