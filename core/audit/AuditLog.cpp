// SPDX-License-Identifier: Apache-2.0
#include "core/audit/AuditLog.h"

#include "core/db/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace jurybox::audit {

namespace {

const QString kGenesis(64, QLatin1Char('0'));

void addField(QCryptographicHash& hash, const QString& field) {
    // Length-prefixed, so no two different events can encode to the same bytes.
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()) + ':');
    hash.addData(utf8);
}

} // namespace

QString AuditLog::currentUser() {
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
#ifdef Q_OS_UNIX
    // Services and containers often run without USER set; the password database still knows the account.
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown user");
}

QString AuditLog::hashOf(const AuditEvent& e) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QString::number(e.id));
    addField(hash, e.at);
    addField(hash, e.actor);
    addField(hash, e.action);
    addField(hash, e.summary);
    addField(hash, e.previousHash);
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditLog::head() {
    db::Statement st = m_db.prepare("SELECT audit_head FROM award WHERE id = 1");
    return st.step() ? st.text(0) : QString();
}

void AuditLog::append(const QString& action, const QString& summary, const QString& actor) {
    AuditEvent e;
    db::Statement last = m_db.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event");
    e.id = last.step() ? last.integer(0) : 1;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.actor = actor;
    e.action = action;
    e.summary = summary;
    const QString previous = head();
    e.previousHash = previous.isEmpty() ? kGenesis : previous;
    e.hash = hashOf(e);
    m_db.prepare("INSERT INTO audit_event (id, at, actor, action, summary, previous_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, e.id)
        .bind(2, e.at)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.summary)
        .bind(6, e.previousHash)
        .bind(7, e.hash)
        .run();
    m_db.prepare("UPDATE award SET audit_head = ? WHERE id = 1").bind(1, e.hash).run();
}

std::vector<AuditEvent> AuditLog::events() {
    db::Statement st =
        m_db.prepare("SELECT id, at, actor, action, summary, previous_hash, hash FROM audit_event ORDER BY id");
    std::vector<AuditEvent> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return out;
}

QStringList AuditLog::verify() {
    QStringList problems;
    QString expectedPrevious = kGenesis;
    Id expectedId = 1;
    for (const AuditEvent& e : events()) {
        if (e.id != expectedId)
            problems << QStringLiteral("event %1 is missing (the trail jumps from %2 to %3)")
                            .arg(expectedId)
                            .arg(expectedId - 1)
                            .arg(e.id);
        if (e.previousHash != expectedPrevious)
            problems << QStringLiteral("event %1 (%2, %3) does not follow the event before it: an event was "
                                       "removed or altered")
                            .arg(e.id)
                            .arg(e.action, e.at);
        if (hashOf(e) != e.hash)
            problems
                << QStringLiteral("event %1 (%2, %3) was altered after it was written").arg(e.id).arg(e.action, e.at);
        expectedPrevious = e.hash;
        expectedId = e.id + 1;
    }
    const QString recorded = head();
    if (!(recorded.isEmpty() && expectedPrevious == kGenesis) && recorded != expectedPrevious)
        problems << QStringLiteral("the newest events were removed: the award records a later event than the "
                                   "trail holds");
    return problems;
}

} // namespace jurybox::audit
