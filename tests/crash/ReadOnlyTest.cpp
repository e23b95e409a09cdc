// SPDX-License-Identifier: Apache-2.0
// A read-only award (a CD, a share, a file without write permission): reading commands work, writing ones say why.
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace {

struct Result {
    int status;
    QString out;
    QString err;
};

/// Runs the CLI as an unprivileged user when the tests run as root (root ignores file permissions).
Result runAsUser(const QStringList& args) {
    QProcess p;
    if (geteuid() == 0)
        p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                       QStringLiteral("--clear-groups"), QStringLiteral(JURYBOX_CLI)} +
                                               args);
    else
        p.start(QStringLiteral(JURYBOX_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("a read-only award in a read-only folder can be read but not changed, with a clear reason", "[hostile]") {
    jurybox::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.jurybox"));
    { jurybox::test::makeDemo(path); }
    const QString csv = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Impact,2\n");
    const QString folder = dir.path(QString());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(csv, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::ExeOther);
    const QString before = jurybox::test::dumpDatabase(path);

    const Result list = runAsUser({QStringLiteral("list"), path, QStringLiteral("judges")});
    CHECK(list.status == 0);
    CHECK(list.out.contains(QStringLiteral("Chris Moore")));
    const Result tally = runAsUser({QStringLiteral("tally"), path, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(tally.status == 0);
    const Result import = runAsUser({QStringLiteral("import"), path, QStringLiteral("--scores"), csv});
    CHECK(import.status == 1);
    CHECK(import.err.contains(QStringLiteral("read-only; nothing was written")));

    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    CHECK(jurybox::test::dumpDatabase(path) == before);
}
