// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace jurybox::db {

class Database;

/// A named SAVEPOINT inside an open Transaction: release() keeps its changes for the transaction to commit; the
/// destructor, unless release() was called, rolls back to it and so undoes only what was done since it began.
/// The name must be a literal of the program (letters, digits, underscores), never user text.
class Savepoint {
public:
    Savepoint(Database& db, const char* name);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();

    void release();

private:
    Database& m_db;
    const char* m_name;
    bool m_done = false;
};

} // namespace jurybox::db
