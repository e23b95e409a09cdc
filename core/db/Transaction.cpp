// SPDX-License-Identifier: Apache-2.0
#include "core/db/Transaction.h"

#include "core/db/Database.h"

namespace jurybox::db {

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes; nothing more to do here.
        }
    }
}

void Transaction::commit() {
    // A cancel that came after the last statement still wins: the work stops before it is committed.
    m_db.checkInterrupt();
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace jurybox::db
