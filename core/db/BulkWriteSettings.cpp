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
}

BulkWriteSettings::~BulkWriteSettings() {
    try {
        m_db.exec("PRAGMA temp_store = DEFAULT");
        m_db.exec((QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize)).constData());
    } catch (...) {
        // Settings of this connection only; the write itself is already decided.
    }
}

} // namespace jurybox::db
