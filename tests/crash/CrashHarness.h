// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace jurybox::test {

/// One operation of the real jurybox-cli to interrupt: the file it changes and its arguments.
struct CrashOperation {
    QString name;
    /// The award (or package) file the operation writes, prepared in the scratch folder, closed cleanly.
    QString target;
    /// jurybox-cli arguments; "%TARGET%" stands for the trial's copy of the target.
    QStringList arguments;
    /// Turns a file into the comparable state: the data the operation may change, without volatile columns.
    std::function<QString(const QString& file)> state;
    /// Runs after each trial on the trial's copy: extra checks such as `jurybox-cli check` (empty = passed).
    std::function<QString(const QString& file)> verify;
    /// A reading operation (tally): the only acceptable outcome is the state before.
    bool readOnly = false;
};

struct CrashReport {
    int trials = 0;
    int killed = 0;       ///< trials where the process was still running when SIGKILL arrived
    int sawBefore = 0;    ///< trials that left the state before the operation
    int sawAfter = 0;     ///< trials that left the state after it
    QStringList failures; ///< anything else: in between, damaged, or failing its checks
    double fullRunSeconds = 0;
};

/// Copies a closed database file over `to` (removing any WAL side files there first); an error text or empty.
QString copyFresh(const QString& from, const QString& to);
/// SQLite's integrity check of a file: empty when it says "ok", else what it found.
QString integrityProblem(const QString& file);

/// Runs the operation once to completion to learn its duration and final state, then `trials` times on fresh
/// copies, each killed with SIGKILL after a random delay in [0, 1.2 x duration]; every copy must afterwards pass
/// SQLite's integrity check and the operation's own checks, and hold exactly the state before or after.
CrashReport runCrashTrials(const QString& cli, const CrashOperation& op, int trials, unsigned seed);

} // namespace jurybox::test
