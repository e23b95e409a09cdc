// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Award.h"

#include <QString>

namespace jurybox::store {

/// An open `.jurybox` award file: checks what kind of file it is, migrates older schemas forward, and owns the
/// connection that the stores work on.
class AwardFile {
public:
    /// Creates a new award file with the given award record; refuses to overwrite an existing file.
    static AwardFile create(const QString& path, const Award& award);
    /// Opens an existing award file, migrating it to the current schema in one transaction.
    /// Throws IntegrityError for a file that is not an award file or was written by a newer Jurybox.
    static AwardFile open(const QString& path);
    /// Opens without writing anything (no migration); refuses a file that needs one.
    static AwardFile openReadOnly(const QString& path);
    /// Read-only when the file is current (works on a read-only file or folder), else open() to upgrade it first.
    static AwardFile openForReading(const QString& path);
    /// An award that lives only in memory (tests, the embedded demo).
    static AwardFile createInMemory(const Award& award);

    db::Database& db() { return m_db; }
    const QString& path() const { return m_db.path(); }

private:
    explicit AwardFile(db::Database db);
    static void initialise(db::Database& db, const Award& award);
    static void verifyKind(db::Database& db, const QString& path);
    static db::Database openReadable(const QString& path);

    db::Database m_db;
};

} // namespace jurybox::store
