// SPDX-License-Identifier: Apache-2.0
#include "core/db/BulkWriteSettings.h"

#include "core/db/Database.h"

#include <QByteArray>

namespace jurybox::db {

BulkWriteSettings::BulkWriteSettings(Database& db)
    : m_db(db)
    , m_cacheSize(db.pragmaInt("cache_size")) {
    m_db.exec("PRAGMA temp_store = MEMORY");
    m_db.exec("PRAGMA cache_size = -65536"); // KiB
    m_leftWal = !m_db.inTransaction() && m_db.journalMode() == QLatin1String("wal") && m_db.trySetJournalMode("delete");
}

BulkWriteSettings::~BulkWriteSettings() {
    try {
        if (m_leftWal)
            m_db.trySetJournalMode("wal"); // fails only if another connection opened the file meanwhile; its next
                                           // open as an award puts it back in WAL
        m_db.exec("PRAGMA temp_store = DEFAULT");
        m_db.exec((QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize)).constData());
    } catch (...) {
        // Settings of this connection only; the write itself is already decided.
    }
}

} // namespace jurybox::db
