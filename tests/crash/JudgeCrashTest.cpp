// SPDX-License-Identifier: Apache-2.0
// Kills the real jurybox GUI in judge mode with SIGKILL while a scripted judge enters marks (through the window's
// test hook, app/jurybox/JudgeScript.h), and checks that the package is intact, its signatures verify, and it holds
// exactly the first k scripted marks with k at least the number the app had reported saved: the last saved mark is
// there and none before it is lost.
#include "core/exchange/JudgeSession.h"
#include "core/exchange/PackageMerge.h"
#include "tests/crash/CrashHarness.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cmath>
#include <map>
#include <random>

using namespace jurybox;

namespace {

const QString kCli = QStringLiteral(JURYBOX_CLI);
const QString kGui = QStringLiteral(JURYBOX_GUI);
constexpr int kTrials = 30;
constexpr int kChanges = 240;

/// Each mark of the package by (entry ref, criterion id).
using Marks = std::map<std::pair<QString, Id>, double>;

Marks marksOf(exchange::JudgeSession& session) {
    Marks out;
    for (const auto& e : session.entries())
        for (const auto& [criterion, value] : e.values)
            out[{e.submission.ref, criterion}] = value;
    return out;
}

QString runCli(const QStringList& args, QString* out = nullptr) {
    QProcess p;
    p.start(kCli, args);
    p.waitForFinished(120000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

/// The judge window in a child process on the offscreen platform, with its settings kept in the scratch folder.
void startGui(QProcess& process, const test::TempDir& dir, const QString& package, const QString& script,
              const QString& code) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("JURYBOX_TEST_JUDGE_SCRIPT"), script);
    env.insert(QStringLiteral("JURYBOX_TEST_ACCESS_CODE"), code);
    process.setProcessEnvironment(env);
    process.start(kGui, {package});
    process.waitForStarted();
}

/// The last "saved N" the app printed: how many scripted marks it had saved when it died.
int reportedSaved(QProcess& process) {
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    int last = 0;
    for (const auto& m : QRegularExpression(QStringLiteral("saved (\\d+)")).globalMatch(out))
        last = m.captured(1).toInt();
    return last;
}

} // namespace

