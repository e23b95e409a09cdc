// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"

#include <QString>
#include <QStringList>

namespace jurybox::edit {

/// Throws InputError "ITEM: FIELD VALUE refused: RULE", e.g. `criterion "Impact" of "Services": weight 0 refused: a
/// weight must be greater than 0`.
[[noreturn]] void refuse(const QString& item, const QString& field, const QString& value, const QString& rule);

/// `"text"`, the way messages quote a name.
QString quoted(const QString& text);

/// The changes one edit makes, as the audit trail words them ("weight 4 → 5"); empty when nothing changes.
class ChangeList {
public:
    /// Records `FIELD BEFORE → AFTER` when the two differ.
    void compare(const QString& field, const QString& before, const QString& after);
    bool isEmpty() const { return m_parts.isEmpty(); }
    QString text() const { return m_parts.join(QStringLiteral("; ")); }

private:
    QStringList m_parts;
};

/// Appends the audit event `action` "Item: CHANGES" inside the caller's transaction.
void record(db::Database& db, const QString& action, const QString& item, const ChangeList& changes);

} // namespace jurybox::edit
