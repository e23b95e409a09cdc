// SPDX-License-Identifier: Apache-2.0
#include "core/db/Advice.h"

#include <sqlite3.h>

namespace jurybox::db {

QString adviceFor(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full; nothing was written. Free some space and try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("the file (or its folder) is read-only; nothing was written. Check its permissions, or "
                              "copy it somewhere you can write.");
    case SQLITE_CANTOPEN:
        return QStringLiteral("the file cannot be opened here: check that it exists and that you may read it and "
                              "write in its folder (SQLite keeps its journal beside it).");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another program is writing to this award; close it or try again in a moment.");
    case SQLITE_CORRUPT:
        return QStringLiteral("the file is damaged. Restore it from a backup (jurybox-cli backup makes one).");
    case SQLITE_NOTADB:
        return QStringLiteral("the file is not an SQLite database.");
    case SQLITE_IOERR:
        return QStringLiteral("the disk reported an input/output error; nothing was written. Check the disk or "
                              "copy the file elsewhere.");
    default:
        return {};
    }
}

QString withAdvice(const QString& message, int sqliteCode) {
    const QString advice = adviceFor(sqliteCode);
    return advice.isEmpty() ? message : message + QStringLiteral(": ") + advice;
}

} // namespace jurybox::db
