// SPDX-License-Identifier: Apache-2.0
#include "core/db/Transaction.h"

#include "core/Error.h"
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
    try {
        m_db.exec("COMMIT");
    } catch (const Cancelled&) {
        // The interrupt also stops the WAL checkpoint that SQLite runs right after a large commit, and COMMIT then
        // reports it; the commit itself stands when the connection has left the transaction.
        if (m_db.inTransaction())
            throw;
    }
    m_done = true;
}

} // namespace jurybox::db
