// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace jurybox::db {

class Database;

/// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace jurybox::db
