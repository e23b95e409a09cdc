// SPDX-License-Identifier: Apache-2.0
#include "core/db/Savepoint.h"

#include "core/Error.h"
#include "core/db/Database.h"

#include <sqlite3.h>

#include <string>

namespace jurybox::db {

namespace {

std::string sqlFor(const char* verb, const char* name) {
    return std::string(verb) + name;
}

} // namespace

Savepoint::Savepoint(Database& db, const char* name)
    : m_db(db)
    , m_name(name) {
    // Outside a transaction SAVEPOINT would begin a deferred one that a commit elsewhere never ends; the name is
    // spliced into SQL, so only identifier characters pass.
    if (!m_db.inTransaction())
        throw StorageError(
            QStringLiteral("internal error: savepoint %1 outside a transaction").arg(QLatin1String(name)),
            SQLITE_MISUSE);
    for (const char* c = name; *c; ++c)
        if (!(*c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')))
            throw StorageError(QStringLiteral("internal error: savepoint name %1").arg(QLatin1String(name)),
                               SQLITE_MISUSE);
    m_db.exec(sqlFor("SAVEPOINT ", m_name).c_str());
}

Savepoint::~Savepoint() {
    if (!m_done) {
        try {
            // ROLLBACK TO undoes the changes but keeps the savepoint open; RELEASE then removes it.
            m_db.exec(sqlFor("ROLLBACK TO ", m_name).c_str());
            m_db.exec(sqlFor("RELEASE ", m_name).c_str());
        } catch (...) {
            // The enclosing Transaction rolls back what could not be undone here; nothing more to do.
        }
    }
}

void Savepoint::release() {
    m_db.exec(sqlFor("RELEASE ", m_name).c_str());
    m_done = true;
}

} // namespace jurybox::db
