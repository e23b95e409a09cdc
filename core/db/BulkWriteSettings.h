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
///
/// The write also goes through the rollback journal when it can: in WAL mode every page is written twice, to the WAL
/// and then into the file by the checkpoint when the connection closes, two system calls per page each time; the
/// rollback journal writes a new page once and journals only the pages it changes. Commit is as atomic and durable
/// either way. SQLite leaves WAL only while no other connection has the file open, so with the app or another reader
/// open on the award the write simply stays in WAL; the settings must be made before the write's transaction begins.
class BulkWriteSettings {
public:
    explicit BulkWriteSettings(Database& db);
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;
    ~BulkWriteSettings();

private:
    Database& m_db;
    std::int64_t m_cacheSize;
    bool m_leftWal = false; ///< switched from WAL to the rollback journal, and back at the end
};

} // namespace jurybox::db
