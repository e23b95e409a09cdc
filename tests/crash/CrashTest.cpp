// SPDX-License-Identifier: Apache-2.0
// Kills the real jurybox-cli with SIGKILL at random moments of each writing operation, hundreds of times, and
// checks that every file is intact and holds exactly the state before or after: never in between.
#include "core/audit/AuditLog.h"
#include "core/store/AwardFile.h"
#include "tests/crash/CrashHarness.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace jurybox;

namespace {

const QString kCli = QStringLiteral(JURYBOX_CLI);
constexpr int kTrials = 50;

QString runCli(const QStringList& args) {
    QProcess p;
    p.start(kCli, args);
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
}

QString writeCli(const QStringList& args, const QString& out) {
    QProcess p;
    p.setStandardOutputFile(out);
    p.start(kCli, args);
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

/// The award's data plus how many audit events it has: a completed change is data and event together.
QString awardState(const QString& file) {
    auto award = store::AwardFile::openReadOnly(file);
    const auto events = audit::AuditLog(award.db()).events().size();
    return test::dumpDatabase(file, test::Audit::Excluded, test::Timestamps::Ignored) +
           QStringLiteral("events: %1\n").arg(events);
}

QString checkPasses(const QString& file) {
    const QString problem = runCli({QStringLiteral("check"), file});
    return problem.isEmpty() ? QString() : QStringLiteral("jurybox-cli check failed: %1").arg(problem);
}

void requireClean(const test::CrashReport& r) {
    INFO(r.failures.join(QLatin1Char('\n')).toStdString());
    CHECK(r.failures.isEmpty());
    CHECK(r.trials == kTrials);
    // The trials must really interrupt work, not just start-up or the finished process.
    CHECK(r.killed > kTrials / 3);
    WARN(QStringLiteral("%1 trials, %2 killed mid-run, %3 left the state before, %4 after; full run %5 s")
             .arg(r.trials)
             .arg(r.killed)
             .arg(r.sawBefore)
             .arg(r.sawAfter)
             .arg(r.fullRunSeconds, 0, 'f', 3)
             .toStdString());
}

} // namespace

TEST_CASE("killing an import at any moment leaves the award before or after the import, never between", "[crash]") {
    test::TempDir dir;
    const QString source = dir.path(QStringLiteral("source.jurybox"));
    REQUIRE(runCli({QStringLiteral("generate"), source, QStringLiteral("--submissions"), QStringLiteral("1000"),
                    QStringLiteral("--judges"), QStringLiteral("40"), QStringLiteral("--per-submission"),
                    QStringLiteral("5"), QStringLiteral("--criteria"), QStringLiteral("6")})
                .isEmpty());
    QStringList importArgs{QStringLiteral("import"), dir.path(QStringLiteral("base.jurybox"))};
    for (const char* what : {"criteria", "submissions", "judges", "scorecards"}) {
        const QString csv = dir.path(QString::fromLatin1(what) + QStringLiteral(".csv"));
        REQUIRE(writeCli({QStringLiteral("list"), source, QString::fromLatin1(what), QStringLiteral("--format"),
                          QStringLiteral("csv")},
                         csv)
                    .isEmpty());
    }
    REQUIRE(runCli({QStringLiteral("init"), dir.path(QStringLiteral("base.jurybox")), QStringLiteral("--empty")})
                .isEmpty());
    REQUIRE(runCli({QStringLiteral("import"), dir.path(QStringLiteral("base.jurybox")), QStringLiteral("--criteria"),
                    dir.path(QStringLiteral("criteria.csv")), QStringLiteral("--submissions"),
                    dir.path(QStringLiteral("submissions.csv")), QStringLiteral("--judges"),
                    dir.path(QStringLiteral("judges.csv"))})
                .isEmpty());
    // The scorecard listing is the scores format plus round and status; the importer takes its first columns.
    QFile cards(dir.path(QStringLiteral("scorecards.csv")));
    REQUIRE(cards.open(QIODevice::ReadOnly));
    QByteArray scores;
    for (const QByteArray& line : cards.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            scores += line.split(',').mid(0, 4).join(',') + '\n';
    dir.write(QStringLiteral("scores.csv"), scores);

    test::CrashOperation op{QStringLiteral("import"),
                            dir.path(QStringLiteral("base.jurybox")),
                            {QStringLiteral("import"), QStringLiteral("%TARGET%"), QStringLiteral("--scores"),
                             dir.path(QStringLiteral("scores.csv"))},
                            awardState,
                            checkPasses};
    requireClean(test::runCrashTrials(kCli, op, kTrials, 2014));
}

TEST_CASE("killing a tally at any moment leaves the award exactly as it was", "[crash]") {
    test::TempDir dir;
    const QString award = dir.path(QStringLiteral("award.jurybox"));
    REQUIRE(runCli({QStringLiteral("generate"), award, QStringLiteral("--submissions"), QStringLiteral("2000"),
                    QStringLiteral("--judges"), QStringLiteral("40"), QStringLiteral("--per-submission"),
                    QStringLiteral("5"), QStringLiteral("--criteria"), QStringLiteral("6")})
                .isEmpty());
    test::CrashOperation op{QStringLiteral("tally"),
                            award,
                            {QStringLiteral("tally"), QStringLiteral("%TARGET%"), QStringLiteral("--method"),
                             QStringLiteral("trimmed-mean"), QStringLiteral("--format"), QStringLiteral("json")},
                            awardState,
                            checkPasses,
                            true};
    requireClean(test::runCrashTrials(kCli, op, kTrials, 7));
}

namespace {

/// A generated award of 3,000 entries, ten judges, two judges per entry.
void generateAward(const QString& award) {
    REQUIRE(runCli({QStringLiteral("generate"), award, QStringLiteral("--submissions"), QStringLiteral("3000"),
                    QStringLiteral("--judges"), QStringLiteral("10"), QStringLiteral("--per-submission"),
                    QStringLiteral("2"), QStringLiteral("--criteria"), QStringLiteral("6")})
                .isEmpty());
}

/// The judge's package holding that judge's scorecards, and in `marks` every mark of them changed, so that scoring
/// with it and merging updates them all. Returns the package's access code.
QString prepareChangedPackage(const test::TempDir& dir, const QString& award, const QString& judge,
                              const QString& package, const QString& marks) {
    const QString codeFile = dir.path(judge + QStringLiteral("-code.txt"));
    REQUIRE(
        writeCli({QStringLiteral("package"), award, QStringLiteral("--judge"), judge, QStringLiteral("--out"), package},
                 codeFile)
            .isEmpty());
    QFile f(codeFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(f.readAll()).trimmed();
    // Every mark of the judge's cards, each moved by one point within the 1–10 scale.
    const QString listing = dir.path(QStringLiteral("cards.csv"));
    REQUIRE(writeCli({QStringLiteral("list"), award, QStringLiteral("scorecards"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
                     listing)
                .isEmpty());
    QFile cards(listing);
    REQUIRE(cards.open(QIODevice::ReadOnly));
    QByteArray changed = "submission,criterion,score\n";
    for (const QByteArray& line : cards.readAll().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(',');
        if (f.size() < 4 || f[0] != judge.toUtf8())
            continue;
        const int v = f[3].toInt();
        changed += f[1] + ',' + f[2] + ',' + QByteArray::number(v < 10 ? v + 1 : v - 1) + '\n';
    }
    QFile out(marks);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(changed) == changed.size());
    return code;
}

/// A package's data: scorecards and values without the times of the change.
QString packageState(const QString& file) {
    return test::dumpDatabase(file, test::Audit::Included, test::Timestamps::Ignored);
}

} // namespace

TEST_CASE("killing a merge of two packages at any moment leaves the award before both or after both, never between",
          "[crash]") {
    test::TempDir dir;
    const QString award = dir.path(QStringLiteral("award.jurybox"));
    generateAward(award);
    // One merge command is one transaction: a kill after the first package was merged must not keep it.
    QStringList args{QStringLiteral("merge"), QStringLiteral("%TARGET%")};
    for (const QString& judge : {QStringLiteral("J00001"), QStringLiteral("J00002")}) {
        const QString package = dir.path(judge + QStringLiteral(".jurypkg"));
        const QString marks = dir.path(judge + QStringLiteral("-marks.csv"));
        const QString code = prepareChangedPackage(dir, award, judge, package, marks);
        REQUIRE(runCli({QStringLiteral("score"), package, QStringLiteral("--code"), code, QStringLiteral("--scores"),
                        marks})
                    .isEmpty());
        args << package;
    }
    test::CrashOperation op{QStringLiteral("merge"), award, args, awardState, checkPasses};
    requireClean(test::runCrashTrials(kCli, op, kTrials, 11));
}

TEST_CASE("killing a judge's scoring at any moment leaves the package before or after, never between", "[crash]") {
    test::TempDir dir;
    const QString award = dir.path(QStringLiteral("award.jurybox"));
    const QString package = dir.path(QStringLiteral("j1.jurypkg"));
    const QString marks = dir.path(QStringLiteral("marks.csv"));
    generateAward(award);
    const QString code = prepareChangedPackage(dir, award, QStringLiteral("J00001"), package, marks);
    const auto opensWithCode = [code](const QString& file) {
        const QString problem = runCli({QStringLiteral("score"), file, QStringLiteral("--code"), code});
        return problem.isEmpty() ? QString() : QStringLiteral("the package no longer opens: %1").arg(problem);
    };
    test::CrashOperation op{QStringLiteral("score"),
                            package,
                            {QStringLiteral("score"), QStringLiteral("%TARGET%"), QStringLiteral("--code"), code,
                             QStringLiteral("--scores"), marks, QStringLiteral("--submit")},
                            packageState,
                            opensWithCode};
    requireClean(test::runCrashTrials(kCli, op, kTrials, 13));
}
