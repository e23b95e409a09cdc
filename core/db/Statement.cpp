// SPDX-License-Identifier: Apache-2.0
#include "core/db/Statement.h"

#include "core/Error.h"
#include "core/db/Advice.h"
#include "core/db/Database.h"

#include <sqlite3.h>

#include <array>
#include <utility>

namespace jurybox::db {

Statement::Statement(sqlite3_stmt* stmt, Database* db)
    : m_stmt(stmt)
    , m_db(db) {}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc) const {
    if (rc == SQLITE_OK)
        return;
    sqlite3* handle = sqlite3_db_handle(m_stmt);
    throw StorageError(
        withAdvice(QStringLiteral("%1: %2").arg(m_db->path(), QString::fromUtf8(sqlite3_errmsg(handle))), rc), rc);
}

Statement& Statement::bind(int index, const QString& value) {
    // Short ASCII text, most of what Jurybox binds (dates, statuses, refs), is narrowed on the stack: a bulk import
    // binds hundreds of thousands of them, and SQLite copies the text anyway.
    constexpr qsizetype kShort = 128;
    if (value.size() <= kShort) {
        std::array<char, kShort> ascii{};
        const QChar* chars = value.constData();
        qsizetype i = 0;
        for (; i < value.size() && chars[i].unicode() < 0x80; ++i)
            ascii[static_cast<std::size_t>(i)] = static_cast<char>(chars[i].unicode());
        if (i == value.size()) {
            check(sqlite3_bind_text(m_stmt, index, ascii.data(), static_cast<int>(i), SQLITE_TRANSIENT));
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8) {
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    check(sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step() {
    m_db->checkInterrupt();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3* handle = sqlite3_db_handle(m_stmt);
    const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_INTERRUPT)
        m_db->checkInterrupt();
    throw StorageError(withAdvice(QStringLiteral("%1: %2").arg(m_db->path(), why), rc), rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const {
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QByteArray multiRowInsert(const char* head, int width, int rows) {
    QByteArray row = "(?";
    for (int i = 1; i < width; ++i)
        row += ", ?";
    row += ')';
    QByteArray sql = head;
    sql += " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        sql += row;
    }
    return sql;
}

} // namespace jurybox::db
