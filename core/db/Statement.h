// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3_stmt;

namespace jurybox::db {

class Database;

/// A prepared statement. Parameters are 1-based as in SQLite, columns 0-based. Finalised on destruction.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::optional<double> value);
    Statement& bindNull(int index);
    /// Binds UTF-8 text without SQLite copying it: `utf8` must stay alive and unchanged until the statement has run
    /// (run() or reset() clears the binding). For bulk writes that bind the same few strings many times.
    Statement& bindUtf8(int index, const QByteArray& utf8);

    /// Advances to the next row; false when done. Throws StorageError on failure, Cancelled after
    /// Database::interrupt().
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    void run();
    /// Resets the statement and clears its bindings so it can run again.
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    double real(int column) const;
    std::int64_t integer(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db);
    void check(int rc) const;

    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
};

/// `head` + " VALUES (?, …), (?, …)…": `rows` rows of `width` parameters, for inserting many rows per statement
/// (bulk writes run far fewer statements). The SQL is made of the caller's constant text only.
QByteArray multiRowInsert(const char* head, int width, int rows);

} // namespace jurybox::db
