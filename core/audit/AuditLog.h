// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Id.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace jurybox::audit {

/// One recorded change to an award file.
struct AuditEvent {
    Id id = 0;
    QString at;     ///< UTC, ISO 8601 with milliseconds
    QString actor;  ///< the OS user, or "judge J3" for a merged package
    QString action; ///< import, edit, merge, assign, conflict, status, signoff, revoke, ...
    QString summary;
    QString previousHash;
    QString hash;
};

/// The append-only, hash-chained record of every change to an award. Each event's hash is SHA-256 over its own
/// fields and the previous event's hash; the award record keeps the newest hash, so an event that is altered,
/// removed from the middle or cut from the end is found by verify().
class AuditLog {
public:
    explicit AuditLog(db::Database& db)
        : m_db(db) {}

    /// Appends an event inside the caller's transaction (the change and its record commit together).
    void append(const QString& action, const QString& summary, const QString& actor = currentUser());
    std::vector<AuditEvent> events();
    /// One line per problem found in the chain; empty when every event is intact.
    QStringList verify();
    /// The newest event's hash (what a sign-off digest covers).
    QString head();

    /// The operating-system user running Jurybox.
    static QString currentUser();
    /// The hash of an event from its fields (exposed for tests and for other tools that verify the chain).
    static QString hashOf(const AuditEvent& event);

private:
    db::Database& m_db;
};

} // namespace jurybox::audit
