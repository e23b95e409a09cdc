// SPDX-License-Identifier: Apache-2.0
#include "core/edit/EditRules.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"

namespace jurybox::edit {

void refuse(const QString& item, const QString& field, const QString& value, const QString& rule) {
    throw InputError(QString(), 0, QString(), QStringLiteral("%1: %2 %3 refused: %4").arg(item, field, value, rule));
}

QString quoted(const QString& text) {
    return QStringLiteral("\"%1\"").arg(text);
}

void ChangeList::compare(const QString& field, const QString& before, const QString& after) {
    if (before != after)
        m_parts << QStringLiteral("%1 %2 → %3").arg(field, before, after);
}

void record(db::Database& db, const QString& action, const QString& item, const ChangeList& changes) {
    QString summary = item;
    if (!summary.isEmpty())
        summary[0] = summary[0].toUpper();
    audit::AuditLog(db).append(action, QStringLiteral("%1: %2").arg(summary, changes.text()));
}

} // namespace jurybox::edit
