// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace jurybox::db {

class Database;

/// The connection's settings for one large write (an import, a batch merge), put back when it ends.
///
/// SQLite's default page cache (2 MB) is smaller than the pages a bulk write touches, so it spills dirty pages to the
/// WAL in mid-transaction and reads them back: an import of 300,000 scores made 45,000 reads of 4 KB that way. The
/// larger cache is a ceiling; only the pages used take memory. Temporary structures (a savepoint's journal, sorts)
/// are kept in memory instead of in small temporary files.
class BulkWriteSettings {
public:
    explicit BulkWriteSettings(Database& db);
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;
    ~BulkWriteSettings();

private:
    Database& m_db;
    std::int64_t m_cacheSize;
};

} // namespace jurybox::db