TEST_CASE("killing the GUI's judge mode while marks are entered keeps every saved mark, signed, in order", "[crash]") {
    test::TempDir dir;
    const QString award = dir.path(QStringLiteral("award.jurybox"));
    const QString package = dir.path(QStringLiteral("j1.jurypkg"));
    REQUIRE(runCli({QStringLiteral("generate"), award, QStringLiteral("--submissions"), QStringLiteral("60"),
                    QStringLiteral("--judges"), QStringLiteral("8"), QStringLiteral("--per-submission"),
                    QStringLiteral("3"), QStringLiteral("--criteria"), QStringLiteral("4")})
                .isEmpty());
    QString code;
    REQUIRE(runCli({QStringLiteral("package"), award, QStringLiteral("--judge"), QStringLiteral("J00001"),
                    QStringLiteral("--out"), package},
                   &code)
                .isEmpty());

    // The script: kChanges marks over the judge's entries and criteria, each different from the mark before it, and
    // the marks the package must hold after each prefix of it.
    std::vector<Marks> prefix;
    QByteArray script;
    {
        auto session = exchange::JudgeSession::open(package, code);
        const auto entries = session.entries();
        REQUIRE(entries.size() >= 5);
        prefix.push_back(marksOf(session));
        for (int k = 0; k < kChanges; ++k) {
            const auto& entry = entries[static_cast<std::size_t>(k) % entries.size()];
            const auto criteria = session.criteriaOf(entry.submission.categoryId);
            const std::size_t index = (static_cast<std::size_t>(k) / entries.size()) % criteria.size();
            const Criterion& c = criteria[index];
            Marks next = prefix.back();
            const auto key = std::make_pair(entry.submission.ref, c.id);
            const auto old = next.find(key);
            const double value =
                old == next.end() || old->second >= c.scaleMax ? c.scaleMin : std::floor(old->second) + 1;
            next[key] = value;
            prefix.push_back(std::move(next));
            script += entry.submission.ref.toUtf8() + '\t' + QByteArray::number(index) + '\t' +
                      QByteArray::number(value) + '\n';
        }
    }
    const QString scriptFile = dir.write(QStringLiteral("script.tsv"), script);
    const QString trialPackage = dir.path(QStringLiteral("trial.jurypkg"));
    const QString trialAward = dir.path(QStringLiteral("trial.jurybox"));

    // A package is sound when it passes SQLite's check, opens with the code, merges (every signature verified) and
    // holds the marks of one prefix of the script; returns the problem, or empty, and that prefix.
    const auto check = [&](int& k) -> QString {
        if (const QString damage = test::integrityProblem(trialPackage); !damage.isEmpty())
            return QStringLiteral("integrity check: %1").arg(damage);
        Marks marks;
        try {
            auto session = exchange::JudgeSession::open(trialPackage, code);
            marks = marksOf(session);
        } catch (const std::exception& e) {
            return QStringLiteral("the package no longer opens: %1").arg(QString::fromUtf8(e.what()));
        }
        if (const QString e = test::copyFresh(award, trialAward); !e.isEmpty())
            return e;
        {
            auto file = store::AwardFile::open(trialAward);
            const auto merged = exchange::mergePackage(file, trialPackage);
            if (!merged.accepted)
                return QStringLiteral("the merge refused the package: %1").arg(merged.reason);
        }
        for (k = kChanges; k >= 0; --k)
            if (prefix[static_cast<std::size_t>(k)] == marks)
                return {};
        return QStringLiteral("the marks are not those of any prefix of the script");
    };

    // One full run: the script completes, and how long the app takes from start to exit.
    REQUIRE(test::copyFresh(package, trialPackage).isEmpty());
    qint64 duration = 0;
    {
        QProcess full;
        QElapsedTimer clock;
        clock.start();
        startGui(full, dir, trialPackage, scriptFile, code);
        REQUIRE(full.waitForFinished(120000));
        duration = clock.elapsed();
        INFO(QString::fromUtf8(full.readAllStandardError()).toStdString());
        REQUIRE(full.exitCode() == 0);
        REQUIRE(reportedSaved(full) == kChanges);
        int k = -1;
        REQUIRE(check(k) == QString());
        REQUIRE(k == kChanges);
    }

    std::mt19937 random(2026);
    QStringList failures;
    int killed = 0;
    int midScoring = 0;
    std::uniform_int_distribution<qint64> delay(0, duration * 12 / 10);
    for (int t = 0; t < kTrials; ++t) {
        REQUIRE(test::copyFresh(package, trialPackage).isEmpty());
        QProcess process;
        startGui(process, dir, trialPackage, scriptFile, code);
        QThread::msleep(static_cast<unsigned long>(delay(random)));
        if (process.state() == QProcess::Running) {
            process.kill(); // SIGKILL: no handler, no cleanup, like a dead battery
            ++killed;
        }
        process.waitForFinished(120000);
        const int saved = reportedSaved(process);
        int k = -1;
        const QString where = QStringLiteral("trial %1 (reported %2 saved)").arg(t + 1).arg(saved);
        if (const QString problem = check(k); !problem.isEmpty())
            failures << QStringLiteral("%1: %2").arg(where, problem);
        else if (k < saved || k > saved + 1)
            // The one mark being saved when the kill came may be in or out; anything else is a lost or invented mark.
            failures << QStringLiteral("%1: the package holds %2 scripted marks").arg(where).arg(k);
        else if (k > 0 && k < kChanges)
            ++midScoring;
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(killed > kTrials / 3);
    CHECK(midScoring > kTrials / 4);
    WARN(QStringLiteral("%1 trials, %2 killed, %3 in the middle of scoring; a full scripted session takes %4 ms")
             .arg(kTrials)
             .arg(killed)
             .arg(midScoring)
             .arg(duration)
             .toStdString());
}
