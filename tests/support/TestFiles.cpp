// SPDX-License-Identifier: Apache-2.0
#include "tests/support/TestFiles.h"

#include "core/award/DemoAward.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace jurybox::test {

TempDir::TempDir() {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

QString TempDir::write(const QString& name, const QByteArray& content) const {
    const QString p = path(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        throw std::runtime_error("cannot write a test file");
    return p;
}

QString dumpDatabase(const QString& path, Audit audit, Timestamps timestamps) {
    db::Database db(path, db::Database::Mode::ReadOnly);
    QString out;
    db::Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    for (const QString& name : names) {
        if (audit == Audit::Excluded && name == QLatin1String("audit_event"))
            continue;
        out += QStringLiteral("== %1\n").arg(name);
        QByteArray sql = "SELECT * FROM \"" + name.toUtf8() + "\" ORDER BY 1, 2";
        if (audit == Audit::Excluded && name == QLatin1String("award"))
            sql = "SELECT id, uuid, name, year, organiser FROM award";
        db::Statement rows = db.prepare(sql.constData());
        while (rows.step()) {
            QStringList cells;
            for (int c = 0; c < rows.columnCount(); ++c) {
                const QString column = rows.columnName(c);
                if (timestamps == Timestamps::Ignored &&
                    (column == QLatin1String("created_at") || column == QLatin1String("updated_at")))
                    continue;
                cells << (rows.isNull(c) ? QStringLiteral("NULL") : rows.text(c));
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString demoCsv(const QString& name) {
    return QDir(QStringLiteral(JURYBOX_DEMO_DATA)).filePath(name);
}

store::AwardFile makeDemo(const QString& path) {
    return award::createDemoAward(path);
}

} // namespace jurybox::test
