// SPDX-License-Identifier: Apache-2.0
#include "core/import/AwardImport.h"

#include "core/Error.h"
#include "core/db/Transaction.h"
#include "core/import/TableImports.h"
#include "core/store/AwardStore.h"

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
    db::Transaction tx(db);
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
        if (sources.assignments)
            report.counts.push_back(importAssignments(db, readTable(*sources.assignments, assignmentColumns()), round));
        if (sources.scores)
            report.counts.push_back(importScores(db, readTable(*sources.scores, scoreColumns()), round));
    }
    tx.commit();
    return report;
}

} // namespace jurybox::import
