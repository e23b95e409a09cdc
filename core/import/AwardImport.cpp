// SPDX-License-Identifier: Apache-2.0
#include "core/import/AwardImport.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/BulkWriteSettings.h"
#include "core/db/Transaction.h"
#include "core/import/TableImports.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"

#include <QFileInfo>

namespace jurybox::import {

namespace {

Round resolveRound(db::Database& db, const std::optional<QString>& name) {
    store::AwardStore awards(db);
    if (name) {
        if (auto round = awards.roundByName(*name))
            return *round;
        QStringList known;
        for (const Round& r : awards.rounds())
            known << r.name;
        throw Error(QStringLiteral("unknown round \"%1\"; the award's rounds are: %2")
                        .arg(*name, known.join(QStringLiteral(", "))));
    }
    if (auto round = awards.currentRound())
        return *round;
    throw Error(QStringLiteral("every round of the award is closed; name a round with --round"));
}

csv::CsvTable readTable(const QString& path, const Columns& columns) {
    return csv::CsvTable::read(path, columns.required, columns.optional);
}

} // namespace

ImportReport importCsv(store::AwardFile& award, const ImportSources& sources) {
    db::Database& db = award.db();
    ImportReport report;
    const db::BulkWriteSettings settings(db);
    db::Transaction tx(db);
    // A signed-off tally is frozen: say so by name before the database's own guard would refuse the write.
    if (sources.criteria || sources.submissions || sources.conflicts)
        signoff::ensureNotFrozen(db);
    if (sources.criteria)
        report.counts.push_back(importCriteria(db, readTable(*sources.criteria, criteriaColumns())));
    if (sources.submissions)
        report.counts.push_back(importSubmissions(db, readTable(*sources.submissions, submissionColumns())));
    if (sources.judges)
        report.counts.push_back(importJudges(db, readTable(*sources.judges, judgeColumns())));
    if (sources.conflicts)
        report.counts.push_back(importConflicts(db, readTable(*sources.conflicts, conflictColumns())));
    if (sources.assignments || sources.scores) {
        const Round round = resolveRound(db, sources.round);
        signoff::ensureNotFrozen(db, round.id);
        if (sources.assignments)
            report.counts.push_back(importAssignments(db, readTable(*sources.assignments, assignmentColumns()), round));
        if (sources.scores)
            report.counts.push_back(importScores(db, readTable(*sources.scores, scoreColumns()), round));
    }
    // The trail records changes: an import that changed nothing leaves the file as it was, trail included.
    bool changed = false;
    for (const ImportCount& c : report.counts)
        changed = changed || c.added > 0 || c.updated > 0 || c.assignmentsRemoved > 0;
    if (!changed) {
        tx.commit();
        return report;
    }
    QStringList parts;
    for (const ImportCount& c : report.counts)
        parts << QStringLiteral("%1: %2 added, %3 updated, %4 unchanged")
                     .arg(c.table)
                     .arg(c.added)
                     .arg(c.updated)
                     .arg(c.unchanged);
    QStringList files;
    for (const auto* f : {&sources.criteria, &sources.submissions, &sources.judges, &sources.conflicts,
                          &sources.assignments, &sources.scores})
        if (*f)
            files << QFileInfo(**f).fileName();
    audit::AuditLog(db).append(
        QStringLiteral("import"),
        QStringLiteral("Imported %1 (%2)").arg(files.join(QStringLiteral(", ")), parts.join(QStringLiteral("; "))));
    tx.commit();
    return report;
}

} // namespace jurybox::import
