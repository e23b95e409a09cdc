// SPDX-License-Identifier: Apache-2.0
#include "tests/crash/CrashHarness.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <random>

namespace jurybox::test {

namespace {

QStringList substitute(const QStringList& args, const QString& target) {
    QStringList out;
    for (const QString& a : args)
        out << (a == QLatin1String("%TARGET%") ? target : a);
    return out;
}

} // namespace

QString copyFresh(const QString& from, const QString& to) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(to + QString::fromLatin1(suffix));
    if (!QFile::copy(from, to))
        return QStringLiteral("cannot copy %1").arg(from);
    return {};
}

QString integrityProblem(const QString& file) {
    try {
        db::Database db(file, db::Database::Mode::ReadWrite);
        db::Statement st = db.prepare("PRAGMA integrity_check");
        QStringList lines;
        while (st.step())
            lines << st.text(0);
        return lines == QStringList{QStringLiteral("ok")} ? QString() : lines.join(QStringLiteral("; "));
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

CrashReport runCrashTrials(const QString& cli, const CrashOperation& op, int trials, unsigned seed) {
    CrashReport report;
    const QString before = op.state(op.target);
    const QString scratch = op.target + QStringLiteral(".trial");

    // One full run: how long the operation takes and what it leaves.
    if (const QString e = copyFresh(op.target, scratch); !e.isEmpty()) {
        report.failures << e;
        return report;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess full;
    full.start(cli, substitute(op.arguments, scratch));
    full.waitForFinished(120000);
    report.fullRunSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (full.exitCode() != 0) {
        report.failures << QStringLiteral("%1: the uninterrupted run failed: %2")
                               .arg(op.name, QString::fromUtf8(full.readAllStandardError()));
        return report;
    }
    const QString after = op.state(scratch);
    if (op.readOnly && after != before) {
        report.failures << QStringLiteral("%1: a reading operation changed the file").arg(op.name);
        return report;
    }
    if (!op.readOnly && after == before) {
        report.failures
            << QStringLiteral("%1: the operation changes nothing, so the trial proves nothing").arg(op.name);
        return report;
    }

    std::mt19937 random(seed);
    std::uniform_int_distribution<qint64> delay(0, static_cast<qint64>(timer.nsecsElapsed() * 1.2 / 1000));
    for (int t = 0; t < trials; ++t) {
        ++report.trials;
        if (const QString e = copyFresh(op.target, scratch); !e.isEmpty()) {
            report.failures << e;
            continue;
        }
        QProcess process;
        process.start(cli, substitute(op.arguments, scratch));
        process.waitForStarted();
        QThread::usleep(static_cast<unsigned long>(delay(random)));
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL: no handler, no cleanup, like a dead battery
            ++report.killed;
        }
        process.waitForFinished(120000);

        const QString where = QStringLiteral("%1, trial %2").arg(op.name).arg(t + 1);
        if (const QString damage = integrityProblem(scratch); !damage.isEmpty()) {
            report.failures << QStringLiteral("%1: integrity check: %2").arg(where, damage);
            continue;
        }
        if (op.verify) {
            if (const QString problem = op.verify(scratch); !problem.isEmpty()) {
                report.failures << QStringLiteral("%1: %2").arg(where, problem);
                continue;
            }
        }
        const QString state = op.state(scratch);
        if (state == before)
            ++report.sawBefore;
        else if (state == after)
            ++report.sawAfter;
        else
            report.failures << QStringLiteral("%1: the file holds neither the state before nor after").arg(where);
    }
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(scratch + QString::fromLatin1(suffix));
    return report;
}

} // namespace jurybox::test
